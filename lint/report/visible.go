package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Visible renders s so that nothing in it acts on the terminal, editor or
// log that shows it: control characters become escapes ("\x1b", "\n"),
// bidirectional overrides and isolates, which reorder what is displayed
// (the "Trojan Source" attack), become "<U+202E>", and bytes that are not
// UTF-8 become "\xff". File names and complaint text reach every human
// format through it, so a name holding a newline cannot forge a finding
// line and an escape sequence cannot retitle or recolour the terminal.
func Visible(s string) string {
	return render(s, false, nil)
}

// visibleKeepTabs is Visible leaving tabs as they are, for document text
// laid out by a browser.
func visibleKeepTabs(s string) string {
	return render(s, true, nil)
}

// visibleLine renders one source line as Visible does, except that a tab
// shows as one space, and moves the rune range [from, from+n) to where
// those characters are in the rendering, so a caret run printed under it
// still marks them.
func visibleLine(line string, from, n int) (string, int, int) {
	var at []int // rune offset in the rendering of each rune of line
	out := render(line, false, &at)
	pos := func(i int) int {
		switch {
		case i < 0:
			return i
		case i < len(at):
			return at[i]
		}
		return at[len(at)-1] + (i - (len(at) - 1))
	}
	if len(at) == 0 {
		return out, from, n
	}
	at = append(at, utf8.RuneCountInString(out)) // the end of the line
	start, end := pos(from), pos(from+n)
	return out, start, end - start
}

// render does the work of Visible. keepTabs leaves tabs alone; with at
// set, a tab becomes one space and at receives, for each rune of s, the
// rune offset where its rendering starts.
func render(s string, keepTabs bool, at *[]int) string {
	if at == nil && harmless(s, keepTabs) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	col := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if at != nil {
			*at = append(*at, col)
		}
		var piece string
		switch {
		case r == utf8.RuneError && size == 1:
			piece = fmt.Sprintf(`\x%02x`, s[i])
		case r == '\t' && at != nil:
			piece = " "
		case r == '\t' && keepTabs:
			piece = "\t"
		case r == '\n':
			piece = `\n`
		case r == '\r':
			piece = `\r`
		case r == '\t':
			piece = `\t`
		case r < 0x20 || r == 0x7f:
			piece = fmt.Sprintf(`\x%02x`, r)
		case hidden(r):
			piece = fmt.Sprintf("<U+%04X>", r)
		default:
			piece = s[i : i+size]
		}
		b.WriteString(piece)
		col += utf8.RuneCountInString(piece)
		i += size
	}
	return b.String()
}

// harmless reports whether s has nothing render would change.
func harmless(s string, keepTabs bool) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || control(rune(c), keepTabs) {
			// Past ASCII: decode and look at every character.
			return utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool {
				return control(r, keepTabs) || hidden(r)
			})
		}
	}
	return true
}

// control reports the C0 controls and DEL (a tab too, unless kept).
func control(r rune, keepTabs bool) bool {
	if r == '\t' {
		return !keepTabs
	}
	return r < 0x20 || r == 0x7f
}

// hidden reports the characters that act on a display instead of showing:
// C1 controls (U+009B is a CSI on some terminals), the bidirectional marks,
// embeddings, overrides and isolates, and the Unicode line and paragraph
// separators some editors break lines at.
func hidden(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	}
	return false
}
