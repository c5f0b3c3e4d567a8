package document

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// The sentence segmenter is prose's: the Punkt tokenizer of
// neurosnap/sentences with its English model. prose.NewDocument rebuilds
// that model on every call (about 9 ms), a fixed cost per file that would
// dominate a run over many files, so the model is built once per process and
// shared. Tokenize only reads the model, so sharing is safe.
var (
	segOnce   sync.Once
	segmenter *sentences.DefaultSentenceTokenizer
)

// Abbreviations the English model lacks that legal text is full of. Punkt
// consults this set before deciding that a period ends a sentence.
var legalAbbrevs = []string{
	"supp", "cir", "id", "al", "e.g", "i.e", "esq", "inc", "corp", "co", "ltd", "llc", "l.l.c", "l.p", "n.a",
	"no", "nos", "reg", "ex", "exh", "v", "vs", "u.s.c", "u.s", "f", "f.2d", "f.3d", "f.4th", "s.ct", "l.ed",
	"s.d.n.y", "e.d.n.y", "n.d", "s.d", "e.d", "w.d", "d.d.c", "d.n.j", "cal", "fed", "r", "civ", "p", "app'x",
	"dep't", "cnty", "ctr", "pub", "publ'ns", "int'l", "entm't", "sys", "info", "mgmt", "tel", "serv",
	"ass'n", "nat'l", "atl", "indus", "techs", "assocs", "bros", "mr", "ms", "mrs", "dr", "hon", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "seq", "ch", "art", "sec",
	"para", "pp", "cf", "approx", "st", "ave", "n.y", "n.y.2d", "n.y.3d", "a.d", "a.d.2d", "a.d.3d",
	"f.r.d", "wl", "dist", "lexis", "cert", "denied", "aff'd", "rev'd", "op", "ct", "gen", "bus", "l", "stat",
	"pl", "def", "decl", "dkt", "ecf", "attys", "atty", "prods", "elecs", "commc'ns", "gov't", "fin", "grp",
	"mfg", "sols", "cos", "div", "dept", "univ", "ins",
}

// segmenterInstance is the shared segmenter, read on first use. Reading
// the model is the largest fixed cost of a run (a few milliseconds, mostly
// building a map of twenty thousand words); it is spent only when a
// paragraph has a sentence boundary to decide (oneSentence), never by a
// command that lints nothing (rules, explain, version, help).
func segmenterInstance() *sentences.DefaultSentenceTokenizer {
	segOnce.Do(func() {
		model, err := parsePunktModel(punktModel)
		if err != nil {
			panic("document: reading the sentence model: " + err.Error())
		}
		t, err := english.NewSentenceTokenizer(model)
		if err != nil {
			panic("document: loading the sentence model: " + err.Error())
		}
		for _, a := range legalAbbrevs {
			t.AbbrevTypes.Add(a)
		}
		segmenter = t
	})
	return segmenter
}

// Abbreviations that end a sentence often enough that a split after them is
// kept when the next sentence starts with a capital ("... against Acme,
// Inc. Acme is ..."). The others are always joined to what follows.
var weakAbbrevs = map[string]bool{
	"inc.": true, "corp.": true, "co.": true, "ltd.": true, "llc.": true, "l.l.c.": true, "l.p.": true,
	"n.a.": true, "seq.": true, "s.d.n.y.": true, "e.d.n.y.": true, "u.s.": true, "al.": true, "etc.": true,
	"esq.": true, "cir.": true, "supp.": true, "n.y.": true, "cal.": true, "del.": true, "mass.": true,
	"d.d.c.": true, "d.n.j.": true, "cos.": true, "bros.": true, "prods.": true, "techs.": true,
}

var strongAbbrevs = map[string]bool{
	"v.": true, "vs.": true, "u.s.c.": true, "f.": true, "e.g.": true, "i.e.": true, "no.": true, "nos.": true,
	"reg.": true, "ex.": true, "exh.": true, "mr.": true, "ms.": true, "mrs.": true, "dr.": true, "hon.": true,
	"fed.": true, "r.": true, "civ.": true, "p.": true, "app'x.": true, "s.": true, "ct.": true, "pp.": true,
	"cf.": true, "id.": true, "see.": false, "jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true,
	"jul.": true, "aug.": true, "sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"§.": true, "art.": true, "sec.": true, "para.": true, "ch.": true, "approx.": true, "st.": true,
	"gen.": true, "bus.": true, "l.": true, "stat.": true, "dkt.": true, "ecf.": true, "wl.": true,
	"f.2d.": true, "f.3d.": true, "f.4th.": true, "a.d.": true, "a.d.2d.": true, "a.d.3d.": true,
	"n.d.": true, "s.d.": true, "e.d.": true, "w.d.": true, "cnty.": true, "int'l.": true, "ass'n.": true,
}

// segment splits one paragraph's text (already without its number label)
// into sentence spans relative to text.
func segment(text string) []Span {
	if sp, ok := oneSentence(text); ok {
		return sp
	}
	return segmentPunkt(text)
}

// sentenceEnds are the characters at which Punkt may end a sentence.
const sentenceEnds = ".?!"

// oneSentence is segment for a paragraph that has no sentence-ending
// punctuation except at its end (a heading-like line, "Plaintiff alleges
// as follows:", a one-line draft): Punkt splits only after one of
// sentenceEnds followed by more text, so the paragraph is one sentence and
// the model is not needed.
func oneSentence(text string) ([]Span, bool) {
	body := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(sentenceEnds+`"')]}”’`, r)
	})
	if strings.ContainsAny(body, sentenceEnds) {
		return nil, false
	}
	sp := trimSpan(text, Span{0, len(text)})
	if sp.Len() == 0 {
		return nil, true
	}
	return []Span{sp}, true
}

