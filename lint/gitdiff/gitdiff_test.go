package gitdiff

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

func TestParse(t *testing.T) {
	diff := `diff --git a/c.txt b/c.txt
index 1..2 100644
--- a/c.txt
+++ b/c.txt
@@ -3 +3 @@ COUNT I
-old
+new
@@ -10,2 +10,3 @@
@@ -20,4 +22,0 @@
@@ -1,2 +0,0 @@
`
	l := parse([]byte(diff))
	for _, n := range []int{1, 3, 10, 11, 12, 22, 23} {
		if !l.Has(n) {
			t.Errorf("line %d should be changed", n)
		}
	}
	for _, n := range []int{2, 4, 9, 13, 21, 24} {
		if l.Has(n) {
			t.Errorf("line %d should not be changed", n)
		}
	}
	if !parse([]byte("diff --git a/x.docx b/x.docx\nBinary files a/x.docx and b/x.docx differ\n")).All {
		t.Error("a binary diff must count the whole file as changed")
	}
}

func TestFilter(t *testing.T) {
	text := "1. One.\n2. Two\nspans.\n3. Three.\n"
	d := document.Build(document.PlainSource("c.txt", []byte(text)))
	find := func(s string) lint.Finding {
		i := strings.Index(text, s)
		return lint.Finding{Rule: "r", Span: lint.Span{Start: i, End: i + len(s)}}
	}
	r := &lint.FileResult{Doc: d, Findings: []lint.Finding{find("One."), find("Two\nspans."), find("Three."), find("One.\n")}}
	Filter(r, &Lines{set: map[int]bool{3: true}})
	if len(r.Findings) != 1 || d.SourceSlice(r.Findings[0].Span) != "Two\nspans." {
		t.Errorf("kept %v, want only the finding spanning line 3", r.Findings)
	}
}

func runGit(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestChangedInRepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	runGit(t, dir, "init", "-q")
	p := filepath.Join(dir, "c.txt")
	os.WriteFile(p, []byte("one\ntwo\nthree\nfour\n"), 0o644)
	runGit(t, dir, "add", "c.txt")
	runGit(t, dir, "commit", "-q", "-m", "first")
	os.WriteFile(p, []byte("one\nTWO\nthree\nfour\nfive\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "new.txt"), []byte("x\n"), 0o644)

	if err := Check(dir, "HEAD"); err != nil {
		t.Fatal(err)
	}
	l, err := Changed("HEAD", p)
	if err != nil {
		t.Fatal(err)
	}
	if l.All || !l.Has(2) || !l.Has(5) || l.Has(1) || l.Has(3) || l.Count() != 2 {
		t.Errorf("changed lines %+v, want 2 and 5", l)
	}
	if l, err := Changed("HEAD", filepath.Join(dir, "new.txt")); err != nil || !l.All {
		t.Errorf("untracked file: %+v %v, want all lines changed", l, err)
	}
	if err := Check(dir, "no-such-rev"); err == nil || !strings.Contains(err.Error(), "no such revision") {
		t.Errorf("bad revision: %v", err)
	}
	outside := t.TempDir()
	if err := Check(outside, "HEAD"); err == nil || !strings.Contains(err.Error(), "not inside one") {
		t.Errorf("outside a repository: %v", err)
	}
}
