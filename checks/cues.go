package checks

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// Helpers the rules share: who a sentence is about, and where an element
// is found in a count's scope.

var reDefendantWord = legal.MustCompile(`(?i)\bdefendants?(?:'s|')?\b`)

// readDefendantTerms reads the names a complaint uses for defendants: the
// defined terms whose defining sentence calls the party a defendant
// ("Defendant 24/7 Customer, Inc. (“24/7”)").
func readDefendantTerms(d *document.Document) []string {
	var out []string
	prevRole, prevEnd := "", -1
	for _, def := range d.Definitions {
		s := &d.Sentences[def.Sentence]
		// The words before the definition's parenthesis, not before the
		// term's first use: in "Kestrel Mobility, Inc. (“Kestrel”)" the
		// term first occurs inside the name it abbreviates.
		head := d.Text[s.Span.Start:def.Span.Start]
		if j := strings.LastIndexByte(head, '('); j >= 0 {
			head = head[:j]
		}
		head = strings.TrimRight(head, " “\"'‘(")
		role, name, atStart := roleBefore(head)
		role = continueRole(role, atStart, prevRole, prevEnd, def.Span.Start)
		if role == "" {
			// "Emberwall Security, Inc. (“Emberwall”), a competitor":
			// the caption gives the role.
			role = captionRole(d, name)
		}
		if role == "" {
			role = nearestParty(head)
		}
		prevRole, prevEnd = role, def.Span.End
		if role == "defendant" && !strings.EqualFold(def.Term, "defendant") && !strings.EqualFold(def.Term, "defendants") {
			out = append(out, def.Term)
		}
	}
	return out
}

var reEitherParty = legal.MustPattern(`(?i)\b(plaintiff|defendant|against)s?\b`)

// nearestParty returns "plaintiff" or "defendant" for the party word
// closest before a defined term, so that in "Plaintiff LP (“LP”) and
// Defendant Acme (“Acme”) ..." LP is a plaintiff and Acme a defendant.
func nearestParty(head string) string {
	ms := reEitherParty.FindAllStringSubmatch(head, -1)
	if len(ms) == 0 {
		return ""
	}
	// "Plaintiff Acme ("Acme"), for its complaint against Beta Corp.
	// ("Beta")": the party a complaint is against is a defendant.
	if last := strings.ToLower(ms[len(ms)-1][1]); last != "against" {
		return last
	}
	return "defendant"
}

// mentionsDefendant reports whether a sentence names a defendant.
func mentionsDefendant(terms []string, s legal.Text) bool {
	if reDefendantWord.MatchText(s) {
		return true
	}
	for _, t := range terms {
		if strings.Contains(s.String(), t) {
			return true
		}
	}
	return false
}

// textWithDefinitions is a sentence's text followed by the definitions of
// the defined terms it uses, so that an element pleaded through a defined
// term ("the Infringement Period") is found. A sentence that uses no
// defined term (or only its own) is its own text, a slice of the document
// the pattern index answers for.
func textWithDefinitions(d *document.Document, s *document.Sentence) string {
	var b strings.Builder
	for _, def := range d.DefinitionsUsed(s.Text) {
		if def.Sentence == s.Index {
			continue
		}
		if b.Len() == 0 {
			b.WriteString(s.Text)
		}
		b.WriteString(" ")
		b.WriteString(d.Sentences[def.Sentence].Text)
	}
	if b.Len() == 0 {
		return s.Text
	}
	return b.String()
}

// sentenceAnswers remembers, per sentence of a document, a yes-or-no
// answer about its text with definitions. The text depends on the sentence
// alone while rules ask once per count that reads the sentence, so each
// answer is worked out once; only the answer is kept, not the text, which
// on a long complaint would hold several copies of it. Checks on several
// workers may answer the same sentence at once: they reach the same
// answer, so the last store is as good as the first.
type sentenceAnswers struct {
	state []atomic.Uint32 // 0 not yet asked, answerNo, answerYes
}

