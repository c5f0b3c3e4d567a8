package input

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/document"
)

// checkSource asserts what every reader promises, whatever the input: an
// error comes with a zero Source; a Source has Text exactly as long as Src
// that differs from it only by blanks (line endings kept), and hints only
// for lines that exist.
func checkSource(t *testing.T, s document.Source, err error) {
	t.Helper()
	if err != nil {
		if !reflect.DeepEqual(s, document.Source{}) {
			t.Fatalf("error %v came with a non-zero Source", err)
		}
		return
	}
	if len(s.Text) != len(s.Src) {
		t.Fatalf("len(Text)=%d, len(Src)=%d", len(s.Text), len(s.Src))
	}
	for i := range s.Src {
		if s.Text[i] != s.Src[i] && s.Text[i] != ' ' {
			t.Fatalf("byte %d: Text %q, Src %q", i, s.Text[i], s.Src[i])
		}
		if (s.Src[i] == '\n') != (s.Text[i] == '\n') {
			t.Fatalf("byte %d: line ending moved", i)
		}
	}
	if utf8.Valid(s.Src) && !utf8.Valid(s.Text) {
		t.Fatalf("blanking split a character: %q", s.Text)
	}
	lines := bytes.Count(s.Src, []byte("\n")) + 1
	for l, h := range s.Hints {
		if l < 1 || l > lines {
			t.Fatalf("hint for line %d of %d", l, lines)
		}
		if h.Heading < 0 || h.Heading > 6 || h.Number < 0 {
			t.Fatalf("line %d: implausible hint %+v", l, h)
		}
	}
}

func FuzzReadDocx(f *testing.F) {
	f.Add(docx(f, para("", "Plaintiff sues.")+`<w:p/>`+para("", "“Defendant” — § 501."), "", ""))
	f.Add(docx(f, trackedBody, headingStyles, pleadingNumbering))
	f.Add(docx(f, para(`<w:pStyle w:val="Heading1"/>`, "Count I")+para(numPr(1, 0), "a")+para(numPr(1, 1), "b")+
		para(`<w:pStyle w:val="Allegation"/>`, "c")+`<w:tbl><w:tr><w:tc>`+para("", "cell")+`</w:tc></w:tr></w:tbl>`, headingStyles, pleadingNumbering))
	f.Add(docx(f, `<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>REF x</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>12</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>`, "", ""))
	f.Add(docx(f, `<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>c</w:t></mc:Choice><mc:Fallback><w:t>f</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`, "", ""))
	f.Add(zipParts(f, "word/document.xml", `<!DOCTYPE x><x/>`))
	f.Add(append(append([]byte{}, oleMagic...), 0, 0, 0))
	f.Add([]byte("%PDF-1.7"))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 8<<10 {
			return
		}
		for _, original := range []bool{false, true} {
			s, err := ReadDocxWith("fuzz.docx", data, DocxOptions{Original: original})
			checkSource(t, s, err)
			if err == nil && (!s.OnePerLine || s.Format != document.FormatDocx) {
				t.Fatalf("OnePerLine=%v Format=%v", s.OnePerLine, s.Format)
			}
		}
	})
}

