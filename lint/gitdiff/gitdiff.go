// Package gitdiff finds the lines of a file changed since a git revision,
// for --diff: on a long complaint under revision, report only what the
// change touched.
//
// It runs git (the one program complaintlint ever starts): `git diff
// --unified=0 REV -- FILE`, reading only the hunk headers. Counts are still
// linted whole, since the facts a count needs can sit anywhere; findings are
// then kept only where their span overlaps a changed line.
package gitdiff

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// Lines are the changed lines of one file.
type Lines struct {
	// All is set when the whole file counts as changed: it is new to git,
	// or git sees it as binary (.docx), where lines cannot be compared.
	All bool
	set map[int]bool
}

// Has reports whether 1-based line n changed.
func (l *Lines) Has(n int) bool { return l.All || l.set[n] }

// Count is the number of changed lines (0 when All).
func (l *Lines) Count() int { return len(l.set) }

// Check verifies that dir is inside a git work tree and rev names a commit,
// with a message a person can act on when not.
func Check(dir, rev string) error {
	if _, err := git(dir, "rev-parse", "--show-toplevel"); err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return errors.New("--diff needs git, and git is not on PATH")
		}
		return fmt.Errorf("--diff needs a git repository, and %s is not inside one", dir)
	}
	if _, err := git(dir, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return fmt.Errorf("--diff %s: no such revision in this repository (try HEAD, main or origin/main)", rev)
	}
	return nil
}

// Changed returns the lines of path that differ from rev in the working
// tree.
func Changed(rev, path string) (*Lines, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	dir, base := filepath.Dir(abs), filepath.Base(abs)
	if !tracked(dir, base) {
		return &Lines{All: true}, nil // all of it is new
	}
	out, err := git(dir, "diff", "--no-color", "--no-ext-diff", "--unified=0", rev, "--", base)
	if err != nil {
		return nil, fmt.Errorf("git diff %s: %w", rev, err)
	}
	return parse(out), nil
}

// reHunk is a hunk header. Compiled on first use: only a --diff run
// reads a diff, and every run would otherwise compile it at start-up.
var reHunk = lazyregexp.New(`(?m)^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@`)

// parse reads unified diff hunk headers. A pure deletion ("+c,0") marks the
// lines on both sides of the gap: removing a date can create a finding in
// the sentence before it or after it.
func parse(diff []byte) *Lines {
	l := &Lines{set: map[int]bool{}}
	if bytes.Contains(diff, []byte("\nBinary files ")) || bytes.HasPrefix(diff, []byte("Binary files ")) {
		l.All = true
		return l
	}
	for _, m := range reHunk.Regexp().FindAllSubmatch(diff, -1) {
		start, _ := strconv.Atoi(string(m[1]))
		n := 1
		if len(m[2]) > 0 {
			n, _ = strconv.Atoi(string(m[2]))
		}
		if n == 0 {
			if start > 0 {
				l.set[start] = true
			}
			l.set[start+1] = true
			continue
		}
		for i := start; i < start+n; i++ {
			l.set[i] = true
		}
	}
	return l
}

// Filter keeps the findings of r whose span touches a changed line.
func Filter(r *lint.FileResult, l *Lines) {
	if r.Doc == nil || l.All {
		return
	}
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		first, last := r.Start(f).Line, r.End(f).Line
		if f.Span.Len() > 0 && r.End(f).Column == 1 && last > first {
			last-- // a span ending at a line break does not touch the next line
		}
		for n := first; n <= last; n++ {
			if l.Has(n) {
				kept = append(kept, f)
				break
			}
		}
	}
	r.Findings = kept
}

// tracked reports whether git knows the file; an untracked one is new.
func tracked(dir, base string) bool {
	_, err := git(dir, "ls-files", "--error-unmatch", "--", base)
	return err == nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return out, fmt.Errorf("%s: %w", firstLine(msg), err)
		}
		return out, err
	}
	return out, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
