package input

import (
	"encoding/xml"
	"errors"
	"io"
)

// docxPara is one w:p of the document body: its visible text and the
// properties structure needs.
type docxPara struct {
	text    []byte
	style   string // w:pStyle, "" for the default paragraph style
	num     numRef // direct w:numPr
	outline int    // direct w:outlineLvl, -1 when unset
	// The paragraph mark itself is a tracked insertion or deletion: the
	// paragraph exists only on one side of the change.
	markIns, markDel bool
}

// bodyReader walks word/document.xml once, collecting body paragraphs in
// document order, table cells included.
type bodyReader struct {
	x        *xmlReader
	original bool

	paras  []docxPara
	open   []int    // indexes of paragraphs being read (more than one only in malformed files)
	stack  []string // Word local names of the open elements ("" for other vocabularies)
	inBody bool

	inText    bool // inside w:t (or w:delText when reading the original)
	runHidden bool // the current run is w:vanish hidden text
	// fields holds one entry per open complex field (w:fldChar begin..end):
	// true once its result (after "separate") is showing. Only result text
	// is read; instrText codes never are.
	fieldState

	trace *bodyTrace // records the layout when asked for, else nil

	textLen int // bytes of text read, to refuse more than MaxTextSize
}

// readBody reads the body paragraphs. Tracked changes read as accepted,
// unless original asks for the text before them.
func readBody(x *xmlReader, original bool) ([]docxPara, error) {
	return readBodyTraced(x, original, nil)
}

// readBodyTraced is readBody recording, when layout is not nil, where each
// paragraph's text comes from.
func readBodyTraced(x *xmlReader, original bool, layout *DocxLayout) ([]docxPara, error) {
	b := &bodyReader{x: x, original: original}
	if layout != nil {
		b.trace = &bodyTrace{l: layout, markPara: -1}
	}
	for {
		tok, err := x.next()
		if errors.Is(err, io.EOF) {
			return b.paras, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			b.stack = append(b.stack, wordName(t.Name))
			if err := b.start(t); err != nil {
				return nil, err
			}
		case xml.EndElement:
			if len(b.stack) > 0 {
				b.end(b.stack[len(b.stack)-1])
				b.stack = b.stack[:len(b.stack)-1]
			}
		case xml.CharData:
			if b.inText {
				b.emit(t, DocxChars)
			}
		}
		// One paragraph more than the lines limit, or text past its limit,
		// and the file is refused without reading the rest.
		if len(b.paras) > MaxLines {
			return nil, tooManyLines("paragraphs")
		}
		if b.textLen > MaxTextSize {
			return nil, textTooLarge()
		}
	}
}

func (b *bodyReader) parent() string {
	if len(b.stack) < 2 {
		return ""
	}
	return b.stack[len(b.stack)-2]
}

func (b *bodyReader) cur() *docxPara {
	if len(b.open) == 0 {
		return nil
	}
	return &b.paras[b.open[len(b.open)-1]]
}

// consumed pops an element whose content a helper has already read.
func (b *bodyReader) consumed() { b.stack = b.stack[:len(b.stack)-1] }

func (b *bodyReader) start(t xml.StartElement) error {
	name := b.stack[len(b.stack)-1]
	switch {
	case name == "body" && b.parent() == "document":
		b.inBody = true
	case name == "p" && b.inBody:
		b.paras = append(b.paras, docxPara{outline: -1})
		b.open = append(b.open, len(b.paras)-1)
		if tr := b.trace; tr != nil {
			tr.l.Paras = append(tr.l.Paras, DocxParaLayout{Start: int(b.x.tokStart), ContentStart: int(b.x.tokEnd)})
		}
	case name == "pPr" && b.parent() == "p" && b.cur() != nil:
		b.consumed()
		err := b.x.children(b.cur().property)
		if tr := b.trace; tr != nil {
			tr.l.Paras[b.open[len(b.open)-1]].ContentStart = int(b.x.d.InputOffset())
		}
		return err
	case name == "rPr" && b.parent() == "r":
		b.consumed()
		b.runHidden = false
		if tr := b.trace; tr != nil && tr.run() >= 0 {
			tr.l.Runs[tr.run()].RPrStart = int(b.x.tokStart)
			defer func() { tr.l.Runs[tr.run()].RPrEnd = int(b.x.d.InputOffset()) }()
		}
		return b.x.children(func(path string, t xml.StartElement) bool {
			switch path {
			case "vanish", "specVanish":
				// Hidden text is neither displayed nor printed by default;
				// a judge never reads it.
				b.runHidden = onOff(t)
			case "rPrChange":
				return true
			}
			return false
		})
	case b.skipped(name):
		b.consumed()
		return b.x.skip()
	case name == "r":
		b.runHidden = false
		if tr := b.trace; tr != nil {
			tr.startRun(b.cur() != nil, int(b.x.tokStart), int(b.x.tokEnd))
		}
	case name == "t":
		b.inText = true
		b.startText(t)
	case name == "delText":
		// Deleted text sits in w:delText; reading the original, it is text.
		b.inText = b.original
		b.startText(t)
	case name == "tab" || name == "ptab":
		b.emit([]byte("\t"), DocxMark)
	case name == "br" || name == "cr":
		// A line break inside a paragraph stays on the paragraph's line so
		// that line numbers remain paragraph numbers.
		b.emit([]byte(" "), DocxMark)
	case name == "noBreakHyphen":
		b.emit([]byte("-"), DocxMark)
	case name == "fldChar":
		b.fieldChar(t)
	}
	return nil
}