// segmentPunkt is segment through Punkt and the legal corrections.
func segmentPunkt(text string) []Span {
	raw := segmenterInstance().Tokenize(text)
	spans := make([]Span, 0, len(raw))
	for _, s := range raw {
		sp := trimSpan(text, Span{s.Start, s.End})
		if sp.Len() > 0 {
			spans = append(spans, sp)
		}
	}
	return mergeLegal(text, spans)
}

// mergeLegal undoes Punkt's false splits on legal text: after citation
// abbreviations ("F. Supp. 3d", "2d Cir.", "U.S.C. §", "Id."), after
// initials, before a lower-case continuation or a pin cite, and around a
// bare number.
func mergeLegal(text string, spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	out := spans[:1]
	for _, next := range spans[1:] {
		prev := &out[len(out)-1]
		if shouldJoin(text[prev.Start:prev.End], text[next.Start:next.End]) {
			prev.End = next.End
			continue
		}
		out = append(out, next)
	}
	return out
}

func shouldJoin(prev, next string) bool {
	last := lastWord(prev)
	lw := strings.ToLower(last)
	first, _ := utf8.DecodeRuneInString(next)
	nextStartsLower := unicode.IsLower(first) || unicode.IsDigit(first) || strings.ContainsRune("§¶(,;:)[", first)
	switch {
	case !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ".)") && !strings.HasSuffix(prev, ".”") && !strings.HasSuffix(prev, `."`):
		// Punkt split on "?" or "!" or something else: only a lower-case
		// continuation joins ("Who? the defendant" is never right).
		return nextStartsLower && !strings.HasSuffix(prev, "?") && !strings.HasSuffix(prev, "!")
	case strongAbbrevs[lw]:
		return true
	case insideCaseName(prev):
		// "Kelly v. L.L. Cool J., 145 F.R.D. 32": a case name runs from
		// "v." to the comma before the reporter.
		return true
	case isInitial(last) && labelsFollowing[strings.ToLower(wordBefore(prev))]:
		// "attached as Ex. A. The certificate ...": a letter label, not an
		// initial, so the sentence may end there.
		return nextStartsLower
	case isInitial(last):
		// "John A. Smith", "J. Sweet" — but a sentence may end with a
		// capital letter abbreviation rarely enough to always join.
		return true
	case weakAbbrevs[lw]:
		return nextStartsLower
	case isBareNumber(prev):
		// A paragraph or list label that Punkt made its own sentence.
		return true
	}
	if nextStartsLower {
		// Sentences never begin in lower case; "Id. at 5" or "(S.D.N.Y.
		// 2015)" fragments belong to the sentence before.
		return true
	}
	// Dotted abbreviations ("S.D.N.Y.", "U.S.C.") followed by a section
	// sign or a number continue a citation.
	if strings.Count(last, ".") >= 2 && (first == '§' || unicode.IsDigit(first)) {
		return true
	}
	return false
}

// labelsFollowing are words a capital-letter label follows.
var labelsFollowing = map[string]bool{"ex.": true, "exh.": true, "exhibit": true, "schedule": true, "appendix": true,
	"annex": true, "client": true, "customer": true, "section": true, "article": true, "part": true, "plan": true,
	"option": true, "tier": true, "class": true, "series": true, "group": true, "attachment": true, "tab": true}

// insideCaseName reports whether s ends inside a case name: after " v. "
// with no comma since.
func insideCaseName(s string) bool {
	i := strings.LastIndex(s, " v. ")
	if i < 0 || len(s)-i > 80 {
		return false
	}
	return !strings.ContainsAny(s[i:], ",;")
}

// wordBefore returns the word before the last word of s.
func wordBefore(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return ""
	}
	return lastWord(s[:i])
}

func lastWord(s string) string {
	s = strings.TrimRight(s, ")”\"'’")
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '“' || r == '"' })
	return s[i+1:]
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size > 0 && len(w) == size+1 && w[size] == '.' && unicode.IsUpper(r)
}

func isBareNumber(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	s = strings.TrimPrefix(s, "¶")
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '(' && r != ')' && (r < 'a' || r > 'z' || len(s) > 3) {
			return false
		}
	}
	return true
}

// sentences segments every paragraph and records each sentence with its
// paragraph, allegation, count and section.
func (b *builder) sentences() {
	d := b.d
	allegationOf := map[int]int{}
	for ai, a := range d.Allegations {
		allegationOf[a.Paragraph] = ai
	}
	for pi := range d.Paragraphs {
		if b.cancelled() {
			return
		}
		p := &d.Paragraphs[pi]
		ai, ok := allegationOf[pi]
		if !ok {
			ai = -1
		}
		sec := d.Sections[p.Section].Kind
		start := p.NumberEnd
		if start < p.Span.Start {
			start = p.Span.Start
		}
		text := d.Text[start:p.Span.End]
		p.FirstSentence = len(d.Sentences)
		add := func(sp Span, heading bool) {
			sp = Span{start + sp.Start, start + sp.End}
			s := Sentence{Span: sp, Text: d.Text[sp.Start:sp.End], ix: d.index, Paragraph: pi, Allegation: ai, Count: p.Count, Section: sec, Heading: heading, Index: len(d.Sentences)}
			if p.Count >= 0 && !heading {
				c := &d.Counts[p.Count]
				if sp.Start >= c.Heading.End {
					c.Sentences = append(c.Sentences, len(d.Sentences))
				} else {
					s.Heading = true
				}
			}
			d.Sentences = append(d.Sentences, s)
		}
		if p.Heading {
			add(trimSpan(text, Span{0, len(text)}), true)
		} else {
			for _, sp := range segment(text) {
				add(sp, false)
			}
		}
		p.EndSentence = len(d.Sentences)
	}
}
