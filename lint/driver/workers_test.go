package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/input"
)

// TestChecksOnSeveralWorkersMatchOneWorker: running a document's checks on
// several goroutines gives the same findings, in the same order, as
// running them one after another (and, under -race, shares nothing
// unsafely).
func TestChecksOnSeveralWorkersMatchOneWorker(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/complaints/*.txt")
	more, _ := filepath.Glob("../../testdata/corpus/*.md")
	paths = append(paths, more...)
	if len(paths) < 5 {
		t.Fatalf("only %d files", len(paths))
	}
	total := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lintWith := func(workers int) []lint.Finding {
			src, err := input.Read(p, data, "")
			if err != nil {
				t.Fatal(err)
			}
			return LintSource(src, Options{Checks: checks.All, Lint: lint.Options{Workers: workers}}).Findings
		}
		one, four := lintWith(1), lintWith(4)
		if !reflect.DeepEqual(one, four) {
			t.Errorf("%s: %d findings on one worker, %d on four, or in another order", p, len(one), len(four))
		}
		total += len(one)
	}
	if total == 0 {
		t.Fatal("no findings at all: the comparison proves nothing")
	}
}
