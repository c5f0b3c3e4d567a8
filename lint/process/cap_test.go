package process_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
)

func TestCapKeepsTheFirstAndSaysHowManyWereLeftOut(t *testing.T) {
	mk := func() *lint.FileResult {
		return result(t, "c.txt", pleading,
			on(t, pleading, "a", "copied", lint.Error),
			on(t, pleading, "b", "sold", lint.Warning),
			on(t, pleading, "c", "willfully", lint.Info))
	}
	r := mk()
	process.Cap{Max: 2}.Process(r)
	if len(r.Findings) != 3 || rules(r.Findings[:2]) != "a/error b/warning" {
		t.Fatalf("kept %q", rules(r.Findings))
	}
	last := r.Findings[2]
	if last.Rule != process.CapRule || last.Severity != lint.Info || !strings.Contains(last.Message, "1 more findings not shown (limit 2 per file)") {
		t.Errorf("summary finding %+v", last)
	}
	if last.Span.Start != r.Findings[1].Span.Start || last.Span.Len() != 0 {
		t.Errorf("summary at %v, want an empty span where the last kept finding starts (%v)", last.Span, r.Findings[1].Span)
	}
	for _, max := range []int{0, 3, 10} {
		r := mk()
		process.Cap{Max: max}.Process(r)
		if len(r.Findings) != 3 || r.Findings[2].Rule != "c" {
			t.Errorf("max %d changed the findings: %q", max, rules(r.Findings))
		}
	}
}
