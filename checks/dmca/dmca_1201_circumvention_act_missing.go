package dmca

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// DMCA1201CircumventionActMissing flags a § 1201 count that names a
// technological measure but never says how Defendant defeated it — only
// that Defendant accessed or obtained what it protected.
var DMCA1201CircumventionActMissing = &lint.Check{
	ID:         "dmca-1201-circumvention-act-missing",
	Title:      "DMCA count names a measure but not how it was circumvented",
	Family:     legal.ClaimDMCA,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "To \"circumvent\" is to descramble, decrypt, or otherwise avoid, bypass, remove, deactivate or impair a technological measure (17 U.S.C. § 1201(a)(3)(A)); merely accessing a protected resource is not enough.",
		Authority:   authority.Cite(authority.Circumvention),
		Insufficient: []string{
			"LP's portal is password-protected. Defendant accessed the portal and copied LP's reports.",
			"LP's files are encrypted; Defendant obtained them.",
			"Defendant gained access to LP's key-protected software.",
		},
		Sufficient: []string{
			"Defendant extracted the decryption key from the LP client library and used it to decrypt the rules files on or about May 2013.",
			"Defendant replayed captured session tokens to obtain responses without authenticating.",
			"Defendant patched the binary to skip the license-server check.",
		},
		Fix:     "Describe the act of circumvention (what was decrypted, bypassed, forged, patched) and when.",
		Message: "A measure is named, but the count never says how Defendant decrypted, bypassed, disabled or otherwise defeated it.",
		Traps: []string{
			"in the Ninth Circuit, a bot built to evade a detection system (an anti-bot scan) names both the measure and the act of circumvention (MDY)",
			"\"circumvented\" used with the named measure",
			"trafficking counts (§ 1201(a)(2), (b)): the act is offering a device",
			"Plaintiff's own acts (\"LP disabled Defendant's credentials\") are not circumvention by Defendant",
			"when no measure is named at all, dmca-1201-measure-unidentified reports instead",
		},
	},
	Run: runDMCACircumventionAct,
}

func runDMCACircumventionAct(p *lint.Pass) {
	if s := evadesDetection(p); s != nil {
		p.Observe("dmca1201.circumvention", lint.Pleaded, s)
		return
	}
	if dmcaMeasureMissing(p) {
		p.ObserveNotChecked("dmca1201.circumvention", "no technological measure is pleaded")
		return
	}
	if isTrafficking(p) {
		p.ObserveNotChecked("dmca1201.circumvention", "a trafficking count: no act of circumvention is alleged")
		return
	}
	circ := lexicon.Circumvent()
	tpm := lexicon.Tpm()
	work := lexicon.DmcaWorkNoun()
	pt := plead.PartyRoles(p.Doc)
	for _, s := range p.Scope() {
		t := dmcaText(s)
		for _, loc := range verbMatches(circ, t, pt) {
			if plead.ActorBefore(pt, t, loc[0]) == plead.PartyPlaintiff {
				continue
			}
			near := neighbours(p.Doc, s) + " " + defsText(p, s, pt)
			if tpm.Match(near) || work.MatchText(t) {
				p.Observe("dmca1201.circumvention", lint.Pleaded, s)
				return
			}
		}
	}
	access := lexicon.DmcaAccessVerb()
	anchor := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool {
		return !plead.IsIncorporation(p, s) && access.MatchText(dmcaText(s)) && plead.MentionsDefendant(pt.Defendant, s.Indexed())
	})
	if anchor == nil {
		anchor = plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool { return !plead.IsIncorporation(p, s) && tpm.MatchText(dmcaText(s)) })
	}
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}
