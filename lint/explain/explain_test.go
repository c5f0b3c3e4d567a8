package explain_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/explain"
)

func TestEveryRuleRenders(t *testing.T) {
	for _, c := range checks.All {
		text, md := explain.Text(c), explain.Markdown(c)
		if !strings.HasPrefix(text, c.ID+" — ") || !strings.Contains(text, "Severity: "+c.Severity.String()) {
			t.Errorf("%s: text starts %q", c.ID, firstLine(text))
		}
		if !strings.HasPrefix(md, "**"+c.ID+"** — ") {
			t.Errorf("%s: markdown starts %q", c.ID, firstLine(md))
		}
		if c.Doc.Authority != "" && !strings.Contains(md, "#### Authority") {
			t.Errorf("%s: markdown has no authority section", c.ID)
		}
	}
}

// A placeholder or an asterisk in an example must stay literal in
// Markdown, and the plain text must stay unescaped.
func TestMarkdownEscapes(t *testing.T) {
	c := &lint.Check{ID: "x", Title: "T", Doc: lint.Doc{
		Fix:        "Insert [START DATE] and *not* <this>",
		Sufficient: []string{"Count_1 # | `code`"},
	}}
	md := explain.Markdown(c)
	for _, want := range []string{`Insert \[START DATE\] and \*not\* \<this\>`, "- ✓ Count\\_1 \\# \\| \\`code\\`"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if !strings.Contains(explain.Text(c), "Insert [START DATE] and *not* <this>") {
		t.Errorf("text was escaped:\n%s", explain.Text(c))
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
