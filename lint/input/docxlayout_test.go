package input

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// checkLayout checks a layout against the text read with it: the chunks of
// each paragraph are exactly its line, and each chunk's XML says what the
// chunk's text is.
func checkLayout(t *testing.T, src []byte, l *DocxLayout) {
	t.Helper()
	lines := bytes.Split(src, []byte("\n"))
	if len(lines) != len(l.Paras) {
		t.Fatalf("%d paragraphs in the layout, %d lines", len(l.Paras), len(lines))
	}
	for pi, p := range l.Paras {
		line := lines[pi]
		at := 0
		for _, c := range p.Chunks {
			if c.Text != at || c.Len <= 0 || c.Text+c.Len > len(line) {
				t.Fatalf("paragraph %d: chunk %+v after %d bytes of %q", pi+1, c, at, line)
			}
			at += c.Len
			text := string(line[c.Text : c.Text+c.Len])
			raw := string(l.Document[c.RawStart:c.RawEnd])
			if c.Kind == DocxMark {
				if !strings.HasPrefix(raw, "<") || !strings.HasSuffix(raw, ">") || len(text) != 1 {
					t.Errorf("paragraph %d: mark %q read as %q", pi+1, raw, text)
				}
				continue
			}
			var got struct {
				Text string `xml:",chardata"`
			}
			if err := xml.Unmarshal([]byte("<x>"+raw+"</x>"), &got); err != nil {
				t.Fatalf("paragraph %d: chunk XML %q: %v", pi+1, raw, err)
			}
			if want := strings.NewReplacer("\n", " ", "\r", " ").Replace(got.Text); want != text {
				t.Errorf("paragraph %d: chunk XML %q is %q, read as %q", pi+1, raw, want, text)
			}
			if r, ok := l.RawOffset(&c, 0); !ok || (r != c.RawStart && !l.CDATA(&c)) {
				t.Errorf("paragraph %d: chunk %q starts at %d, %v", pi+1, raw, r, ok)
			}
			if r, ok := l.RawOffset(&c, c.Len); !ok || (r != c.RawEnd && !l.CDATA(&c)) {
				t.Errorf("paragraph %d: chunk %q ends at %d, %v", pi+1, raw, r, ok)
			}
			if tag := string(l.Document[c.TagStart:c.TagEnd]); !strings.HasPrefix(tag, "<") || c.ElemEnd < c.RawEnd {
				t.Errorf("paragraph %d: chunk %q in tag %q ending at %d", pi+1, raw, tag, c.ElemEnd)
			}
			if c.Run >= 0 {
				r := l.Runs[c.Run]
				if ordered := r.Start < r.StartTagEnd && r.StartTagEnd <= r.RPrStart && r.RPrStart <= r.RPrEnd && r.RPrEnd <= c.TagStart && c.ElemEnd <= r.End; !ordered {
					t.Errorf("paragraph %d: chunk %q in run %+v", pi+1, raw, r)
				}
			}
		}
		if at != len(line) {
			t.Errorf("paragraph %d: chunks cover %d of %d bytes", pi+1, at, len(line))
		}
		ordered := p.Start < p.ContentStart && p.ContentStart <= p.ContentEnd && p.ContentEnd < p.End
		if p.ContentStart >= 0 && !ordered {
			t.Errorf("paragraph %d: %+v", pi+1, p)
		}
	}
}

func TestDocxLayout(t *testing.T) {
	bodies := []string{
		trackedBody,
		para("", "AT&amp;T&#x2019;s &lt;x&gt;", "two") + `<w:p/>` + para(`<w:pStyle w:val="Heading1"/>`, "Count I"),
		`<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:noBreakHyphen/><w:t xml:space="preserve">c` + "\r\n" + `d</w:t><w:t><![CDATA[x<y]]></w:t></w:r></w:p>`,
		`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>REF x</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>12</w:t><w:fldChar w:fldCharType="end"/></w:r><w:hyperlink><w:r><w:rPr><w:b/></w:rPr><w:t>link</w:t></w:r></w:hyperlink></w:p>`,
		`<w:tbl><w:tr><w:tc>` + para("", "cell") + `</w:tc></w:tr></w:tbl><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>shown</w:t></w:r></w:p>`,
	}
	for _, body := range bodies {
		data := docx(t, body, headingStyles, pleadingNumbering)
		want, err := ReadDocx("x.docx", data)
		if err != nil {
			t.Fatal(err)
		}
		got, l, err := ReadDocxLayout("x.docx", data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Src, want.Src) {
			t.Errorf("layout read %q, reader %q", got.Src, want.Src)
		}
		checkLayout(t, got.Src, l)
	}
}

func TestRawOffsetInsideReferences(t *testing.T) {
	data := docx(t, para("", "a&#x2019;b&amp;c"), "", "")
	_, l, err := ReadDocxLayout("x.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	c := &l.Paras[0].Chunks[0]
	// a ’(3 bytes) b & c
	for n, ok := range map[int]bool{0: true, 1: true, 2: false, 3: false, 4: true, 5: true, 6: true, 7: true} {
		if _, got := l.RawOffset(c, n); got != ok {
			t.Errorf("RawOffset(%d) ok = %v, want %v", n, got, ok)
		}
	}
	if r, _ := l.RawOffset(c, 5); string(l.Document[r:r+5]) != "&amp;" {
		t.Errorf("offset 5 maps to %q", l.Document[r:])
	}
}
