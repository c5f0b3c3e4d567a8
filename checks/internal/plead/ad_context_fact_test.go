package plead

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// TestParagraphAdContextAsJoined: a paragraph's ad context scored through
// the document's index equals ScoreAd of the text the Lanham ad-context
// rule joined for a statement with no definitions and no table after it
// (the paragraph and two spaces), for every sentence of every complaint.
func TestParagraphAdContextAsJoined(t *testing.T) {
	parts := map[string]int{}
	for _, c := range linttest.EveryComplaint(t) {
		d := document.Build(document.PlainSource(c.Path, c.Data))
		for i := range d.Sentences {
			s := &d.Sentences[i]
			if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) {
				continue
			}
			want := ScoreAd(ParagraphText(d, s) + " " + "" + " " + "")
			if got := ParagraphAdContext(d, s); got != want {
				t.Errorf("%s: sentence %d %q: ad context %+v, want %+v", c.Path, i, s.Text, got, want)
			}
			for _, missing := range want.MissingNames() {
				parts[missing]++
			}
			if want.Missing() == 0 {
				parts["none"]++
			}
		}
		d.Done()
	}
	if len(parts) < 5 {
		t.Errorf("want every part of the context found present and missing, got %v", parts)
	}
}
