package plead

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// UCLPredicates reads the laws a UCL count names as predicates, in its own
// text and in paragraphs it incorporates by number: whether it names any,
// and whether copyright is the only one.
func UCLPredicates(p *lint.Pass) (named, onlyCopyright bool) {
	predicate, copyright := lexicon.CaUclPredicate(), lexicon.CaUclCopyrightPredicate()
	texts := []string{p.Count().Title}
	for _, s := range p.Scope() {
		// The jurisdiction and venue recitals a count incorporates with the
		// facts cite the Judicial Code (28 U.S.C. §§ 1331, 1391), which
		// is never a UCL predicate.
		if s.Section == document.SectionJurisdiction && s.Count != p.CountIndex {
			continue
		}
		if s.Count == p.CountIndex || !p.Count().Blanket {
			texts = append(texts, s.Text)
		}
	}
	onlyCopyright = true
	for _, t := range texts {
		if predicate.Match(Blank(copyright, t)) {
			named, onlyCopyright = true, false
		}
		if copyright.Match(t) {
			named = true
		}
	}
	return named, named && onlyCopyright
}

// UCLRestsOnlyOnCopying reports a UCL count whose only predicate law is
// copyright (RULES-FORUM.md §F3.2, Kodadek).
func UCLRestsOnlyOnCopying(p *lint.Pass) bool {
	_, only := UCLPredicates(p)
	return only
}
