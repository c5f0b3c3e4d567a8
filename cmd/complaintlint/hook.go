package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
)

// preCommitHook is the plain git hook `complaintlint hook install` writes,
// for teams that do not use the pre-commit framework. It lints the staged
// version of each added or changed complaint (what will be committed, not
// the working copy), one file at a time through standard input, and blocks
// the commit when complaintlint exits non-zero.
const preCommitHook = `#!/bin/sh
# complaintlint pre-commit hook, written by "complaintlint hook install".
# Lints the staged version of each added or changed complaint (.txt, .md,
# .markdown, .docx) and blocks the commit on findings at or above fail-on
# (see .complaintlint.yml). Skip it once with: git commit --no-verify
# Set COMPLAINTLINT to the program's path if it is not on PATH.
complaintlint=${COMPLAINTLINT:-complaintlint}
if ! command -v "$complaintlint" >/dev/null 2>&1; then
  echo "complaintlint pre-commit hook: '$complaintlint' not found." >&2
  echo "  Install a release (https://github.com/complaintlint/complaintlint/releases), or from" >&2
  echo "  a clone run: go install ./cmd/complaintlint   (it goes to \$(go env GOPATH)/bin)" >&2
  echo "  Or set COMPLAINTLINT to the program's path." >&2
  exit 1
fi
files=$(git -c core.quotepath=off diff --cached --name-only --diff-filter=ACMR -- '*.txt' '*.md' '*.markdown' '*.docx')
[ -z "$files" ] && exit 0
status=0
while IFS= read -r f; do
  git show ":$f" | "$complaintlint" --format line --stdin-filename "$f" - || status=1
done <<STAGED
$files
STAGED
exit $status
`

// runHook handles `complaintlint hook install [--force]`.
func runHook(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("complaintlint hook", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "replace an existing pre-commit hook")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: complaintlint hook install [--force]\n\nWrites a git pre-commit hook that lints staged complaints.\n(With the pre-commit framework, use the complaintlint hook from .pre-commit-hooks.yaml instead.)\n\n%s", fs.FlagUsages())
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitClean
		}
		fmt.Fprintf(stderr, "complaintlint hook: %v\n", err)
		return exitError
	}
	if fs.NArg() != 1 || fs.Arg(0) != "install" {
		fs.Usage()
		return exitError
	}
	dir, err := hooksDir(".")
	if err != nil {
		fmt.Fprintf(stderr, "complaintlint hook install: %v\n", err)
		return exitError
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "complaintlint hook install: %v\n", err)
		return exitError
	}
	path := filepath.Join(dir, "pre-commit")
	if err := createFile(path, []byte(preCommitHook), 0o755, *force); err != nil {
		fmt.Fprintf(stderr, "complaintlint hook install: %v\n", err)
		return exitError
	}
	// createFile's mode is subject to the umask; git runs only executable
	// hooks. The path is a regular file now (a link there was replaced).
	if err := os.Chmod(path, 0o755); err != nil {
		fmt.Fprintf(stderr, "complaintlint hook install: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "installed %s; each commit now lints the staged complaints\n", path)
	return exitClean
}

// hooksDir asks git where hooks live, which handles linked worktrees
// (hooks are shared in the common git directory) and core.hooksPath.
func hooksDir(dir string) (string, error) {
	cmd := exec.Command("git", "-C", dir, "rev-parse", "--git-path", "hooks")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return "", errors.New("git is not on PATH")
		}
		return "", fmt.Errorf("not inside a git repository (%s)", strings.TrimSpace(stderr.String()))
	}
	p := strings.TrimSpace(string(out))
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	return p, nil
}
