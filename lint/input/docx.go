package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/complaintlint/complaintlint/lint/document"
)

// ErrNoText is returned for a Word document whose body has no text.
var ErrNoText = errors.New("no text in the Word document")

// DocxOptions choose how a Word document is read.
type DocxOptions struct {
	// Original reads the text as it was before its tracked changes:
	// deletions in, insertions out. By default tracked changes read as
	// accepted, which is the text that will be filed.
	Original bool
}

// ReadDocx reads a Word .docx with tracked changes accepted.
func ReadDocx(path string, data []byte) (document.Source, error) {
	return ReadDocxWith(path, data, DocxOptions{})
}

// ReadDocxWith reads a Word .docx.
//
// The Source has one line per body paragraph (w:p) in document order, table
// cells and empty paragraphs included, so that line N is the N-th paragraph
// as Word counts them; see WordPositionAt. Heading styles and automatic
// numbering, which the text does not show, become line hints. Comments,
// footnotes, endnotes, headers and footers are separate parts and are not
// read; neither are text boxes, field codes or hidden text.
//
// The file is treated as hostile: the inflated size, the compression ratio,
// the number of zip entries and the XML nesting depth are bounded, DTDs are
// refused, and every refusal is a one-line error.
func ReadDocxWith(path string, data []byte, opt DocxOptions) (document.Source, error) {
	return ReadDocxContext(context.Background(), path, data, opt)
}

// ReadDocxContext is ReadDocxWith that gives up with ctx's error once ctx is
// done.
func ReadDocxContext(ctx context.Context, path string, data []byte, opt DocxOptions) (document.Source, error) {
	if len(data) > MaxFileSize {
		return document.Source{}, ErrTooLarge
	}
	a, err := openDocx(data)
	if err != nil {
		return document.Source{}, err
	}
	a.ctx, a.original = ctx, opt.Original
	if !a.has("word/document.xml") {
		return document.Source{}, a.missingDocumentError()
	}
	return readDocxArchive(path, a, opt, func() ([]docxPara, error) {
		return readPart(a, "word/document.xml", func(x *xmlReader) ([]docxPara, error) {
			return readBody(x, opt.Original)
		})
	})
}

// readDocxArchive reads an opened archive that has word/document.xml; body
// reads the body paragraphs from it.
func readDocxArchive(path string, a *docxArchive, opt DocxOptions, body func() ([]docxPara, error)) (document.Source, error) {
	var err error
	// Styles and numbering are optional parts; a document without them
	// simply has no headings by style and no automatic numbers.
	var styles *docxStyles
	if a.has("word/styles.xml") {
		if styles, err = readPart(a, "word/styles.xml", readStyles); err != nil {
			return document.Source{}, err
		}
	}
	var numbering *docxNumbering
	if a.has("word/numbering.xml") {
		if numbering, err = readPart(a, "word/numbering.xml", readNumbering); err != nil {
			return document.Source{}, err
		}
	}
	paras, err := body()
	if err != nil {
		return document.Source{}, err
	}
	return docxSource(path, paras, styles, numbering, opt)
}

// readPart opens one part under the archive's limits and parses it.
func readPart[T any](a *docxArchive, name string, read func(*xmlReader) (T, error)) (T, error) {
	var zero T
	if err := a.checkElements(name); err != nil {
		return zero, err
	}
	rc, err := a.open(name)
	if err != nil {
		return zero, err
	}
	defer func() { _ = rc.Close() }() // read-only: a close error loses nothing
	v, err := read(newXMLReader(a.ctx, name, rc))
	if err != nil {
		return zero, err
	}
	return v, nil
}

// docxSource lays the paragraphs out one per line and derives the hints.
//
// A paragraph whose mark is on the other side of a tracked change (a mark
// inserted, reading the original; deleted, reading the changes accepted)
// does not end a paragraph in the text being read: its text runs on into
// the next paragraph, whose mark, and so whose style and numbering, the
// joined paragraph takes. Lines stay one per w:p so positions remain Word's
// paragraph numbers; the joined paragraph's hints go on its first line that
// has text.
func docxSource(path string, paras []docxPara, styles *docxStyles, numbering *docxNumbering, opt DocxOptions) (document.Source, error) {
	var src []byte
	hints := map[int]document.LineHint{}
	lists := newDocxLists(numbering, styles)
	first := -1 // first line with text of the paragraph being joined, 0-based
	for i := range paras {
		p := &paras[i]
		if i > 0 {
			src = append(src, '\n')
		}
		src = append(src, p.text...)
		if first < 0 && len(bytes.TrimSpace(p.text)) > 0 {
			first = i
		}
		markGone := p.markDel
		if opt.Original {
			markGone = p.markIns
		}
		if markGone && i+1 < len(paras) {
			continue
		}
		line := i
		if first >= 0 {
			line = first
		}
		first = -1
		if h := paragraphHint(p, styles, lists); h != (document.LineHint{}) {
			hints[line+1] = h
		}
	}
	if len(src) > MaxTextSize {
		return document.Source{}, textTooLarge()
	}
	if len(bytes.TrimSpace(src)) == 0 {
		if len(paras) == 0 {
			return document.Source{}, fmt.Errorf("%w (no paragraphs)", ErrNoText)
		}
		return document.Source{}, fmt.Errorf("%w (%d empty paragraphs)", ErrNoText, len(paras))
	}
	return document.Source{
		Path:       path,
		Format:     document.FormatDocx,
		Src:        src,
		Text:       document.SharedAnalysisText(src),
		Hints:      hints,
		OnePerLine: true,
	}, nil
}

// paragraphHint is what a paragraph's style and numbering say about it. It
// advances the paragraph's list, so it is called once per paragraph, in
// order.
func paragraphHint(p *docxPara, styles *docxStyles, lists *docxLists) document.LineHint {
	style := p.style
	if style == "" && styles != nil {
		style = styles.defaultStyle
	}
	var h document.LineHint
	h.Heading = styles.headingLevel(style)
	if p.outline >= 0 {
		h.Heading = outlineHeading(p.outline)
	}
	if lab, ok := lists.next(p.num, style); ok {
		h.NumberText = lab.text
		// A numbered heading ("1. Introduction") is a heading, not
		// allegation 1.
		if lab.bare && h.Heading == 0 {
			h.Number = lab.value
		}
	}
	return h
}
