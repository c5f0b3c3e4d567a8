package input

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/document"
)

// DocxLayout says where the text the .docx reader reads comes from in
// word/document.xml, so that a tool can put markup at a place in the text:
// lint/annotate anchors Word comments on a finding's words this way. It is
// recorded by the same walk that reads the text, so the two cannot disagree
// about which characters belong to which paragraph.
//
// Offsets are bytes of Document.
type DocxLayout struct {
	// Document is word/document.xml as stored in the archive.
	Document []byte
	// Paras are the body paragraphs in document order, one per line of the
	// Source text read with them.
	Paras []DocxParaLayout
	// Runs are the w:r elements of the body paragraphs; DocxChunk.Run
	// indexes them.
	Runs []DocxRun
}

// DocxParaLayout is one body w:p.
type DocxParaLayout struct {
	// Start and End delimit the element, from its "<" to just past its end
	// tag.
	Start, End int
	// ContentStart is just past the start tag and the w:pPr, where content
	// may be inserted at the head of the paragraph; ContentEnd is the start
	// of the end tag. Both are -1 for an empty element (<w:p/>).
	ContentStart, ContentEnd int
	// Chunks are the pieces of the paragraph's text in order; together they
	// are exactly the paragraph's line of the text.
	Chunks []DocxChunk
}

// DocxRun is one w:r.
type DocxRun struct {
	Start, End  int // from its "<" to just past "</w:r>"
	StartTagEnd int // just past the start tag
	// RPrStart and RPrEnd delimit the run's w:rPr; they are equal when the
	// run has none.
	RPrStart, RPrEnd int
}

// DocxChunkKind tells what XML a chunk of text comes from.
type DocxChunkKind int

const (
	// DocxChars is character data inside a w:t (or a w:delText, reading
	// the original).
	DocxChars DocxChunkKind = iota
	// DocxMark is an element the reader reads as one character: w:tab and
	// w:ptab ("\t"), w:br and w:cr (" "), w:noBreakHyphen ("-").
	DocxMark
)

// DocxChunk is a piece of a paragraph's text and where it comes from.
type DocxChunk struct {
	Kind DocxChunkKind
	// Text and Len place the chunk in the paragraph's text (bytes).
	Text, Len int
	// RawStart and RawEnd delimit its source: the character data as
	// written, entities and CDATA markers included, or the whole element
	// for a DocxMark.
	RawStart, RawEnd int
	// Run indexes DocxLayout.Runs: the w:r holding the chunk, -1 for none.
	Run int
	// For DocxChars, the enclosing w:t: TagStart and TagEnd delimit its
	// start tag, ElemEnd is just past its end tag, and XMLSpace reports
	// whether the start tag has an xml:space attribute.
	TagStart, TagEnd, ElemEnd int
	XMLSpace                  bool
}

// CDATA reports whether a DocxChars chunk is a CDATA section.
func (l *DocxLayout) CDATA(c *DocxChunk) bool {
	return c.Kind == DocxChars && bytes.HasPrefix(l.Document[c.RawStart:c.RawEnd], []byte("<![CDATA["))
}

// RawOffset maps a byte offset n (0 <= n <= c.Len) of a DocxChars chunk's
// text to an offset in Document. ok is false when n falls inside the text of
// a character reference (&#x2019; is three bytes of text) or of a CR LF pair
// (one byte of text), where no offset of the XML corresponds; the chunk's
// ends always map.
//
// The XML decoder read the text with these rules: the five predefined
// entities and numeric character references stand for their characters,
// CR LF and a lone CR for LF; a CDATA section is literal between its
// markers, line ends aside.
func (l *DocxLayout) RawOffset(c *DocxChunk, n int) (raw int, ok bool) {
	if c.Kind != DocxChars || n < 0 || n > c.Len {
		return 0, false
	}
	start, end := c.RawStart, c.RawEnd
	cdata := l.CDATA(c)
	if cdata {
		start += len("<![CDATA[")
		end -= len("]]>")
	}
	b := l.Document
	text := 0 // text bytes before i
	for i := start; i < end; {
		if text == n {
			return i, true
		}
		if text > n {
			return 0, false
		}
		switch {
		case b[i] == '&' && !cdata:
			semi := bytes.IndexByte(b[i:end], ';')
			if semi < 0 {
				return 0, false
			}
			w, ok := entityLen(b[i+1 : i+semi])
			if !ok {
				return 0, false
			}
			text += w
			i += semi + 1
		case b[i] == '\r' && i+1 < end && b[i+1] == '\n':
			text++
			i += 2
		default:
			text++
			i++
		}
	}
	if text == n {
		return end, true
	}
	return 0, false
}

