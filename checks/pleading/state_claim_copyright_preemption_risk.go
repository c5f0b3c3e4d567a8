package pleading

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// StateClaimCopyrightPreemptionRisk reports this pleading gap: a state-law count (unfair competition,
// unjust enrichment, conversion) in a complaint that also pleads copyright,
// whose operative acts are only the copyright owner's exclusive rights.
// Federal preemption applies whatever state's law the count pleads, so the
// rule is not tagged NY.
var StateClaimCopyrightPreemptionRisk = &lint.Check{
	ID:         "state-claim-copyright-preemption-risk",
	Title:      "State-law count rests only on copying (§ 301 preemption risk)",
	Severity:   lint.Info,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "17 U.S.C. § 301 preempts state-law claims that rest only on copying, distributing or displaying a work within the subject matter of copyright; claims with an extra element that makes them qualitatively different, such as breach of a confidential relationship, survive.",
		Authority:   authority.Cite(authority.Copyright301, authority.Kregos, authority.Briarpatch),
		Insufficient: []string{
			"Defendant unfairly competed by copying and selling LP's copyrighted software.",
			"Defendant was unjustly enriched by reproducing and distributing LP's code.",
		},
		Sufficient: []string{
			"...by using LP's confidential rules, disclosed to it under the 2007 Agreement's confidentiality clause, in breach of that confidence.",
			"...by passing off LP's product as its own.",
		},
		Fix:     "Plead the extra element (breach of confidence, deception/passing off, trade-secret misuse) or fold the claim into the copyright count.",
		Message: "This state-law count rests only on copying a copyrighted work and risks preemption under 17 U.S.C. § 301.",
		Traps: []string{
			"only complaints that also plead a copyright count",
			"counts that plead a confidential relationship, trade-secret misuse, deception or passing off",
			"counts that rest on the incorporated facts without naming any act of copying",
			"copying named only in the relief the count seeks (\"an injunction barring sales of guides that contain copied text\")",
		},
	},
	Run: runStateClaimPreemption,
}

var reConversionHeading = pattern.MustCompile(`(?i)\bconversion\b`)

func runStateClaimPreemption(p *lint.Pass) {
	c := p.Count()
	// In the Ninth Circuit the trigger adds UCL, Penal Code § 502 and
	// negligence counts (RULES-FORUM.md §F3.2).
	ninth := p.Profile.Circuit == "9" && (c.Has(legal.ClaimUCL) || c.Has(legal.ClaimCDAFA) || reNegligenceHeading.MatchString(c.Title))
	if !ninth && !c.Has(legal.ClaimUnfairComp) && !c.Has(legal.ClaimUnjustEnrichment) && !reConversionHeading.MatchString(c.Title) {
		return
	}
	if c.Has(legal.ClaimCopyright) || c.Has(legal.ClaimTradeSecret) {
		return
	}
	hasCopyright := false
	for i := range p.Doc.Counts {
		if i != p.CountIndex && p.Doc.Counts[i].Has(legal.ClaimCopyright) {
			hasCopyright = true
			break
		}
	}
	if !hasCopyright {
		return
	}
	copyVerb := lexicon.PreemptionCopyVerb()
	extra := lexicon.PreemptionExtraElement()
	if extra.Match(c.Title) {
		return
	}
	var anchor *document.Sentence
	for _, s := range p.Own() {
		text := plead.WithTermDefinitions(p, s)
		if extra.Match(text) {
			return
		}
		if anchor == nil && copyVerb.MatchText(s.Indexed()) && !reliefSought.MatchText(s.Indexed()) {
			anchor = s
		}
	}
	if anchor == nil {
		return
	}
	sev := p.Check.SeverityIn(p.Profile)
	if ninth && c.Has(legal.ClaimUCL) && plead.UCLRestsOnlyOnCopying(p) {
		sev = lint.Warning // Kodadek: a UCL claim whose only predicate is copying
	}
	p.Report(lint.Finding{Span: anchor.Span, Severity: sev})
}

var reNegligenceHeading = pattern.MustCompile(`(?i)\bnegligen`)

// reliefSought is a sentence asking for relief ("Fernhollow seeks an
// injunction barring Greywing from selling guides that contain text copied
// from ..."): what it would stop is not the conduct the count rests on, so
// its copying verb is not the count's operative verb (RULES.md's signal).
var reliefSought = pattern.MustPattern(`(?i)\b(?:seeks?|requests?|demands?|prays? for|(?:is|are) entitled to)\s+(?:(?:an?|the|its|their|preliminary|permanent|and|,)\s+){0,4}(?:injunct\w*|order\b|restitution|damages|disgorgement)`)
