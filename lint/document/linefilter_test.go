package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shippedLines returns every line of the shipped complaints and drafts.
func shippedLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, dir := range []string{"complaints", "realistic"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.txt"))
		if len(files) == 0 {
			t.Fatalf("no shipped files in %s", dir)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(data), "\n")...)
		}
	}
	return lines
}

// TestLineFiltersEqualRegexps: the byte tests that let stripColumns,
// runInHeading and runInOrdinal skip a line never skip one their
// expressions match.
func TestLineFiltersEqualRegexps(t *testing.T) {
	lines := append(shippedLines(t),
		"FIRST CAUSE OF ACTION          )", "FIRST CAUSE OF ACTION  |  ", "  §  COUNT I", ")   COUNT II", "COUNT I:",
		"as alleged above. COUNT II – BREACH OF CONTRACT", "as alleged above.\tCLAIM 2 (Fraud)", "above.” C O U N T III X",
		"above.) FIRST CLAIM FOR RELIEF", "above.]  SECOND CAUSE", "above. Count IV – Conversion", "above.COUNT II",
		"under 17 U.S.C. § 1203. THIRD", "under 17 U.S.C. § 1203.” TWELFTH \t ", "under § 1203. THIRD.", "FIRST", "",
		"above! EIGHTH COUNT", "above? NINTH CLAIM", "above: TENTH COUNT", "above; ELEVENTH CLAIM")
	columns, runIn, ordinal := 0, 0, 0
	for _, l := range lines {
		want := l
		if m := reColumnTail.FindStringIndex(want); m != nil {
			want = want[:m[0]] + strings.Repeat(" ", m[1]-m[0])
		}
		if m := reColumnHead.FindStringIndex(want); m != nil {
			want = strings.Repeat(" ", m[1]-m[0]) + want[m[1]:]
		}
		if got := stripColumns(l); got != want {
			t.Fatalf("stripColumns(%q) = %q, want %q", l, got, want)
		}
		if want != l {
			columns++
		}
		if m := reRunIn.FindAllStringSubmatchIndex(l, -1); m != nil {
			runIn++
			if !afterSentenceEnd(l, runInFirsts) {
				t.Fatalf("afterSentenceEnd skips %q, which reRunIn matches at %v", l, m)
			}
		}
		if m := reRunInOrdinal.FindStringSubmatchIndex(l); m != nil {
			ordinal++
			if !endsWithOrdinal(l) {
				t.Fatalf("endsWithOrdinal skips %q, which reRunInOrdinal matches at %v", l, m)
			}
		}
	}
	if columns < 3 || runIn < 8 || ordinal < 2 {
		t.Fatalf("too few lines exercise the filters: %d column rules, %d run-in headings, %d run-in ordinals", columns, runIn, ordinal)
	}
}
