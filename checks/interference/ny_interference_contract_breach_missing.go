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

// NYInterferenceContractBreachMissing reports this pleading gap: an existing-contract interference
// count that never pleads the third party's actual breach or the
// defendant's knowledge of the contract.
var NYInterferenceContractBreachMissing = &lint.Check{
	ID:         "ny-interference-contract-breach-missing",
	Title:      "Contract-interference count pleads no breach by the third party",
	Family:     legal.ClaimInterference,
	Severity:   lint.Warning,
	Confidence: 0.55,
	NY:         true,
	Doc: lint.Doc{
		Requirement: "Interference with an existing contract under New York law requires a valid contract between the plaintiff and a third party, the defendant's knowledge of it, the defendant's intentional procurement of the third party's breach without justification, an actual breach, and damages. A contract terminable at will is judged under the prospective-relations standard instead.",
		Authority:   authority.Cite(authority.LamaHolding, authority.NBTBancorp),
		Insufficient: []string{
			"Defendant interfered with LP's contracts with its clients.",
			"Client A reduced its purchases from LP. (where the contract allowed it)",
			"Clients terminated their relationships with LP. (terminable at will: prospective standard)",
		},
		Sufficient: []string{
			"Client A terminated its 2012-2015 subscription agreement in June 2013, 18 months early and without the cause the agreement requires, after Defendant ...",
			"Defendant knew of the agreement because it serviced Client A's account under it.",
		},
		Fix:     "Identify the contract, the third party's breach (what term, when) and how Defendant knew of the contract and procured the breach.",
		Message: "Interference with an existing contract requires that the third party actually breached it, with Defendant's knowledge; the count pleads neither.",
		Traps: []string{
			"contracts terminable at will: routed to ny-interference-wrongful-means-missing",
			"a breach by the defendant of its own contract with the plaintiff is not the third party's breach",
			"knowledge pleaded in the facts (\"serviced the account under the agreement\") and incorporated",
		},
	},
	Run: runNYContractBreachMissing,
}

// The messages of a count that pleads one of the two elements. The element
// chart (checks/elements.go) tells from the message which one to mark
// missing; the rule's own message (both missing) marks both.
const (
	// MsgNYNoThirdPartyBreach is for Defendant's knowledge of the contract
	// pleaded and the third party's breach not.
	MsgNYNoThirdPartyBreach = "Interference with an existing contract requires that the third party actually breached it, with Defendant's knowledge; the count does not plead the third party's breach."
	// MsgNYNoKnowledge is for the third party's breach pleaded and
	// Defendant's knowledge of the contract not.
	MsgNYNoKnowledge = "Interference with an existing contract requires that the third party actually breached it, with Defendant's knowledge; the count does not plead that Defendant knew of the contract."
)

func runNYContractBreachMissing(p *lint.Pass) {
	if plead.PleadsOtherStateLaw(p) {
		return
	}
	th := plead.InterferenceTheoryOf(p)
	notChecked := func(why string) {
		p.ObserveNotChecked("ny-interference-contract.knowledge", why)
		p.ObserveNotChecked("ny-interference-contract.breach", why)
	}
	if !th.Contract || th.Prospective {
		notChecked("the count pleads prospective relations, read under the wrongful-means standard")
		return
	}
	terms := plead.DefendantTerms(p.Doc)
	scope := p.Scope()
	if plead.AtWillRelationship(scope) {
		notChecked("the contracts are at will, read under the wrongful-means standard")
		return // at-will contracts: ny-interference-wrongful-means-missing
	}
	parties := plead.PartyNames(p.Doc)
	knowledge := lexicon.NyInterferenceKnowledge()
	con := lexicon.NyInterferenceContract()
	breach, knew := false, false
	for _, s := range scope {
		text := plead.WithTermDefinitions(p, s)
		if !breach && thirdPartyBreach(parties, terms, pattern.Plain(text)) {
			breach = true
			p.Observe("ny-interference-contract.breach", lint.Pleaded, s)
		}
		if !knew && knowledge.Match(text) && (con.Match(text) || plead.RelationshipMention(pattern.Plain(text)) || reAgreementWord.MatchString(text)) {
			knew = true
			p.Observe("ny-interference-contract.knowledge", lint.Pleaded, s)
		}
	}
	msg := ""
	switch {
	case breach && knew:
		return
	case knew:
		msg = MsgNYNoThirdPartyBreach
	case breach:
		msg = MsgNYNoKnowledge
	}
	anchor := interferenceAnchor(p, func(s *document.Sentence) bool {
		return con.MatchText(s.Indexed()) || plead.RelationshipMention(s.Indexed())
	})
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), msg)
}
