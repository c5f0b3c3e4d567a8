package dmca

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// DMCA1201MimicryOrReverseEngineering flags a § 1201 count that rests on
// reverse engineering, mimicry or impersonation without naming the
// access-control measure it defeated. When dmca-1201-measure-unidentified
// reports on the same count, that finding carries this one as a related
// note instead (see MimicryNote), so the rule stays quiet here.
var DMCA1201MimicryOrReverseEngineering = &lint.Check{
	ID:         "dmca-1201-mimicry-or-reverse-engineering",
	Title:      "DMCA count pleads mimicry or reverse engineering, not circumvention",
	Family:     legal.ClaimDMCA,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "Reverse engineering or imitating software is not by itself circumvention of an access control (17 U.S.C. § 1201(a)(3)(A)); the statute even exempts some reverse engineering for interoperability (§ 1201(f)). In Liveperson the complaint alleged that the defendant's software mimicked the plaintiff's, without saying what measure was defeated.",
		Authority:   authority.Cite(authority.Circumvention, authority.Interop, authority.Liveperson),
		Insufficient: []string{
			"After the Agreement terminated, Defendant reverse engineered LP's tag in violation of the DMCA.",
			"Defendant's code impersonated LP's software so that LP's servers would send it data.",
			"Defendant's chat window masqueraded as LP's.",
			"Defendant decompiled LP's client.",
		},
		Sufficient: []string{
			"Defendant's script impersonated the LP client by presenting LP's private API key — which LP ships only in encrypted form and which LP's server requires before releasing rules data — after Defendant decrypted the key from the client library.",
		},
		Fix:     "Identify the measure the imitation was built to defeat and how (key, token, handshake, encryption); otherwise plead the conduct under contract, trade-secret or unfair-competition theories.",
		Message: "Reverse engineering, mimicry or impersonation is pleaded, but not the access-control measure it defeated; that is not circumvention by itself.",
		Traps: []string{
			"in the Ninth Circuit, a bot built to evade a detection system (an anti-bot scan) names both the measure and the act of circumvention (MDY)",
			"\"spoofed the authentication token\" names the measure",
			"emulating a handshake protocol (a handshake is a measure)",
			"when dmca-1201-measure-unidentified fires, this is a related note on that finding, not a second warning",
		},
	},
	Run: runDMCAMimicry,
}

func runDMCAMimicry(p *lint.Pass) {
	if evadesDetection(p) != nil {
		return // the imitation was built to evade a detection system: a measure (MDY)
	}
	if dmcaMeasureMissing(p) {
		return // reported as a related note on dmca-1201-measure-unidentified
	}
	s, loc := unmatchedMimicry(p)
	if s == nil {
		return
	}
	p.Report(plead.AnchorFinding(p, plead.PhraseSpan(s, loc), plead.InCount(p, s), circumventionSentence(p),
		"reverse engineering or mimicry is pleaded here"))
}
