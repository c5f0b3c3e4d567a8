package tradesecret

import (
	"strconv"
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Helpers of the §3.H rules (trade secrets, contract, unjust enrichment).
// The cue lists live in lint/legal/lexicons/surviving_claims.txt.

// tsDescription gathers what the count scope says the secrets are: every
// sentence that speaks of trade secrets or confidential or proprietary
// material (with the definitions it uses), and, after a sentence that says
// what the secrets include, the rest of its paragraph and any unnumbered
// paragraphs that continue it (lettered sub-items). described holds the
// texts of the sentences that say what the secrets are, with their
// paragraphs: where there are such sentences, they are the description,
// and a number or a date in a sentence about taking the secrets ("forwarded
// 3,000 documents") says nothing about which secrets they are.
func tsDescription(p *lint.Pass) (texts, described []string, defining []*document.Sentence, mentions []*document.Sentence) {
	mention := lexicon.TradeSecretMention()
	def := lexicon.TradeSecretDefinition()
	d := p.Doc
	seenPara := map[int]bool{}
	object := lexicon.TradeSecretObject()
	for _, s := range p.Scope() {
		text := plead.WithTermDefinitions(p, s)
		if !mention.Match(text) && (s.Count != p.CountIndex || !object.MatchText(s.Indexed())) {
			continue
		}
		mentions = append(mentions, s)
		texts = append(texts, text)
		if !def.MatchText(s.Indexed()) && !definesSecrets(d, s) {
			continue
		}
		defining = append(defining, s)
		described = append(described, text)
		if seenPara[s.Paragraph] {
			continue
		}
		seenPara[s.Paragraph] = true
		para := &d.Paragraphs[s.Paragraph]
		texts = append(texts, d.Text[para.NumberEnd:para.Span.End])
		described = append(described, d.Text[para.NumberEnd:para.Span.End])
		for pi := s.Paragraph + 1; pi < len(d.Paragraphs); pi++ {
			q := &d.Paragraphs[pi]
			if q.Number != 0 || q.Heading {
				break
			}
			texts = append(texts, d.Text[q.Span.Start:q.Span.End])
			described = append(described, d.Text[q.Span.Start:q.Span.End])
		}
		// "The price lists described in paragraph 5 are trade secrets": the
		// secrets are what the paragraphs it points to describe.
		for _, pt := range pointedParagraphs(d, s) {
			texts = append(texts, pt)
			described = append(described, pt)
		}
	}
	return texts, described, defining, mentions
}

// maxPointed bounds the paragraphs a defining sentence may point to: "the
// information described in paragraphs 7 and 8" names the secrets, while
// "paragraphs 1 through 40" is an incorporation, not a description.
const maxPointed = 4

// pointedParagraphs returns the text of the earlier allegations a sentence
// that says what the secrets are points to by number ("described in
// paragraph 5", "¶¶ 7-8"), or nil when it points to none or to too many.
func pointedParagraphs(d *document.Document, s *document.Sentence) []string {
	named := d.NamedAllegations(s.Text)
	if len(named) == 0 || len(named) > maxPointed {
		return nil
	}
	var out []string
	for _, ai := range named {
		a := &d.Allegations[ai]
		if a.Paragraph >= s.Paragraph {
			continue
		}
		para := &d.Paragraphs[a.Paragraph]
		out = append(out, d.Text[para.NumberEnd:para.Span.End])
	}
	return out
}

var reSecretTerm = pattern.MustCompile(`(?i)\b(?:trade secrets?|confidential|proprietary)\b`)

// definesSecrets reports a sentence that defines a term for the secrets:
// LP's confidential and proprietary information (the "Trade Secrets").
func definesSecrets(d *document.Document, s *document.Sentence) bool {
	for _, def := range d.Definitions {
		if &d.Sentences[def.Sentence] == s && reSecretTerm.MatchString(def.Term) {
			return true
		}
	}
	return false
}

var (
	// Citations whose numbers say nothing about the secret; "56:15-1" is
	// a state code's title:section form (N.J.S.A. 56:15-1).
	reCitationNumber = pattern.MustPattern(`(?i)\d+\s*(?:U\.?\s*S\.?\s*C|F\.\s*(?:Supp|\dd|4th|App)|N\.Y\.|A\.D\.|S\.\s*Ct|U\.S\.)[^;)]*|§+\s*[\w().-]+|¶+\s*\d+|\bNo\.\s*[\d:-]+|\b\d+:\d+(?:-\d+)*`)
	reCountNumber    = pattern.MustPattern(`\b\d{2,}(?:,\d{3})*\b`)
)

// hasCountNumber reports a quantity ("the 212 client-specific rules") that
// is not a year or a citation.
func hasCountNumber(text string) bool {
	text = reCitationNumber.ReplaceAllString(text, " ")
	for _, loc := range reCountNumber.FindAllStringIndex(text, -1) {
		n, err := strconv.Atoi(strings.ReplaceAll(text[loc[0]:loc[1]], ",", ""))
		if err != nil {
			continue
		}
		if n >= 1900 && n <= 2099 && loc[1]-loc[0] == 4 {
			continue
		}
		return true
	}
	return false
}

// specificSecret reports a marker of an identified secret: a concrete thing
// (source code, rules, weightings), a named module or document, a client
// pseudonym, a quantity or a bounded date range.
func specificSecret(text string) bool {
	return concreteSecretNoun(text) || lexicon.TradeSecretNamed().Match(text) || lexicon.TradeSecretNamedRecords().Match(text) ||
		lexicon.NyInterferencePseudonym().Match(text) || lexicon.TradeSecretDateRange().Match(text) ||
		hasCountNumber(text)
}

// tsActs returns the scope sentences in which a defendant acquires, uses or
// discloses something.
func tsActs(p *lint.Pass) []*document.Sentence {
	terms := plead.DefendantTerms(p.Doc)
	act := lexicon.TradeSecretAct()
	var out []*document.Sentence
	for _, s := range p.Scope() {
		// "Plaintiff incorporates paragraphs 1 through 9" is the pleader's
		// act ("incorporat" names an act of using a secret), not the defendant's.
		if plead.IsIncorporation(p, s) {
			continue
		}
		if act.MatchText(s.Indexed()) && (s.Count == p.CountIndex || plead.MentionsDefendant(terms, s.Indexed())) {
			out = append(out, s)
		}
	}
	return out
}

var reConfidentialWord = pattern.MustPattern(`(?i)\bconfiden\w*`)

var monthIndex = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// beforeDTSA reports a date mention that is certainly before May 11, 2016.
func beforeDTSA(m legal.DateMention) bool {
	if m.Year == 0 {
		return false
	}
	if m.Year < 2016 {
		return true
	}
	if m.Year > 2016 {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(m.Text))
	if len(t) >= 3 {
		if mo, ok := monthIndex[t[:3]]; ok && mo < 5 {
			return true
		}
	}
	return false
}

// incorporatesUnseen reports a count that incorporates numbered paragraphs
// the text does not contain (an excerpt of a longer draft): what those
// paragraphs plead cannot be known, so a missing element may be there.
func incorporatesUnseen(p *lint.Pass) bool {
	c := p.Count()
	return c.IncorporationSentence >= 0 && !c.Blanket && plead.RefersOutside(p.Doc, p.Doc.Sentences[c.IncorporationSentence].Indexed())
}

var (
	rePairAfter  = pattern.MustPattern(`^,?\s+(?:and|or|&)\s+`)
	rePairBefore = pattern.MustPattern(`(?:\s+(?:and|or|&)|,)\s+$`)
)

// concreteSecretNoun finds a concrete kind of secret ("source code", "rule
// sets", "royalty schedules") that is not paired with a broad category:
// "formulas and methods for development, construction and financing" is a
// category of business information, however concrete its first word.
func concreteSecretNoun(text string) bool {
	generic := lexicon.TradeSecretGeneric()
	// A bare plural category ("formulations") is not a concrete secret; the
	// same word qualified by a named product or document is.
	bare := map[int]bool{}
	for _, c := range lexicon.TradeSecretCategory().FindAll(text) {
		if !strings.ContainsAny(text[c[0]:c[1]], " \t\n") {
			bare[c[0]] = true
		}
	}
	for _, m := range lexicon.TradeSecretSpecific().FindAll(text) {
		if bare[m[0]] {
			continue
		}
		after := text[m[1]:]
		if loc := rePairAfter.FindStringIndex(after); loc != nil {
			if g := generic.FindAll(after[loc[1]:]); len(g) > 0 && g[0][0] == 0 {
				continue
			}
		}
		before := text[:m[0]]
		if loc := rePairBefore.FindStringIndex(before); loc != nil {
			head := before[:loc[0]]
			if g := generic.FindAll(head); len(g) > 0 && g[len(g)-1][1] == len(head) {
				continue
			}
		}
		return true
	}
	return false
}
