package ucl

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CAUCLRemedyMismatch reports UCL/FAL counts that seek damages or
// nonrestitutionary disgorgement, or restitution in federal court without
// pleading that legal remedies are inadequate.
var CAUCLRemedyMismatch = &lint.Check{
	ID:         "ca-ucl-remedy-mismatch",
	Title:      "UCL/FAL count seeks relief the statute does not give",
	Severity:   lint.Info,
	Confidence: 0.55,
	Doc: lint.Doc{
		Requirement: "UCL remedies are injunction and restitution; damages and nonrestitutionary disgorgement are not available (Korea Supply). In federal court, equitable restitution under the UCL requires that legal remedies be inadequate (Sonner).",
		Authority:   authority.Cite(authority.KoreaSupply, authority.Sonner),
		Insufficient: []string{
			"Plaintiff seeks compensatory and punitive damages under § 17200.",
			"Plaintiff is entitled to disgorgement of all profits Defendant earned from the model.",
		},
		Sufficient: []string{
			"Plaintiff seeks restitution of the subscription fees it paid and an injunction; damages are unavailable under the UCL, and Plaintiff's legal remedies are inadequate because the practice continues and no damages measure captures it.",
		},
		Fix:     "Limit UCL relief to restitution and injunction and plead why legal remedies are inadequate.",
		Message: "The UCL allows restitution and injunctive relief, not damages or nonrestitutionary disgorgement (Korea Supply); in federal court, restitution also requires pleading that legal remedies are inadequate (Sonner).",
		Where:   "UCL and FAL counts, in any forum; the restitution point only in federal court",
		Traps: []string{
			"a prayer for damages plainly tied to other counts",
			"\"damages are unavailable under the UCL\" disclaims damages",
			"state-court complaints (the Sonner point is a federal-court rule)",
		},
	},
	Run: runCAUCLRemedy,
}

const msgUCLSonner = "The count seeks restitution under the UCL but does not plead that legal remedies are inadequate; in federal court, equitable restitution requires it (Sonner)."

func runCAUCLRemedy(p *lint.Pass) {
	if !countIs(p.Count(), legal.ClaimUCL, legal.ClaimFAL) {
		return
	}
	remedy, disclaimed := lexicon.CaUclRemedy(), lexicon.CaUclRemedyDisclaimed()
	restitution, inadequate := lexicon.CaUclRestitution(), lexicon.CaUclInadequate()
	var restitutionAt = -1
	own := p.Own()
	for i, s := range own {
		if plead.IsIncorporation(p, s) {
			continue
		}
		if loc := remedy.Find(plead.Blank(disclaimed, s.Text)); loc != nil {
			p.Report(lint.Finding{Span: plead.PhraseSpan(s, loc), Severity: p.Check.SeverityIn(p.Profile)})
			return
		}
		if restitutionAt < 0 && restitution.MatchText(s.Indexed()) {
			restitutionAt = i
		}
	}
	if restitutionAt < 0 || plead.InStateCourt(p) || plead.OwnMatches(p, inadequate) {
		return
	}
	p.ReportMissing(own[restitutionAt], p.Check.SeverityIn(p.Profile), msgUCLSonner)
}
