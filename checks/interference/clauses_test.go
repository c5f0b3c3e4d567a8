package interference

import (
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

func spanStrings(ts []pattern.Text) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.String()
	}
	return out
}

// TestSplitTextIsSplit holds splitText to Pattern.Split, on hand-made
// edge cases and on every sentence of the shipped complaints as spans of
// their documents' indexes; and the employee clauses of a span to those of
// its string.
func TestSplitTextIsSplit(t *testing.T) {
	for _, s := range []string{"", "; ", "a; b", "; a", "a;", "a, and b, or c; d", "no break here"} {
		if got, want := spanStrings(splitText(reClauseBreak, pattern.Plain(s))), reClauseBreak.Split(s, -1); !slices.Equal(got, want) {
			t.Errorf("splitText(%q) = %q, want %q", s, got, want)
		}
	}
	clauses := 0
	for _, c := range linttest.ShippedComplaints(t) {
		f, data := c.Path, c.Data
		d := document.Build(document.PlainSource(f, data))
		terms := plead.DefendantTerms(d)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			if got, want := spanStrings(splitText(reClauseBreak, s.Indexed())), reClauseBreak.Split(s.Text, -1); !slices.Equal(got, want) {
				t.Fatalf("%s: sentence %d split into %q, want %q", f, i, got, want)
			}
			got, want := spanStrings(employeeClauseSpans(terms, s.Indexed())), employeeClauses(terms, s.Text)
			if !slices.Equal(got, want) {
				t.Fatalf("%s: sentence %d: employee clauses %q, want %q", f, i, got, want)
			}
			clauses += len(want)
		}
		d.Done()
	}
	if clauses == 0 {
		t.Error("no employee clause in the shipped complaints: the comparison tested nothing")
	}
}
