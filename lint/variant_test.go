package lint_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
)

// variantDoc has a Northern District of California caption, so the forum is
// the Ninth Circuit and California law governs its counts.
const variantDoc = `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

COUNT I
COPYRIGHT INFRINGEMENT

1. Defendant copied the Module.

COUNT II
UNJUST ENRICHMENT

2. Defendant was unjustly enriched.
`

func reporter(id string, sev lint.Severity, v map[string]lint.Variant) *lint.Check {
	return &lint.Check{ID: id, Severity: sev, Variants: v,
		Doc: lint.Doc{Message: "default message", Authority: "Default v. Authority"},
		Run: func(p *lint.Pass) { p.ReportMissing(nil, p.Check.SeverityIn(p.Profile), "") }}
}

// TestVariantsFollowTheForum: under the Ninth Circuit a rule takes its
// variant's authority, message and severity; under California law a
// replaced rule does not run; a variant escalates only when the named rule
// also fires on the count; in the Second Circuit nothing changes.
func TestVariantsFollowTheForum(t *testing.T) {
	d := build(t, variantDoc)
	period := reporter("period", lint.Error, map[string]lint.Variant{"9": {Authority: "Ninth v. Authority", Message: "ninth message",
		HasSeverity: true, Severity: lint.Info, EscalateWith: "acts", EscalateTo: lint.Warning}})
	acts := reporter("acts", lint.Warning, nil)
	replaced := reporter("replaced", lint.Info, map[string]lint.Variant{"CA": {ReplacedBy: "other"}})
	fs, errs := process.Lint(d, []*lint.Check{period, replaced}, lint.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+"/"+f.Severity.String()+"/"+f.Authority+"/"+f.Message+"/"+f.Profile)
	}
	want := "period/info/Ninth v. Authority/ninth message/9th/CA period/info/Ninth v. Authority/ninth message/9th/CA"
	if strings.Join(got, " ") != want {
		t.Errorf("Ninth Circuit:\n got %v\nwant %s", got, want)
	}
	// With the other rule firing on the same count, the finding is raised.
	fs, _ = process.Lint(d, []*lint.Check{period, acts}, lint.Options{})
	got = nil
	for _, f := range fs {
		if f.Rule == "period" {
			got = append(got, f.Count+"="+f.Severity.String())
		}
	}
	if strings.Join(got, " ") != "Count I (Copyright)=warning Count II (Unjust enrichment)=warning" {
		t.Errorf("escalation: %v", got)
	}
	// The Second Circuit reads RULES.md as written.
	fs, _ = process.Lint(d, []*lint.Check{period, replaced}, lint.Options{Profile: lint.Profile{Circuit: "2", State: "NY"}})
	got = nil
	for _, f := range fs {
		got = append(got, f.Rule+"/"+f.Severity.String()+"/"+f.Authority)
	}
	if len(got) != 4 || got[0] != "period/error/Default v. Authority" || !strings.HasPrefix(got[1], "replaced/info") {
		t.Errorf("Second Circuit: %v", got)
	}
}

// TestNeutralVariant: a rule's neutral variant answers in a circuit with no
// profile (the D.C. Circuit) and for a draft with no caption, never in the
// Second Circuit (RULES.md as written) or where the circuit has its own
// variant.
func TestNeutralVariant(t *testing.T) {
	c := reporter("period", lint.Error, map[string]lint.Variant{
		"9":                 {Message: "ninth message"},
		lint.NeutralProfile: {Message: "neutral message", Authority: "Statute"},
	})
	for _, tc := range []struct {
		circuit, want string
	}{
		{"dc", "neutral message"},
		{"3", "neutral message"},
		{"", "neutral message"},
		{"2", "default message"},
		{"9", "ninth message"},
	} {
		if got := c.MessageIn(lint.Profile{Circuit: tc.circuit}); got != tc.want {
			t.Errorf("circuit %q: message %q, want %q", tc.circuit, got, tc.want)
		}
	}
	// End to end: a District of Columbia caption takes the neutral wording.
	d := build(t, "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nCOUNT I\nCOPYRIGHT INFRINGEMENT\n\n1. Defendant copied the Module.\n")
	fs, errs := lint.Run(d, []*lint.Check{c}, lint.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(fs) != 1 || fs[0].Message != "neutral message" || fs[0].Authority != "Statute" {
		t.Errorf("D.D.C. findings: %+v", fs)
	}
}
