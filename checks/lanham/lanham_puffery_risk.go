package lanham

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// LanhamPufferyRisk reports this pleading gap: the challenged words are subjective boasting — "best",
// "leading", "world-class" — with nothing measurable attached.
var LanhamPufferyRisk = &lint.Check{
	ID:         "lanham-puffery-risk",
	Title:      "Challenged statement may be non-actionable puffery",
	Family:     legal.ClaimLanhamFA,
	Severity:   lint.Info,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "Puffery — subjective, general, unmeasurable boasting, or exaggeration no reasonable buyer would rely on — is not actionable under the Lanham Act (Time Warner Cable). A challenge should rest on a specific, measurable claim.",
		Authority:   authority.TimeWarner,
		Insufficient: []string{
			"the industry's leading engagement platform",
			"world-class, best-in-class chat",
			"the smartest chat on the market",
			"revolutionary, next-generation technology",
		},
		Sufficient: []string{
			"the first platform commercially available with real-time predictive chat invitations",
			"triples conversion rates",
			"99.99% uptime in 2013",
			"LivePerson's conversion rate is 0.8%",
		},
		Fix:     "Focus the count on the verifiable part of the statement and explain how it can be proven false.",
		Message: "The challenged words may be non-actionable puffery unless the complaint ties them to a specific, measurable claim.",
		Traps: []string{
			"puff words next to a specific, testable claim (\"best price: $9.99/month, lower than any competitor\")",
			"\"first\" alone is a verifiable claim; it is a puff only beside a vague descriptor (\"first smart chat\")",
			"defined-term quotations (the “Platform”) and Plaintiff's own slogans are not challenged statements",
		},
	},
	Run: runLanhamPuffery,
}

// isPuffery reports a quoted statement made of puff words with no number,
// date or concrete feature.
func isPuffery(q string) bool {
	if !lexicon.LanhamPuff().Match(q) {
		return false
	}
	for _, r := range q {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	if lexicon.LanhamConcrete().Match(q) || legal.HasTime(q) {
		return false
	}
	return true
}

func runLanhamPuffery(p *lint.Pass) {
	if !lanhamFAApplies(p) {
		return
	}
	dterms := plead.DefendantNames(p.Doc)
	seen := map[string]bool{}
	// Where counts split the incorporated statements between them by
	// paragraph ("the innovator statements in paragraph 5", "the music
	// ads in paragraph 7"), a count answers only for its own: another
	// count's boasts are no puffery in this one.
	focus := challengeFocusOf(p)
	for _, s := range p.Scope() {
		if !plead.StatementSentence(p, dterms, s) || !focus.challenged(p, s) {
			continue
		}
		for _, q := range plead.Quotations(s.Indexed()) {
			text := s.Text[q.Start:q.End]
			if seen[text] || !isPuffery(text) {
				continue
			}
			seen[text] = true
			p.ReportPhrase(plead.PhraseSpan(s, []int{q.Start, q.End}))
		}
	}
}
