package process_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
)

func TestSortOrdersByPositionThenRule(t *testing.T) {
	late := on(t, pleading, "a", "Defendant infringed", lint.Info)
	b := on(t, pleading, "b", "copied", lint.Info)
	a := on(t, pleading, "a", "copied", lint.Info)
	aLonger := a
	aLonger.Span.End += 4
	r := result(t, "c.txt", pleading, late, aLonger, b, a)
	process.Sort{}.Process(r)
	want := []lint.Finding{a, aLonger, b, late}
	for i := range want {
		if r.Findings[i].Rule != want[i].Rule || r.Findings[i].Span != want[i].Span {
			t.Fatalf("order %+v, want %+v", r.Findings, want)
		}
	}
}
