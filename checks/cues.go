package checks

import (
	"regexp"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// Helpers the rules share: who a sentence is about, and where an element
// is found in a count's scope.

var reDefendantWord = legal.MustCompile(`(?i)\bdefendants?(?:'s|')?\b`)

// defendantTerms returns the names a complaint uses for defendants: the
// defined terms whose defining parenthetical follows a defendant's name
// ("Defendant 24/7 Customer, Inc. (“24/7” or “Defendant”)"). It reads the
// compound form the model's definitions miss and no longer takes a term
// defined later in the same sentence ("Defendant Cargo Logic LLC under a
// License Agreement (the “Agreement”)") for a party; see partiesOf.
func defendantTerms(d *document.Document) []string { return partiesOf(d).defendant }

// mentionsDefendant reports whether a sentence names a defendant.
func mentionsDefendant(terms []string, s string) bool {
	if reDefendantWord.MatchString(s) {
		return true
	}
	for _, t := range terms {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// textWithDefinitions is a sentence's text followed by the definitions of
// the defined terms it uses, so that an element pleaded through a defined
// term ("the Infringement Period") is found.
func textWithDefinitions(p *lint.Pass, s *document.Sentence) string {
	// A party's defining sentence ("Plaintiff LP (“LP”) protects its
	// portal with passwords") says nothing about the element in s, so party
	// names are not resolved.
	defs := defsText(p, s, partiesOf(p.Doc))
	if defs == "" {
		return s.Text
	}
	return s.Text + " " + defs
}

// firstOwn picks the first sentence of the count's own body that satisfies
// pred, else the first in scope, else nil.
func firstOwn(p *lint.Pass, scope []*document.Sentence, pred func(*document.Sentence) bool) *document.Sentence {
	for _, s := range scope {
		if s.Count == p.CountIndex && pred(s) {
			return s
		}
	}
	for _, s := range scope {
		if pred(s) {
			return s
		}
	}
	return nil
}

// phraseSpan converts a match inside a sentence to a document span.
func phraseSpan(s *document.Sentence, loc []int) lint.Span {
	return lint.Span{Start: s.Span.Start + loc[0], End: s.Span.Start + loc[1]}
}

var reQuoted = regexp.MustCompile(`[“"]([^”"]{3,})[”"]`)

// quotedStatement finds quoted text of at least three words — a quoted
// statement, not a defined term such as (“LivePerson”).
func quotedStatement(s string) []int {
	for _, m := range reQuoted.FindAllStringSubmatchIndex(s, -1) {
		inner := s[m[2]:m[3]]
		if len(strings.Fields(inner)) >= 3 {
			return m[:2]
		}
	}
	return nil
}

var reExhibit = regexp.MustCompile(`\bEx(?:hibit|h)?\.?\s*[A-Z0-9]+\b`)

// hasExhibit reports a reference to an exhibit ("Ex. D", "Exhibit 4").
func hasExhibit(s string) bool { return reExhibit.MatchString(s) }
