package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHasCountWord checks the guard countHeading puts before its patterns:
// on every line of the shipped complaints and drafts, and on headings
// written every way the patterns accept, wherever either pattern matches,
// hasCountWord says so too, so the guard never turns a heading down.
func TestHasCountWord(t *testing.T) {
	lines := []string{
		"COUNT I", "Count One — Breach", "CLAIM 3", "CAUSE OF ACTION NO. 2", "COUNTERCLAIM I",
		"Counter-claim Count 2", "FIRST CLAIM FOR RELIEF", "Second Cause of Action", "THIRD COUNT",
		"AS AND FOR A FIRST CAUSE OF ACTION", "III. FIRST CAUSE OF ACTION", "B. Count Two",
		"CAUſE OF ACTION 4", "c0unt l", "C O U N T II", "CLA1M 2",
	}
	for _, dir := range []string{"../../testdata/complaints", "../../testdata/realistic", "../../testdata/corpus"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines: the test data moved", len(lines))
	}
	matched := 0
	for _, l := range lines {
		folded := foldOCR(strings.TrimSpace(stripColumns(l)))
		if reCountNumeral.MatchString(folded) || reCountOrdinal.MatchString(folded) {
			matched++
			if !hasCountWord(folded) {
				t.Errorf("%q matches a count-heading pattern but hasCountWord says no", l)
			}
		}
	}
	if matched < 20 {
		t.Fatalf("only %d lines match a count-heading pattern", matched)
	}
	for _, l := range []string{"The plaintiff sues the defendant.", "JURY DEMAND", ""} {
		if hasCountWord(l) {
			t.Errorf("hasCountWord(%q) = true", l)
		}
	}
}