// entityLen is the length in UTF-8 of what a reference (between & and ;)
// stands for.
func entityLen(name []byte) (int, bool) {
	switch string(name) {
	case "lt", "gt", "amp", "apos", "quot":
		return 1, true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var r rune
	digits, base := name[1:], rune(10)
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return 0, false
	}
	for _, d := range digits {
		var v rune
		switch {
		case d >= '0' && d <= '9':
			v = rune(d - '0')
		case base == 16 && d >= 'a' && d <= 'f':
			v = rune(d-'a') + 10
		case base == 16 && d >= 'A' && d <= 'F':
			v = rune(d-'A') + 10
		default:
			return 0, false
		}
		r = r*base + v
		if r > utf8.MaxRune {
			return 0, false
		}
	}
	n := utf8.RuneLen(r)
	return n, n > 0
}

// ReadDocxLayout reads a .docx exactly as ReadDocx does (tracked changes
// accepted) and also returns where each paragraph's text lies in
// word/document.xml.
func ReadDocxLayout(path string, data []byte) (document.Source, *DocxLayout, error) {
	return ReadDocxLayoutContext(context.Background(), path, data)
}

// ReadDocxLayoutContext is ReadDocxLayout that gives up with ctx's error
// once ctx is done.
func ReadDocxLayoutContext(ctx context.Context, path string, data []byte) (document.Source, *DocxLayout, error) {
	if len(data) > MaxFileSize {
		return document.Source{}, nil, ErrTooLarge
	}
	a, err := openDocx(data)
	if err != nil {
		return document.Source{}, nil, err
	}
	a.ctx = ctx
	if !a.has("word/document.xml") {
		return document.Source{}, nil, a.missingDocumentError()
	}
	raw, err := a.readAll("word/document.xml")
	if err != nil {
		return document.Source{}, nil, err
	}
	layout := &DocxLayout{Document: raw}
	if mayHoldTooManyElements(uint64(len(raw))) {
		runs, err := countElements("word/document.xml", bytes.NewReader(raw))
		if err != nil {
			return document.Source{}, nil, err
		}
		// Millions of runs would otherwise be copied over and over as
		// the slice grows: most of the CPU time of reading such a part.
		layout.Runs = make([]DocxRun, 0, runs)
	}
	src, err := readDocxArchive(path, a, DocxOptions{}, func() ([]docxPara, error) {
		return readBodyTraced(newXMLReader(ctx, "word/document.xml", bytes.NewReader(raw)), false, layout)
	})
	if err != nil {
		return document.Source{}, nil, err
	}
	if len(layout.Runs) == 0 {
		layout.Runs = nil
	}
	return src, layout, nil
}

// ReadDocxPart returns one part of a .docx, inflated under the reader's
// limits. A part the archive does not hold is an error wrapping
// fs.ErrNotExist.
func ReadDocxPart(data []byte, name string) ([]byte, error) {
	if len(data) > MaxFileSize {
		return nil, ErrTooLarge
	}
	a, err := openDocx(data)
	if err != nil {
		return nil, err
	}
	if !a.has(name) {
		return nil, fmt.Errorf("%s: %w", name, fs.ErrNotExist)
	}
	return a.readAll(name)
}

