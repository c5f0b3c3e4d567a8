package plead

import (
	"strings"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Helpers the rules share: who a sentence is about, quoted statements and
// exhibits, the pleading's own words quoted in a message, and the severity
// of a finding that an element is absent.

// ReDefendantWord is the role word "Defendant" or "Defendants", possessive
// included ("Defendant's", "Defendants'"): a defendant mentioned without a
// name. MentionsDefendant, ActorBefore and the party-roles reading look for
// it; the copyright and DMCA rules use it to tell a role word from the name
// of a work, a product or a credential's owner.
var ReDefendantWord = pattern.MustCompile(`(?i)\bdefendants?(?:'s|')?\b`)

// RePlaintiffWord is the role word "Plaintiff" or "Plaintiffs", possessive
// included: ReDefendantWord's counterpart, with which the party-roles
// reading, ActorBefore and the copyright, DMCA and Lanham rules tell
// Plaintiff's acts, statements and property from Defendant's.
var RePlaintiffWord = pattern.MustCompile(`(?i)\bplaintiffs?(?:'s|')?\b`)

// MentionsDefendant reports whether a sentence names a defendant.
func MentionsDefendant(terms []string, s pattern.Text) bool {
	if ReDefendantWord.MatchText(s) {
		return true
	}
	for _, t := range terms {
		if strings.Contains(s.String(), t) {
			return true
		}
	}
	return false
}

// PhraseSpan converts a match inside a sentence to a document span.
func PhraseSpan(s *document.Sentence, loc []int) lint.Span {
	return lint.Span{Start: s.Span.Start + loc[0], End: s.Span.Start + loc[1]}
}

// The inner text may be short: quotes pair left to right, so that the
// closing quote of (“LP”) never opens a false "quotation" running to the
// next defined term.
var reQuoted = pattern.MustPattern(`[“"]([^”"]+)[”"]`)

// QuotedStatement finds quoted text of at least three words — a quoted
// statement, not a defined term such as (“LivePerson”).
func QuotedStatement(s pattern.Text) []int {
	for _, m := range reQuoted.FindAllTextSubmatchIndex(s, -1) {
		inner := s.String()[m[2]:m[3]]
		if len(strings.Fields(inner)) >= 3 {
			return m[:2]
		}
	}
	return nil
}

var reExhibit = pattern.MustPattern(`\bEx(?:hibit|h)?\.?\s*[A-Z0-9]+\b`)

// HasExhibit reports a reference to an exhibit ("Ex. D", "Exhibit 4").
func HasExhibit(s pattern.Text) bool { return reExhibit.MatchText(s) }

// maxQuote bounds how much of the pleading a message quotes; a longer span
// is cut at a word boundary and marked with an ellipsis.
const maxQuote = 90

// Quote returns the pleading's own words at span, in single quotes, for a
// message: copied from the document bytes (never rebuilt), white space
// folded to single spaces, long spans shortened with "…".
func Quote(d *document.Document, span lint.Span) string {
	return "'" + quotedText(d.Text[span.Start:span.End]) + "'"
}

// QuotePhrase quotes the match loc of sentence s.
func QuotePhrase(d *document.Document, s *document.Sentence, loc []int) string {
	return Quote(d, PhraseSpan(s, loc))
}

func quotedText(t string) string {
	t = strings.Join(strings.Fields(t), " ")
	t = strings.Trim(t, " ,;:")
	if len(t) <= maxQuote {
		return t
	}
	cut := strings.LastIndex(t[:maxQuote], " ")
	if cut <= 0 {
		cut = maxQuote
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
	}
	return t[:cut] + " …"
}

// reByDescription is an incorporation by description rather than by number
// or a blanket sweep: "the allegations concerning the Platform above".
var reByDescription = pattern.MustPattern(`(?i)\b(?:as (?:alleged|set forth|described|pleaded)|(?:allegations|facts) (?:concerning|regarding|about|relating to|described))\b`)

// scopeMayBeIncomplete reports a count whose scope the engine cannot read
// in full: it incorporates by description, or its own allegations rest on
// an exhibit. RULES-FORUM.md §F5.2: an absence found there is a warning,
// not an error — the element may sit where the engine did not look.
func scopeMayBeIncomplete(p *lint.Pass) bool {
	c := p.Count()
	if c == nil {
		return false
	}
	if c.IncorporationSentence >= 0 && !c.Blanket && len(c.Incorporated) == 0 {
		return true
	}
	for _, s := range p.Own() {
		if HasExhibit(s.Indexed()) || (c.IncorporationSentence < 0 && reByDescription.MatchText(s.Indexed())) {
			return true
		}
	}
	return false
}

// AbsenceSeverity is the severity of a finding that an element is absent:
// the rule's own under the profile, one level lower (with the confidence
// that goes with it) when the scope may be incomplete.
func AbsenceSeverity(p *lint.Pass) (lint.Severity, float64) {
	sev, conf := p.Check.SeverityIn(p.Profile), p.Check.Confidence
	if sev == lint.Error && scopeMayBeIncomplete(p) {
		return lint.Warning, 0.55
	}
	return sev, conf
}