// skipped lists content that is not body text: properties, drawings and
// text boxes (whose own paragraphs would break the one-line-per-paragraph
// count), field codes, ruby annotations, and the side of each tracked
// change that is not being read.
func (b *bodyReader) skipped(name string) bool {
	switch name {
	case "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "tblPrEx", "sdtPr", "sdtEndPr",
		"drawing", "pict", "object", "txbxContent", "instrText", "delInstrText", "rt":
		return true
	case "del", "moveFrom":
		return !b.original
	case "ins", "moveTo":
		return b.original
	}
	return false
}

func (b *bodyReader) end(name string) {
	if tr := b.trace; tr != nil {
		tr.end(b, name)
	}
	switch name {
	case "p":
		if b.inBody && len(b.open) > 0 {
			b.open = b.open[:len(b.open)-1]
		}
	case "t", "delText":
		b.inText = false
	case "r":
		b.runHidden = false
	case "body":
		b.inBody = false
	}
}

func (b *bodyReader) fieldChar(t xml.StartElement) {
	typ, _ := attr(t, "fldCharType")
	b.advance(typ)
}

// fieldState follows Word's complex fields (w:fldChar begin, separate, end):
// the text between begin and separate is the field's instructions, which
// neither the reader nor the pre-scan counts as text.
type fieldState struct {
	fields   []bool // per open field: past "separate"
	inInstrs int    // fields not yet past "separate"
}

// advance moves the state past one w:fldChar of type typ.
func (f *fieldState) advance(typ string) {
	n := len(f.fields)
	switch typ {
	case "begin":
		f.fields = append(f.fields, false)
		f.inInstrs++
	case "separate":
		if n > 0 && !f.fields[n-1] {
			f.fields[n-1] = true
			f.inInstrs--
		}
	case "end":
		if n > 0 {
			if !f.fields[n-1] {
				f.inInstrs--
			}
			f.fields = f.fields[:n-1]
		}
	}
}

// emit appends visible text to the paragraph being read. Line breaks in the
// XML character data become spaces: one paragraph, one line. kind says
// whether the text is character data or an element read as a character.
func (b *bodyReader) emit(s []byte, kind DocxChunkKind) {
	p := b.cur()
	if p == nil || b.runHidden || b.inInstrs > 0 {
		return
	}
	if b.trace != nil && len(s) > 0 {
		b.trace.chunk(b, kind, len(p.text), len(s))
	}
	b.textLen += len(s)
	for _, c := range s {
		if c == '\n' || c == '\r' {
			c = ' '
		}
		p.text = append(p.text, c)
	}
}

// property records one element of the paragraph's w:pPr.
func (p *docxPara) property(path string, t xml.StartElement) (skip bool) {
	switch path {
	case "pStyle":
		p.style, _ = attr(t, "val")
	case "outlineLvl":
		if n, ok := intAttr(t, "val"); ok {
			p.outline = n
		}
	case "numPr/numId":
		p.num.numID, p.num.hasNumID = intAttr(t, "val")
	case "numPr/ilvl":
		p.num.ilvl, p.num.hasIlvl = intAttr(t, "val")
	case "rPr/ins", "rPr/moveTo":
		p.markIns = true
	case "rPr/del", "rPr/moveFrom":
		p.markDel = true
	case "pPrChange", "rPr/rPrChange", "sectPr", "numPr/ins":
		// Formatting as it was before a tracked change, and section
		// settings: nothing here shapes the text.
		return true
	}
	return false
}
