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

// CAInterferenceIndependentlyWrongfulActMissing reports a California
// interference count about prospective relations or an at-will contract
// that names no act proscribed by a legal standard.
var CAInterferenceIndependentlyWrongfulActMissing = &lint.Check{
	ID:         "ca-interference-independently-wrongful-act-missing",
	Title:      "California interference count names no independently wrongful act",
	Family:     legal.ClaimInterference,
	State:      "CA",
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "Under California law, interference with prospective economic advantage, and with a contract terminable at will, requires an independently wrongful act: conduct proscribed by some constitutional, statutory, regulatory, common-law or other determinable legal standard, beyond the interference itself. Ordinary competition is not such an act.",
		Authority:   authority.Cite(authority.KoreaSupply, authority.DellaPenna, authority.Ixchel),
		Insufficient: []string{
			"Defendant intentionally and wrongfully interfered with Plaintiff's prospective economic relationships with its customers.",
			"Defendant's conduct was independently wrongful, improper and unfair.",
			"Defendant lured Client A away with lower prices. (competition, not a wrongful act)",
		},
		Sufficient: []string{
			"Defendant induced Client A to switch by telling its CIO on June 2 that Plaintiff's platform had been 'breached twice this year' — a statement Defendant knew was false (trade libel and a violation of § 17500, see Counts IV–V).",
			"Defendant obtained the bid documents by accessing Plaintiff's file server after its credentials were revoked (Count II, 18 U.S.C. § 1030).",
		},
		Fix:     "Identify the independent wrong (which statute or tort), the conduct that commits it, and how it was directed at the third party.",
		Message: "Under California law, interference with prospective relations or an at-will contract requires an independently wrongful act — one proscribed by a statute, regulation or common-law rule (Korea Supply; Ixchel); the count pleads only labels.",
		Traps: []string{
			"interference with a contract not terminable at will (no wrongful act needed)",
			"the wrongful act pleaded in an incorporated count or a count cited by number",
			"\"independently wrongful\" itself is a label, not an act",
			"employee-only counts (see ca-interference-at-will-employees)",
		},
	},
	Run: runCAIndependentlyWrongfulAct,
}

func runCAIndependentlyWrongfulAct(p *lint.Pass) {
	terms := plead.DefendantTerms(p.Doc)
	own, scope := p.Own(), p.Scope()
	th := plead.InterferenceTheoryOf(p)
	const el = "ca-interference-prospective.wrongful-act"
	if !th.Prospective && !plead.AtWillRelationship(scope) {
		p.ObserveNotChecked(el, "an existing-contract count")
		return // an existing contract: California needs no wrongful act
	}
	if ownTheoryIsOnlyEmployees(terms, own) && caEmployeeRuleReads(terms, own) {
		p.ObserveNotChecked(el, "the count's own theory is only about employees")
		return // ca-interference-at-will-employees reads employee theories
	}
	if tortCountReferenced(p) {
		p.Observe(el, lint.Pleaded)
		return
	}
	wrongful, not := lexicon.CaInterferenceWrongful(), lexicon.NyInterferenceNotWrongful()
	statute := lexicon.CaUclPredicate()
	for _, s := range scope {
		text := plead.WithTermDefinitions(p, s)
		if matchWithout(wrongful, not, pattern.Plain(text)) || sabotage(text) {
			p.Observe(el, lint.Pleaded, s)
			return
		}
		if s.Count == p.CountIndex && statute.Match(text) {
			p.Observe(el, lint.Pleaded, s)
			return // a statute or another count named as the wrong
		}
	}
	anchor := interferenceAnchor(p, func(s *document.Sentence) bool { return plead.RelationshipMention(s.Indexed()) })
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}

// caEmployeeRuleReads reports whether ca-interference-at-will-employees
// reads the count, by the test that rule applies: some own sentence is about
// hiring the plaintiff's staff. Only then is an employees-only count left to
// it; a count that names the person under contract by a job title ("he was
// under contract as lead designer") but pleads no hiring of staff is read
// here, or neither rule would.
func caEmployeeRuleReads(terms []string, own []*document.Sentence) bool {
	hiring, staff := lexicon.NyInterferenceHiring(), lexicon.CaInterferenceStaff()
	for _, s := range own {
		if employeeTheorySentence(terms, s.Indexed()) || ((employeeMention(terms, s.Indexed()) || staff.MatchText(s.Indexed())) && hiring.MatchText(s.Indexed())) {
			return true
		}
	}
	return false
}
