package input

import (
	"github.com/complaintlint/complaintlint/lint/document"
)

// ReadMarkdown reads Markdown. Positions stay those of the original file:
// markup is blanked to spaces in the analysis text, never removed.
func ReadMarkdown(path string, src []byte) document.Source {
	s := document.PlainSource(path, src)
	s.Format = document.FormatMarkdown
	s.Hints = map[int]document.LineHint{}
	blankMarkdown(s.Text, s)
	return s
}
