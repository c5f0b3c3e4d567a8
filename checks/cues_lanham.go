package checks

import (
	"maps"
	"strconv"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// Helpers the Lanham Act false-advertising rules (RULES.md §3.D) share.

var rePlaintiffWord = legal.MustCompile(`(?i)\bplaintiffs?(?:'s|')?\b`)

// readPlaintiffTerms reads the names a complaint uses for plaintiffs: the
// defined terms whose defining sentence calls the party a plaintiff
// ("Plaintiff LivePerson, Inc. (“LP”)").
func readPlaintiffTerms(d *document.Document) []string {
	var out []string
	for _, def := range d.Definitions {
		s := d.Sentences[def.Sentence].Text
		head := s
		if i := strings.Index(s, def.Term); i > 0 {
			head = s[:i]
		}
		party := nearestParty(head)
		if party == "" {
			party = captionParty(d, def)
		}
		if party == "plaintiff" && !strings.EqualFold(def.Term, "plaintiff") && !strings.EqualFold(def.Term, "plaintiffs") {
			out = append(out, def.Term)
		}
	}
	for _, t := range partyParenTerms(d, "plaintiff") {
		dup := false
		for _, o := range out {
			dup = dup || o == t
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

// mentionsPlaintiff reports whether text names a plaintiff.
func mentionsPlaintiff(terms []string, text legal.Text) bool {
	if rePlaintiffWord.MatchText(text) {
		return true
	}
	for _, t := range terms {
		if containsWord(text.String(), t) {
			return true
		}
	}
	return false
}

// containsWord reports term in text at word boundaries ("LP" not in "LPGA").
func containsWord(text, term string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], term)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(term)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = at + 1
	}
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// isChallengedStatement reports a sentence that calls a statement false or
// misleading: a falsity word and a statement word ("Defendant falsely
// advertised", "the misleading claims").
func isChallengedStatement(text legal.Text) bool {
	return lexicon.LanhamChallenged().MatchText(text) && lexicon.LanhamStatement().MatchText(text)
}

// challengedStatements returns the challenged-statement sentences in scope.
func challengedStatements(scope []*document.Sentence) []*document.Sentence {
	var out []*document.Sentence
	for _, s := range scope {
		if isChallengedStatement(s.Indexed()) {
			out = append(out, s)
		}
	}
	return out
}

// quoteSpan is the inner text of one quotation in a sentence, relative to
// the sentence.
type quoteSpan struct{ start, end int }

var (
	reQuoteForms = []*legal.Pattern{
		legal.MustPattern(`“([^”]{2,300})”`),
		legal.MustPattern(`"([^"]{2,300})"`),
		legal.MustPattern(`‘(.{2,300}?)’(?:[^\pL\pN]|$)`),
		legal.MustPattern(`(?:^|[\s(—–:])'(.{2,300}?)'(?:[^\pL\pN]|$)`),
	}
	reDefParenOpen = legal.MustPattern(`\((?:(?:hereinafter|collectively|together|each|individually),?\s+)?(?:referred to as\s+)?(?:the\s+|a\s+|an\s+)?[“"‘']$`)
	reDefParenShut = legal.MustPattern(`^[”"’']\)`)
)

// quotations returns the quoted passages of a sentence, in order, leaving
// out defined-term parentheticals (the “Module”).
func quotations(text legal.Text) []quoteSpan {
	var out []quoteSpan
	taken := func(a, b int) bool {
		for _, q := range out {
			if a < q.end && q.start < b {
				return true
			}
		}
		return false
	}
	for _, re := range reQuoteForms {
		for _, m := range re.FindAllTextSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			if taken(a, b) || reDefParenOpen.MatchString(text.String()[:a]) && reDefParenShut.MatchString(text.String()[b:]) {
				continue
			}
			out = append(out, quoteSpan{a, b})
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// statementSentence reports a sentence that sets out what a defendant said
// (not Plaintiff's own marketing): it names a defendant and uses a
// statement word, or calls something false.
func statementSentence(_ *lint.Pass, dterms []string, s *document.Sentence) bool {
	if isChallengedStatement(s.Indexed()) {
		return true
	}
	return lexicon.LanhamStatement().MatchText(s.Indexed()) && mentionsDefendant(dterms, s.Indexed())
}

// quotesStatement reports a quotation of at least two words in text, in
// any quote style: a quoted statement ("wildly inaccurate"), not a defined
// term, which quotations already leaves out.
func quotesStatement(text legal.Text) bool {
	for _, q := range quotations(text) {
		if len(strings.Fields(text.String()[q.start:q.end])) >= 2 {
			return true
		}
	}
	return false
}

// adDefinitionsText is the text of the defining sentences of defined terms
// a sentence uses, leaving out the parties' definitions ("Defendant Acme
// Corp. (“Acme”) sells ...") whose dates and audiences say nothing about the
// advertisement.
func adDefinitionsText(p *lint.Pass, s *document.Sentence) string {
	var b strings.Builder
	for _, d := range p.Definitions(s) {
		if reDefendantWord.MatchText(d.Indexed()) || rePlaintiffWord.MatchText(d.Indexed()) {
			continue
		}
		b.WriteString(d.Text)
		b.WriteString(" ")
	}
	return b.String()
}

// adSentence reports a sentence that pleads an advertisement: a challenged
// statement, a statement of Defendant's or a quoted one ("The report states
// that '...'"), or Defendant's use of a medium ("Defendant e-mailed its
// report to ...").
func adSentence(p *lint.Pass, dterms []string, s *document.Sentence) bool {
	if statementSentence(p, dterms, s) {
		return true
	}
	if lexicon.LanhamStatement().MatchText(s.Indexed()) && quotesStatement(s.Indexed()) {
		return true
	}
	return lexicon.LanhamMedium().MatchText(s.Indexed()) && lexicon.LanhamDisseminate().MatchText(s.Indexed()) &&
		mentionsDefendant(dterms, s.Indexed())
}

// lanhamFAApplies reports whether a § 43(a) count pleads false advertising
// at all. An "Unfair Competition (15 U.S.C. § 1125(a))" count in a
// trademark case, about marks and confusion with no advertising statement,
// is not one: the false-advertising rules say nothing useful about it.
//
// Nor is a count under another state's consumer-protection or deceptive
// trade practices statute (Mass. ch. 93A, a state UDTPA) that never cites
// the Lanham Act: its body reads like false advertising, but § 43(a)'s
// elements are not its elements.
func lanhamFAApplies(p *lint.Pass) bool {
	c := p.Count()
	text := c.Title
	for _, s := range p.Own() {
		text += " " + s.Text
	}
	if lexicon.LanhamStateStatute().Match(c.Title) && !lexicon.LanhamFederalCite().Match(text) {
		return false
	}
	if lexicon.LanhamFaTheory().Match(text) {
		return true
	}
	return !lexicon.LanhamTrademarkTheory().Match(text)
}

// rePointedParagraphs finds the allegation numbers a sentence points at:
// "paragraph 5", "paragraphs 4 and 7", "¶¶ 12-14", "paragraphs 3 through 6".
var (
	rePointedParagraphs = legal.MustPattern(`(?i)(?:\bparagraphs?|¶¶?)\s*(\d+(?:\s*(?:,|and|&|through|to|-|–)\s*\d+)*)`)
	rePointedNumber     = legal.MustPattern(`\d+|through|to|-|–`)
)

// pointedAllegations are the allegations count ci's own paragraphs point
// at by number to say which statements it challenges ("the advertisements
// described in paragraph 7"), leaving out the incorporation sentence that
// pulls in every fact. Nil when the count points at none.
func pointedAllegations(d *document.Document, ci int) map[int]bool {
	incorporates := lexicon.LanhamIncorporates()
	var out map[int]bool
	for _, si := range d.Counts[ci].Sentences {
		text := d.Sentences[si].Text
		if incorporates.Match(text) {
			continue
		}
		for _, m := range rePointedParagraphs.FindAllStringSubmatch(text, -1) {
			prev, ranged := 0, false
			for _, tok := range rePointedNumber.FindAllString(m[1], -1) {
				n, err := strconv.Atoi(tok)
				if err != nil {
					ranged = true
					continue
				}
				if out == nil {
					out = map[int]bool{}
				}
				if ranged && prev > 0 && n > prev && n-prev < 200 {
					for k := prev + 1; k < n; k++ {
						out[k] = true
					}
				}
				out[n] = true
				prev, ranged = n, false
			}
		}
	}
	return out
}

// challengeFocus says which incorporated facts a count challenges when
// several counts incorporate the same facts: an allegation another count
// points at by number, and this count does not, concerns that other
// count's statements ("the innovator statements in paragraph 5" for
// Count I, "the music ads in paragraph 7" for Count II).
type challengeFocus struct {
	own, others map[int]bool
}

func challengeFocusOf(p *lint.Pass) challengeFocus {
	pt := pointedFact.Of(p.Doc)
	// own is changed below: a copy of the document's.
	f := challengeFocus{own: maps.Clone(pt.byCount[p.CountIndex]), others: map[int]bool{}}
	for n, counts := range pt.counts {
		if pt.byCount[p.CountIndex][n] {
			counts--
		}
		if counts > 0 {
			f.others[n] = true
		}
	}
	// An allegation that goes on about the statements just pleaded
	// ("Those statements are false because ...") belongs with them.
	for _, i := range pt.goesOn {
		a := &p.Doc.Allegations[i]
		prev := p.Doc.Allegations[i-1].Number
		if f.others[prev] && !f.own[a.Number] {
			f.others[a.Number] = true
		}
		if f.own[prev] {
			f.own[a.Number] = true
		}
	}
	return f
}

// pointed is what challengeFocusOf reads of the whole document, worked out
// once for all its counts rather than once per count for every other
// count: the allegations each count points at, how many counts point at
// each, and the allegations (after the first) that open by going on about
// the one before them.
type pointed struct {
	byCount []map[int]bool
	counts  map[int]int
	goesOn  []int
}

var pointedFact = document.NewFact("allegations the counts point at", func(d *document.Document) pointed {
	pt := pointed{byCount: make([]map[int]bool, len(d.Counts)), counts: map[int]int{}}
	for ci := range d.Counts {
		pt.byCount[ci] = pointedAllegations(d, ci)
		for n := range pt.byCount[ci] {
			pt.counts[n]++
		}
	}
	for i := 1; i < len(d.Allegations); i++ {
		a := &d.Allegations[i]
		if reGoesOn.MatchText(d.Indexed(document.Span{Start: a.Span.Start, End: min(a.Span.End, a.Span.Start+80)})) {
			pt.goesOn = append(pt.goesOn, i)
		}
	}
	return pt
})

// reGoesOn is an allegation that opens by pointing back at the statements
// of the one before it: "Those statements are false", "These claims".
var reGoesOn = legal.MustPattern(`(?i)^\s*(?:\d+\.\s*)?(?:those|these|such|each of these|each of those|all of these|both) (?:[\w-]+ ){0,2}(?:statements?|claims?|representations?|advertisements?|ads|assertions|descriptions)\b`)

// challenged reports whether a sentence of the count's scope may be one
// the count challenges: its own sentence, an allegation it points at, or
// one no other count points at.
func (f challengeFocus) challenged(p *lint.Pass, s *document.Sentence) bool {
	if s.Count == p.CountIndex || s.Allegation < 0 || s.Allegation >= len(p.Doc.Allegations) {
		return true
	}
	n := p.Doc.Allegations[s.Allegation].Number
	return f.own[n] || !f.others[n]
}
