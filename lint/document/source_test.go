package document

import (
	"bytes"
	"testing"
	"unsafe"
)

// TestSourceTextShared: a plain file with nothing to blank is held once,
// as Src, Text and the document's text alike; one with a carriage return
// gets a blanked copy and its Src keeps the exact bytes.
func TestSourceTextShared(t *testing.T) {
	plain := []byte("COUNT I\nCOPYRIGHT INFRINGEMENT\n\n1. Defendant copied the Module.\n")
	s := PlainSource("a.txt", plain)
	if unsafe.SliceData(s.Text) != unsafe.SliceData(plain) {
		t.Errorf("Text is a copy of a source with nothing to blank")
	}
	d := Build(s)
	defer d.Done()
	if unsafe.StringData(d.Text) != unsafe.SliceData(plain) || d.Text != string(plain) {
		t.Errorf("the document's text is a copy of the source's")
	}

	for _, odd := range []string{"\r\n", "\t", "\u00a0", "\u2009", "\ufeff", "\x00", "\f"} {
		src := []byte(odd + "1. Defendant copied" + odd + "the Module.\n")
		orig := bytes.Clone(src)
		s := PlainSource("b.txt", src)
		if unsafe.SliceData(s.Text) == unsafe.SliceData(src) {
			t.Errorf("%q: Text shares a source it blanks", odd)
		}
		if !bytes.Equal(s.Text, AnalysisText(src)) || !bytes.Equal(src, orig) {
			t.Errorf("%q: Text %q, Src %q", odd, s.Text, src)
		}
	}
}
