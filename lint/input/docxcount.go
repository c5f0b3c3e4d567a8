package input

import (
	"bufio"
	"bytes"
	"errors"
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
	br := bufio.NewReaderSize(r, 64<<10)
	n := 0
	for {
		if err := skipPast(br, '<'); err != nil {
			return runs, eofIsDone(err)
		}
		next, err := br.Peek(1)
		if err != nil {
			return runs, eofIsDone(err)
		}
		switch next[0] {
		case '/':
			continue
		case '?':
			err = skipTo(br, "?>")
		case '!':
			switch head, _ := br.Peek(len("![CDATA[")); {
			case bytes.HasPrefix(head, []byte("!--")):
				err = skipTo(br, "-->")
			case bytes.HasPrefix(head, []byte("![CDATA[")):
				err = skipTo(br, "]]>")
			}
			// A DOCTYPE is left to the parser, which refuses it.
		default:
			n++
			if n > docxLimit.maxElements {
				return runs, tooManyElements(part)
			}
			if name, _ := br.Peek(len("w:r>")); len(name) == len("w:r>") && string(name[:3]) == "w:r" && isNameEnd(name[3]) {
				runs++
			}
		}
		if err != nil {
			return runs, eofIsDone(err)
		}
	}
}

// isNameEnd reports whether c ends an element's name in a start tag.
func isNameEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// eofIsDone turns the end of the part into success: what is left of a
// truncated part is the parser's to report.
func eofIsDone(err error) error {
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

// skipPast consumes the reader up to and including the next c.
func skipPast(br *bufio.Reader, c byte) error {
	for {
		buf, err := br.Peek(max(br.Buffered(), 1))
		if len(buf) == 0 {
			return err
		}
		if i := bytes.IndexByte(buf, c); i >= 0 {
			_, err := br.Discard(i + 1)
			return err
		}
		if _, err := br.Discard(len(buf)); err != nil {
			return err
		}
	}
}

// skipTo consumes the reader up to and including the next end, which may
// straddle two reads of the underlying reader.
func skipTo(br *bufio.Reader, end string) error {
	last := end[len(end)-1]
	var tail []byte // the last bytes consumed, which could begin end
	for {
		buf, err := br.ReadSlice(last)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return err
		}
		seen := buf
		if len(buf) < len(end) {
			tail = append(tail, buf...)
			seen = tail
		}
		if err == nil && bytes.HasSuffix(seen, []byte(end)) {
			return nil
		}
		tail = append(tail[:0], seen[max(0, len(seen)-(len(end)-1)):]...)
	}
}
