package lint_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	_ "github.com/complaintlint/complaintlint/lint/linttest" // defines -update for go test ./... -update
)

const groupDoc = `FACTS

1. Defendant acted willfully. Upon information and belief, Defendant copied the code.

2. Defendant sold the product.

COUNT I
CONVERSION

3. Plaintiff repeats and realleges all preceding paragraphs.

4. Defendant converted the files.
`

func build(t *testing.T, text string) *document.Document {
	t.Helper()
	return document.Build(document.PlainSource("test.txt", []byte(text)))
}

// phraseCheck reports every occurrence of a phrase at a fixed severity.
func phraseCheck(id, group, phrase string, sev lint.Severity, conf float64) *lint.Check {
	return &lint.Check{ID: id, Group: group, Scope: lint.ScopeDocument, Severity: sev, Confidence: conf,
		Run: func(p *lint.Pass) {
			for from := 0; ; {
				i := strings.Index(p.Doc.Text[from:], phrase)
				if i < 0 {
					return
				}
				at := from + i
				p.Report(lint.Finding{Span: lint.Span{Start: at, End: at + len(phrase)}, Severity: sev})
				from = at + len(phrase)
			}
		}}
}

func rulesAt(fs []lint.Finding, d *document.Document) map[int][]string {
	out := map[int][]string{}
	for _, f := range fs {
		n := d.Lines.Position(f.Span.Start).Line
		out[n] = append(out[n], f.Rule+"/"+f.Severity.String())
	}
	return out
}

// TestGroupKeepsMostSeriousPerParagraph: rules of one group share a budget of
// one finding per paragraph, the most serious; other rules and other
// paragraphs are untouched.
func TestGroupKeepsMostSeriousPerParagraph(t *testing.T) {
	d := build(t, groupDoc)
	checks := []*lint.Check{
		phraseCheck("hyg-a", "hygiene", "willfully", lint.Info, 0.4),
		phraseCheck("hyg-b", "hygiene", "Upon information", lint.Warning, 0.5),
		phraseCheck("hyg-c", "hygiene", "sold", lint.Info, 0.4),
		phraseCheck("hyg-d", "hygiene", "sold the", lint.Info, 0.9),
		phraseCheck("substantive", "", "copied", lint.Error, 0.8),
		phraseCheck("substantive-2", "", "willfully", lint.Info, 0.8),
	}
	// An uncaptioned draft assumed filed in the Second Circuit keeps its
	// errors (elsewhere a forum with no profile lowers them; see
	// TestSeverityPolicy).
	fs, errs := lint.Run(d, checks, lint.Options{Default: lint.DefaultProfile})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := rulesAt(fs, d)
	want := map[int][]string{
		3:  {"substantive-2/info", "hyg-b/warning", "substantive/error"},
		5:  {"hyg-d/info"},
		12: nil,
	}
	for line, w := range want {
		if strings.Join(got[line], " ") != strings.Join(w, " ") {
			t.Errorf("line %d: got %v, want %v", line, got[line], w)
		}
	}
}

// TestGroupHonoursSeverityOverride: the most serious finding is judged after
// the user's severity overrides.
func TestGroupHonoursSeverityOverride(t *testing.T) {
	d := build(t, groupDoc)
	checks := []*lint.Check{
		phraseCheck("hyg-a", "hygiene", "willfully", lint.Info, 0.4),
		phraseCheck("hyg-b", "hygiene", "Upon information", lint.Warning, 0.5),
	}
	fs, _ := lint.Run(d, checks, lint.Options{SeverityOverride: map[string]lint.Severity{"hyg-a": lint.Error}})
	got := rulesAt(fs, d)[3]
	if strings.Join(got, " ") != "hyg-a/error" {
		t.Errorf("got %v, want only hyg-a/error", got)
	}
	// A disabled rule takes no share of the budget.
	fs, _ = lint.Run(d, checks, lint.Options{Disabled: map[string]bool{"hyg-b": true}})
	if got := rulesAt(fs, d)[3]; strings.Join(got, " ") != "hyg-a/info" {
		t.Errorf("with hyg-b disabled got %v, want hyg-a/info", got)
	}
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
