package checks

import (
	"strings"

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
		if l.Match(s.Text) {
			return true
		}
	}
	return false
}

// ownAnchor is the count's first own sentence matching l, nil when none
// does (the finding then sits on the heading).
func ownAnchor(p *lint.Pass, l *legal.Lexicon) *document.Sentence {
	for _, s := range p.Own() {
		if !isIncorporation(p, s) && l.Match(s.Text) {
			return s
		}
	}
	return nil
}

var (
	reStateCourt   = legal.MustPattern(`(?i)\b(?:superior|supreme|circuit|chancery) court\b|\bcourt of (?:common pleas|chancery)\b`)
	reFederalCourt = legal.MustPattern(`(?i)united states (?:district|bankruptcy) court|\bu\.?\s?s\.? district court\b`)
	reCalDistrict  = legal.MustPattern(`(?i)\b(?:northern|central|southern|eastern) district of california\b|\bdistrict of hawai(?:i|'i|ʻi)\b|\b[NCSE]\.\s?D\.\s?Cal\.|\bD\.\s?Haw\.|\b(?:ND|CD|SD|ED)CAL\b|\b(?:ND|CD|SD|ED)CA\b`)
	reSDNY         = legal.MustPattern(`(?i)\bsouthern district of new york\b|\bS\.\s?D\.\s?N\.\s?Y\.|\bSDNY\b`)
)

// inStateCourt reports a caption naming a state court and no federal court:
// Article III standing and the federal equitable-remedy rule do not apply.
func inStateCourt(d *document.Document) bool {
	t := strings.Join(captionLines(d), "\n")
	return reStateCourt.MatchString(t) && !reFederalCourt.MatchString(t)
}

// inCaliforniaDistrict reports a caption in a California federal district
// or the District of Hawaii, where the identicality line of § 1202 cases
// sits (RULES-FORUM.md §F4).
func inCaliforniaDistrict(d *document.Document) bool {
	t := strings.Join(captionLines(d), "\n")
	return reFederalCourt.MatchString(t) && reCalDistrict.MatchString(t)
}

// inSDNY reports a caption in the Southern District of New York.
func inSDNY(d *document.Document) bool {
	t := strings.Join(captionLines(d), "\n")
	return reFederalCourt.MatchString(t) && reSDNY.MatchString(t)
}

// countIs reports whether the count belongs to any of the families.
func countIs(c *document.Count, families ...legal.Claim) bool {
	for _, f := range families {
		if c.Has(f) {
			return true
		}
	}
	return false
}
