package input

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestTextLimits: text past the size or line limit is refused, before any
// model is built, with an error naming the limit; text at the limits is
// read.
func TestTextLimits(t *testing.T) {
	for _, format := range []string{"text", "markdown"} {
		for _, c := range []struct {
			name, text, want string
		}{
			{"size", strings.Repeat("Plaintiff sues. ", MaxTextSize/16+1), "more text than complaintlint reads in one file (limit 8 MiB); split the document"},
			{"lines", "COMPLAINT\n" + strings.Repeat("a\n", MaxLines), "more lines than complaintlint reads in one file (limit 200000); split the document"},
		} {
			_, err := Read("big.txt", []byte(c.text), format)
			var le *LimitError
			if !errors.As(err, &le) || err.Error() != c.want {
				t.Errorf("%s, %s: error %v, want %q", format, c.name, err, c.want)
			}
		}
		if _, err := Read("ok.txt", []byte("COMPLAINT\n"+strings.Repeat("a\n", MaxLines-2)), format); err != nil {
			t.Errorf("%s: %d lines refused: %v", format, MaxLines, err)
		}
	}
	if got := MaxReadSize("a.txt", ""); got != 2*MaxTextSize {
		t.Errorf("text read limit %d", got)
	}
	if got := MaxReadSize("a.docx", ""); got != MaxFileSize {
		t.Errorf(".docx read limit %d", got)
	}
}

// TestDocxLimits: a .docx with more paragraphs or elements than the limits,
// a tag flooded with attributes or namespace declarations, or text past
// the text limit is refused while it is read, with a one-line error.
func TestDocxLimits(t *testing.T) {
	saved := docxLimit
	defer func() { docxLimit = saved }()
	text := strings.Repeat("Plaintiff sues. ", 1<<12)
	bigText := strings.Repeat(para("", text), MaxTextSize/len(text)+1)
	for _, c := range []struct {
		name, body string
		want       string
	}{
		{"paragraphs", strings.Repeat("<w:p/>", MaxLines+1), "more paragraphs than complaintlint reads in one file (limit 200000)"},
		{"attributes", `<w:p ` + strings.Repeat(`a="" `, 20000) + `/>`, "an XML tag is longer than Word ever writes"},
		{"namespaces", `<w:p ` + strings.Repeat(`xmlns:x="u" `, 10000) + `/>`, "an XML tag is longer than Word ever writes"},
		{"text", bigText, "more text than complaintlint reads in one file (limit 8 MiB)"},
		{"one run of text", `<w:p><w:r><w:t>` + strings.Repeat("a", MaxTextSize+1) + `</w:t></w:r></w:p>`, "more text than complaintlint reads in one file (limit 8 MiB)"},
	} {
		// Stored, not compressed: repetitive XML compresses past the ratio
		// limit, which would refuse it first.
		xml := []byte(docXML(c.body))
		err := refused(t, rawEntry(t, "word/document.xml", xml, uint64(len(xml))), nil)
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q, want %q", c.name, err, c.want)
		}
	}
	docxLimit.maxElements = 1000
	err := refused(t, zipParts(t, "word/document.xml", docXML(strings.Repeat("<w:p><w:r/></w:p>", 600))), nil)
	if !strings.Contains(err.Error(), "more XML elements in word/document.xml than complaintlint reads in one file (limit 1000)") {
		t.Errorf("elements: %v", err)
	}
	// A '>' inside a quoted attribute value does not end the tag.
	docxLimit = saved
	docxLimit.maxTag = 128
	err = refused(t, zipParts(t, "word/document.xml", docXML(`<w:p w:rsidR="`+strings.Repeat(">", 200)+`"/>`)), nil)
	if !errors.Is(err, ErrXMLTagTooLong) {
		t.Errorf("quoted '>': %v", err)
	}
}

// TestDocxReadCancelled: reading stops with the context's error once the
// context is done.
func TestDocxReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := zipParts(t, "word/document.xml", docXML(strings.Repeat(para("", "Plaintiff sues."), 1000)))
	if _, err := ReadDocxContext(ctx, "c.docx", data, DocxOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: %v", err)
	}
	if _, _, err := ReadDocxLayoutContext(ctx, "c.docx", data); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled layout read: %v", err)
	}
	if _, err := ReadContext(ctx, "c.txt", []byte("text"), ""); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled text read: %v", err)
	}
}
