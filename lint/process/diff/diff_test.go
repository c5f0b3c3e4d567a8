package diff

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// update is accepted so that `go test ./... -update`, which rewrites the
// golden files under testdata/golden, runs in every package; this package
// has none.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestDiffKeepsFindingsOnChangedLines: in a repository, the findings on
// lines changed since the revision stay and the others go; a file git
// cannot compare keeps every finding and gets the error.
func TestDiffKeepsFindingsOnChangedLines(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	p := filepath.Join(dir, "c.txt")
	before := "1. Defendant copied.\n2. Defendant sold.\n3. Defendant acted.\n"
	after := "1. Defendant copied.\n2. Defendant sold copies.\n3. Defendant acted.\n"
	if err := os.WriteFile(p, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "add", "c.txt")
	git(t, dir, "commit", "-q", "-m", "first")
	if err := os.WriteFile(p, []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
	at := func(s string) lint.Finding {
		i := strings.Index(after, s)
		return lint.Finding{Rule: "r", Span: lint.Span{Start: i, End: i + len(s)}, Message: s}
	}
	mk := func(path string) *lint.FileResult {
		d := document.Build(document.PlainSource(path, []byte(after)))
		return &lint.FileResult{Path: path, Doc: d, Findings: []lint.Finding{at("copied"), at("sold copies"), at("acted")}}
	}
	r := mk(p)
	Diff{Rev: "HEAD"}.Process(r)
	if len(r.Findings) != 1 || r.Findings[0].Message != "sold copies" || len(r.CheckErrors) != 0 {
		t.Errorf("kept %+v (errors %v), want only the finding on line 2", r.Findings, r.CheckErrors)
	}
	r = mk(p)
	Diff{Rev: "no-such-revision"}.Process(r)
	if len(r.Findings) != 3 || len(r.CheckErrors) != 1 {
		t.Errorf("a failed comparison: %d findings, errors %v; want all kept and the error", len(r.Findings), r.CheckErrors)
	}
}
