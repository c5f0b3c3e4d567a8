package document_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// numbered returns the number of the paragraph whose text (after its
// number) begins with prefix, and whether there is one.
func numbered(t *testing.T, d *document.Document, prefix string) (document.Paragraph, bool) {
	t.Helper()
	for _, p := range d.Paragraphs {
		if strings.HasPrefix(d.Text[p.NumberEnd:p.Span.End], prefix) {
			return p, true
		}
	}
	return document.Paragraph{}, false
}

// TestLoneParagraphNumbers: a paragraph number alone on its line, with or
// without blank lines after it, in each form the reader takes inline,
// numbers the text that follows; the paragraph's text, and so its
// sentences, begin at the text, not at the number.
func TestLoneParagraphNumbers(t *testing.T) {
	text := `FACTS

1.

Plaintiff Acme Corp. is a Delaware corporation.

2.
Defendant Brill LLC is a New York company.

¶ 3

Acme licensed its software to Brill in 2021.

                 4.


Brill copied the software after the license ended.

COUNT I

5.

Acme realleges paragraphs 1 through 4.
`
	d := document.Build(document.PlainSource("t.txt", []byte(text)))
	for n, prefix := range []string{"Plaintiff Acme", "Defendant Brill", "Acme licensed", "Brill copied", "Acme realleges"} {
		p, ok := numbered(t, d, prefix)
		if !ok {
			t.Fatalf("no paragraph begins %q", prefix)
		}
		if p.Number != n+1 || p.Printed.Int() != n+1 {
			t.Errorf("%q: number %d (printed %s), want %d", prefix, p.Number, p.Printed, n+1)
		}
		if p.NumberEnd != strings.Index(text, prefix) {
			t.Errorf("%q: text begins at %d, want %d", prefix, p.NumberEnd, strings.Index(text, prefix))
		}
		if label := strings.TrimSpace(d.Text[p.Span.Start:p.NumberEnd]); !strings.Contains(label, strconv.Itoa(n+1)) || !strings.Contains(d.Text[p.Span.Start:p.NumberEnd], "\n") {
			t.Errorf("%q: the paragraph opens %q, not at its number", prefix, label)
		}
	}
	for _, s := range d.Sentences {
		if s.Span.Start < d.Paragraphs[s.Paragraph].NumberEnd {
			t.Errorf("sentence %q begins inside its paragraph's number", s.Text)
		}
	}
	if len(d.Counts) != 1 {
		t.Fatalf("got %d counts, want 1", len(d.Counts))
	}
	var inc []int
	for _, ai := range d.Counts[0].Incorporated {
		inc = append(inc, d.Allegations[ai].Number)
	}
	if len(inc) != 4 || inc[0] != 1 || inc[3] != 4 {
		t.Errorf("the count incorporates %v, want [1 2 3 4]", inc)
	}
}

// TestLoneNumbersThatAreNot: a number alone on its line that does not
// continue the paragraph sequence, or that falls inside a sentence or a
// list, does not number the text after it.
func TestLoneNumbersThatAreNot(t *testing.T) {
	cases := []struct{ name, text string }{
		{"page number inside a sentence", "1. The parties signed the\n\n2.\n\nlicense on June 1, 2021.\n"},
		{"sentence left open before it", "1. The parties signed the license on\n\n2.\n\nJune 1, 2021, in Denver.\n"},
		{"list inside a paragraph", "1. Acme sued Brill.\n\n2. The license provides:\n\n1.\n\nLicensee shall not copy the software.\n"},
		{"a year", "1. Acme sued Brill.\n\n2. Brill copied the software.\n\n2021.\n\nThat was the year Brill copied it.\n"},
		{"number out of sequence", "1. Acme sued Brill.\n\n2. Brill copied the software.\n\n7.\n\nBrill kept copying it.\n"},
		{"restart without a heading", "1. Acme sued Brill.\n\n2. Brill copied the software.\n\n1.\n\nBrill kept copying it.\n"},
		{"a heading after it", "1. Acme sued Brill.\n\n2.\n\nCOUNT I\n\n3. Brill copied the software.\n"},
		{"too many blank lines", "1. Acme sued Brill.\n\n2.\n\n\n\nBrill kept copying it.\n"},
	}
	for _, c := range cases {
		d := document.Build(document.PlainSource("t.txt", []byte(c.text)))
		for _, p := range d.Paragraphs {
			// An inline label never holds a line break; a joined lone number does.
			if strings.Contains(d.Text[p.Span.Start:p.NumberEnd], "\n") {
				t.Errorf("%s: %q numbered %d by the number above it", c.name, d.Text[p.NumberEnd:p.Span.End], p.Number)
			}
		}
	}
	// The numbered count heading before a lone number restarts the sequence.
	d := document.Build(document.PlainSource("t.txt", []byte("1. Acme sued Brill.\n\nCOUNT 1\n\n1.\n\nBrill copied the software.\n")))
	if p, ok := numbered(t, d, "Brill copied"); !ok || p.Number != 1 {
		t.Errorf("after COUNT 1, the lone 1. does not number its text: %+v", p)
	}
}
