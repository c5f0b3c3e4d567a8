package dmca

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/forum"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// DMCA1202StandingInjuryUnpled reports a § 1202 count in federal court that
// pleads removal and statutory damages but no concrete harm.
var DMCA1202StandingInjuryUnpled = &lint.Check{
	ID:         "dmca-1202-standing-injury-unpled",
	Title:      "§ 1202 count pleads no concrete injury",
	Family:     legal.ClaimDMCA1202,
	Severity:   lint.Info,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "Article III requires a concrete injury (TransUnion). In the Southern District of New York one court dismissed a § 1202(b) claim because removal of CMI from training data, without dissemination, was not a concrete injury (Raw Story), while another found a property-based harm analogous to copyright (Intercept), which the Northern District of California followed (Kadrey). The split makes this at most a warning, and only in S.D.N.Y.; elsewhere it is info.",
		Authority:   authority.Cite(authority.TransUnion, authority.RawStory, authority.Intercept, authority.KadreyMar2025),
		Insufficient: []string{
			"Defendants' removal of CMI injured Plaintiffs, who are entitled to statutory damages of up to $25,000 per violation.",
			"Plaintiffs have been harmed by the removal of their CMI. (no dissemination, output, lost licence or infringement alleged)",
		},
		Sufficient: []string{
			"Defendant's service output Plaintiff's article verbatim without its byline on at least the occasions in Exhibit E, diverting readers and licensing revenue.",
			"Plaintiff also alleges that the removal concealed Defendant's infringement of its registered works (Count I).",
			"Plaintiff licenses its archive for AI training at published rates (Ex. G); Defendant's removal of CMI deprived Plaintiff of attribution-linked licence fees.",
		},
		Fix:     "Plead the concrete harm: examples of outputs or distribution without CMI, the related infringement, or lost licensing revenue.",
		Message: "The count pleads CMI removal and statutory damages but no concrete harm (dissemination, regurgitated output, lost licensing, or related infringement); a court in this district dismissed a § 1202(b) claim for lack of standing on such allegations (Raw Story), though another allowed one (Intercept).",
		Where:   "federal courts only; warning in S.D.N.Y., info elsewhere",
		Traps: []string{
			"a companion copyright-infringement count",
			"injunctive-relief counts pleading a substantial risk of future output with examples",
			"state-court complaints (Article III does not apply)",
		},
	},
	Run: runDMCA1202Standing,
}

const msgCMIStandingElsewhere = "The count pleads CMI removal and statutory damages but no concrete harm (dissemination, regurgitated output, lost licensing, or related infringement); courts are split on whether removal alone is a concrete injury (Raw Story; Intercept)."

// msgCMIStandingNeutral is the message outside the Second and Ninth
// Circuits, where the split among district courts is not the forum's law
// (RULES-FORUM.md §F1.4): the Supreme Court's test carries it.
const msgCMIStandingNeutral = "The count pleads CMI removal and statutory damages but no concrete harm (dissemination, regurgitated output, lost licensing, or related infringement); district courts are split on whether removal alone is a concrete injury under TransUnion."

func runDMCA1202Standing(p *lint.Pass) {
	if plead.InStateCourt(p) {
		return
	}
	for i := range p.Doc.Counts {
		if i != p.CountIndex && p.Doc.Counts[i].Has(legal.ClaimCopyright) {
			return // the related infringement is pleaded
		}
	}
	injury := lexicon.CmiInjury()
	if plead.ScopeMatches(p, injury) || plead.OwnMatches(p, lexicon.CmiRelatedInfringement()) {
		return
	}
	anchor := cmiAnchor(p, lexicon.CmiHarmClaim())
	if district(p) == "sdny" {
		p.ReportMissing(anchor, lint.Warning, "")
		return
	}
	msg := msgCMIStandingElsewhere
	if !forum.HasProfile(p.Profile.Circuit) {
		msg = msgCMIStandingNeutral
	}
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), msg)
}
