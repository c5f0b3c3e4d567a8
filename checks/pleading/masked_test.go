package pleading

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

func TestHasQuoteMarkIsContainsAny(t *testing.T) {
	for _, s := range []string{"", "plain", `a "quote"`, "a “quote”", "closing only”", "\xe2\x80", "\xff\xe2\x80\x9c", "x\xe2\x80\x9d", "’s"} {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "\"“"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMaskedTextIsMaskQuotes: the span asked about is the masked text,
// and a sentence without quotation is asked about as its own span.
func TestMaskedTextIsMaskQuotes(t *testing.T) {
	var own, masked int
	for _, c := range linttest.ShippedComplaints(t) {
		f, data := c.Path, c.Data
		d := document.Build(document.PlainSource(f, data))
		for i := range d.Sentences {
			s := &d.Sentences[i]
			mt := maskedText(s.Indexed())
			if got, want := mt.String(), maskQuotes(s.Indexed()); got != want {
				t.Fatalf("%s: sentence %d: masked %q, want %q", f, i, got, want)
			}
			if mt == s.Indexed() {
				own++
			} else {
				masked++
			}
		}
		d.Done()
	}
	if own == 0 || masked == 0 {
		t.Errorf("want sentences with and without quotations, got %d and %d", own, masked)
	}
}
