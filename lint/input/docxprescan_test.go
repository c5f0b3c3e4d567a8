package input

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
)

// readerBody is what the body reader reads from a part: its paragraphs and
// the bytes of their text; ok is false when it refuses the part.
func readerBody(part string, original bool) (paras, text int, ok bool) {
	got, err := readBody(newXMLReader(context.Background(), "word/document.xml", strings.NewReader(part)), original)
	if err != nil {
		return 0, 0, false
	}
	for _, p := range got {
		text += len(p.text)
	}
	return len(got), text, true
}

// checkScanBound: for a part the reader accepts, the scan counts its
// paragraphs exactly and never more text than it keeps, whether the part
// comes in one read or a byte at a time (every token then straddles the
// scanner's reads). It returns the scan's counts.
func checkScanBound(t *testing.T, name, part string, original bool) partCounts {
	t.Helper()
	paras, text, ok := readerBody(part, original)
	if !ok {
		t.Fatalf("%s: the reader refuses the part; the test needs one it reads", name)
	}
	var first partCounts
	for i, r := range []io.Reader{strings.NewReader(part), iotest.OneByteReader(strings.NewReader(part)), iotest.HalfReader(strings.NewReader(part))} {
		c, err := scanBody("word/document.xml", r, original)
		if err != nil {
			t.Errorf("%s (read %d): the scan refuses a part the reader reads: %v", name, i, err)
			continue
		}
		if c.paras != paras || c.text > text {
			t.Errorf("%s (read %d): scan counts %d paragraphs and %d bytes of text; the reader reads %d and %d", name, i, c.paras, c.text, paras, text)
		}
		if i == 0 {
			first = c
		} else if c != first {
			t.Errorf("%s (read %d): the counts depend on how the part is read: %+v, then %+v", name, i, first, c)
		}
	}
	return first
}

const (
	strictNS = `xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"`
	otherNS  = `"urn:not-word"`
)

// scanEdgeCases are bodies whose every construct changes what the reader
// keeps: each must be followed, or undercounted, never overcounted.
var scanEdgeCases = []struct {
	name, body string
	exact      bool // the scan's text is the reader's, byte for byte
}{
	{"plain", para("", "Plaintiff sues.", " Defendant answers.") + para("") + "<w:p/>", true},
	{"entities", para("", "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#8217; &#x2019; &#x1F600;"), false},
	{"line ends", para("", "one\r\ntwo\rthree\nfour"), false},
	{"CDATA", `<w:p><w:r><w:t><![CDATA[<w:p> & ]] > ]]]]><![CDATA[> text]]></w:t></w:r></w:p>` +
		`<w:p><w:r><w:t><![CDATA[ line` + "\r\n" + `end ]]></w:t></w:r></w:p>`, false},
	{"comments and instructions", `<w:p><w:r><w:t>a<!-- <w:p> " ' --> b<?pi <w:p/> "?>c</w:t></w:r><!-- </w:p> --></w:p><!-- <w:p> -->`, true},
	{"quoted >", `<w:p w:rsidR=">" w:x='a">b' w:y="'&lt;'"><w:r w:z='>'><w:t xml:space = "preserve" >x > y</w:t ></w:r></w:p >`, true},
	{"tracked changes", trackedBody, false},
	{"fields", `<w:p><w:r><w:t>See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>REF x</w:instrText></w:r>` +
		`<w:r><w:t>code text</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>result</w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t> after</w:t></w:r></w:p>`, true},
	{"nested fields", `<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:fldChar w:fldCharType="begin"/><w:t>inner code</w:t>` +
		`<w:fldChar w:fldCharType="separate"/><w:t>inner result</w:t><w:fldChar w:fldCharType="end"/><w:t>outer code</w:t>` +
		`<w:fldChar w:fldCharType="separate"/><w:t>outer result</w:t><w:fldChar w:fldCharType="end"/><w:t>plain</w:t></w:r></w:p>`, true},
	{"field type by reference", `<w:p><w:r><w:fldChar w:fldCharType="&#98;egin"/><w:t>code</w:t><w:fldChar fldCharType="separate"/><w:t>shown</w:t>` +
		`<w:fldChar xmlns:o=` + otherNS + ` o:fldCharType="end"/><w:t>still result</w:t></w:r></w:p>`, true},
	{"hidden text", `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown</w:t></w:r>` +
		`<w:r><w:rPr><w:specVanish/><w:b/></w:rPr><w:t>hidden too</w:t></w:r><w:r><w:rPr><w:rPrChange><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>shown too</w:t></w:r>` +
		`<w:r><w:rPr/><w:t>plain</w:t></w:r></w:p>`, false},
	{"markup compatibility", `<w:p><mc:AlternateContent><mc:Choice Requires="x"><w:r><w:t>choice</w:t></w:r></mc:Choice>` +
		`<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>` +
		`<mc:AlternateContent><mc:Choice Requires="x"><w:p/><w:p/></mc:Choice><mc:Fallback><w:p><w:r><w:t>para</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>` +
		`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:rPr><w:vanish/></w:rPr></mc:Fallback></mc:AlternateContent><w:t>x</w:t></w:r></w:p>`, true},
	{"other prefixes", `<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:r><x:t>bound x</x:t></x:r></x:p>` +
		`<w:p><w:r xmlns:w=` + otherNS + `><w:t>not Word</w:t></w:r><w:r><w:t>Word again</w:t></w:r></w:p>` +
		`<p xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><r><t>default</t></r></p>` +
		`<w:p><w:r><w:del xmlns:w=` + otherNS + `><w:t>inside a foreign del</w:t></w:del></w:r></w:p>` +
		`<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/m&#97;in"><w:r><w:t>by reference</w:t></w:r></w:p>`, false},
	{"skipped content", `<w:tbl><w:tblPr><w:p/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:drawing>` +
		`<w:t>visible<w:drawing>not in the text</w:drawing> too</w:t><w:ruby><w:rt><w:r><w:t>ruby</w:t></w:r></w:rt></w:ruby></w:r></w:p><w:sectPr><w:p/></w:sectPr>`, true},
	{"text outside paragraphs", `<w:r><w:t>loose</w:t></w:r><w:p><w:r><w:t>a<w:t/>b</w:t></w:r><w:p><w:r><w:t>inner</w:t></w:r></w:p><w:r><w:t>outer</w:t></w:r></w:p>`, true},
	{"empty elements", `<w:p><w:r><w:t/></w:r><w:r/><w:rPr/><w:pPr/></w:p><w:p/>`, true},
	{"marks", para("", "x") + `<w:p><w:r><w:t>a</w:t><w:tab/><w:br/><w:noBreakHyphen/><w:t>b</w:t></w:r></w:p>`, false},
}

