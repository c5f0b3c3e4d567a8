package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/document"
)

// readDefendantWords reads the lower-cased words that name a defendant: its defined
// terms, and the first word of each name the caption and parties give it
// ("CORVID AI, INC." is "corvid"), so that "Corvid's service" is the
// defendant acting.
func readDefendantWords(d *document.Document) []string {
	var out []string
	for _, t := range DefendantTerms(d) {
		out = append(out, strings.ToLower(t))
	}
	for _, n := range append(DefendantNames(d), captionDefendants(d)...) {
		if f := strings.Fields(strings.ToLower(n)); len(f) > 0 && len(f[0]) >= 4 {
			out = append(out, strings.Trim(f[0], ",."))
		}
	}
	return out
}
