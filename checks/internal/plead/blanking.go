package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Blanking a lexicon's matches out of a text, so that a later question
// does not see them while offsets stay where they were.

// Blank replaces the matches of l in text with spaces.
func Blank(l *pattern.Lexicon, text string) string {
	for _, loc := range l.FindAll(text) {
		text = text[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + text[loc[1]:]
	}
	return text
}

// BlankLex replaces the matches of a lexicon in t with spaces (ASCII bytes
// only, so the text stays valid UTF-8 and offsets do not move). Most texts
// hold none: t comes back as it is, still a span of its document.
func BlankLex(l *pattern.Lexicon, t pattern.Text) pattern.Text {
	locs := l.FindAllText(t)
	if len(locs) == 0 {
		return t
	}
	b := []byte(t.String())
	for _, m := range locs {
		for i := m[0]; i < m[1]; i++ {
			if b[i] < 0x80 {
				b[i] = ' '
			}
		}
	}
	return pattern.Plain(string(b))
}
