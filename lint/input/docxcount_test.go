package input

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
)

// parsedElements is the number of elements the XML reader counts in a
// part, the count the element limit applies to.
func parsedElements(t *testing.T, part string) int {
	t.Helper()
	x := newXMLReader(context.Background(), "word/document.xml", strings.NewReader(part))
	for {
		if _, err := x.next(); errors.Is(err, io.EOF) {
			return x.elements
		} else if err != nil {
			t.Fatalf("the parser refuses the part: %v", err)
		}
	}
}

// TestCountElementsIsTheParsersCount: the count made before parsing
// refuses a part exactly when the parser would find it past the limit,
// whatever markup holds a "<" that starts no element (comments, CDATA,
// processing instructions, end tags) and wherever the reads of the part
// cut it (the counter reads 64 KiB at a time).
func TestCountElementsIsTheParsersCount(t *testing.T) {
	saved := docxLimit
	defer func() { docxLimit = saved }()
	markup := `<?mso-application progid="Word.Document"?><!-- <w:p> in a comment <w:r/> -->` +
		para("", "a &lt; b", "c") + `<w:p><w:r><w:t><![CDATA[<w:p><w:r/> in CDATA ]] > ]]></w:t></w:r></w:p>` +
		`<w:p w:rsidR=">" w:x='a>b'><w:r/><w:r></w:r></w:p><?pi <w:p/> ?><!----><w:p/>`
	for _, pad := range []int{0, 1, 64<<10 - 60, 64<<10 - 40, 64<<10 - 30, 64<<10 - 12, 64<<10 - 5, 64<<10 - 3, 64<<10 - 2, 64<<10 - 1, 64 << 10} {
		// The padding is text before the markup, so each piece of markup
		// in turn straddles the end of the counter's first read.
		part := docXML(para("", strings.Repeat("x", pad)) + markup)
		n := parsedElements(t, part)
		for _, limit := range []int{n - 1, n} {
			docxLimit.maxElements = limit
			runs, err := countElements("word/document.xml", strings.NewReader(part))
			var le *LimitError
			if refused := errors.As(err, &le); refused != (n > limit) || (err != nil && !refused) {
				t.Errorf("pad %d, %d elements, limit %d: count gives %v", pad, n, limit, err)
			}
			// The padding's run and five in the markup; none in the
			// comment, CDATA or processing instruction.
			if err == nil && runs != 6 {
				t.Errorf("pad %d: %d runs counted, want 6", pad, runs)
			}
		}
	}
}

// TestLargePartCountedThenRead: a part large enough to be counted first
// but within the element limit reads as it did, with the archive's budget
// spent once; one past the limit is refused with the parser's message.
func TestLargePartCountedThenRead(t *testing.T) {
	saved := docxLimit
	defer func() { docxLimit = saved }()
	docxLimit.maxElements = 1000
	const paras = 332 // three elements each, and the document and body: 998
	body := strings.Repeat(para("", "Plaintiff sues."), paras)
	xml := []byte(docXML(body))
	if n := parsedElements(t, string(xml)); n > docxLimit.maxElements || n < docxLimit.maxElements-5 {
		t.Fatalf("the part has %d elements; the test needs just under the limit", n)
	}
	if !mayHoldTooManyElements(uint64(len(xml))) {
		t.Fatalf("a part of %d bytes is not counted first; the test needs one that is", len(xml))
	}
	docxLimit.maxInflated = int64(len(xml)) + int64(len(xml))/2 // room for one read of the part, not two
	s := readOK(t, rawEntry(t, "word/document.xml", xml, uint64(len(xml))), DocxOptions{})
	if got := strings.Count(string(s.Src), "Plaintiff sues."); got != paras {
		t.Errorf("read %d paragraphs, want %d", got, paras)
	}
	over := []byte(docXML(body + strings.Repeat("<w:p/>", 10)))
	err := refused(t, rawEntry(t, "word/document.xml", over, uint64(len(over))), nil)
	if err.Error() != "more XML elements in word/document.xml than complaintlint reads in one file (limit 1000); split the document" {
		t.Errorf("refusal %q", err)
	}
	if _, _, err := ReadDocxLayout("c.docx", rawEntry(t, "word/document.xml", over, uint64(len(over)))); err == nil || err.Error() != "more XML elements in word/document.xml than complaintlint reads in one file (limit 1000); split the document" {
		t.Errorf("layout reader: %v", err)
	}
}
