package interference

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CAInterferenceRelationshipUnidentified reports a California interference
// count that refers only to customers or users in general.
var CAInterferenceRelationshipUnidentified = &lint.Check{
	ID:         "ca-interference-relationship-unidentified",
	Title:      "California interference count identifies no particular relationship",
	Family:     legal.ClaimInterference,
	State:      "CA",
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "California requires an existing economic relationship with a particular third party, probably yielding future benefit (Korea Supply); a relationship with the market at large does not suffice (Westside Ctr.; Roy Allan Slurry Seal).",
		Authority:   authority.Cite(authority.KoreaSupply, authority.Westside, authority.RoyAllan),
		Insufficient: []string{
			"Defendant interfered with Plaintiff's relationships with actual and prospective users.",
			"Plaintiff expected to license its content to AI developers.",
		},
		Sufficient: []string{
			"Plaintiff had licensed its archive to Company X annually since 2019 and was negotiating the 2024 renewal, which X's counsel confirmed in writing on January 9, 2024.",
		},
		Fix:     "Identify each relationship (name or pseudonym), its history, and what Defendant did toward that party.",
		Message: "California requires an existing economic relationship with a particular third party; the count refers only to customers or users in general.",
		Traps: []string{
			"pseudonyms (\"Customer 1\", \"Client A\") with concrete relationship facts",
			"relationships named in the facts and incorporated, or listed in an exhibit",
			"the parties' own names do not identify a third party",
		},
	},
	Run: runCARelationshipUnidentified,
}

func runCARelationshipUnidentified(p *lint.Pass) {
	users := lexicon.CaInterferenceMarket()
	pleaded := lexicon.NyInterferenceRelationshipPleaded()
	terms := plead.DefendantTerms(p.Doc)
	// A clause about customers or users counts even when the sentence also
	// speaks of hiring the plaintiff's employees ("induced the engineers to
	// resign, disrupting its relationships with its customers").
	reportThirdPartyUnidentified(p, func(s *document.Sentence) bool {
		if !pleaded.MatchText(s.Indexed()) {
			return false
		}
		for _, c := range reRelationshipClause.Split(s.Text, -1) {
			if (plead.RelationshipMention(pattern.Plain(c)) || users.Match(c)) && !employeeMention(terms, pattern.Plain(c)) {
				return true
			}
		}
		return false
	}, func() bool { return classActionCounterpartyElsewhere(p) })
}

var reClassAction = pattern.MustCompile(`(?i)\bclass action\b|\ball others similarly situated\b|\bproposed class\b|\bputative class\b`)

// classActionCounterpartyElsewhere reports a class-action complaint whose
// count pleads a market-wide expectancy while the complaint, outside the
// count's scope, names a party the plaintiffs were negotiating or
// licensing with (RULES-FORUM.md §F3.3): the risk stands, as a note.
func classActionCounterpartyElsewhere(p *lint.Pass) bool {
	d := p.Doc
	if !reClassAction.MatchText(d.Indexed(document.Span{End: len(d.Text)})) {
		return false
	}
	inScope := map[int]bool{}
	for _, s := range p.Scope() {
		inScope[s.Index] = true
	}
	deal := lexicon.CaInterferenceNegotiation()
	parties := plead.PartyNames(d)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if inScope[i] || s.Heading || s.Section == document.SectionCaption {
			continue
		}
		if deal.MatchText(s.Indexed()) && identifiesThirdParty(parties, s.Indexed()) {
			return true
		}
	}
	return false
}

// reRelationshipClause splits a sentence where a participial clause states
// the effect on relationships.
var reRelationshipClause = pattern.MustPattern(`;|,\s+(?:and|or|as well as|disrupting|interfering|damaging|harming|destroying)\s+`)
