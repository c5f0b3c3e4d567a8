package lanham

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// LanhamDisseminationNotAdvertising reports this pleading gap: the statements are pleaded as
// individual sales conversations, not commercial advertising or promotion
// disseminated to the relevant purchasing public.
var LanhamDisseminationNotAdvertising = &lint.Check{
	ID:         "lanham-dissemination-not-advertising",
	Title:      "False-advertising statements pleaded as one-to-one conversations",
	Family:     legal.ClaimLanhamFA,
	Severity:   lint.Warning,
	Confidence: 0.55,
	Doc: lint.Doc{
		Requirement: "Section 43(a)(1)(B) reaches only statements made in \"commercial advertising or promotion\": statements disseminated sufficiently to the relevant purchasing public. Isolated oral remarks to a few customers are not enough (Fashion Boutique).",
		Authority:   authority.Cite(authority.LanhamFA, authority.FashionBoutique),
		Insufficient: []string{
			"Defendant's sales representative told a Client A executive that LP's software was unreliable.",
			"Defendant disparaged LP in private conversations with certain customers.",
		},
		Sufficient: []string{
			"Defendant e-mailed its 'Chat Benchmark Report' to its full prospect list of about 1,800 e-commerce companies in Q2 2013, most of the market for enterprise chat.",
			"The relevant market has about 30 enterprise buyers; Defendant made the same scripted presentation (Ex. F) to 22 of them.",
		},
		Fix:     "Plead how widely the statement was distributed relative to the market (channels, number of recipients, market size).",
		Message: "The statements are pleaded as individual sales conversations; § 43(a)(1)(B) requires commercial advertising or promotion disseminated to the relevant purchasing public.",
		Traps: []string{
			"small, concentrated markets where a few targeted presentations reach most buyers: info when the complaint pleads the market's size",
			"a one-to-one remark beside a press release, website or campaign carrying the same statements",
			"a customer telling Plaintiff what it heard is not Defendant's statement",
		},
	},
	Run: runLanhamDissemination,
}

const msgLanhamSmallMarket = "The statements are pleaded as individual sales conversations; in a small market a few targeted presentations can be commercial promotion, but plead how many of the relevant buyers received them."

func runLanhamDissemination(p *lint.Pass) {
	if !lanhamFAApplies(p) {
		p.ObserveNotChecked("lanham-fa.advertising", "the count pleads a trademark theory, not false advertising")
		return
	}
	scope := p.Scope()
	dterms := plead.DefendantNames(p.Doc)
	oneToOne := lexicon.LanhamOneToOne()
	mass := lexicon.LanhamMass()
	var private []*document.Sentence
	for _, s := range scope {
		if !plead.MentionsDefendant(dterms, s.Indexed()) {
			continue
		}
		if mass.MatchText(s.Indexed()) {
			p.Observe("lanham-fa.advertising", lint.Pleaded, s)
			return
		}
		if oneToOne.MatchText(s.Indexed()) && plead.StatementSentence(p, dterms, s) {
			private = append(private, s)
		}
	}
	if len(private) == 0 {
		// Neither mass dissemination nor one-to-one statements.
		p.Observe("lanham-fa.advertising", lint.Thin)
		return
	}
	anchor := plead.PreferOwn(p, private)
	for _, s := range scope {
		if lexicon.LanhamMarketSize().MatchText(s.Indexed()) {
			p.ReportMissing(anchor, lint.Info, msgLanhamSmallMarket)
			return
		}
	}
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}
