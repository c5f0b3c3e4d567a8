package process_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/process"
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
	fs, errs := process.Lint(d, checks, lint.Options{Default: lint.DefaultProfile})
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
	// The override is applied by its own processor, before the groups.
	raw, _ := lint.Run(d, checks, lint.Options{})
	r := &lint.FileResult{Path: d.Path, Doc: d, Findings: raw}
	process.New(process.Settings{Checks: checks, Severity: map[string]lint.Severity{"hyg-a": lint.Error}}).Run(r)
	got := rulesAt(r.Findings, d)[3]
	if strings.Join(got, " ") != "hyg-a/error" {
		t.Errorf("got %v, want only hyg-a/error", got)
	}
	// A disabled rule takes no share of the budget.
	fs, _ := process.Lint(d, checks, lint.Options{Disabled: map[string]bool{"hyg-b": true}})
	if got := rulesAt(fs, d)[3]; strings.Join(got, " ") != "hyg-a/info" {
		t.Errorf("with hyg-b disabled got %v, want hyg-a/info", got)
	}
}
