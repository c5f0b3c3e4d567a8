package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot is the directory holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

func command(t *testing.T, dir string, env []string, name string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func mustRun(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	out, err := command(t, dir, env, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return out
}

// TestPreCommitFramework runs the real pre-commit against this repository
// as a hook repository, the way a law firm's document repository would use
// it: pre-commit clones the repository at the HEAD commit, builds the hook
// with `go install` (language: golang, through the Go module proxy), and
// runs it on the files of a commit. It tests the committed
// .pre-commit-hooks.yaml and code, so commit before running it.
func TestPreCommitFramework(t *testing.T) {
	if testing.Short() {
		t.Skip("builds complaintlint through pre-commit")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pre-commit is not installed; CI must install it (.ci/run installs the Debian package)")
		}
		t.Skip("pre-commit is not installed (apt-get install pre-commit)")
	}
	root := repoRoot(t)
	head := strings.TrimSpace(mustRun(t, root, nil, "git", "rev-parse", "HEAD"))
	if _, err := command(t, root, nil, "git", "cat-file", "-e", head+":.pre-commit-hooks.yaml"); err != nil {
		t.Fatalf("HEAD (%s) has no .pre-commit-hooks.yaml; commit it before running this test", head)
	}

	work := t.TempDir()
	gomodcache := strings.TrimSpace(mustRun(t, root, nil, "go", "env", "GOMODCACHE"))
	env := []string{
		// A fresh pre-commit cache: the hook is really cloned and built.
		"PRE_COMMIT_HOME=" + filepath.Join(work, "cache"),
		// pre-commit points GOPATH at its environment; share the module
		// cache so the build does not download every module again.
		"GOMODCACHE=" + gomodcache,
		"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.com",
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=" + os.DevNull,
		"GITHUB_ACTIONS=", "NO_COLOR=1",
	}
	docs := filepath.Join(work, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		".pre-commit-config.yaml": "repos:\n  - repo: " + root + "\n    rev: " + head + "\n    hooks:\n      - id: complaintlint\n",
		"flawed.txt":              "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nCOUNT I\nCOPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n1. Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1, and sold copies of it.\n",
		"clean.md":                "# COUNT I\n## COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n1. From March 2012 through the present, Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1, and sold copies of it.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(docs, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustRun(t, docs, env, "git", "init", "-q")
	mustRun(t, docs, env, "git", "add", ".pre-commit-config.yaml")
	mustRun(t, docs, env, "git", "commit", "-q", "-m", "pre-commit configuration")
	mustRun(t, docs, env, "pre-commit", "install")

	// A flawed complaint blocks the commit, with path:line:col.
	mustRun(t, docs, env, "git", "add", "flawed.txt", "clean.md")
	out, err := command(t, docs, env, "git", "commit", "-m", "drafts")
	if err == nil {
		t.Fatalf("the commit of a flawed complaint went through:\n%s", out)
	}
	if !strings.Contains(out, "flawed.txt:7:4: error: ") || !strings.Contains(out, "[copyright-infringement-period-missing]") {
		t.Errorf("hook output lacks the finding with its position:\n%s", out)
	}
	// The clean complaint shows only the forum notice (it has no caption).
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "clean.md:") && !strings.HasSuffix(l, "[forum-assumed]") {
			t.Errorf("the clean complaint was reported:\n%s", out)
		}
	}

	// A clean complaint passes and is committed.
	mustRun(t, docs, env, "git", "reset", "-q", "flawed.txt")
	out = mustRun(t, docs, env, "git", "commit", "-m", "clean draft")
	if !strings.Contains(out, "complaintlint") || !strings.Contains(out, "Passed") {
		t.Errorf("pre-commit did not report the hook as passed:\n%s", out)
	}
	if log := mustRun(t, docs, env, "git", "log", "--oneline"); !strings.Contains(log, "clean draft") {
		t.Errorf("clean commit missing from the log:\n%s", log)
	}
}
