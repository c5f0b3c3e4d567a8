package lanham

import (
	"maps"
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// mentionsPlaintiff reports whether text names a plaintiff.
func mentionsPlaintiff(terms []string, text pattern.Text) bool {
	if plead.RePlaintiffWord.MatchText(text) {
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

// challengedStatements returns the challenged-statement sentences in scope.
func challengedStatements(scope []*document.Sentence) []*document.Sentence {
	var out []*document.Sentence
	for _, s := range scope {
		if plead.IsChallengedStatement(s.Indexed()) {
			out = append(out, s)
		}
	}
	return out
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
		pt.byCount[ci] = plead.PointedAllegations(d, ci)
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
var reGoesOn = pattern.MustPattern(`(?i)^\s*(?:\d+\.\s*)?(?:those|these|such|each of these|each of those|all of these|both) (?:[\w-]+ ){0,2}(?:statements?|claims?|representations?|advertisements?|ads|assertions|descriptions)\b`)

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