// TestScanBodyNeverCountsMoreThanTheReader: whatever the construct, and
// wherever the scanner's reads cut the part, the scan finds the reader's
// paragraphs and at most its text, reading the changes accepted or the
// original; for the common structure the text is exact.
func TestScanBodyNeverCountsMoreThanTheReader(t *testing.T) {
	all := ""
	for _, c := range scanEdgeCases {
		all += c.body
		for _, original := range []bool{false, true} {
			part := docXML(c.body)
			paras, text, _ := readerBody(part, original)
			got := checkScanBound(t, c.name, part, original)
			if c.exact && got.text != text {
				t.Errorf("%s (original %v): scan counts %d bytes of text, the reader %d; the scan should follow this exactly", c.name, original, got.text, text)
			}
			if paras == 0 {
				t.Errorf("%s: no paragraph read; the case tests nothing", c.name)
			}
		}
	}
	// The cases one after another, padded so that each construct in turn
	// straddles the end of the scanner's first buffer.
	for _, pad := range []int{64<<10 - 300, 64<<10 - 200, 64<<10 - 100, 64<<10 - 50, 64<<10 - 20, 64<<10 - 7} {
		checkScanBound(t, "padded", docXML(para("", strings.Repeat("x", pad))+all), false)
	}
	// A document whose root binds the Word namespace by default, and the
	// strict namespace.
	checkScanBound(t, "default namespace", `<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p><r><t>text</t></r></p></body></document>`, false)
	checkScanBound(t, "strict", `<w:document `+strictNS+`><w:body>`+para("", "strict")+`</w:body></w:document>`, false)
}

// TestScanBodyGivesUpOnALongTag: a start tag longer than the scan holds
// ends the bound where it stands, rather than refusing a part the reader
// reads.
func TestScanBodyGivesUpOnALongTag(t *testing.T) {
	part := docXML(para("", "before") + `<w:p w:x="` + strings.Repeat("y", 300) + `">` + run("after") + `</w:p>`)
	s := newPartScan("word/document.xml", iotest.HalfReader(strings.NewReader(part)))
	s.buf = make([]byte, 64)
	s.scanLimit = 256
	s.body = &bodyScan{ns: map[string]string{}}
	c, err := s.run()
	if err != nil || c.text != len("before") || c.paras != 1 {
		t.Errorf("scan %+v (%v); want the bound stopped at the long tag: 1 paragraph, %d bytes", c, err, len("before"))
	}
	checkScanBound(t, "long tag", part, false)
}

