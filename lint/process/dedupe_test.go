package process_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
)

func TestDedupeDropsExactRepeatsOnly(t *testing.T) {
	first := on(t, pleading, "a", "copied", lint.Error)
	first.Confidence = 0.9
	repeat := first
	repeat.Confidence = 0.1 // a repeat differs only in what is not compared
	otherMessage := first
	otherMessage.Message = "another message"
	otherRule := first
	otherRule.Rule = "b"
	elsewhere := on(t, pleading, "a", "Defendant infringed", lint.Error)
	elsewhere.Message = first.Message // the same boilerplate at another place
	otherCount := first
	otherCount.CountIndex = first.CountIndex + 1 // a sentence two counts share: each has the gap
	r := result(t, "c.txt", pleading, first, elsewhere, repeat, otherMessage, otherRule, otherCount)
	process.Dedupe{}.Process(r)
	if len(r.Findings) != 5 {
		t.Fatalf("%d findings, want the repeat dropped and the rest kept: %+v", len(r.Findings), r.Findings)
	}
	if r.Findings[0].Confidence != 0.9 || r.Findings[1].Span != elsewhere.Span {
		t.Errorf("kept %+v, want the first of the repeats, in place", r.Findings[:2])
	}
}
