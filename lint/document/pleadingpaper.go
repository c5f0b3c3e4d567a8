package document

import (
	"bytes"
	"strconv"

	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// Text taken from a filed complaint on pleading paper (California and other
// state and federal courts require it) carries a line number, 1 to 28, at
// the left of every line, and each page opens with the court's filing
// header ("Case 2:24-cv-08412 Document 1 Filed 09/30/24 Page 2 of 4") and
// closes with a footer (the document title). Read as prose, the margin
// numbers hide every allegation number and heading ("22   1.   DiscShift
// sells ..."), and the page furniture falls in the middle of paragraphs.
// markPleadingPaper blanks the margin numbers in the analysis text and
// marks the furniture lines, so that the builder reads the pleading the way
// a reader of the page does. The source bytes are untouched, so positions
// still point at the file as written.

// reMarginNumber is a pleading-paper line number: one or two digits at the
// left, then either nothing or spaces before the text (text extraction keeps
// one space or several). A numbered allegation ("12.  Defendant ...") has a
// period and is not one; a line of prose that happens to open with a number
// ("12 inch pipe") is told apart by the sequence the numbers must keep.
var reMarginNumber = lazyregexp.New(`^ {0,6}(\d{1,2})(?: +| *$)`)

// reFilingHeader is the header a court's electronic filing system stamps on
// every page.
var reFilingHeader = lazyregexp.New(`(?i)^\s*Case\s+\d{1,2}:\d{2}-[a-z]{2,3}-\d{3,6}\S*\s+Document\s+\d+.*\bPage\s+\d+\s+of\s+\d+`)

// pleadingPaperMinLines is how many numbered margin lines, running in
// sequence, make a document pleading paper; a short list of figures in the
// left margin of ordinary prose is not.
const pleadingPaperMinLines = 20

// pleadingPaperMinRun is, where only some pages are numbered, the shortest
// run of consecutive margin numbers blanked: a number opening a line of the
// unnumbered pages ("12   inch pipe") stands alone and is text.
const pleadingPaperMinRun = 5

// inRuns keeps the items that belong to a run of at least min consecutive
// items, each following the one before it by next.
func inRuns[T any](items []T, next func(a, b T) bool, min int) []T {
	var out []T
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && next(items[j-1], items[j]) {
			j++
		}
		if j-i >= min {
			out = append(out, items[i:j]...)
		}
		i = j
	}
	return out
}

func markPleadingPaper(s *Source) {
	if !pleadingPaperStart(s.Text) {
		return
	}
	lines := bytes.Split(s.Text, []byte("\n"))
	starts := make([]int, len(lines))
	off := 0
	for i, l := range lines {
		starts[i] = off
		off += len(l) + 1
	}
	// The margin numbers: each line's, where it has one.
	type margin struct{ line, end, n int }
	var ms []margin
	nonblank, inSequence := 0, 0
	prev := 0
	for i, l := range lines {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		nonblank++
		m := reMarginNumber.FindSubmatchIndex(l)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(string(l[m[2]:m[3]]))
		if n < 1 || n > 28 {
			continue
		}
		if n == prev+1 || n == 1 {
			inSequence++
		}
		prev = n
		ms = append(ms, margin{line: i, end: m[3], n: n})
	}
	if inSequence < pleadingPaperMinLines || 10*inSequence < 8*len(ms) {
		return
	}
	// Only some pages numbered (a caption page on pleading paper, the body
	// typed plainly after it): the numbers are blanked where they are, but
	// nothing is page furniture, since the unnumbered text is the pleading.
	wholeDocument := 2*len(ms) >= nonblank
	// Text may be Src itself (PlainSource shares them when nothing needed
	// folding): blank a copy, never the file's bytes.
	if len(s.Text) > 0 && len(s.Src) > 0 && &s.Text[0] == &s.Src[0] {
		s.Text = bytes.Clone(s.Text)
	}
	if !wholeDocument {
		ms = inRuns(ms, func(a, b margin) bool { return b.n == a.n+1 }, pleadingPaperMinRun)
	}
	for _, m := range ms {
		for j := starts[m.line]; j < starts[m.line]+m.end; j++ {
			s.Text[j] = ' '
		}
	}
	if !wholeDocument {
		return
	}
	// The page furniture: whatever lies between the last numbered line of
	// one page and line 1 of the next (the footer with the title and page
	// number, the next page's filing header), whatever follows the last
	// numbered line, and a filing header anywhere. A line without a number
	// inside a page is text (a wrapped line the extraction split off).
	furniture := map[int]bool{}
	for k := 1; k < len(ms); k++ {
		if ms[k].n < ms[k-1].n {
			for i := ms[k-1].line + 1; i < ms[k].line; i++ {
				furniture[i] = true
			}
		}
	}
	for i := ms[len(ms)-1].line + 1; i < len(lines); i++ {
		furniture[i] = true
	}
	for i, l := range lines {
		if reFilingHeader.Match(l) {
			furniture[i] = true
		}
	}
	if len(furniture) == 0 {
		return
	}
	if s.Hints == nil {
		s.Hints = map[int]LineHint{}
	}
	for i := range furniture {
		for j := starts[i]; j < starts[i]+len(lines[i]); j++ {
			if s.Text[j] < 0x80 {
				s.Text[j] = ' '
			}
		}
		h := s.Hints[i+1]
		h.Furniture = true
		s.Hints[i+1] = h
	}
}

// opensWithDigit reports whether l's first byte after at most six spaces
// is a digit, which reMarginNumber needs: most lines of ordinary text are
// passed over without it, and a short text that is not on pleading paper
// never compiles it.
func opensWithDigit(l []byte) bool {
	i := 0
	for i < len(l) && i < 6 && l[i] == ' ' {
		i++
	}
	return i < len(l) && l[i] >= '0' && l[i] <= '9'
}

// pleadingPaperStart reports whether the first lines of text carry margin
// line numbers in sequence, so that ordinary text is passed over after a
// look at its opening, without splitting it into lines.
func pleadingPaperStart(text []byte) bool {
	inSequence, prev := 0, 0
	for i, rest := 0, text; i < 3*pleadingPaperMinLines && len(rest) > 0; i++ {
		l := rest
		if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
			l, rest = rest[:nl], rest[nl+1:]
		} else {
			rest = nil
		}
		if !opensWithDigit(l) {
			continue
		}
		m := reMarginNumber.FindSubmatchIndex(l)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(string(l[m[2]:m[3]]))
		if n == prev+1 || n == 1 {
			inSequence++
		}
		prev = n
	}
	return inSequence >= pleadingPaperMinLines/2
}
