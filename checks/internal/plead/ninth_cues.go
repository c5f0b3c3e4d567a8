package plead

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// Helpers of the Ninth Circuit / California rules (RULES-FORUM.md §F3.3)
// and the § 1202 rules (§F4). The cue lists live in
// lint/legal/lexicons/california.txt and dmca1202.txt.

// ScopeMatches reports whether any sentence of the count scope, read with
// the definitions of the terms it uses, matches l.
func ScopeMatches(p *lint.Pass, l *legal.Lexicon) bool {
	for _, s := range p.Scope() {
		if l.Match(WithTermDefinitions(p, s)) {
			return true
		}
	}
	return false
}

// OwnMatches reports whether the heading or a sentence of the count itself
// matches l.
func OwnMatches(p *lint.Pass, l *legal.Lexicon) bool {
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

// OwnAnchor is the count's first own sentence matching l, nil when none
// does (the finding then sits on the heading).
func OwnAnchor(p *lint.Pass, l *legal.Lexicon) *document.Sentence {
	for _, s := range p.Own() {
		if !IsIncorporation(p, s) && l.MatchText(s.Indexed()) {
			return s
		}
	}
	return nil
}

// InStateCourt reports a complaint captioned in a state court: Article III
// standing and the federal equitable-remedy rule do not apply.
func InStateCourt(p *lint.Pass) bool { return p.Forum.StateCourt() }
