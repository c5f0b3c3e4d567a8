package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/legal"
)

// Blank replaces the matches of l in text with spaces.
func Blank(l *legal.Lexicon, text string) string {
	for _, loc := range l.FindAll(text) {
		text = text[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + text[loc[1]:]
	}
	return text
}
