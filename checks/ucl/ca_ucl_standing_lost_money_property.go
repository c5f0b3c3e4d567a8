package ucl

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CAUCLStandingLostMoneyProperty reports a UCL or FAL count that pleads harm
// only in general terms, without money or property the plaintiff lost.
var CAUCLStandingLostMoneyProperty = &lint.Check{
	ID:         "ca-ucl-standing-lost-money-property",
	Title:      "UCL/FAL count pleads no lost money or property",
	Severity:   lint.Warning,
	Confidence: 0.65,
	Doc: lint.Doc{
		Requirement: "A private plaintiff under the UCL or the FAL must have suffered injury in fact and lost money or property as a result of the practice (§§ 17204, 17535): economic injury caused by it (Kwikset).",
		Authority:   authority.Cite(authority.Section17204, authority.Kwikset),
		Insufficient: []string{
			"Plaintiff has been harmed by Defendant's unfair business practices.",
			"Defendant's conduct injured Plaintiff and the public.",
			"Plaintiffs are entitled to restitution. (no loss of money or property pleaded)",
		},
		Sufficient: []string{
			"Plaintiff paid $49 for the Pro plan in reliance on the 'no data retention' statement and would not have bought it had the statement been true.",
			"Plaintiff lost the $1.2 million Client A contract when Client A switched after receiving Defendant's false benchmark report.",
		},
		Fix:     "Plead what Plaintiff paid or lost, and how the practice caused it.",
		Message: "A private UCL/FAL plaintiff must plead lost money or property caused by the practice (§ 17204; Kwikset); the count pleads harm only in general terms.",
		Where:   "UCL and FAL counts, in any forum (the statute makes California law govern them)",
		Traps: []string{
			"public-prosecutor or injunctive-only representative claims",
			"competitor plaintiffs: lost sales suffice, and reliance is not checked for them",
			"a loss pleaded in the facts and incorporated",
		},
	},
	Run: runCAUCLStanding,
}

const msgUCLReliance = "The count pleads a purchase or payment but not that Plaintiff relied on the challenged statement; the loss must be caused by the practice (§ 17204; Kwikset)."

func runCAUCLStanding(p *lint.Pass) {
	c := p.Count()
	if !countIs(c, legal.ClaimUCL, legal.ClaimFAL) {
		return
	}
	money := lexicon.CaUclMoney()
	plaintiff := lexicon.CaUclPlaintiff()
	terms := plead.PlaintiffTerms(p.Doc)
	var paid bool
	for _, s := range p.Scope() {
		// The sentence's own words: a defined term's definition naming the
		// plaintiff does not make the plaintiff the one who paid.
		text := s.Text
		if (money.MatchText(s.Indexed()) || len(legal.Money(text)) > 0) && (plaintiff.MatchText(s.Indexed()) || plead.NamesAny(text, terms)) {
			paid = true
			break
		}
	}
	harm := lexicon.CmiHarmClaim()
	anchor := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool {
		return !plead.IsIncorporation(p, s) && (harm.MatchText(s.Indexed()) || lexicon.CaUclRestitution().MatchText(s.Indexed()))
	})
	if !paid {
		p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
		return
	}
	// A fraud theory needs the loss to follow from reliance on the
	// statement; a competitor's lost sales are not checked for reliance.
	fraud := c.Has(legal.ClaimFAL) || plead.OwnMatches(p, lexicon.CaUclFraudTheory())
	if fraud && !plead.ScopeMatches(p, lexicon.CaUclReliance()) && !plead.ScopeMatches(p, lexicon.CaUclCompetitor()) {
		if s := plead.OwnAnchor(p, money); s != nil {
			anchor = s
		}
		p.ReportMissing(anchor, lint.Info, msgUCLReliance)
	}
}
