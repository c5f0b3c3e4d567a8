package lint_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/process"
)

const doc = "FACTS\n\n1. A fact.\n\nCOUNT I\nBREACH OF CONTRACT\n\n2. Defendant breached.\n\nCOUNT II\nCOPYRIGHT INFRINGEMENT\n\n3. Defendant copied.\n"

func buildDoc() *document.Document {
	return document.Build(document.PlainSource("t.txt", []byte(doc)))
}

func TestPanickingCheckBecomesError(t *testing.T) {
	boom := &lint.Check{ID: "boom", Run: func(*lint.Pass) { panic("index out of range") }}
	good := &lint.Check{ID: "good", Family: legal.ClaimContract, Severity: lint.Warning, Run: func(p *lint.Pass) {
		p.ReportMissing(nil, lint.Warning, "missing")
	}}
	fs, errs := process.Lint(buildDoc(), []*lint.Check{boom, good}, lint.Options{})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "boom") {
		t.Fatalf("errors %v, want one naming the rule", errs)
	}
	if len(fs) != 1 || fs[0].Rule != "good" || fs[0].Count != "Count I (Breach of contract)" {
		t.Fatalf("findings %+v", fs)
	}
}

func TestFamilyScopingAndOrder(t *testing.T) {
	var seen []int
	c := &lint.Check{ID: "cr", Family: legal.ClaimCopyright, Run: func(p *lint.Pass) {
		seen = append(seen, p.CountIndex)
		for _, s := range p.Own() {
			p.ReportPhrase(s.Span)
		}
		p.ReportMissing(nil, lint.Error, "heading")
	}}
	fs, _ := process.Lint(buildDoc(), []*lint.Check{c}, lint.Options{})
	if len(seen) != 1 || seen[0] != 1 {
		t.Fatalf("ran on counts %v, want only the copyright count", seen)
	}
	if len(fs) != 2 || fs[0].Span.Start > fs[1].Span.Start {
		t.Fatalf("findings not in position order: %+v", fs)
	}
}

func TestOptions(t *testing.T) {
	c := &lint.Check{ID: "w", Severity: lint.Warning, Run: func(p *lint.Pass) {
		p.ReportMissing(nil, lint.Warning, "x")
	}}
	all, _ := lint.Run(buildDoc(), []*lint.Check{c}, lint.Options{})
	if len(all) != 2 {
		t.Fatalf("%d findings, want one per count", len(all))
	}
	if fs, _ := process.Lint(buildDoc(), []*lint.Check{c}, lint.Options{Disabled: map[string]bool{"w": true}}); len(fs) != 0 {
		t.Error("Disabled rule ran")
	}
}

func TestNYGate(t *testing.T) {
	ran := 0
	c := &lint.Check{ID: "ny", NY: true, Run: func(*lint.Pass) { ran++ }}
	lint.Run(buildDoc(), []*lint.Check{c}, lint.Options{Profile: lint.Profile{Circuit: "9", State: "CA"}})
	if ran != 0 {
		t.Errorf("NY rule ran %d times under California law", ran)
	}
	lint.Run(buildDoc(), []*lint.Check{c}, lint.Options{Profile: lint.DefaultProfile})
	if ran != 2 {
		t.Errorf("NY rule ran %d times under New York law, want once per count", ran)
	}
	// No caption and no setting: no state's law governs, so no state rule
	// runs (RULES-FORUM.md §F1.4).
	ran = 0
	lint.Run(buildDoc(), []*lint.Check{c}, lint.Options{})
	if ran != 0 {
		t.Errorf("NY rule ran %d times with no forum", ran)
	}
}

func TestParseCircuitNames(t *testing.T) {
	for in, want := range map[string]string{"2": "2", "2d": "2", "second": "2", "11th": "11", "D.C.": "dc", "Federal": "fed", "9th Circuit": "9"} {
		got, err := lint.ParseCircuit(in)
		if err != nil || got != want {
			t.Errorf("ParseCircuit(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := lint.ParseCircuit("13"); err == nil {
		t.Error("accepted a 13th Circuit")
	}
}

// TestOnCountReadsAnotherCount: a rule running on one count reads another
// through OnCount, with that count's scope, and what it reports there is
// its finding on that count.
func TestOnCountReadsAnotherCount(t *testing.T) {
	var scopes []string
	c := &lint.Check{ID: "across", Family: legal.ClaimContract, Severity: lint.Warning, Run: func(p *lint.Pass) {
		other := p.OnCount(1)
		for _, s := range other.Scope() {
			scopes = append(scopes, s.Text)
		}
		if other.Check != p.Check || other.Forum != p.Forum || p.CountIndex != 0 {
			t.Errorf("OnCount changed more than the count: %+v", other)
		}
		other.ReportMissing(nil, lint.Warning, "reported on the other count")
	}}
	fs, errs := lint.Run(buildDoc(), []*lint.Check{c}, lint.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if strings.Join(scopes, "|") != "Defendant copied." {
		t.Errorf("scope read %q, want count II's", scopes)
	}
	if len(fs) != 1 || fs[0].CountIndex != 1 || !strings.HasPrefix(fs[0].Count, "Count II") {
		t.Errorf("findings %+v, want one on count II", fs)
	}
}

// TestNoTrace: a run that records no trace reports the same findings, in
// the same order, as one that does, and returns no trace; the traced run
// records every unit that ran, including one that found and observed
// nothing, and what each observed.
func TestNoTrace(t *testing.T) {
	c := &lint.Check{ID: "obs", Severity: lint.Warning, Run: func(p *lint.Pass) {
		own := p.Own()
		if len(own) > 0 {
			p.Observe("contract.breach", lint.Pleaded, own[0], nil)
		}
		if p.CountIndex == 0 {
			p.ReportMissing(nil, lint.Warning, "missing")
		}
	}}
	quiet := &lint.Check{ID: "quiet", Run: func(*lint.Pass) {}}
	checks := []*lint.Check{c, quiet}
	d := buildDoc()
	a := lint.Assume(d, lint.Options{})
	traced, _, tr, err := lint.RunTraced(context.Background(), d, a, checks, lint.Options{})
	if err != nil || tr == nil {
		t.Fatalf("traced run: %v, trace %v", err, tr)
	}
	plain, _, none, err := lint.RunTraced(context.Background(), buildDoc(), a, checks, lint.Options{NoTrace: true})
	if err != nil || none != nil {
		t.Fatalf("untraced run: %v, trace %+v", err, none)
	}
	if !reflect.DeepEqual(traced, plain) || len(traced) != 1 {
		t.Errorf("findings differ: traced %+v, untraced %+v", traced, plain)
	}
	for ci := range d.Counts {
		if !tr.Ran("obs", ci) || !tr.Ran("quiet", ci) {
			t.Errorf("count %d: ran obs %v, quiet %v", ci, tr.Ran("obs", ci), tr.Ran("quiet", ci))
		}
	}
	if len(tr.Observations) != len(d.Counts) || len(tr.Observations[0].Sentences) != 1 || cap(tr.Observations[0].Sentences) != 1 {
		t.Errorf("observations %+v", tr.Observations)
	}
	if len(tr.Marks) != 0 {
		t.Errorf("marks %+v from a rule that decides no element", tr.Marks)
	}
}
