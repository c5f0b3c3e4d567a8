package process_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
	"github.com/complaintlint/complaintlint/lint/suppress"
)

const markdown = `# FACTS

<!-- complaintlint-disable-next-line a -- pleaded in Exhibit A -->
1. Defendant copied the software.

2. Defendant sold copies.

<!-- complaintlint-disable-next-line nosuch -- typo -->
3. Defendant acted willfully.
`

func TestSuppressMarksAndReportsFaultyDirectives(t *testing.T) {
	known := []*lint.Check{{ID: "a"}, {ID: "b"}}
	r := result(t, "c.md", markdown,
		on(t, markdown, "a", "copied", lint.Error),
		on(t, markdown, "b", "sold", lint.Warning),
		on(t, markdown, "a", "willfully", lint.Warning))
	process.Suppress{Known: known, Entries: []suppress.Entry{{Rule: "b", Reason: "accepted", Text: "sold copies"}}}.Process(r)
	if len(r.Findings) != 4 {
		t.Fatalf("%d findings, want the three kept and one about the faulty directive", len(r.Findings))
	}
	want := []string{"inline: pleaded in Exhibit A", "config: accepted", ""}
	for i, w := range want {
		got := ""
		if s := r.Findings[i].Suppressed; s != nil {
			got = s.Kind + ": " + s.Justification
		}
		if got != w {
			t.Errorf("finding %d (%s) suppressed %q, want %q", i, r.Findings[i].Rule, got, w)
		}
	}
	if p := r.Findings[3]; p.Rule != suppress.UnknownRule.ID || p.Suppressed != nil || p.CountIndex != -1 {
		t.Errorf("directive finding %+v", p)
	}
}
