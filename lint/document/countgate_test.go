package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkCountGate fails t when mayOpenCountHeading turns away a line that
// the full test takes as a count heading.
func checkCountGate(t *testing.T, line string) {
	t.Helper()
	s := strings.TrimSpace(stripColumns(line))
	if mayOpenCountHeading(s) {
		return
	}
	if label, ord, ok := countHeadingOf(s); ok {
		t.Fatalf("%q is a count heading (%q, %d) the gate turns away", line, label, ord)
	}
}

// TestCountHeadingGate runs the gate's claim over every line the
// repository ships and over headings written to be hard on it.
func TestCountHeadingGate(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"../../testdata/*/*", "../../testdata/*/*/*", "testdata/*/*"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	lines := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			checkCountGate(t, line)
			lines++
		}
	}
	if lines < 1000 {
		t.Fatalf("only %d lines checked", lines)
	}
	for _, line := range []string{
		"COUNT I", "C O U N T I", "C0UNT l", "c0unt ll — Breach", "  COUNT II: Fraud",
		"A. COUNT ONE", "iv.  Claim 3", "x. FIRST CLAIM FOR RELIEF", "FlRST CLAIM FOR RELIEF",
		"AS AND FOR A FIRST CAUSE OF ACTION", "ſixth count", "Counterclaim Count 2",
		"| COUNT III |", ") COUNT IV", "1. COUNT V", "I. COUNT VI", "l. COUNT VII",
		"Twenty-First Claim", "ELEVENTH COUNT", "Ninth Cause of Action", "Cla1m 4",
	} {
		checkCountGate(t, line)
	}
	if _, _, ok := countHeading("C0UNT l"); !ok {
		t.Error("an OCR-damaged heading is no longer a count heading")
	}
}

// FuzzCountHeadingGate holds the gate to the full test on any line.
func FuzzCountHeadingGate(f *testing.F) {
	for _, s := range []string{"COUNT I", "C O U N T l", "a. FIRST COUNT", "AS AND FOR A SECOND CLAIM", "1l. C0UNT 1", "K. Count II"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if len(line) > 300 {
			return
		}
		checkCountGate(t, line)
	})
}
