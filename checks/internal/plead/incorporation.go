package plead

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// ReHarm is used outside this package by cfaa, lanham.
var ReHarm = legal.MustCompile(`(?i)\b(?:damage[sd]?|harm(?:ed)?|injur\w*|loss(?:es)?|lost|suffer\w*|costs?|incurred|spent|paid)\b`)

// IsIncorporation reports the count's incorporation sentence.
func IsIncorporation(p *lint.Pass, s *document.Sentence) bool {
	c := p.Count()
	return c.IncorporationSentence >= 0 && &p.Doc.Sentences[c.IncorporationSentence] == s
}
