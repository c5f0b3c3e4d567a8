package document

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// repairWordByReadings is repairWord as first written: every reading of w
// spelled out in order, the first heading word among them kept.
func repairWordByReadings(w string, lIsI bool) (string, bool) {
	if headingWords[w] {
		return w, true
	}
	readings := []string{""}
	for i := 0; i < len(w); i++ {
		var alts string
		switch c := w[i]; {
		case c == '0':
			alts = "o"
		case c == '1' || c == '|':
			alts = "il"
		case c == 'l' && lIsI:
			alts = "li"
		default:
			alts = string(c)
		}
		if len(readings)*len(alts) > 64 {
			return "", false
		}
		var next []string
		for _, r := range readings {
			for j := 0; j < len(alts); j++ {
				next = append(next, r+alts[j:j+1])
			}
		}
		readings = next
	}
	for _, r := range readings {
		if headingWords[r] {
			return r, true
		}
	}
	return "", false
}

// misreadings returns w with every combination of the misreadings text
// recognition makes of its letters o, i and l (at most 2^8 of them).
func misreadings(w string) []string {
	out := []string{""}
	for i := 0; i < len(w); i++ {
		alts := w[i : i+1]
		switch w[i] {
		case 'o':
			alts = "o0"
		case 'i':
			alts = "i1|l"
		case 'l':
			alts = "l1|"
		}
		if len(out)*len(alts) > 256 {
			alts = alts[:1]
		}
		var next []string
		for _, r := range out {
			for j := 0; j < len(alts); j++ {
				next = append(next, r+alts[j:j+1])
			}
		}
		out = next
	}
	return out
}

// TestRepairWordEqualsReadings: repairWord, which tests the heading words
// against w instead of spelling out w's readings, answers as the readings
// do for every misreading of every heading word and every word of the
// shipped complaints.
func TestRepairWordEqualsReadings(t *testing.T) {
	var words []string
	for w := range headingWords {
		if len(w) >= len(headingWordsByLen) {
			t.Fatalf("heading word %q is longer than headingWordsByLen holds", w)
		}
		words = append(words, misreadings(w)...)
	}
	words = append(words, "", "l", "ll", "1111111", "l1l1l1l1", "||||||", "c0unt", "cla1m", "clalm", "f1fth", "sec0nd", "11", "x")
	for _, c := range linttest.ShippedComplaints(t) {
		data := c.Data
		words = append(words, strings.Fields(strings.ToLower(string(data)))...)
	}
	repaired := 0
	for _, w := range words {
		for _, lIsI := range []bool{false, true} {
			got, gotOK := repairWord(w, lIsI)
			want, wantOK := repairWordByReadings(w, lIsI)
			if got != want || gotOK != wantOK {
				t.Fatalf("repairWord(%q, %v) = %q, %v; the readings give %q, %v", w, lIsI, got, gotOK, want, wantOK)
			}
			if gotOK && got != w {
				repaired++
			}
		}
	}
	if repaired < 100 {
		t.Fatalf("only %d words repaired: the test no longer exercises the readings", repaired)
	}
}
