package document

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Complaints exported from Word to text (and some Markdown) often set a
// paragraph's number alone on its own line at the left margin, with a blank
// line or none before the paragraph's text:
//
//	1.
//
//	Plaintiff Acme Corp. is a Delaware corporation ...
//
// Read line by line, the number would be a paragraph of its own and the text
// an unnumbered one, and every reference to the paragraph ("realleges
// paragraphs 1 through 20") would miss it. The reader joins such a number to
// the text that follows, so the paragraph is numbered as if the number were
// printed inline.

// maxBlanksAfterLoneNumber is how many blank lines may part a lone number
// from its paragraph's text: Word's export leaves one, a double-spaced draft
// two.
const maxBlanksAfterLoneNumber = 2

// loneLabel is a paragraph number standing alone on its line: "12.", "¶ 12",
// "¶ 12.". The forms are those the reader accepts before a paragraph's text;
// a bare "12" or "(12)" it does not read as a paragraph number inline, and a
// bare numeral alone on a line is as often a page number.
func loneLabel(t string) (int, bool) {
	t = strings.TrimSpace(t)
	sign := false
	if rest, ok := strings.CutPrefix(t, "¶"); ok {
		t, sign = strings.TrimLeft(rest, " "), true
	}
	digits, dot := strings.CutSuffix(t, ".")
	if !dot && !sign || digits == "" || len(digits) > 4 {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n == 0 {
		return 0, false
	}
	return n, true
}

// loneNumber is a lone paragraph number joined to its paragraph's text.
type loneNumber struct {
	n         int
	textStart int // offset of the paragraph's text: where its sentences begin
}

// joinLoneNumber reads lines[i] as a lone paragraph number opening the
// paragraph whose text follows it. It returns the line the builder reads in
// its place, spanning the number and the text's first line, and the index
// of that text line; ok is false when lines[i] is no such number.
//
// A number alone on a line is also a page number at a page break, an item of
// a list inside a paragraph, a year: it is taken only when it is the next
// number of the sequence (prev+1, or 1 after a heading as numbering restarts
// under a count; in Markdown, where it is an empty list item, the number the
// format gives the item), when what comes before it does not stop mid-sentence or
// announce a list, and when plain prose, not a heading or another number,
// follows it.
func (b *builder) joinLoneNumber(lines []line, i, prev int, cur *Paragraph) (line, int, bool) {
	d := b.d
	l := lines[i]
	hint := d.Hints[l.num]
	if hint.Heading > 0 || hint.Furniture {
		return line{}, 0, false
	}
	n, ok := loneLabel(l.text)
	if !ok {
		return line{}, 0, false
	}
	last := cur
	if last == nil && len(d.Paragraphs) > 0 {
		last = &d.Paragraphs[len(d.Paragraphs)-1]
	}
	switch {
	case hint.Number > 0:
		// An empty Markdown list item ("2." and nothing after it): the
		// format numbers it, as it numbers every list item the reader
		// takes for an allegation.
		if hint.Number != n {
			return line{}, 0, false
		}
	case hint != LineHint{}:
		return line{}, 0, false // a nested list's label
	case n == prev+1:
	case n == 1 && (last == nil || last.Heading):
	default:
		return line{}, 0, false
	}
	if last != nil && !last.Heading {
		if t := strings.TrimRight(d.Text[last.Span.Start:last.Span.End], " \t"); midSentence(t) || strings.HasSuffix(t, ":") {
			return line{}, 0, false
		}
	}
	blanks := 0
	for j := i + 1; j < len(lines); j++ {
		next := lines[j]
		if d.Hints[next.num].Furniture {
			continue
		}
		if next.blank {
			if blanks++; blanks > maxBlanksAfterLoneNumber {
				return line{}, 0, false
			}
			continue
		}
		if _, hinted := d.Hints[next.num]; hinted {
			return line{}, 0, false
		}
		t := strings.TrimSpace(next.text)
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsLower(r) || unicode.IsDigit(r) || strings.HasPrefix(t, "¶") || headingShaped(t) || startsSignature(t) {
			// A sentence carried over a page break, another number, a
			// heading: the number does not open this text.
			return line{}, 0, false
		}
		joined := line{
			span: Span{Start: l.span.Start, End: next.span.End},
			text: strconv.Itoa(n) + ". " + t,
			num:  l.num,
		}
		if b.lone == nil {
			b.lone = map[int]loneNumber{}
		}
		b.lone[trimSpan(d.Text, joined.span).Start] = loneNumber{n: n, textStart: trimSpan(d.Text, next.span).Start}
		return joined, j, true
	}
	return line{}, 0, false
}
