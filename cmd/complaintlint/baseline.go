package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/complaintlint/complaintlint/lint/baseline"
	"github.com/complaintlint/complaintlint/lint/gitdiff"
)

// baseDir is the directory baseline paths are relative to: the baseline
// file's own, so it works from any working directory.
func baseDir(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "."
	}
	return filepath.Dir(abs)
}

// writeBaseline writes the baseline b to path and says how many findings
// it records.
func writeBaseline(path string, b baseline.File) (int, error) {
	return len(b.Findings), writeFileAtomic(path, func(w io.Writer) error { return baseline.Write(w, b) })
}

// baselineOutcome says what applying the baseline read from path did.
func baselineOutcome(o baseline.Outcome, path string) string {
	msg := fmt.Sprintf("complaintlint: %s recorded in %s not shown", plural(o.Known, "finding"), path)
	if o.Fixed > 0 {
		msg += fmt.Sprintf("; %s fixed since it was written (run with --write-baseline %s to record that)", plural(o.Fixed, "baseline finding"), path)
	}
	return msg
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// checkDiff fails early, before linting, when --diff cannot work.
func checkDiff(rev string, ts targets) error {
	seen := map[string]bool{}
	for _, t := range ts.list {
		if t.Stdin != nil {
			return fmt.Errorf("--diff compares files with git; it cannot be used with standard input")
		}
		if t.Err != nil {
			continue
		}
		dir := baseDir(t.Path)
		if seen[dir] {
			continue
		}
		seen[dir] = true
		if err := gitdiff.Check(dir, rev); err != nil {
			return err
		}
	}
	return nil
}
