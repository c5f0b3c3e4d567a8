package lsp

import (
	"sort"
	"unicode/utf8"
)

// encoding is the unit LSP character offsets count in, agreed at initialize.
type encoding int

// The three position encodings of LSP 3.17. UTF-16 is the default and the
// only one every client supports.
const (
	encUTF16 encoding = iota
	encUTF8
	encUTF32
)

func (e encoding) String() string {
	switch e {
	case encUTF8:
		return "utf-8"
	case encUTF32:
		return "utf-32"
	}
	return "utf-16"
}

// negotiate picks the first encoding the client offers that the server
// supports (clients list them in order of preference), and UTF-16 when the
// client offers none: the spec makes UTF-16 mandatory and the default.
func negotiate(offered []string) encoding {
	for _, name := range offered {
		switch name {
		case "utf-16":
			return encUTF16
		case "utf-8":
			return encUTF8
		case "utf-32":
			return encUTF32
		}
	}
	return encUTF16
}

// units is how many code units of e a rune takes.
func (e encoding) units(r rune, size int) int {
	switch e {
	case encUTF8:
		return size
	case encUTF32:
		return 1
	}
	if r >= 0x10000 {
		return 2 // a surrogate pair
	}
	return 1
}

// lineTable maps between byte offsets into a text and LSP positions. LSP
// ends a line at "\n", "\r\n" or a lone "\r", so a lone carriage return
// starts a new line here even though the CLI (which counts "\n" only)
// would not; editors number lines the LSP way.
type lineTable struct {
	src    []byte
	starts []int // byte offset where each line begins
}

func newLineTable(src []byte) *lineTable {
	t := &lineTable{src: src, starts: make([]int, 1, len(src)/60+2)}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			t.starts = append(t.starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			t.starts = append(t.starts, i+1)
		}
	}
	return t
}

// lineEnd is the offset of line n's terminator (or the text's end).
func (t *lineTable) lineEnd(n int) int {
	if n+1 >= len(t.starts) {
		return len(t.src)
	}
	end := t.starts[n+1] - 1
	if t.src[end] == '\n' && end > t.starts[n] && t.src[end-1] == '\r' {
		end--
	}
	return end
}

// position converts a byte offset. An offset inside a line terminator or a
// multi-byte character resolves to the start of that terminator or
// character.
func (t *lineTable) position(off int, enc encoding) Position {
	off = max(0, min(off, len(t.src)))
	line := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > off }) - 1
	start := t.starts[line]
	off = min(off, t.lineEnd(line))
	col := 0
	for i := start; i < off; {
		r, size := utf8.DecodeRune(t.src[i:])
		if i+size > off {
			break // off is inside this character
		}
		col += enc.units(r, size)
		i += size
	}
	return Position{Line: line, Character: col}
}

// offset converts a position to a byte offset. As the spec asks, a
// character past the line's end means the line's end and a line past the
// last means the text's end; a character inside a surrogate pair or a
// multi-byte sequence resolves to that character's start, so an edit never
// splits a character.
func (t *lineTable) offset(p Position, enc encoding) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(t.starts) {
		return len(t.src)
	}
	i, end := t.starts[p.Line], t.lineEnd(p.Line)
	for col := 0; i < end; {
		r, size := utf8.DecodeRune(t.src[i:])
		col += enc.units(r, size)
		if col > p.Character {
			break
		}
		i += size
	}
	return i
}

// rangeOf converts a byte span.
func (t *lineTable) rangeOf(start, end int, enc encoding) Range {
	return Range{Start: t.position(start, enc), End: t.position(end, enc)}
}

// applyChanges applies content changes in order, each to the result of
// the one before, as the spec orders. A change without a range replaces
// the whole text.
func applyChanges(text []byte, changes []TextDocumentContentChangeEvent, enc encoding) []byte {
	for _, ch := range changes {
		if ch.Range == nil {
			text = []byte(ch.Text)
			continue
		}
		t := newLineTable(text)
		start, end := t.offset(ch.Range.Start, enc), t.offset(ch.Range.End, enc)
		if end < start {
			start, end = end, start
		}
		out := make([]byte, 0, len(text)-(end-start)+len(ch.Text))
		out = append(out, text[:start]...)
		out = append(out, ch.Text...)
		out = append(out, text[end:]...)
		text = out
	}
	return text
}
