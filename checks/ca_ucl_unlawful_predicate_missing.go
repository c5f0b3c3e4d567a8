package checks

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CAUCLUnlawfulPredicateMissing reports a UCL count on the "unlawful" prong
// that names no law violated.
var CAUCLUnlawfulPredicateMissing = &lint.Check{
	ID:         "ca-ucl-unlawful-predicate-missing",
	Title:      "UCL \"unlawful\" prong names no predicate law",
	Family:     legal.ClaimUCL,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "The UCL's \"unlawful\" prong borrows violations of other laws and makes them independently actionable (Cel-Tech); a UCL claim that rests on a failed predicate fails with it (Krantz).",
		Authority:   cite(authCelTech, authKrantz),
		Insufficient: []string{
			"Defendant's acts are unlawful, unfair and fraudulent within the meaning of § 17200. (no law named)",
			"Defendant's conduct violates numerous state and federal laws.",
		},
		Sufficient: []string{
			"Defendant's conduct is unlawful because it violates 17 U.S.C. § 1202(b) (Count II) and Cal. Penal Code § 502(c)(2) (Count IV).",
		},
		Fix:     "Name each predicate statute and the conduct violating it, or plead the unfair/fraudulent prong with its own facts.",
		Message: "The UCL 'unlawful' prong needs a predicate violation of another law; the count names none.",
		Traps: []string{
			"UCL counts pleading only the unfair and fraudulent prongs",
			"the UCL's own sections (§§ 17200, 17203, 17204) and the FAL's (§ 17500) are not predicates",
			"predicates named in paragraphs the count incorporates by number",
		},
	},
	Run: runCAUCLUnlawfulPredicate,
}

const msgUCLCopyrightPredicate = "The only predicate the count names for the UCL 'unlawful' prong is copyright infringement; a UCL claim resting on copying risks preemption under 17 U.S.C. § 301 (Kodadek)."

func runCAUCLUnlawfulPredicate(p *lint.Pass) {
	unlawful := lexicon.CaUclUnlawful()
	anchor := ownAnchor(p, unlawful)
	if anchor == nil && !unlawful.Match(p.Count().Title) {
		return // the unfair and fraudulent prongs only
	}
	named, onlyCopyright := uclPredicates(p)
	switch {
	case !named:
		p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
	case onlyCopyright:
		p.ReportMissing(anchor, lint.Info, msgUCLCopyrightPredicate)
	}
}

// uclPredicates reads the laws a UCL count names as predicates, in its own
// text and in paragraphs it incorporates by number: whether it names any,
// and whether copyright is the only one.
func uclPredicates(p *lint.Pass) (named, onlyCopyright bool) {
	predicate, copyright := lexicon.CaUclPredicate(), lexicon.CaUclCopyrightPredicate()
	texts := []string{p.Count().Title}
	for _, s := range p.Scope() {
		if s.Count == p.CountIndex || !p.Count().Blanket {
			texts = append(texts, s.Text)
		}
	}
	onlyCopyright = true
	for _, t := range texts {
		if predicate.Match(blank(copyright, t)) {
			named, onlyCopyright = true, false
		}
		if copyright.Match(t) {
			named = true
		}
	}
	return named, named && onlyCopyright
}

// uclRestsOnlyOnCopying reports a UCL count whose only predicate law is
// copyright (RULES-FORUM.md §F3.2, Kodadek).
func uclRestsOnlyOnCopying(p *lint.Pass) bool {
	_, only := uclPredicates(p)
	return only
}
