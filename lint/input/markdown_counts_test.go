package input

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// TestMarkdownCountHeadings: count headings written as Markdown headings or
// emphasis, with the cause on the same line, on a heading line of its own,
// or in an emphasised line set off by a blank line, are found, and each
// count keeps only its own allegations.
func TestMarkdownCountHeadings(t *testing.T) {
	cases := []struct {
		name, text string
		titles     []string
	}{
		{"heading with the cause after a colon", "## Facts\n\n1. Plaintiff licenses the Ledger.\n\n### COUNT I: CONVERSION\n\n2. Defendant kept the Ledger.\n\n### COUNT II: TRESPASS TO CHATTELS\n\n3. Defendant entered the server room.\n",
			[]string{"CONVERSION", "TRESPASS TO CHATTELS"}},
		{"emphasised numeral, emphasised cause below a blank line", "# FACTS\n\n1. Plaintiff licenses the Ledger.\n\n**FIRST CAUSE OF ACTION**\n\n*Conversion of the Ledger*\n\n2. Defendant kept the Ledger.\n\n**SECOND CAUSE OF ACTION**\n\n*Trespass*\n\n3. Defendant entered the server room.\n",
			[]string{"Conversion of the Ledger", "Trespass"}},
		{"numeral and cause as two heading levels", "# FACTS\n\n1. Plaintiff licenses the Ledger.\n\n## Count One\n### Conversion\n\n2. Defendant kept the Ledger.\n\n## Count Two\n### Trespass to Chattels\n\n3. Defendant entered the server room.\n",
			[]string{"Conversion", "Trespass to Chattels"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := document.Build(ReadMarkdown("complaint.md", []byte(c.text)))
			if len(d.Counts) != len(c.titles) {
				t.Fatalf("%d counts, want %d\n%s", len(d.Counts), len(c.titles), d)
			}
			for i, cnt := range d.Counts {
				if cnt.Title != c.titles[i] || cnt.Ordinal != i+1 || len(cnt.Paragraphs) != 1 {
					t.Errorf("count %d: ordinal %d title %q with %d paragraphs, want %d %q with 1", i, cnt.Ordinal, cnt.Title, len(cnt.Paragraphs), i+1, c.titles[i])
				}
			}
		})
	}
}
