package lanham

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// LanhamFalsityTheoryUnstated reports this pleading gap: the count calls the statements false without
// saying what the truth is or why buyers are misled.
var LanhamFalsityTheoryUnstated = &lint.Check{
	ID:         "lanham-falsity-theory-unstated",
	Title:      "False-advertising count never says why the statements are false",
	Family:     legal.ClaimLanhamFA,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "A false-advertising plaintiff proves either literal falsity (explicit, or by necessary implication for an unambiguous message) or that a literally true statement misleads buyers; the theory decides what must be shown (Time Warner Cable). A count that only calls the statements false gives neither.",
		Authority:   authority.TimeWarner,
		Insufficient: []string{
			"The statements are false and misleading.",
			"Defendant's claims are untrue.",
		},
		Sufficient: []string{
			"The statement is literally false: LP's predictive-targeting chat, which triggered chats from real-time behavioural prediction, was on sale from 2009, four years before Acme's launch.",
			"Even if literally true, the comparison misleads because it sets Acme's 2013 conversion rates against LP's 2008 rates; buyers read it as a same-period comparison.",
		},
		Fix:     "For each statement, state the true facts and whether the claim is literally false (explicitly or by necessary implication) or misleading, and how buyers read it.",
		Message: "The count calls the statements false without saying what the truth is or why buyers are misled (literal falsity vs. misleading).",
		Traps: []string{
			"the reason is pleaded in the facts section and incorporated",
			"\"because of\" (causation of damage) is not a reason the statement is false",
		},
	},
	Run: runLanhamFalsity,
}

func runLanhamFalsity(p *lint.Pass) {
	if !lanhamFAApplies(p) {
		p.ObserveNotChecked("lanham-fa.falsity", "the count pleads a trademark theory, not false advertising")
		return
	}
	scope := p.Scope()
	falsity := lexicon.LanhamFalsity()
	reason := lexicon.LanhamReason()
	near := lexicon.LanhamReasonNear()
	var falseAt []*document.Sentence
	for _, s := range scope {
		if reason.MatchText(s.Indexed()) {
			p.Observe("lanham-fa.falsity", lint.Pleaded, s)
			return
		}
		if falsity.MatchText(s.Indexed()) {
			falseAt = append(falseAt, s)
		}
	}
	if len(falseAt) == 0 {
		p.ObserveNotChecked("lanham-fa.falsity", "no statement is pleaded as false or misleading")
		return
	}
	// A weaker reason counts beside the falsity word: in the same sentence
	// or the same numbered paragraph.
	for _, s := range falseAt {
		if near.MatchText(s.Indexed()) || (s.Allegation >= 0 && near.MatchText(plead.ParagraphIndexed(p.Doc, s))) {
			// A generic reason beside the falsity word.
			p.Observe("lanham-fa.falsity", lint.Thin, s)
			return
		}
	}
	p.ReportMissing(plead.PreferOwn(p, falseAt), p.Check.SeverityIn(p.Profile), "")
}