// TestScanBodyFixtures: the bound holds on a Word file saved by Word.
func TestScanBodyFixtures(t *testing.T) {
	data, err := os.ReadFile("../../testdata/realistic/r2-project-leads.docx")
	if err != nil {
		t.Fatal(err)
	}
	part, err := ReadDocxPart(data, "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	c := checkScanBound(t, "r2-project-leads.docx", string(part), false)
	if _, text, _ := readerBody(string(part), false); c.text < text*9/10 {
		t.Errorf("scan counts %d bytes of text of the reader's %d: too loose a bound to refuse anything", c.text, text)
	}
}

// scanRefusal is the scan's refusal of a part, nil when it reads it.
func scanRefusal(t *testing.T, part string) error {
	t.Helper()
	_, err := scanBody("word/document.xml", strings.NewReader(part), false)
	return err
}

// TestScanBodyRefusesWhatTheReaderRefuses: at each limit the scan
// refuses a part one past it with the reader's own error, and reads one
// at it; text that only entities make look long is not refused.
func TestScanBodyRefusesWhatTheReaderRefuses(t *testing.T) {
	// Text in runs of 4 KiB (the reader refuses one run of character data
	// past the text limit by itself), paragraphs of 64 runs.
	chunk := strings.Repeat("Plaintiff sues. ", 256)
	runs := func(n int, text string) string {
		var b strings.Builder
		for i := range n {
			if i%64 == 0 {
				if i > 0 {
					b.WriteString("</w:p>")
				}
				b.WriteString("<w:p>")
			}
			b.WriteString("<w:r><w:t>" + text + "</w:t></w:r>")
		}
		b.WriteString("</w:p>")
		return b.String()
	}
	n := MaxTextSize / len(chunk)
	// COMPLAINT, then n-1 runs in paragraphs of 64, then a last paragraph
	// whose text brings the text and the newlines between paragraphs to
	// the limit exactly.
	paras := 1 + (n-1+63)/64 + 1
	last := MaxTextSize - len("COMPLAINT") - (n-1)*len(chunk) - (paras - 1)
	atLimit := docXML(para("", "COMPLAINT") + runs(n-1, chunk) + para("", strings.Repeat("x", last)))
	cases := []struct {
		name, part string
		refused    string
	}{
		{"text at the limit", atLimit, ""},
		{"text one past the limit", strings.Replace(atLimit, "COMPLAINT", "COMPLAINTS", 1), textTooLarge().Error()},
		{"text past the limit within paragraphs", docXML(runs(n+1, chunk)), textTooLarge().Error()},
		{"entities past the limit in bytes only", docXML(runs(2*n, strings.Repeat("&amp;", len(chunk)/4))), ""},
		{"paragraphs at the limit", docXML(para("", "COMPLAINT") + strings.Repeat("<w:p/>", MaxLines-1)), ""},
		{"paragraphs past the limit", docXML(para("", "COMPLAINT") + strings.Repeat("<w:p/>", MaxLines)), tooManyLines("paragraphs").Error()},
		{"nesting past the limit", docXML(nested(docxLimit.maxDepth)), "word/document.xml: the XML nests too deeply (more than 256 levels)"},
	}
	for _, c := range cases {
		docx := rawEntry(t, "word/document.xml", []byte(c.part), uint64(len(c.part)))
		_, readErr := ReadDocx("c.docx", docx)
		_, _, layoutErr := ReadDocxLayout("c.docx", docx)
		err := scanRefusal(t, c.part)
		switch {
		case c.refused == "" && err != nil:
			t.Errorf("%s: the scan refuses it: %v", c.name, err)
		case c.refused == "" && (readErr != nil || layoutErr != nil):
			t.Errorf("%s: the readers give %v and %v; the case should be within the limits", c.name, readErr, layoutErr)
		case c.refused != "" && (err == nil || err.Error() != c.refused):
			t.Errorf("%s: scan gives %v, want %q", c.name, err, c.refused)
		case c.refused != "" && (readErr == nil || readErr.Error() != c.refused || layoutErr == nil || layoutErr.Error() != c.refused):
			t.Errorf("%s: the readers give %v and %v, want the scan's %q", c.name, readErr, layoutErr, c.refused)
		}
	}
}
