package input

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// TestMarkdownLoneParagraphNumbers: in Markdown a paragraph number alone
// on its line is an empty list item, and the paragraph's text after it is a
// paragraph of its own. The item's number opens that text, so a count's
// "paragraphs 1 through 2" reaches both allegations.
func TestMarkdownLoneParagraphNumbers(t *testing.T) {
	src := "# Complaint\n\n## FACTS\n\n1.\n\nPlaintiff Acme Corp. is a Delaware corporation.\n\n2.\n\nDefendant Brill LLC copied its software.\n\n## COUNT I\n\n3.\n\nAcme realleges paragraphs 1 through 2.\n"
	d := document.Build(ReadMarkdown("lone.md", []byte(src)))
	var got []int
	for _, p := range d.Paragraphs {
		if p.Heading {
			continue
		}
		text := d.Text[p.NumberEnd:p.Span.End]
		if p.NumberEnd != strings.Index(src, text) {
			t.Errorf("paragraph %d's text %q starts at %d, not where the source has it", p.Number, text, p.NumberEnd)
		}
		got = append(got, p.Number)
	}
	if len(got) != 3 || got[0] != 1 || got[1] != 2 || got[2] != 3 {
		t.Errorf("paragraph numbers %v, want [1 2 3]", got)
	}
	if len(d.Counts) != 1 || len(d.Counts[0].Incorporated) != 2 {
		t.Fatalf("counts %+v: want one count incorporating two allegations", d.Counts)
	}
}
