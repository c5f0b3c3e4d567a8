package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// beliefPrefacedFact holds the sentences a blanket preface puts on
// information and belief by paragraph number ("The allegations in
// paragraphs 9 through 12 are made upon information and belief."), when the
// preface states no basis for the belief. Those paragraphs read as facts
// on their own, but the pleader vouches for none of them; rules that ask
// whether an element is pleaded as a fact read them as the preface says.
var beliefPrefacedFact = document.NewFact("belief-prefaced", readBeliefPrefaced)

// BeliefPrefaced reports whether sentence si is covered by such a preface.
func BeliefPrefaced(d *document.Document, si int) bool { return beliefPrefacedFact.Of(d)[si] }

// reBeliefPreface is a sentence about other allegations that says how they
// are made: "the allegations in paragraphs 9 through 12 are made", "Plaintiff
// makes the allegations of paragraphs 5 and 6".
var reBeliefPreface = pattern.MustCompile(`(?i)\b(?:allegations|averments|paragraphs?|¶+)\b.*\b(?:are|is)\s+(?:made|alleged|pleaded|averred|asserted)\b|\b(?:makes?|pleads?|asserts?|alleges?)\s+(?:the\s+)?(?:allegations|averments)\s+(?:of|in|contained in|set forth in)\s+(?:paragraphs?|¶+)`)

func readBeliefPrefaced(d *document.Document) map[int]bool {
	out := map[int]bool{}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		loc := lexicon.Ib().FindText(s.Indexed())
		if loc == nil || !AllegationSentence(s) || !reBeliefPreface.MatchText(s.Indexed()) {
			continue
		}
		// A basis in the preface itself ("based on the customers'
		// letters") supports every paragraph it covers. The sentence after
		// it is the first covered allegation, not a basis for the belief.
		if lexicon.IbBasis().Match(s.Text[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + s.Text[loc[1]:]) {
			continue
		}
		for _, ai := range d.NamedAllegations(s.Text) {
			p := &d.Paragraphs[d.Allegations[ai].Paragraph]
			for j := p.FirstSentence; j < p.EndSentence; j++ {
				if j != i {
					out[j] = true
				}
			}
		}
	}
	return out
}
