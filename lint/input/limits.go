package input

import (
	"bytes"
	"fmt"
)

// Limits on the text one lint reads. The document model and the checks
// hold at most eight bytes of heap per byte of text (about fifteen with
// the collector's headroom; TestLargeComplaintBounded), so these keep a
// lint of any accepted file well inside a quarter of a gibibyte, while
// still taking a complaint with its exhibits pasted in (the largest seen
// is about 7 MB, 80,000 lines). Past a limit the file is refused at once,
// before any model is built, with an error that names the limit.
const (
	// MaxTextSize is the largest text linted, whatever the format: the
	// file itself for plain text and Markdown, the text read out of a .docx.
	MaxTextSize = 8 << 20
	// MaxLines is the most lines (for a .docx, paragraphs) in one file.
	MaxLines = 200_000
)

// LimitError is an input past one of the limits above.
type LimitError struct {
	What  string // "text", "lines", "paragraphs", "XML elements in word/document.xml"...
	Limit string // the limit, as printed
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("more %s than complaintlint reads in one file (limit %s); split the document", e.What, e.Limit)
}

func textTooLarge() error {
	return &LimitError{What: "text", Limit: byteSize(MaxTextSize)}
}

func tooManyLines(what string) error {
	return &LimitError{What: what, Limit: fmt.Sprintf("%d", MaxLines)}
}

// checkTextLimits refuses text past MaxTextSize or MaxLines; it costs one
// pass over the bytes and allocates nothing.
func checkTextLimits(text []byte) error {
	if len(text) > MaxTextSize {
		return textTooLarge()
	}
	if bytes.Count(text, []byte("\n")) >= MaxLines {
		return tooManyLines("lines")
	}
	return nil
}
