package contract

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// ContractProvisionsUnidentified reports this pleading gap: a breach-of-contract count that never
// says which provision was breached (warning), or never pleads the
// plaintiff's performance or its damages (info).
var ContractProvisionsUnidentified = &lint.Check{
	ID:         "contract-provisions-unidentified",
	Title:      "Contract count does not identify the provision breached",
	Family:     legal.ClaimContract,
	Severity:   lint.Warning,
	Confidence: 0.55,
	Doc: lint.Doc{
		Requirement: "Under New York law a contract claim needs an agreement, adequate performance by the plaintiff, breach by the defendant, and damages; the complaint should identify the provisions breached. Liveperson's contract count survived because it identified the agreements, the obligations and the defendant's misuse. Conditions precedent may be alleged generally (Rule 9(c)).",
		Authority:   authority.Cite(authority.Harsco),
		Insufficient: []string{
			"Defendant breached the Agreements.",
			"Defendant breached its contractual obligations to LP.",
			"Defendant violated the parties' understanding.",
		},
		Sufficient: []string{
			"Section 7.2 of the 2007 Co-Marketing Agreement (Ex. B) permits Defendant to use LP Confidential Information 'solely to perform its obligations hereunder'; from 2012 Defendant used LP's client rules to configure its own platform for Client A, breaching § 7.2. LP performed all its obligations, and lost the Client A account (about $1.1 million a year) as a result.",
		},
		Fix:     "Identify the agreement, quote or cite the provisions breached, describe the breaching conduct with dates, and plead your own performance and resulting damages.",
		Message: "The contract count does not identify which provision Defendant breached (or plaintiff's performance/damages).",
		Traps: []string{
			"agreements described by their obligations in plain words (\"agreed not to use LP's data except for joint clients\")",
			"provisions quoted or cited in the facts section and incorporated",
			"missing performance or damages is reported as information only",
		},
	},
	Run: runContractProvisions,
}

// The info messages for a count that identifies the provisions breached
// but not every other element. The element chart (checks/elements.go)
// tells from the message which elements to mark missing, so each branch
// has its own exact text.
const (
	// MsgNoPerformance is for damages pleaded and plaintiff's own
	// performance not.
	MsgNoPerformance = "The contract count identifies the provisions breached but does not plead plaintiff's own performance."
	// MsgNoDamages is for performance pleaded and damages not.
	MsgNoDamages = "The contract count identifies the provisions breached but does not plead plaintiff's damages."
	// MsgNeither is for neither performance nor damages pleaded.
	MsgNeither = "The contract count identifies the provisions breached but does not plead plaintiff's own performance or its damages."
)

func runContractProvisions(p *lint.Pass) {
	provision := lexicon.ContractProvision()
	performance := lexicon.ContractPerformance()
	damages := lexicon.ContractDamages()
	breach := lexicon.ContractBreach()
	scope := p.Scope()
	identified, performed, damaged := false, false, false
	var identifiedAt, performedAt, damagedAt *document.Sentence
	inc := p.Count().IncorporationSentence
	pleaded := pleadedAgreements(scope)
	for _, s := range scope {
		if inc >= 0 && s == &p.Doc.Sentences[inc] {
			continue // "incorporates paragraphs 4 through 6" cites the complaint, not the contract
		}
		if !identified && (provision.MatchText(s.Indexed()) || plead.QuotedStatement(s.Indexed()) != nil) && (agreementSentence(p, s) || agreementParagraph(p, s) || namesPleadedAgreement(s, pleaded)) {
			identified, identifiedAt = true, s
		}
		if !performed && performance.MatchText(s.Indexed()) {
			performed, performedAt = true, s
		}
		if !damaged && (damages.MatchText(s.Indexed()) || len(legal.Money(s.Text)) > 0) {
			damaged, damagedAt = true, s
		}
	}
	// What the rule's signals found, for the element chart; the rule has
	// no branch for an absent agreement (ELEMENTS.md open point 3).
	if identified {
		p.Observe("contract.agreement", lint.Pleaded, identifiedAt)
		p.Observe("contract.breach", lint.Pleaded, identifiedAt)
	} else {
		p.ObserveNotChecked("contract.agreement", "no rule branch decides an absent agreement")
	}
	for _, el := range []struct {
		id string
		at *document.Sentence
	}{{"contract.performance", performedAt}, {"contract.damages", damagedAt}} {
		switch {
		case el.at != nil:
			p.Observe(el.id, lint.Pleaded, el.at)
		case !identified:
			p.ObserveNotChecked(el.id, "decided once a breached provision is identified")
		}
	}
	anchor := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool { return breach.MatchText(s.Indexed()) })
	if anchor != nil && anchor.Count != p.CountIndex {
		anchor = nil
	}
	if !identified {
		p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
		return
	}
	var msg string
	switch {
	case performed && damaged:
		return
	case !performed && !damaged:
		msg = MsgNeither
	case !performed:
		msg = MsgNoPerformance
	default:
		msg = MsgNoDamages
	}
	p.ReportMissing(anchor, lint.Info, msg)
}
