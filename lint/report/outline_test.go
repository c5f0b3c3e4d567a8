package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
)

const outlineText = `II. FACTS

     2.1  Defendant copied the Module in March 2024.

     2.2  Defendant sold copies of it.
`

// TestOutlineParagraphNumbers: a finding in an outline-numbered paragraph
// is placed at "¶ 2.2" in the text and HTML reports, and the machine
// formats carry the number as "paragraph", leaving the integer
// "allegation" out rather than naming ¶ 2.
func TestOutlineParagraphNumbers(t *testing.T) {
	d := build(t, "outline.txt", outlineText)
	sold := span(t, d.Src, "Defendant sold copies of it.")
	rs := []lint.FileResult{{Path: "outline.txt", Doc: d, Findings: []lint.Finding{
		{Rule: "fake-rule", Severity: lint.Warning, Span: sold, Message: "Say when.", CountIndex: -1},
	}}}
	render := func(r Reporter) string {
		var buf bytes.Buffer
		if err := r.Report(&buf, rs); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	if out := render(Text{}); !strings.Contains(out, "(¶ 2.2)") {
		t.Errorf("text report does not place the finding at ¶ 2.2:\n%s", out)
	}
	if out := render(HTML{}); !strings.Contains(out, "¶ 2.2") {
		t.Error("HTML report does not place the finding at ¶ 2.2")
	}
	js := render(JSON{Tool: tool})
	if !strings.Contains(js, `"paragraph":"2.2"`) {
		t.Errorf("JSON lacks the outline number:\n%s", js)
	}
	if strings.Contains(js, `"allegation":`) {
		t.Errorf("JSON names an integer allegation for an outline-numbered paragraph:\n%s", js)
	}
	if out := render(SARIF{Tool: tool}); !strings.Contains(out, `"paragraph":"2.2"`) && !strings.Contains(out, `"paragraph": "2.2"`) {
		t.Errorf("SARIF lacks the outline number:\n%s", out)
	}
}
