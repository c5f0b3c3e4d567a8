package document

import (
	"math"
	"sort"
	"unicode/utf8"
)

// Position is a printable location: 1-based line and 1-based column counted
// in Unicode code points, plus the byte offset it came from.
type Position struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// LineIndex resolves byte offsets to lines and columns by binary search over
// line starts, as go/token does. It is built once per document.
type LineIndex struct {
	src string
	// starts is the byte offset where each line begins, in 32 bits: a
	// long complaint has a hundred thousand lines, held for the whole
	// lint, and no text linted comes near 4 GiB (input.MaxTextSize).
	starts []uint32
	bomLen int // a leading byte-order mark is not a column a person sees
}

// NewLineIndex indexes src. A line ends at "\n"; a "\r" before it belongs to
// the line's end and is never counted as a column.
func NewLineIndex(src string) *LineIndex {
	if uint64(len(src)) > math.MaxUint32 {
		panic("document: text past 4 GiB")
	}
	li := &LineIndex{src: src, starts: make([]uint32, 1, len(src)/60+2)}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			li.starts = append(li.starts, uint32(i+1))
		}
	}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		li.bomLen = 3
	}
	return li
}

// Lines is the number of lines (a trailing newline does not open a new one
// for counting purposes, but offsets after it still resolve to it).
func (li *LineIndex) Lines() int { return len(li.starts) }

// LineStart is the byte offset of 1-based line n.
func (li *LineIndex) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(li.starts) {
		return len(li.src)
	}
	return int(li.starts[n-1])
}

// LineSpan is the byte range of 1-based line n without its line ending.
func (li *LineIndex) LineSpan(n int) Span {
	start := li.LineStart(n)
	end := len(li.src)
	if n < len(li.starts) {
		end = int(li.starts[n]) - 1
	}
	if end > start && li.src[end-1] == '\r' {
		end--
	}
	if end < start {
		end = start
	}
	return Span{start, end}
}

// Position resolves a byte offset. Offsets past the end clamp to the end; an
// offset inside a multi-byte character resolves to that character.
func (li *LineIndex) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(li.src) {
		off = len(li.src)
	}
	line := sort.Search(len(li.starts), func(i int) bool { return int(li.starts[i]) > off })
	start := int(li.starts[line-1])
	if line == 1 && li.bomLen > 0 {
		if off < li.bomLen {
			off = li.bomLen
		}
		start = li.bomLen
	}
	col := 1 + utf8.RuneCountInString(li.src[start:off])
	// An offset in the middle of a rune counted that rune's start already.
	if off < len(li.src) && !utf8.RuneStart(li.src[off]) {
		col--
	}
	return Position{Offset: off, Line: line, Column: col}
}

// Offset is the inverse of Position: the byte offset of a 1-based line and
// code-point column. Columns past the line end clamp to the line end.
func (li *LineIndex) Offset(line, col int) int {
	sp := li.LineSpan(line)
	off := sp.Start
	if line == 1 {
		off += li.bomLen
	}
	for c := 1; c < col && off < sp.End; c++ {
		_, size := utf8.DecodeRuneInString(li.src[off:])
		off += size
	}
	return off
}