// FuzzReadDocxParts fuzzes the XML of the three parts read. Mutating a
// whole .docx mostly breaks its zip checksums, so FuzzReadDocx rarely gets
// past the container; here the fuzzer's bytes reach the XML readers.
func FuzzReadDocxParts(f *testing.F) {
	f.Add(docXML(trackedBody), stylesXML(headingStyles), numberingXML(pleadingNumbering))
	f.Add(docXML(para(`<w:pStyle w:val="Allegation"/>`, "a")+para(numPr(4, 1), "b")+`<w:tbl><w:tr><w:tc>`+para("", "c")+`</w:tc></w:tr></w:tbl>`),
		stylesXML(headingStyles), numberingXML(pleadingNumbering))
	f.Add(docXML(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>X</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>r</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>`), "", "")
	f.Fuzz(func(t *testing.T, doc, styles, numbering string) {
		// Parts of a few KiB reach every reader path; larger ones only
		// make each run, and minimizing what is found, slower.
		if len(doc)+len(styles)+len(numbering) > 8<<10 {
			return
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, p := range [][2]string{{"word/document.xml", doc}, {"word/styles.xml", styles}, {"word/numbering.xml", numbering}} {
			if p[1] == "" {
				continue
			}
			w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Store})
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(p[1]))
		}
		zw.Close()
		orig, oerr := ReadDocxWith("fuzz.docx", buf.Bytes(), DocxOptions{Original: true})
		checkSource(t, orig, oerr)
		s, err := ReadDocx("fuzz.docx", buf.Bytes())
		checkSource(t, s, err)
		// The layout is recorded by the same walk and must agree with it.
		ls, l, lerr := ReadDocxLayout("fuzz.docx", buf.Bytes())
		if (err == nil) != (lerr == nil) || !bytes.Equal(s.Src, ls.Src) {
			t.Fatalf("layout read %q (%v), reader %q (%v)", ls.Src, lerr, s.Src, err)
		}
		if lerr == nil {
			checkLayout(t, ls.Src, l)
		}
	})
}

func FuzzReadMarkdown(f *testing.F) {
	f.Add(markdownComplaint)
	f.Add("# T\r\n\r\nText *x* `c` <!-- n -->\r\n")
	f.Add("\xEF\xBB\xBF## Count I — Copyright\n\n1. a\n1. b\n   1. nested\n\n> 3) quoted\n")
	f.Add("| a | b |\n|---|---|\n| c | d |\n\n[r]: http://x\n![i](x) <https://x.com> \\* \\\\\n")
	f.Add("```\ncode\n```\n    indented\n<div>\nhtml\n</div>\n***\nSetext\n===\n")
	f.Fuzz(func(t *testing.T, src string) {
		s := ReadMarkdown("fuzz.md", []byte(src))
		checkSource(t, s, nil)
		if s.Format != document.FormatMarkdown || !bytes.Equal(s.Src, []byte(src)) {
			t.Fatalf("Format %v or Src changed", s.Format)
		}
	})
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("1. Plaintiff sues.\r\n2. Defendant pays.\r\n"))
	f.Add([]byte("\xEF\xBB\xBFCOMPLAINT\f\n1.\tText\u00a0§ 5\n"))
	f.Add(utf16Bytes("COUNT I — Fraud\r\n1. “claim” 𝄞\n", false))
	f.Add(utf16Bytes("COUNT I\n", true))
	f.Add([]byte("C\x00O\x00U\x00N\x00T\x00 \x00I\x00\n\x00"))
	f.Add([]byte("bad \xff utf-8"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []string{"text", "markdown"} {
			s, err := Read("fuzz.txt", data, format)
			checkSource(t, s, err)
			if err == nil && !utf8.Valid(s.Src) {
				t.Fatalf("%s: accepted invalid UTF-8", format)
			}
		}
	})
}

// FuzzScanBody checks the scan made before the body is parsed against the
// reader: for any part the reader reads, the scan counts its paragraphs
// exactly and at most its text, read whole or a few bytes at a time, so it
// never refuses a part the reader accepts.
func FuzzScanBody(f *testing.F) {
	for _, c := range scanEdgeCases {
		f.Add(docXML(c.body), false)
		f.Add(docXML(c.body), true)
	}
	f.Fuzz(func(t *testing.T, part string, original bool) {
		if len(part) > 8<<10 {
			return
		}
		paras, text, ok := readerBody(part, original)
		if !ok {
			return
		}
		for _, r := range []io.Reader{strings.NewReader(part), iotest.HalfReader(strings.NewReader(part))} {
			c, err := scanBody("word/document.xml", r, original)
			if err != nil || c.paras != paras || c.text > text {
				t.Fatalf("scan %+v (%v); the reader reads %d paragraphs, %d bytes of text", c, err, paras, text)
			}
		}
	})
}
