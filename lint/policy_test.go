package lint_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/process"
)

func captioned(caption, body string) *document.Document {
	return document.Build(document.PlainSource("t.txt", []byte(caption+"\n\n"+body)))
}

const policyBody = "FACTS\n\n1. A fact.\n\nCOUNT I\nCOPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n2. Defendant copied and distributed the Work.\n"

// TestSeverityPolicy: the same finding is an error in a profiled circuit, a
// warning where the circuit has no profile or is unknown (RULES-FORUM.md
// §F5.2), one level lower outside the circuits a rule's doctrine comes
// from (§F1.4), and carries the profile it was produced under.
func TestSeverityPolicy(t *testing.T) {
	errRule := &lint.Check{ID: "e", Family: legal.ClaimCopyright, Severity: lint.Error, Run: func(p *lint.Pass) {
		p.ReportMissing(nil, p.Check.SeverityIn(p.Profile), "m")
	}}
	kelly := &lint.Check{ID: "k", Family: legal.ClaimCopyright, Severity: lint.Error, Policy: lint.Policy{Circuits: []string{"2"}},
		Run: func(p *lint.Pass) { p.ReportMissing(nil, p.Check.SeverityIn(p.Profile), "m") }}
	set := &lint.Check{ID: "s", Family: legal.ClaimCopyright, Severity: lint.Error, Policy: lint.Policy{Circuits: []string{"2"}},
		CircuitSeverity: map[string]lint.Severity{"9": lint.Info},
		Run:             func(p *lint.Pass) { p.ReportMissing(nil, p.Check.SeverityIn(p.Profile), "m") }}
	cases := []struct {
		caption          string
		e, k, s          lint.Severity
		profile          string
		flagCircuit, flS string
	}{
		{"UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK", lint.Error, lint.Error, lint.Error, "2d/NY", "", ""},
		{"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA", lint.Error, lint.Warning, lint.Info, "9th/CA", "", ""},
		{"UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY", lint.Warning, lint.Warning, lint.Warning, "neutral/NJ", "", ""},
		{"", lint.Warning, lint.Warning, lint.Warning, "neutral", "", ""},
		{"UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY", lint.Error, lint.Error, lint.Error, "2d/NY", "2", "NY"},
	}
	for _, c := range cases {
		d := captioned(c.caption, policyBody)
		fs, errs := process.Lint(d, []*lint.Check{errRule, kelly, set}, lint.Options{Profile: lint.Profile{Circuit: c.flagCircuit, State: c.flS}})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		got := map[string]lint.Finding{}
		for _, f := range fs {
			got[f.Rule] = f
		}
		for id, want := range map[string]lint.Severity{"e": c.e, "k": c.k, "s": c.s} {
			if got[id].Severity != want {
				t.Errorf("%q: rule %s: %s, want %s", c.caption, id, got[id].Severity, want)
			}
			if got[id].Profile != c.profile {
				t.Errorf("%q: rule %s: forum_profile %q, want %q", c.caption, id, got[id].Profile, c.profile)
			}
		}
	}
}

// TestLowConfidenceFamilyDropsElementRules: a count whose family was read
// at low confidence (a bare "DMCA" heading over a silent body) lowers its
// element rules' findings one level; rules of every count keep theirs.
func TestLowConfidenceFamilyDropsElementRules(t *testing.T) {
	d := captioned("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK",
		"COUNT I\nVIOLATION OF THE DIGITAL MILLENNIUM COPYRIGHT ACT\n\n1. Defendant used the software.\n")
	if !d.Counts[0].LowConfidence() || !d.Counts[0].Has(legal.ClaimDMCA) {
		t.Fatalf("count read as %v (low %v), want dmca1201 at low confidence", d.Counts[0].Claims, d.Counts[0].LowConfidence())
	}
	element := &lint.Check{ID: "el", Family: legal.ClaimDMCA, Severity: lint.Error, Run: func(p *lint.Pass) {
		p.ReportMissing(nil, lint.Error, "m")
	}}
	every := &lint.Check{ID: "all", Severity: lint.Warning, Run: func(p *lint.Pass) { p.ReportMissing(nil, lint.Warning, "m") }}
	fs, _ := process.Lint(d, []*lint.Check{element, every}, lint.Options{})
	for _, f := range fs {
		if f.Rule == "el" && f.Severity != lint.Warning || f.Rule == "all" && f.Severity != lint.Warning {
			t.Errorf("%s: %s", f.Rule, f.Severity)
		}
	}
	if len(fs) != 2 {
		t.Errorf("%d findings, want 2", len(fs))
	}
}

// TestFederalPleadingRulesSkipStateCourt: rules resting on the Federal
// Rules do not run on a state-court complaint (RULES-FORUM.md §F1.4),
// unless --circuit says to read it as a federal one.
func TestFederalPleadingRulesSkipStateCourt(t *testing.T) {
	d := captioned("SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF NEW YORK", policyBody)
	ran := 0
	frcp := &lint.Check{ID: "frcp", Policy: lint.Policy{FederalPleading: true}, Run: func(*lint.Pass) { ran++ }}
	lint.Run(d, []*lint.Check{frcp}, lint.Options{})
	if ran != 0 {
		t.Errorf("federal pleading rule ran %d times on a state-court complaint", ran)
	}
	lint.Run(d, []*lint.Check{frcp}, lint.Options{Profile: lint.Profile{Circuit: "2"}})
	if ran != 1 {
		t.Errorf("federal pleading rule ran %d times with --circuit 2, want 1", ran)
	}
}

// TestStateFlagPrecedence: --state governs common-law counts over the law a
// count names, but a count defined by a state statute keeps its statute's
// state (RULES-FORUM.md §F1.3).
func TestStateFlagPrecedence(t *testing.T) {
	d := captioned("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK",
		"COUNT I\nTORTIOUS INTERFERENCE (California law)\n\n1. Defendant interfered with Plaintiff's contracts.\n\n"+
			"COUNT II\nVIOLATION OF CAL. BUS. & PROF. CODE § 17200\n\n2. Defendant's business practices were unlawful, unfair or fraudulent, and Plaintiff lost money or property.\n")
	ca := &lint.Check{ID: "ca", State: "CA", Run: func(p *lint.Pass) { p.ReportMissing(nil, lint.Info, "m") }}
	ny := &lint.Check{ID: "ny", NY: true, Run: func(p *lint.Pass) { p.ReportMissing(nil, lint.Info, "m") }}
	where := func(opts lint.Options) map[string][]int {
		fs, _ := process.Lint(d, []*lint.Check{ca, ny}, opts)
		out := map[string][]int{}
		for _, f := range fs {
			out[f.Rule] = append(out[f.Rule], f.CountIndex)
		}
		return out
	}
	got := where(lint.Options{})
	if len(got["ca"]) != 2 || len(got["ny"]) != 0 {
		t.Errorf("no flag: %v, want the CA rule on both counts (one names California law, one cites its code)", got)
	}
	got = where(lint.Options{Profile: lint.Profile{State: "NY"}})
	if len(got["ny"]) != 1 || got["ny"][0] != 0 || len(got["ca"]) != 1 || got["ca"][0] != 1 {
		t.Errorf("--state NY: %v, want NY rule on Count I, CA rule on the UCL count", got)
	}
}
