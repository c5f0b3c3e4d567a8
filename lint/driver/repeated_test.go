package driver

import (
	"fmt"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/input"
)

// TestRepeatedBoilerplateFlaggedEverywhere: the same sentence pleaded in
// three hundred allegations is flagged in each of them. The patterns
// remember answers by the sentence's text, so the second and later copies
// are answered from memory; the answers are positions within the sentence,
// and each copy still gets its own finding at its own place.
func TestRepeatedBoilerplateFlaggedEverywhere(t *testing.T) {
	const n = 300
	var b strings.Builder
	b.WriteString("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nLIVEPATH, INC., Plaintiff,\n- against -\nBEACON CUSTOMER CARE, INC., Defendant.\n\nCOMPLAINT\n\nFACTS\n\n")
	b.WriteString("1. LivePath (\"LP\") owns the copyright in its engagement software, registered as TX 7-881-002.\n\n")
	for i := 2; i < n+2; i++ {
		fmt.Fprintf(&b, "%d. On information and belief, Defendant accessed LP's servers on numerous occasions.\n\n", i)
	}
	fmt.Fprintf(&b, "COUNT ONE — COPYRIGHT INFRINGEMENT\n\n%d. LP incorporates paragraphs 1 through %d.\n", n+2, n+1)
	src, err := input.Read("repeated.txt", []byte(b.String()), "")
	if err != nil {
		t.Fatal(err)
	}
	var only []*lint.Check
	for _, c := range checks.All {
		if c.ID == "plausibility-information-and-belief-unsupported" {
			only = append(only, c)
		}
	}
	res := LintSource(src, Options{Checks: only})
	seen := map[int]bool{}
	for _, f := range res.Findings {
		seen[f.Span.Start] = true
	}
	if len(res.Findings) != n || len(seen) != n {
		t.Fatalf("%d findings at %d places, want %d at %d", len(res.Findings), len(seen), n, n)
	}
}
