package document

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// precheckLines are lines of every shipped complaint, lines written to
// sit at the edges of the patterns, and random lines made of their
// letters.
func precheckLines(t *testing.T) []string {
	lines := []string{
		"", " ", "1", "12", "123", " 7", "      9", "       9", "28  text", "3text", "4 ", "\t5",
		"COUNT I", "  C O U N T  II", "c0unt l", "Count l - Breach", "CLAIM FOR RELIEF", "cause of action 1",
		"  Cla1m II", "xCOUNT I", "\tCOUNT I", "The plaintiff sues the defendant.", "CAUSE  OF  ACTION  I|",
	}
	for _, c := range linttest.ShippedComplaints(t) {
		lines = append(lines, strings.Split(string(c.Data), "\n")...)
	}
	rng := rand.New(rand.NewSource(16))
	const alphabet = "  cCoO0uUnNtTlL1|iIvVxX2 a.:-"
	for range 20000 {
		b := make([]byte, 1+rng.Intn(24))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		lines = append(lines, string(b))
	}
	return lines
}

// The pre-checks that keep a short text from compiling the margin-number
// and text-recognition patterns pass every line those patterns match, so
// the answers are the same with or without them.
func TestOpeningPrechecksPassEveryMatch(t *testing.T) {
	for _, l := range precheckLines(t) {
		if reMarginNumber.Match([]byte(l)) && !opensWithDigit([]byte(l)) {
			t.Errorf("reMarginNumber matches %q, opensWithDigit says it cannot", l)
		}
		for _, re := range []interface{ MatchString(string) bool }{reOCRCount, reOCRNumeral} {
			if re.MatchString(l) && !opensWithC(l) {
				t.Errorf("%v matches %q, opensWithC says it cannot", re, l)
			}
		}
	}
}
