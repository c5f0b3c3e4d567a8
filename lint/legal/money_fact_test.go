package legal

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// TestJurisdictionalAmountPrecheck: IsJurisdictionalAmount, which skips
// the expression for text without the phrase's first letters, answers as
// the expression does on every line of every shipped complaint and on
// forms whose letters fold outside ASCII.
func TestJurisdictionalAmountPrecheck(t *testing.T) {
	yes := 0
	check := func(where, s string) {
		t.Helper()
		want := reJurisdictionalAmount.MatchString(s)
		if got := IsJurisdictionalAmount(s); got != want {
			t.Errorf("%s: %q: %v, want %v", where, s, got, want)
		}
		if want {
			yes++
		}
	}
	for _, c := range linttest.EveryComplaint(t) {
		for _, line := range strings.Split(string(c.Data), "\n") {
			check(c.Path, line)
		}
	}
	for _, s := range []string{
		"exceeds $75,000, EXCLUSIVE OF INTEREST and costs",
		"exceeds $75,000, excluſive of costs", // the long s folds to s
		"Exclusive  of costs",
		"the exclusive license",
	} {
		check("case", s)
	}
	if yes < 3 {
		t.Errorf("want the phrase found on some lines, got %d", yes)
	}
}
