package dmca

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// DMCA1201MeasureUnidentified flags a § 1201 count that says "security measures"
// without naming the technological measure that controlled access — the
// ground Liveperson dismissed Count II on.
var DMCA1201MeasureUnidentified = &lint.Check{
	ID:         "dmca-1201-measure-unidentified",
	Title:      "DMCA count never names the technological measure",
	Family:     legal.ClaimDMCA,
	Severity:   lint.Error,
	Confidence: 0.85,
	Doc: lint.Doc{
		Requirement: "A § 1201(a) claim must identify the technological measure that controlled access to the work. Courts have recognized password protection, encryption, activation and validation keys and a \"secret handshake\" protocol; Liveperson dismissed a DMCA count that named none.",
		Authority:   authority.Cite(authority.DMCA, authority.Liveperson),
		Insufficient: []string{
			"Defendant circumvented LivePerson's security measures to access its back-end systems.",
			"Defendant bypassed the technological protections on Plaintiff's platform.",
			"Defendant defeated the safeguards protecting Plaintiff's copyrighted software.",
			"Defendant evaded Plaintiff's access controls in violation of 17 U.S.C. § 1201(a).",
		},
		Sufficient: []string{
			"Access to the Agent Console requires a per-user password and a time-limited session token issued by LP's authentication server.",
			"LP encrypts its rules files with AES-256; the decryption key is held only on LP's servers.",
			"The LP client and server complete a challenge-response handshake using a shared HMAC secret before the server releases rules data.",
			"LP's on-premises edition will not run without a license key validated against LP's license server.",
		},
		Fix:     "Name the measure, say how it controls access in the ordinary course (what information or process it requires) and which copyrighted work it protects.",
		Message: "The DMCA count never names the technological measure (password, encryption, key, handshake, token) that controlled access to the work; Liveperson dismissed on this ground.",
		Traps: []string{
			"in the Ninth Circuit, a bot built to evade a detection system (an anti-bot scan) names both the measure and the act of circumvention (MDY)",
			"the measure described in the facts and referred to by a defined term (\"the Access Controls\")",
			"trafficking counts name the device but still need the measure it defeats",
			"quoting § 1201(a)(3) (\"to decrypt an encrypted work\") is not pleading encryption",
			"reverse engineering or mimicry without a measure is noted on this finding rather than reported twice",
		},
	},
	Run: runDMCAMeasure,
}

// MimicryNote is the related note that carries
// dmca-1201-mimicry-or-reverse-engineering when this rule fires on the same
// count (RULES.md §3.B: one finding, not two).
const MimicryNote = "dmca-1201-mimicry-or-reverse-engineering: Reverse engineering, mimicry or impersonation is pleaded, but not the access-control measure it defeated; that is not circumvention by itself."

func runDMCAMeasure(p *lint.Pass) {
	if s := evadesDetection(p); s != nil {
		p.Observe("dmca1201.measure", lint.Pleaded, s)
		return
	}
	if !dmcaMeasureMissing(p) {
		tpm := lexicon.Tpm()
		p.Observe("dmca1201.measure", lint.Pleaded, plead.FirstOwn(p, p.Scope(), func(s *document.Sentence) bool { return tpm.MatchText(dmcaText(s)) }))
		return
	}
	// Circumvention pleaded as done by means of credentials or a licence
	// Plaintiff itself issued to Defendant ("used the accounts Vantage had
	// issued to it to circumvent ...") names its gate — the credential —
	// and the defect is authorized access (dmca-1201-authorized-access),
	// not a measure left unnamed. A customer's credentials, or a measure
	// bypassed beside the credential, keep this finding.
	if g, at, third := authorizedGrant(p); g != nil && !third && g.Count == p.CountIndex {
		pt := plead.PartyRoles(p.Doc)
		if t := dmcaText(g); hasVerb(lexicon.Circumvent(), t, pt) && plead.ActorBefore(pt, t, at[0]) == plead.PartyPlaintiff {
			return
		}
	}
	scope := p.Scope()
	pt := plead.PartyRoles(p.Doc)
	var related []lint.Related
	if s, loc := unmatchedMimicry(p); s != nil {
		related = append(related, lint.Related{Span: plead.PhraseSpan(s, loc), Message: MimicryNote})
	}
	// Anchor on the generic phrase in a circumvention sentence when there is
	// one ("circumvented LivePerson's security measures"), else on the first
	// circumvention sentence, else on the heading.
	sev, conf := plead.AbsenceSeverity(p)
	generic := lexicon.TpmGeneric()
	circ := lexicon.Circumvent()
	// Ninth Circuit (RULES-FORUM.md §F3.2): error only when the scope names
	// no measure noun at all and speaks of the measure in generic words
	// only ("security measures"); a bare quotation of the statute, or a
	// measure noun the count never ties to the access, is a warning.
	if p.Profile.Circuit == "9" && sev == lint.Error {
		tpm := lexicon.Tpm()
		if anyMatchText(scope, tpm) || !anyMatchText(scope, generic) {
			sev = lint.Warning
		}
	}
	for _, pick := range []func(*document.Sentence) bool{
		func(s *document.Sentence) bool {
			return s.Count == p.CountIndex && hasVerb(circ, dmcaText(s), pt) && generic.MatchText(dmcaText(s))
		},
		func(s *document.Sentence) bool { return s.Count == p.CountIndex && generic.MatchText(dmcaText(s)) },
		func(s *document.Sentence) bool {
			return hasVerb(circ, dmcaText(s), pt) && generic.MatchText(dmcaText(s))
		},
	} {
		for _, s := range scope {
			if pick(s) {
				loc := generic.FindText(dmcaText(s))
				p.Report(lint.Finding{Span: plead.PhraseSpan(s, loc), Severity: sev, Confidence: conf, Missing: true, Related: related,
					Message: "The DMCA count speaks of " + plead.QuotePhrase(p.Doc, s, loc) + " but never names the technological measure (password, encryption, key, handshake, token) that controlled access to the work; " + plead.Liveperson(p, "Liveperson dismissed on this ground.", "courts have dismissed § 1201(a) counts that named none.")})
				return
			}
		}
	}
	anchor := plead.FirstOwn(p, scope, func(s *document.Sentence) bool {
		return hasVerb(circ, dmcaText(s), pt) && !plead.IsIncorporation(p, s)
	})
	f := lint.Finding{Severity: sev, Confidence: conf, Missing: true, Related: related}
	if anchor != nil {
		f.Span = anchor.Span
	} else {
		f.Span = lint.HeadingLine(p.Doc, p.Count())
	}
	p.Report(f)
}

// anyMatchText reports a lexicon match in the DMCA text of any sentence.
func anyMatchText(ss []*document.Sentence, l *pattern.Lexicon) bool {
	for _, s := range ss {
		if l.MatchText(dmcaText(s)) {
			return true
		}
	}
	return false
}
