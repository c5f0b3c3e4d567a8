package lint_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	_ "github.com/complaintlint/complaintlint/lint/linttest" // defines -update for go test ./... -update
)

func build(t *testing.T, text string) *document.Document {
	t.Helper()
	return document.Build(document.PlainSource("test.txt", []byte(text)))
}

// TestCircuitSeverity: a rule's severity follows the profile's circuit.
func TestCircuitSeverity(t *testing.T) {
	c := &lint.Check{ID: "x", Severity: lint.Info, CircuitSeverity: map[string]lint.Severity{"11": lint.Warning}}
	for circuit, want := range map[string]lint.Severity{"2": lint.Info, "9": lint.Info, "11": lint.Warning, "dc": lint.Info} {
		if got := c.SeverityIn(lint.Profile{Circuit: circuit, State: "NY"}); got != want {
			t.Errorf("circuit %s: got %s, want %s", circuit, got, want)
		}
	}
}

// TestNYRulesGatedByState: a rule tagged NY runs on every count under a New
// York forum, and elsewhere only on counts that cite New York law.
func TestNYRulesGatedByState(t *testing.T) {
	d := build(t, `COUNT I
TORTIOUS INTERFERENCE

1. Defendant interfered with Plaintiff's contracts.

COUNT II
UNFAIR COMPETITION (New York common law)

2. Defendant misappropriated Plaintiff's labor.
`)
	ny := &lint.Check{ID: "ny-rule", NY: true, Severity: lint.Warning, Run: func(p *lint.Pass) {
		p.ReportMissing(nil, lint.Warning, "m")
	}}
	count := func(prof lint.Profile) []string {
		fs, _ := lint.Run(d, []*lint.Check{ny}, lint.Options{Default: prof})
		var out []string
		for _, f := range fs {
			out = append(out, d.Counts[f.CountIndex].Numeral())
		}
		return out
	}
	if got := count(lint.Profile{Circuit: "2", State: "NY"}); strings.Join(got, ",") != "I,II" {
		t.Errorf("NY profile: rule ran on counts %v, want I,II", got)
	}
	if got := count(lint.Profile{Circuit: "9", State: "CA"}); strings.Join(got, ",") != "II" {
		t.Errorf("CA profile: rule ran on counts %v, want only II (which cites New York law)", got)
	}
}

// TestParseCircuit accepts the ways attorneys write circuits.
func TestParseCircuit(t *testing.T) {
	cases := map[string]string{"1": "1", "1st": "1", "First": "1", "2d": "2", "2nd": "2", "Second Circuit": "2",
		"3d Cir.": "3", "4th": "4", "5": "5", "sixth": "6", "7th Cir.": "7", "8": "8", "ninth": "9", "10th": "10",
		"11": "11", "11th": "11", "Eleventh": "11", "D.C.": "dc", "DC Circuit": "dc", "Federal": "fed", "Fed. Cir.": "fed"}
	for in, want := range cases {
		got, err := lint.ParseCircuit(in)
		if err != nil || got != want {
			t.Errorf("ParseCircuit(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"12", "13th", "circuit", ""} {
		if _, err := lint.ParseCircuit(bad); err == nil {
			t.Errorf("ParseCircuit(%q) accepted", bad)
		}
	}
	for c, want := range map[string]string{"2": "2d Cir.", "11": "11th Cir.", "dc": "D.C. Cir.", "fed": "Fed. Cir.", "1": "1st Cir."} {
		if got := lint.CircuitName(c); got != want {
			t.Errorf("CircuitName(%s) = %q, want %q", c, got, want)
		}
	}
}
