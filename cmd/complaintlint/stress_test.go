package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConcurrentRunsIdentical lints the same 200 files (copies of the
// sample complaints and the corpus) with 8 workers again and again; the
// JSON output must be identical every time, whatever order the workers
// finish in.
func TestConcurrentRunsIdentical(t *testing.T) {
	var srcs []string
	for _, g := range []string{"../../testdata/complaints/*.txt", "../../testdata/complaints/*.md", "../../testdata/corpus/*.txt", "../../testdata/corpus/*.md"} {
		m, _ := filepath.Glob(g)
		srcs = append(srcs, m...)
	}
	if len(srcs) == 0 {
		t.Fatal("no sample files")
	}
	dir := t.TempDir()
	for i := 0; i < 200; i++ {
		src := srcs[i%len(srcs)]
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		write(t, dir, fmt.Sprintf("%03d-%s", i, filepath.Base(src)), b)
	}
	runs := 20
	if testing.Short() || raceEnabled {
		runs = 3
	}
	var first string
	for r := 0; r < runs; r++ {
		// No per-file time budget: eight workers on a small machine under
		// the race detector can take longer than the default over one file,
		// and this test is about identical output, not time.
		code, out, errs := runCLI(t, "", "-f", "json", "-j", "8", "--fail-on", "none", "--timeout-per-file", "0", dir)
		if code != exitClean {
			t.Fatalf("run %d: exit %d: %s", r, code, errs)
		}
		if r == 0 {
			first = out
			continue
		}
		if out != first {
			t.Fatalf("run %d output differs from run 0 (%d vs %d bytes)", r, len(out), len(first))
		}
	}
}

// TestTimeoutPerFileFlag: --timeout-per-file reaches the driver; a file
// over budget is a one-line error, exit 2, and the flag rejects a
// negative budget.
func TestTimeoutPerFileFlag(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "flawed.txt", []byte(strings.Repeat(flawed, 50)))
	code, out, errOut := runCLI(t, "", "-f", "line", "--timeout-per-file", "1ns", p)
	if code != exitError || out != "" || errOut != p+": error: gave up after 1ns, the time budget for this file (raise it with --timeout-per-file; 0 means no limit)\n" {
		t.Errorf("exit %d, output %q, standard error %q", code, out, errOut)
	}
	if code, _, _ := runCLI(t, "", "-f", "line", "--timeout-per-file", "0", p); code != exitFindings {
		t.Errorf("--timeout-per-file 0: exit %d", code)
	}
	if code, _, errs := runCLI(t, "", "--timeout-per-file", "-1s", p); code != exitError || !strings.Contains(errs, "must not be negative") {
		t.Errorf("negative budget: exit %d, %q", code, errs)
	}
}
