package document

import (
	"bytes"
	"testing"
)

// TestSourceTextShared: a plain file with nothing to blank is held once,
// as Src and Text alike (the document keeps one string copy of it); one
// with a carriage return gets a blanked copy and its Src keeps the exact
// bytes.
func TestSourceTextShared(t *testing.T) {
	plain := []byte("COUNT I\nCOPYRIGHT INFRINGEMENT\n\n1. Defendant copied the Module.\n")
	s := PlainSource("a.txt", plain)
	if &s.Text[0] != &plain[0] {
		t.Errorf("Text is a copy of a source with nothing to blank")
	}
	d := Build(s)
	defer d.Done()
	if d.Text != string(plain) {
		t.Errorf("the document's text %q, want the source's", d.Text)
	}

	for _, odd := range []string{"\r\n", "\t", "\u00a0", "\u2009", "\ufeff", "\x00", "\f"} {
		src := []byte(odd + "1. Defendant copied" + odd + "the Module.\n")
		orig := bytes.Clone(src)
		s := PlainSource("b.txt", src)
		if &s.Text[0] == &src[0] {
			t.Errorf("%q: Text shares a source it blanks", odd)
		}
		if !bytes.Equal(s.Text, AnalysisText(src)) || !bytes.Equal(src, orig) {
			t.Errorf("%q: Text %q, Src %q", odd, s.Text, src)
		}
	}
}
