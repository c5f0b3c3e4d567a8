package plead

import (
	"strconv"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Which sentences plead a challenged advertisement (Lanham Act false
// advertising, RULES.md §3.D, and California's FAL): a statement called
// false, a defendant's statement or a quoted one, the quotations in it, and
// the paragraphs a count points at to say which statements it challenges.

// IsChallengedStatement reports a sentence that calls a statement false or
// misleading: a falsity word and a statement word ("Defendant falsely
// advertised", "the misleading claims").
func IsChallengedStatement(text pattern.Text) bool {
	return lexicon.LanhamChallenged().MatchText(text) && lexicon.LanhamStatement().MatchText(text)
}

// StatementSentence reports a sentence that sets out what a defendant said
// (not Plaintiff's own marketing): it names a defendant and uses a
// statement word, or calls something false.
func StatementSentence(_ *lint.Pass, dterms []string, s *document.Sentence) bool {
	if IsChallengedStatement(s.Indexed()) {
		return true
	}
	return lexicon.LanhamStatement().MatchText(s.Indexed()) && MentionsDefendant(dterms, s.Indexed())
}

// AdSentence reports a sentence that pleads an advertisement: a challenged
// statement, a statement of Defendant's or a quoted one ("The report states
// that '...'"), or Defendant's use of a medium ("Defendant e-mailed its
// report to ...").
func AdSentence(p *lint.Pass, dterms []string, s *document.Sentence) bool {
	if StatementSentence(p, dterms, s) {
		return true
	}
	if lexicon.LanhamStatement().MatchText(s.Indexed()) && quotesStatement(s.Indexed()) {
		return true
	}
	return lexicon.LanhamMedium().MatchText(s.Indexed()) && lexicon.LanhamDisseminate().MatchText(s.Indexed()) &&
		MentionsDefendant(dterms, s.Indexed())
}

// quoteSpan is the inner text of one quotation in a sentence, relative to
// the sentence.
type quoteSpan struct{ Start, End int }

var (
	reQuoteForms = []*pattern.Pattern{
		pattern.MustPattern(`“([^”]{2,300})”`),
		pattern.MustPattern(`"([^"]{2,300})"`),
		pattern.MustPattern(`‘(.{2,300}?)’(?:[^\pL\pN]|$)`),
		pattern.MustPattern(`(?:^|[\s(—–:])'(.{2,300}?)'(?:[^\pL\pN]|$)`),
	}
	reDefParenOpen = pattern.MustPattern(`\((?:(?:hereinafter|collectively|together|each|individually),?\s+)?(?:referred to as\s+)?(?:the\s+|a\s+|an\s+)?[“"‘']$`)
	reDefParenShut = pattern.MustPattern(`^[”"’']\)`)
)

// Quotations returns the quoted passages of a sentence, in order, leaving
// out defined-term parentheticals (the “Module”).
func Quotations(text pattern.Text) []quoteSpan {
	var out []quoteSpan
	taken := func(a, b int) bool {
		for _, q := range out {
			if a < q.End && q.Start < b {
				return true
			}
		}
		return false
	}
	for _, re := range reQuoteForms {
		for _, m := range re.FindAllTextSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			if taken(a, b) || reDefParenOpen.MatchText(text.Slice(0, a)) && reDefParenShut.MatchText(text.From(b)) {
				continue
			}
			out = append(out, quoteSpan{a, b})
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// quotesStatement reports a quotation of at least two words in text, in
// any quote style: a quoted statement ("wildly inaccurate"), not a defined
// term, which quotations already leaves out.
func quotesStatement(text pattern.Text) bool {
	// Every quote form opens with one of these; most paragraphs have none.
	if !strings.ContainsAny(text.String(), "\"“‘'") {
		return false
	}
	for _, q := range Quotations(text) {
		if len(strings.Fields(text.String()[q.Start:q.End])) >= 2 {
			return true
		}
	}
	return false
}

// rePointedParagraphs finds the allegation numbers a sentence points at:
// "paragraph 5", "paragraphs 4 and 7", "¶¶ 12-14", "paragraphs 3 through 6".
var (
	rePointedParagraphs = pattern.MustPattern(`(?i)(?:\bparagraphs?|¶¶?)\s*(\d+(?:\s*(?:,|and|&|through|to|-|–)\s*\d+)*)`)
	rePointedNumber     = pattern.MustPattern(`\d+|through|to|-|–`)
)

// PointedAllegations are the allegations count ci's own paragraphs point
// at by number to say which statements it challenges ("the advertisements
// described in paragraph 7"), leaving out the incorporation sentence that
// pulls in every fact. Nil when the count points at none.
func PointedAllegations(d *document.Document, ci int) map[int]bool {
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
