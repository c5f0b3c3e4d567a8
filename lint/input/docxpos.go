package input

import (
	"fmt"

	"github.com/complaintlint/complaintlint/lint/document"
)

// WordPosition is where a person finds a place of a .docx in Word.
//
// The .docx reader writes one body paragraph per line, so a document line is
// a paragraph number and a column is a character within that paragraph:
//
//   - Paragraph counts every w:p of the body in order from 1, including
//     empty paragraphs and the paragraphs of table cells, but not those of
//     headers, footers, footnotes, comments or text boxes.
//   - Character counts Unicode code points from 1 at the start of the
//     paragraph's text; a tab is one character and the automatic number
//     Word draws before the paragraph is not part of the text.
//   - Label is that automatic number ("12.", "(b)") when there is one, the
//     way a lawyer refers to the paragraph.
type WordPosition struct {
	Paragraph int
	Character int
	Label     string
}

// WordPositionAt maps a byte offset of a document read from .docx to Word
// terms. For other formats the same numbers are simply line and column.
func WordPositionAt(d *document.Document, off int) WordPosition {
	p := d.Lines.Position(off)
	return WordPosition{Paragraph: p.Line, Character: p.Column, Label: d.Hints[p.Line].NumberText}
}

// String reads "paragraph 14 (12.), character 5".
func (w WordPosition) String() string {
	if w.Label != "" {
		return fmt.Sprintf("paragraph %d (%s), character %d", w.Paragraph, w.Label, w.Character)
	}
	return fmt.Sprintf("paragraph %d, character %d", w.Paragraph, w.Character)
}
