package input

import (
	"fmt"
	"io"
)

// minElementBytes is the fewest bytes an XML element can take ("<a/>"): a
// part of n bytes holds at most n/minElementBytes elements.
const minElementBytes = 4

// mayHoldTooManyElements reports whether a part of size bytes could hold
// more elements than the limit; only such a part is counted before it is
// parsed.
func mayHoldTooManyElements(size uint64) bool {
	return size/minElementBytes > uint64(docxLimit.maxElements)
}

// tooManyElements is the refusal of a part past the element limit, the
// same whether the count or the parser finds it.
func tooManyElements(part string) error {
	return &LimitError{What: "XML elements in " + part, Limit: fmt.Sprintf("%d", docxLimit.maxElements)}
}

// countElements refuses a part with more elements than the limit before
// the XML decoder tokenizes any of it: the decoder takes about a third of
// a microsecond per element, so reaching the limit through it costs most
// of a second of CPU, while this scan jumps from "<" to "<" and stops at
// the limit. For well-formed XML the count is exact (markup inside
// comments, CDATA sections and processing instructions is skipped; XML
// allows "<" nowhere else but in markup), so a part the parser would
// accept is never refused here.
//
// It also returns how many of the elements are written "<w:r": runs as
// Word writes them, a size for the layout reader to allocate at once.
func countElements(part string, r io.Reader) (runs int, err error) {
	c, err := newPartScan(part, r).run()
	return c.runs, err
}

// mayExceedBodyLimits reports whether a word/document.xml of size bytes
// could be past a limit the body scan checks: the element limit, or the
// paragraph limit, which the smallest paragraph ("<w:p/>") reaches first.
func mayExceedBodyLimits(size uint64) bool {
	return size > MaxLines*uint64(len("<w:p/>")) || mayHoldTooManyElements(size)
}

// isNameEnd reports whether c ends an element's name in a start tag.
func isNameEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
