package interference

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// NYInterferenceWrongfulMeansMissing reports this pleading gap: a prospective-relations (or at-will
// contract) interference count that pleads only labels — "improper",
// "malicious" — and no wrongful means.
var NYInterferenceWrongfulMeansMissing = &lint.Check{
	ID:         "ny-interference-wrongful-means-missing",
	Title:      "Prospective-relations interference count pleads no wrongful means",
	Family:     legal.ClaimInterference,
	Severity:   lint.Warning,
	Confidence: 0.6,
	NY:         true,
	Doc: lint.Doc{
		Requirement: "For interference with prospective relations, and with contracts terminable at will, New York requires wrongful means: as a general rule conduct amounting to a crime or an independent tort (fraud, misrepresentation, threats, some economic pressure), directed at the third party, or conduct undertaken solely to harm the plaintiff. Persuasion and ordinary competition are not enough.",
		Authority:   authority.Cite(authority.GuardLife, authority.Carvel),
		Insufficient: []string{
			"Defendant intentionally and improperly interfered with LP's prospective business relations.",
			"Defendant's interference was malicious and without justification.",
			"Defendant offered LP's customers lower prices to switch.",
		},
		Sufficient: []string{
			"In an April 2013 e-mail to Client A's CIO (Ex. G), Defendant attached fabricated uptime figures claiming LP's platform 'crashes weekly'.",
			"Defendant's script, deployed on Client B's site, suppressed LP's chat invitations, degrading LP's measured performance.",
			"Defendant used LP's confidential Client C design documents, in breach of the NDA, to underbid LP.",
		},
		Fix:     "Plead the specific wrongful conduct directed at each customer (what was said or done, when, to whom) and why it is independently tortious or unlawful.",
		Message: "For prospective relations (and at-will contracts), New York requires wrongful means such as fraud, misrepresentation or an independent tort; the count pleads no such means, only labels.",
		Traps: []string{
			"existing-contract counts with a pleaded breach (wrongful means not required there)",
			"defamation, trade-secret or false-advertising counts incorporated or cross-referenced",
			"disparagement or sabotage pleaded in the facts and incorporated",
			"employee-only counts (see ny-interference-at-will-employees)",
		},
	},
	Run: runNYWrongfulMeansMissing,
}

func runNYWrongfulMeansMissing(p *lint.Pass) {
	if plead.PleadsOtherStateLaw(p) {
		return
	}
	terms := plead.DefendantTerms(p.Doc)
	own, scope := p.Own(), p.Scope()
	th := plead.InterferenceTheoryOf(p)
	atWill := plead.AtWillRelationship(scope)
	if !th.Prospective && !atWill {
		p.ObserveNotChecked("ny-interference-prospective.wrongful-means", "an existing-contract count")
		return // an existing-contract count: ny-interference-contract-breach-missing
	}
	// An employee-only count headed as one for prospective relations is
	// judged by that standard too: the wrongful means it needs are the same
	// whoever the relationship is with. Any other employee-only count is
	// left to ny-interference-at-will-employees.
	if ownTheoryIsOnlyEmployees(terms, own) && !lexicon.NyInterferenceProspective().Match(p.Count().Title) {
		p.ObserveNotChecked("ny-interference-prospective.wrongful-means", "the count's own theory is only about employees")
		return // ny-interference-at-will-employees reads employee theories
	}
	parties := plead.PartyNames(p.Doc)
	if th.Contract && !th.Prospective {
		for _, s := range scope {
			if thirdPartyBreach(parties, terms, s.Indexed()) {
				p.Observe("ny-interference-prospective.wrongful-means", lint.Pleaded, s)
				return
			}
		}
	}
	if tortCountReferenced(p) {
		p.Observe("ny-interference-prospective.wrongful-means", lint.Pleaded)
		return
	}
	for _, s := range scope {
		// Means pleaded only under a blanket information-and-belief
		// preface that states no basis are not pleaded as fact.
		if plead.BeliefPrefaced(p.Doc, s.Index) {
			continue
		}
		text := plead.WithTermDefinitions(p, s)
		if wrongfulMeans(text) || sabotage(text) {
			p.Observe("ny-interference-prospective.wrongful-means", lint.Pleaded, s)
			return
		}
	}
	anchor := interferenceAnchor(p, func(s *document.Sentence) bool { return plead.RelationshipMention(s.Indexed()) })
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}
