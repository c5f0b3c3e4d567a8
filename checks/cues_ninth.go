package checks

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// Helpers of the Ninth Circuit / California rules (RULES-FORUM.md §F3.3)
// and the § 1202 rules (§F4). The cue lists live in
// lint/legal/lexicons/california.txt and dmca1202.txt.

// scopeMatches reports whether any sentence of the count scope, read with
// the definitions of the terms it uses, matches l.
func scopeMatches(p *lint.Pass, l *legal.Lexicon) bool {
	for _, s := range p.Scope() {
		if l.Match(withTermDefinitions(p, s)) {
			return true
		}
	}
	return false
}

// ownMatches reports whether the heading or a sentence of the count itself
// matches l.
func ownMatches(p *lint.Pass, l *legal.Lexicon) bool {
	if l.Match(p.Count().Title) {
		return true
	}
	for _, s := range p.Own() {
		if l.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}

// ownAnchor is the count's first own sentence matching l, nil when none
// does (the finding then sits on the heading).
func ownAnchor(p *lint.Pass, l *legal.Lexicon) *document.Sentence {
	for _, s := range p.Own() {
		if !isIncorporation(p, s) && l.MatchText(s.Indexed()) {
			return s
		}
	}
	return nil
}

// inStateCourt reports a complaint captioned in a state court: Article III
// standing and the federal equitable-remedy rule do not apply.
func inStateCourt(p *lint.Pass) bool { return p.Forum.StateCourt() }

// district is the id of the federal district the caption names ("ndcal"),
// "" when it names none.
func district(p *lint.Pass) string {
	if p.Forum == nil || p.Forum.Forum.District == nil {
		return ""
	}
	return p.Forum.Forum.District.ID
}

// identicalityDistricts are the districts where the identicality line of
// § 1202 cases sits (RULES-FORUM.md §F4).
var identicalityDistricts = map[string]bool{"ndcal": true, "cdcal": true, "sdcal": true, "edcal": true, "dhaw": true}

// countIs reports whether the count belongs to any of the families.
func countIs(c *document.Count, families ...legal.Claim) bool {
	for _, f := range families {
		if c.Has(f) {
			return true
		}
	}
	return false
}