// readAll inflates a whole part under the archive's limits.
func (a *docxArchive) readAll(name string) ([]byte, error) {
	rc, err := a.open(name)
	if err != nil {
		return nil, err
	}
	defer func() { _ = rc.Close() }() // read-only: a close error loses nothing
	// The declared size is the size (the zip reader refuses a part that
	// inflates to any other, and open has held it to the budget), so the
	// part is read into one allocation instead of a growing series of
	// copies; the byte to spare lets the reader reach its end and check
	// the size and checksum there.
	b := make([]byte, 0, a.files[name].UncompressedSize64+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := rc.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if errors.Is(err, io.EOF) {
			return b, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
}

// bodyTrace records the layout while readBody walks the body.
type bodyTrace struct {
	l    *DocxLayout
	runs []int // open w:r elements, -1 for one outside a body paragraph
	// The w:t being read: its start tag, xml:space, and its paragraph's
	// number of chunks when it started.
	tagStart, tagEnd int
	xmlSpace         bool
	tagFirst         int
	// The DocxMark chunk whose element has not ended yet: paragraph and
	// chunk index, -1 for none.
	markPara, markChunk int
}

func (tr *bodyTrace) run() int {
	if len(tr.runs) == 0 {
		return -1
	}
	return tr.runs[len(tr.runs)-1]
}

// startRun records a w:r; inPara is false outside a body paragraph.
func (tr *bodyTrace) startRun(inPara bool, start, tagEnd int) {
	if !inPara {
		tr.runs = append(tr.runs, -1)
		return
	}
	tr.l.Runs = append(tr.l.Runs, DocxRun{Start: start, StartTagEnd: tagEnd, RPrStart: tagEnd, RPrEnd: tagEnd})
	tr.runs = append(tr.runs, len(tr.l.Runs)-1)
}

// xmlNS is the namespace the xml: prefix is bound to.
const xmlNS = "http://www.w3.org/XML/1998/namespace"

// startText records the start tag of a w:t or w:delText.
func (b *bodyReader) startText(t xml.StartElement) {
	tr := b.trace
	if tr == nil {
		return
	}
	tr.tagStart, tr.tagEnd = int(b.x.tokStart), int(b.x.tokEnd)
	tr.xmlSpace = false
	for _, a := range t.Attr {
		if a.Name.Space == xmlNS && a.Name.Local == "space" {
			tr.xmlSpace = true
		}
	}
	tr.tagFirst = 0
	if len(b.open) > 0 {
		tr.tagFirst = len(tr.l.Paras[b.open[len(b.open)-1]].Chunks)
	}
}

// chunk records text just emitted into the open paragraph: n bytes at
// offset text of its text, from the token just read.
func (tr *bodyTrace) chunk(b *bodyReader, kind DocxChunkKind, text, n int) {
	pi := b.open[len(b.open)-1]
	p := &tr.l.Paras[pi]
	c := DocxChunk{Kind: kind, Text: text, Len: n, RawStart: int(b.x.tokStart), RawEnd: int(b.x.tokEnd), Run: tr.run()}
	if kind == DocxChars {
		c.TagStart, c.TagEnd, c.XMLSpace = tr.tagStart, tr.tagEnd, tr.xmlSpace
	} else {
		// The element ends with its end token (made up by the decoder for
		// <w:tab/>).
		tr.markPara, tr.markChunk = pi, len(p.Chunks)
	}
	p.Chunks = append(p.Chunks, c)
}

// end records the end of an element.
func (tr *bodyTrace) end(b *bodyReader, name string) {
	start, end := int(b.x.tokStart), int(b.x.tokEnd)
	switch name {
	case "p":
		if b.inBody && len(b.open) > 0 {
			p := &tr.l.Paras[b.open[len(b.open)-1]]
			p.End, p.ContentEnd = end, start
			if start == end { // <w:p/>
				p.ContentStart, p.ContentEnd = -1, -1
			}
		}
	case "r":
		if n := len(tr.runs); n > 0 {
			if i := tr.runs[n-1]; i >= 0 {
				tr.l.Runs[i].End = end
			}
			tr.runs = tr.runs[:n-1]
		}
	case "t", "delText":
		if len(b.open) > 0 {
			cs := tr.l.Paras[b.open[len(b.open)-1]].Chunks
			for i := min(tr.tagFirst, len(cs)); i < len(cs); i++ {
				if cs[i].Kind == DocxChars {
					cs[i].ElemEnd = end
				}
			}
		}
	case "tab", "ptab", "br", "cr", "noBreakHyphen":
		if tr.markPara >= 0 {
			tr.l.Paras[tr.markPara].Chunks[tr.markChunk].RawEnd = end
			tr.markPara = -1
		}
	}
}
