package driver

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
)

// A streamed run hands every result on in target order, one at a time,
// each linted with its own target's options, with never more than Jobs
// files linted but not yet handed on; failed targets take their place in
// the order.
func TestStreamedInOrderWithinWindow(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/corpus/*.txt")
	if len(paths) < 12 {
		t.Fatalf("only %d files", len(paths))
	}
	paths = paths[:12]
	var targets []Target
	for i, p := range paths {
		targets = append(targets, Target{Path: p})
		if i == 5 {
			targets = append(targets, Target{Path: "gone.txt", Err: errors.New("no such file or directory")})
		}
	}
	// Odd targets run one rule, even ones every rule.
	only := checks.All[0].ID
	isCheck := map[string]bool{}
	for _, c := range checks.All {
		isCheck[c.ID] = true
	}
	capped := Options{Checks: checks.All, Lint: lint.Options{Only: map[string]bool{only: true}}}
	open := Options{Checks: checks.All}
	others := 0
	const jobs = 3
	var mu sync.Mutex
	linted, emitted, inEmit := 0, 0, false
	Streamed{
		Jobs: jobs,
		Options: func(i int) *Options {
			if i%2 == 1 {
				return &capped
			}
			return &open
		},
		Progress: func(int, int) {
			mu.Lock()
			defer mu.Unlock()
			linted++
			if linted-emitted > jobs {
				t.Errorf("%d files linted, %d handed on: more than %d held", linted, emitted, jobs)
			}
		},
		Emit: func(i int, r *lint.FileResult) {
			mu.Lock()
			if inEmit {
				t.Error("Emit called while another Emit runs")
			}
			inEmit = true
			if i != emitted || r.Path != targets[i].Path {
				t.Errorf("result %d (%s) handed on as number %d", i, r.Path, emitted)
			}
			mu.Unlock()
			switch {
			case targets[i].Err != nil:
				if r.Err == nil {
					t.Errorf("%s: no error", r.Path)
				}
			case r.Err != nil:
				t.Errorf("%s: %v", r.Path, r.Err)
			default:
				for _, f := range r.Findings {
					if isCheck[f.Rule] && f.Rule != only {
						if i%2 == 1 {
							t.Errorf("%s: a finding of %s, which its options do not run", r.Path, f.Rule)
						}
						others++
					}
				}
			}
			mu.Lock()
			inEmit = false
			emitted++
			mu.Unlock()
		},
	}.Run(targets)
	if emitted != len(targets) {
		t.Errorf("%d of %d results handed on", emitted, len(targets))
	}
	if others == 0 {
		t.Error("no finding of another rule on any file: the options prove nothing")
	}
}

// Files that each take most of the memory budget are still all linted
// when their shares are held until they are handed on: shares go in
// target order, so a later file never holds memory an earlier one waits
// for.
func TestStreamedLargeFilesDoNotDeadlock(t *testing.T) {
	dir := t.TempDir()
	// 6 MiB of zeros estimate 122 MiB each: two never fit together. They
	// are not complaints; reading them fails fast, after the share is
	// taken, which is all this needs.
	var targets []Target
	for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, make([]byte, 6<<20), 0o644); err != nil {
			t.Fatal(err)
		}
		targets = append(targets, Target{Path: p})
	}
	n := 0
	opts := Options{Checks: checks.All}
	Streamed{Jobs: 4, Options: func(int) *Options { return &opts }, Emit: func(i int, r *lint.FileResult) {
		if i != n {
			t.Errorf("result %d handed on as number %d", i, n)
		}
		n++
	}}.Run(targets)
	if n != len(targets) {
		t.Errorf("%d of %d results", n, len(targets))
	}
}
