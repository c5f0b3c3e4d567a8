package plead

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// TestIndexedTextsAreTheTexts: the span forms hand the cue patterns the
// same text as the string forms, and a sentence with nothing added is
// asked about as its own span of the index.
func TestIndexedTextsAreTheTexts(t *testing.T) {
	var own, joined int
	for _, c := range linttest.ShippedComplaints(t) {
		f, data := c.Path, c.Data
		d := document.Build(document.PlainSource(f, data))
		p := &lint.Pass{Doc: d, CountIndex: -1}
		for i := range d.Sentences {
			s := &d.Sentences[i]
			if got, want := ParagraphIndexed(d, s).String(), ParagraphText(d, s); got != want {
				t.Fatalf("%s: paragraph of sentence %d: span %q, text %q", f, i, got, want)
			}
			tt, want := WithTermDefinitionsText(p, s), WithTermDefinitions(p, s)
			if tt.String() != want {
				t.Fatalf("%s: sentence %d with definitions: %q, want %q", f, i, tt.String(), want)
			}
			if want == s.Text {
				own++
				if tt != s.Indexed() {
					t.Errorf("%s: sentence %d has nothing added but is not its indexed span", f, i)
				}
			} else {
				joined++
			}
		}
		d.Done()
	}
	if own == 0 || joined == 0 {
		t.Errorf("want sentences with and without definitions, got %d and %d", own, joined)
	}
}
