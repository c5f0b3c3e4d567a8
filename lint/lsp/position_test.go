package lsp

import (
	"testing"
	"unicode/utf8"
)

func TestNegotiate(t *testing.T) {
	for _, tc := range []struct {
		offered []string
		want    encoding
	}{
		{nil, encUTF16},
		{[]string{}, encUTF16},
		{[]string{"utf-8"}, encUTF8},
		{[]string{"utf-32", "utf-8"}, encUTF32},
		{[]string{"utf-16", "utf-8"}, encUTF16},
		{[]string{"latin-1"}, encUTF16},
	} {
		if got := negotiate(tc.offered); got != tc.want {
			t.Errorf("negotiate(%q) = %v, want %v", tc.offered, got, tc.want)
		}
	}
}

// The line "§ “x” — 😀 y" holds a two-byte, three-byte and four-byte
// character; each column below is counted by hand.
func TestPositionEncodings(t *testing.T) {
	src := []byte("first\r\n§ “x” — 😀 y\rlast\n")
	lt := newLineTable(src)
	yOff := len("first\r\n§ “x” — 😀 ")
	for _, tc := range []struct {
		enc  encoding
		want int
	}{
		{encUTF8, len("§ “x” — 😀 ")}, // 2+1+3+1+3+1+3+1+4+1 = 20
		{encUTF16, 11},               // the emoji is two units
		{encUTF32, 10},
	} {
		p := lt.position(yOff, tc.enc)
		if p != (Position{1, tc.want}) {
			t.Errorf("%v: position of y = %+v, want 1:%d", tc.enc, p, tc.want)
		}
		if off := lt.offset(p, tc.enc); off != yOff {
			t.Errorf("%v: offset(%+v) = %d, want %d", tc.enc, p, off, yOff)
		}
	}
	// A lone "\r" ends a line, as LSP says.
	if p := lt.position(len(src)-2, encUTF16); p != (Position{2, 3}) {
		t.Errorf("position in the line after a lone CR = %+v, want 2:3", p)
	}
	// The CR of "\r\n" is not a column: offsets in the terminator resolve
	// to the line's end.
	if p := lt.position(6, encUTF16); p != (Position{0, 5}) {
		t.Errorf("position of the LF of CRLF = %+v, want 0:5", p)
	}
}

func TestOffsetClamps(t *testing.T) {
	src := []byte("a😀b\nxy")
	lt := newLineTable(src)
	for _, tc := range []struct {
		p    Position
		enc  encoding
		want int
	}{
		{Position{0, 99}, encUTF16, 6}, // past the line end: the line end
		{Position{9, 0}, encUTF16, 9},  // past the last line: the text end
		{Position{-1, 0}, encUTF16, 0}, // before the text: its start
		{Position{0, 2}, encUTF16, 1},  // inside the surrogate pair: the emoji's start
		{Position{0, 3}, encUTF16, 5},  // after the pair
		{Position{0, 3}, encUTF8, 1},   // inside the four bytes: the emoji's start
		{Position{0, 2}, encUTF32, 5},  // code points
		{Position{1, 1}, encUTF8, 8},   // second line
		{Position{0, 1}, encUTF8, 1},   // a boundary
		{Position{1, 2}, encUTF32, 9},  // the end of a text without a final newline
		{Position{1, 0}, encUTF32, 7},  // the second line's start
		{Position{0, 4}, encUTF16, 6},  // after "b"
		{Position{0, 3}, encUTF32, 6},  // after "b" in code points
		{Position{0, 4}, encUTF8, 1},   // the emoji's last byte: its start
	} {
		if got := lt.offset(tc.p, tc.enc); got != tc.want {
			t.Errorf("%v offset(%+v) = %d, want %d", tc.enc, tc.p, got, tc.want)
		}
	}
}

func TestApplyChanges(t *testing.T) {
	text := []byte("He said “hi” 😀.\nNext § line\n")
	got := applyChanges(text, []TextDocumentContentChangeEvent{
		// Replace the emoji (UTF-16 columns 13-15) with "ok".
		{Range: &Range{Position{0, 13}, Position{0, 15}}, Text: "ok"},
		// Then, in the changed text, join the lines: delete from the
		// end of line 0 to the start of line 1.
		{Range: &Range{Position{0, 16}, Position{1, 0}}, Text: " "},
		// Insert after "§" (column 6 of what is now line 0's second part).
		{Range: &Range{Position{0, 23}, Position{0, 23}}, Text: "¶"},
	}, encUTF16)
	want := "He said “hi” ok. Next §¶ line\n"
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// A change without a range replaces everything.
	got = applyChanges(text, []TextDocumentContentChangeEvent{{Text: "new"}, {Range: &Range{Position{0, 3}, Position{0, 3}}, Text: "!"}}, encUTF16)
	if string(got) != "new!" {
		t.Errorf("full replacement then insert: %q", got)
	}
	// A reversed range is read as the same range forwards, never as a
	// negative slice.
	got = applyChanges([]byte("abcdef"), []TextDocumentContentChangeEvent{{Range: &Range{Position{0, 4}, Position{0, 2}}, Text: "-"}}, encUTF8)
	if string(got) != "ab-ef" {
		t.Errorf("reversed range: %q", got)
	}
}

// FuzzPositions checks that position and offset are inverses at every
// character boundary, in every encoding, and never panic.
func FuzzPositions(f *testing.F) {
	f.Add("a\r\n§ “x” — 😀 y\rz\n", 7)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, s string, off int) {
		if !utf8.ValidString(s) {
			return
		}
		src := []byte(s)
		lt := newLineTable(src)
		if len(src) > 0 {
			off = (off%len(src) + len(src)) % len(src)
		} else {
			off = 0
		}
		for _, enc := range []encoding{encUTF8, encUTF16, encUTF32} {
			p := lt.position(off, enc)
			back := lt.offset(p, enc)
			boundary := off == len(src) || utf8.RuneStart(src[off])
			inCRLF := off > 0 && off < len(src) && src[off-1] == '\r' && src[off] == '\n'
			if boundary && !inCRLF && back != off {
				t.Fatalf("%v: offset(position(%d) = %+v) = %d in %q", enc, off, p, back, s)
			}
			if back < 0 || back > len(src) {
				t.Fatalf("%v: offset out of range: %d", enc, back)
			}
		}
	})
}
