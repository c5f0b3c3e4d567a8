package lint_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
)

const twoCountDoc = `FACTS

1. Defendant copied the files.

COUNT I
CONVERSION

2. Defendant converted the files.

COUNT II
UNFAIR COMPETITION

3. Defendant's conduct is unlawful because of Count I.
`

// countCheck reports once on every count at a fixed severity; dependent
// names the counts (by index) a finding of it says are flawed.
func countCheck(id string, sev lint.Severity, onCount int, dependent []int) *lint.Check {
	return &lint.Check{ID: id, Scope: lint.ScopeCount, Severity: sev, Confidence: 0.6,
		Run: func(p *lint.Pass) {
			if p.CountIndex != onCount {
				return
			}
			c := p.Count()
			p.Report(lint.Finding{Span: c.Heading, Severity: sev, FlawedCounts: dependent})
		}}
}

// TestFlawedCountsKeptOnlyWhenFlawed: a finding that names the counts it
// depends on survives only when each of them carries a warning or error of
// another rule; an info finding there, or the finding's own rule, does not
// count.
func TestFlawedCountsKeptOnlyWhenFlawed(t *testing.T) {
	d := build(t, twoCountDoc)
	opts := lint.Options{Default: lint.DefaultProfile}
	count := func(fs []lint.Finding, rule string) int {
		n := 0
		for _, f := range fs {
			if f.Rule == rule {
				n++
			}
		}
		return n
	}
	dependent := countCheck("ucl-note", lint.Info, 1, []int{0})
	for _, tc := range []struct {
		name  string
		other *lint.Check
		want  int
	}{
		{"predicate count flagged at warning", countCheck("conversion-gap", lint.Warning, 0, nil), 1},
		{"predicate count flagged at error", countCheck("conversion-gap", lint.Error, 0, nil), 1},
		{"predicate count only noted at info", countCheck("conversion-gap", lint.Info, 0, nil), 0},
		{"another count flagged, not the predicate", countCheck("conversion-gap", lint.Warning, 1, nil), 0},
	} {
		fs, errs := lint.Run(d, []*lint.Check{tc.other, dependent}, opts)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		if got := count(fs, "ucl-note"); got != tc.want {
			t.Errorf("%s: %d dependent findings, want %d", tc.name, got, tc.want)
		}
		if got := count(fs, "conversion-gap"); got != 1 {
			t.Errorf("%s: the other rule's finding was touched (%d)", tc.name, got)
		}
	}
	// Without FlawedCounts a finding is never dropped.
	fs, _ := lint.Run(d, []*lint.Check{countCheck("plain", lint.Info, 1, nil)}, opts)
	if count(fs, "plain") != 1 {
		t.Error("a finding naming no counts was dropped")
	}
}
