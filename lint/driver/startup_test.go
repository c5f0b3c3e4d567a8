//go:build !(js && wasm)

package driver

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// startupChild, set in a child process's environment, makes
// TestOneLineLeavesLazyPatterns lint one line and print how many
// package-level patterns it compiled.
const startupChild = "COMPLAINTLINT_STARTUP_CHILD"

// oneLinePatterns is how many package-level patterns a one-line draft
// needs: none. The pleading-paper margin number is tried only on a line
// that opens with a digit, and the two repairs of text-recognition damage
// ("C O U N T", "Count l") only on a line that opens with a "c".
const oneLinePatterns = 0

// TestOneLineLeavesLazyPatterns checks, in a fresh process (a test binary
// that has run other tests has compiled patterns already), that linting
// a one-line plain-text draft with every rule compiles no more of the
// package-level patterns (lint/internal/lazyregexp) of the document
// model, the forum reader, the rules' helpers, suppression and
// configuration than oneLinePatterns: a short run must not pay for
// patterns it never asks anything.
func TestOneLineLeavesLazyPatterns(t *testing.T) {
	if os.Getenv(startupChild) == "1" {
		s, err := input.Read("one.txt", []byte("The plaintiff sues the defendant.\n"), "")
		if err != nil {
			t.Fatal(err)
		}
		if res := LintSource(s, Options{Checks: checks.All}); res.Err != nil {
			t.Fatal(res.Err)
		}
		t.Logf("compiled=%d", lazyregexp.Compiled())
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestOneLineLeavesLazyPatterns$", "-test.v")
	cmd.Env = append(os.Environ(), startupChild+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	_, after, ok := strings.Cut(string(out), "compiled=")
	if !ok {
		t.Fatalf("child printed no count:\n%s", out)
	}
	n, err := strconv.Atoi(strings.Fields(after)[0])
	if err != nil {
		t.Fatal(err)
	}
	if n > oneLinePatterns {
		t.Errorf("a one-line draft compiled %d package-level patterns, want at most %d: they should wait for text that needs them", n, oneLinePatterns)
	}
}

// BenchmarkOneLine lints a one-line draft in this process with every rule,
// as the command does with one file on two cores (Workers 2): what a short
// run pays after start-up once the patterns it needs are compiled.
// BenchmarkOneLineProcess (cmd/complaintlint) times the whole process.
func BenchmarkOneLine(b *testing.B) {
	src := []byte("The plaintiff sues the defendant.\n")
	opts := Options{Checks: checks.All}
	opts.Lint.Workers = 2
	b.ReportAllocs()
	for b.Loop() {
		s, err := input.Read("one.txt", src, "")
		if err != nil {
			b.Fatal(err)
		}
		if res := LintSource(s, opts); res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}
