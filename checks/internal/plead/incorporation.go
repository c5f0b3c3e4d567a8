package plead

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// ReHarm is a word that pleads harm or cost: "damages", "injured",
// "losses", "suffered", "incurred", "spent", "paid". The CFAA loss rules
// read pleaded loss with it and the Lanham materiality-injury rule pleaded
// injury, and both fall back on a sentence it matches to anchor a finding.
var ReHarm = pattern.MustCompile(`(?i)\b(?:damage[sd]?|harm(?:ed)?|injur\w*|loss(?:es)?|lost|suffer\w*|costs?|incurred|spent|paid)\b`)

// IsIncorporation reports the count's incorporation sentence.
func IsIncorporation(p *lint.Pass, s *document.Sentence) bool {
	c := p.Count()
	return c.IncorporationSentence >= 0 && &p.Doc.Sentences[c.IncorporationSentence] == s
}