const (
	answerNo  = 1
	answerYes = 2
)

func newSentenceAnswers(d *document.Document) *sentenceAnswers {
	return &sentenceAnswers{state: make([]atomic.Uint32, len(d.Sentences))}
}

func (a *sentenceAnswers) of(s *document.Sentence, answer func() bool) bool {
	switch a.state[s.Index].Load() {
	case answerYes:
		return true
	case answerNo:
		return false
	}
	yes := answer()
	v := uint32(answerNo)
	if yes {
		v = answerYes
	}
	a.state[s.Index].Store(v)
	return yes
}

var gateWithDefinitionsFact = document.NewFact("sentences whose text with definitions names a gate", newSentenceAnswers)

// gateWithDefinitions reports whether a sentence's text with definitions
// names a gate (lexicon cfaa-gate).
func gateWithDefinitions(p *lint.Pass, s *document.Sentence) bool {
	return gateWithDefinitionsFact.Of(p.Doc).of(s, func() bool {
		return lexicon.CfaaGate().Match(textWithDefinitions(p.Doc, s))
	})
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

// The inner text may be short: quotes pair left to right, so that the
// closing quote of (“LP”) never opens a false "quotation" running to the
// next defined term.
var reQuoted = legal.MustPattern(`[“"]([^”"]+)[”"]`)

// quotedStatement finds quoted text of at least three words — a quoted
// statement, not a defined term such as (“LivePerson”).
func quotedStatement(s legal.Text) []int {
	for _, m := range reQuoted.FindAllTextSubmatchIndex(s, -1) {
		inner := s.String()[m[2]:m[3]]
		if len(strings.Fields(inner)) >= 3 {
			return m[:2]
		}
	}
	return nil
}

var reExhibit = legal.MustPattern(`\bEx(?:hibit|h)?\.?\s*[A-Z0-9]+\b`)

// hasExhibit reports a reference to an exhibit ("Ex. D", "Exhibit 4").
func hasExhibit(s legal.Text) bool { return reExhibit.MatchText(s) }

// maxQuote bounds how much of the pleading a message quotes; a longer span
// is cut at a word boundary and marked with an ellipsis.
const maxQuote = 90

// quote returns the pleading's own words at span, in single quotes, for a
// message: copied from the document bytes (never rebuilt), white space
// folded to single spaces, long spans shortened with "…".
func quote(d *document.Document, span lint.Span) string {
	return "'" + quotedText(d.Text[span.Start:span.End]) + "'"
}

// endSentence closes a message sentence that ends with a quotation: a
// quoted sentence keeps its own full stop ("… folder.'"), anything else
// gets one after the quote.
func endSentence(q string) string {
	if strings.HasSuffix(q, ".'") || strings.HasSuffix(q, "?'") {
		return q
	}
	return q + "."
}

// quotePhrase quotes the match loc of sentence s.
func quotePhrase(d *document.Document, s *document.Sentence, loc []int) string {
	return quote(d, phraseSpan(s, loc))
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
var reByDescription = legal.MustPattern(`(?i)\b(?:as (?:alleged|set forth|described|pleaded)|(?:allegations|facts) (?:concerning|regarding|about|relating to|described))\b`)

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
		if hasExhibit(s.Indexed()) || (c.IncorporationSentence < 0 && reByDescription.MatchText(s.Indexed())) {
			return true
		}
	}
	return false
}

// absenceSeverity is the severity of a finding that an element is absent:
// the rule's own under the profile, one level lower (with the confidence
// that goes with it) when the scope may be incomplete.
func absenceSeverity(p *lint.Pass) (lint.Severity, float64) {
	sev, conf := p.Check.SeverityIn(p.Profile), p.Check.Confidence
	if sev == lint.Error && scopeMayBeIncomplete(p) {
		return lint.Warning, 0.55
	}
	return sev, conf
}
