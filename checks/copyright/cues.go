package copyright

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

func lastIndex(re plead.Finder, s string) int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return -1
	}
	return all[len(all)-1][0]
}

var reSecondary = pattern.MustPattern(`(?i)\b(?:contributory|vicarious|induc\w*|secondary)\b`)

// ccCountTargets returns the defendants a count is pleaded against when its
// heading names some of them ("(Against Peachtree)"), or nil when it names
// none or all of them.
func ccCountTargets(p *lint.Pass, pt plead.PartyTerms) []string {
	c := p.Count()
	if c == nil {
		return nil
	}
	// A secondary-liability count rests on someone else's infringement,
	// whoever committed it.
	if reSecondary.MatchString(c.Title) {
		return nil
	}
	m := plead.ReCCAgainst.FindStringSubmatch(plead.CountHeadingText(p.Doc, c))
	if m == nil || strings.Contains(strings.ToLower(m[1]), "all defendants") || len(pt.Defendant) < 2 {
		return nil
	}
	named := plead.NamedInHeading(m[1], pt.Defendant)
	var out []string
	for _, t := range pt.Defendant {
		if slices.Contains(named, t) {
			out = append(out, t)
		}
	}
	return out
}

// mentionsTarget reports whether text names one of the count's target
// defendants, or any defendant when the count names none.
func mentionsTarget(pt plead.PartyTerms, targets []string, text pattern.Text) bool {
	if len(targets) == 0 {
		return plead.MentionsDefendant(pt.Defendant, text)
	}
	for _, t := range targets {
		if len(plead.WordIndexes(text.String(), t)) > 0 {
			return true
		}
	}
	return false
}

// mentionsParty reports whether text names the party by word or term.
func ccMentionsPlaintiff(pt plead.PartyTerms, s pattern.Text) bool {
	if plead.RePlaintiffWord.MatchText(s) {
		return true
	}
	for _, t := range pt.Plaintiff {
		if len(plead.WordIndexes(s.String(), t)) > 0 {
			return true
		}
	}
	return false
}

// isAct reports a verb of a § 106 act (or a loose equivalent) in text, not
// counting boilerplate such as "a copy of which is Exhibit B".
func isAct(text pattern.Text) bool {
	if s := text.String(); strings.Contains(s, "cop") || strings.Contains(s, "Cop") || strings.Contains(s, "COP") {
		text = plead.BlankLex(lexicon.CopyrightActBoilerplate(), text)
	}
	return lexicon.CopyrightAct().MatchText(text)
}

// actFact is isAct for the sentences of a document, each answered once.
var actFact = document.NewSentenceFact("copyright act sentences", func(d *document.Document, s *document.Sentence) bool {
	return !s.Heading && isAct(s.Indexed())
})

// isActSentence is isAct for a sentence of the document, computed once per
// document.
func isActSentence(d *document.Document, s *document.Sentence) bool {
	if plead.SentenceIndex(d, s) < 0 {
		return isAct(s.Indexed())
	}
	return actFact.Of(d, s)
}

var rePronounSubject = pattern.MustPattern(`(?i)\b(?:it|they)\b`)

// actSentences returns the sentences of a count's scope that plead an
// infringing act by the defendant the count is against: an act verb and
// that defendant by name, its accused product, or a pronoun whose
// antecedent, in the sentence before in the same paragraph, names it
// ("In February 2020, Orchard & Vine bought a license. Beginning in April
// 2020 it embedded copies ...").
func actSentences(p *lint.Pass, pt plead.PartyTerms) []*document.Sentence {
	return actSentencesOf(p, pt, ccCountTargets(p, pt))
}

// actSentencesOf is actSentences for the acts of the given defendants (any
// defendant when targets is empty).
func actSentencesOf(p *lint.Pass, pt plead.PartyTerms, targets []string) []*document.Sentence {
	ix := newAccusedIndex(p)
	d := p.Doc
	secondary := p.Count() != nil && reSecondary.MatchString(p.Count().Title)
	// An individual defendant is often never given a defined term: the
	// parties section says "Defendant Dale Okamura is ..." and the counts
	// say "Okamura reproduced ...". The surname names the defendant too.
	names := plead.DefendantNames(d)
	var out []*document.Sentence
	for _, s := range p.Scope() {
		if !isActSentence(d, s) || plead.IsIncorporation(p, s) {
			continue
		}
		switch {
		case mentionsTarget(pt, targets, s.Indexed()):
		case len(targets) == 0 && plead.MentionsDefendant(names, s.Indexed()):
		case len(targets) == 0 && ix.accusedRef(p, s):
		case len(targets) > 0 && ix.ownedBy(s.Text, targets):
		case rePronounSubject.MatchText(s.Indexed()) && previousNamesTarget(d, pt, targets, s):
		case secondary && lexicon.PartyThird().MatchText(s.Indexed()):
		default:
			continue
		}
		out = append(out, s)
	}
	return out
}

// previousNamesTarget reports that the sentence before s in its paragraph
// names the count's defendant.
func previousNamesTarget(d *document.Document, pt plead.PartyTerms, targets []string, s *document.Sentence) bool {
	i := plead.SentenceIndex(d, s)
	if i <= 0 {
		return false
	}
	prev := &d.Sentences[i-1]
	return prev.Paragraph == s.Paragraph && mentionsTarget(pt, targets, prev.Indexed())
}

var (
	// A year inside a case citation's parenthetical, "(S.D.N.Y. 2015)",
	// "(2d Cir. 2008)", or naming a statute, "Copyright Act of 1976".
	reCiteParen = pattern.MustPattern(`\([^()]*\b(?:Cir|Supp|App'x|App’x|S\.D\.N\.Y|E\.D\.N\.Y|D\.|N\.D|S\.D|E\.D|W\.D|C\.D|Fed|Cal|Del|Mass|N\.Y|Tex|Ill|Pa|U\.S)\.?[^()]*\)`)
	reActOf     = pattern.MustPattern(`(?i)\b(?:act|convention|treaty|amendments?|law)\s+of\s+$`)
)

// citationDate reports a date that belongs to a citation or a statute's
// name rather than to the facts.
func citationDate(text pattern.Text, dm legal.DateMention) bool {
	if reActOf.MatchText(text.Slice(0, dm.Start)) {
		return true
	}
	for _, m := range reCiteParen.FindAllTextIndex(text, -1) {
		if m[0] <= dm.Start && dm.End <= m[1] {
			return true
		}
	}
	// "F. Supp. 3d 501, 505 (S.D.N.Y. 2015)" split oddly, or "2015 WL 170348".
	rest := strings.TrimLeft(text.String()[dm.End:], " ")
	return strings.HasPrefix(rest, "WL ") || strings.HasPrefix(rest, "U.S. Dist.")
}

// actDates returns the date mentions in text that can date an infringing
// act: not citation years, and not dates whose clause is about
// registration, creation, publication or contract formation — unless a
// link word ties that clause to the act ("from 2006, when ...", "after LP
// published it in 2012").
func actDates(text string) []legal.DateMention {
	return actDatesBy(pattern.Plain(text), plead.PartyTerms{})
}

// actDatesBy is actDates knowing the parties' names: publishing, creating
// or writing is the work's history when Plaintiff does it, and the
// infringing act when Defendant does ("On June 1, 2023, Suncoast published
// the Work on its website").
func actDatesBy(text pattern.Text, pt plead.PartyTerms) []legal.DateMention {
	if !legal.HasTimeText(text) {
		return nil
	}
	nonAct := lexicon.CopyrightNonActDate()
	link := lexicon.CopyrightActLink()
	var out []legal.DateMention
	for _, dm := range legal.DatesText(text) {
		if citationDate(text, dm) {
			continue
		}
		cl := plead.ClauseAround(text, dm.Start, dm.End)
		linked := link.Match(cl) && isAct(pattern.Plain(cl))
		if nonAct.Match(cl) && !linked && !defendantMakes(cl, pt) {
			continue
		}
		out = append(out, dm)
	}
	return out
}

// defendantMakes reports a clause whose only non-act words are verbs of
// making or publishing done by Defendant: an act of infringement, not the
// work's history.
func defendantMakes(cl string, pt plead.PartyTerms) bool {
	locs := lexicon.CopyrightNonActDate().FindAll(cl)
	for _, m := range locs {
		if !reMakingVerb.MatchString(cl[m[0]:m[1]]) || plead.ActorBefore(pt, pattern.Plain(cl), m[0]) != plead.PartyDefendant {
			return false
		}
	}
	return len(locs) > 0
}

var reMakingVerb = pattern.MustPattern(`(?i)^(?:publi|creat|wr|develop|design|author)`)

// datesAct reports whether text carries a date that can date an act.
func datesAct(text string) bool { return len(actDates(text)) > 0 }

// datesFact is, for the sentences of a document, whether one carries a
// date that can date an act of the defendant's (the plaintiff's own
// publication dates are the work's history, not an act). Each sentence is
// answered once, when first asked: the rules ask about acts and their
// neighbours, not every sentence of the complaint.
var datesFact = document.NewSentenceFact("copyright act dates", func(d *document.Document, s *document.Sentence) bool {
	return !s.Heading && len(actDatesBy(s.Indexed(), plead.PartyRoles(d))) > 0
})

// datesActSentence is that for a sentence of the document, computed once
// per document.
func datesActSentence(d *document.Document, s *document.Sentence) bool {
	if plead.SentenceIndex(d, s) < 0 {
		return len(actDatesBy(s.Indexed(), plead.PartyRoles(d))) > 0
	}
	return datesFact.Of(d, s)
}

// definitionsText is the text of the definitions of terms a sentence uses.
func definitionsText(p *lint.Pass, s *document.Sentence) string {
	var b strings.Builder
	for _, d := range p.Definitions(s) {
		b.WriteString(d.Text)
		b.WriteString(" ")
	}
	return b.String()
}

// actDefinitions returns the defining sentences, among the terms s uses,
// that can date the act: a defined period ("the Infringement Period") or a
// defined act of Defendant ("the Copying") — not the definition of the
// work, whose dates are its creation.
func actDefinitions(p *lint.Pass, s *document.Sentence, pt plead.PartyTerms) []*document.Sentence {
	var out []*document.Sentence
	targets := ccCountTargets(p, pt)
	for _, def := range p.Doc.DefinitionsUsed(s.Text) {
		ds := &p.Doc.Sentences[def.Sentence]
		if ds == s || plead.IsPartyWord(pt, def.Term) {
			continue
		}
		// A defined act must be the act of the defendant the count is
		// against: the maker's launch date does not date a retailer's sales.
		if lexicon.CopyrightPeriodTerm().Match(def.Term) || (isActSentence(p.Doc, ds) && mentionsTarget(pt, targets, ds.Indexed())) {
			out = append(out, ds)
		}
	}
	return out
}

// dateSpan is the interval a date mention can mean: "2011" is all of
// 2011, "March 3, 2013" one day.
type dateSpan struct {
	lo, hi time.Time
	ok     bool
}

var (
	reBoundMonthDate = pattern.MustPattern(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b`)
	reBoundNum       = pattern.MustPattern(`\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d{2})\b`)
	reBoundISO       = pattern.MustPattern(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
	reBoundQuarter   = pattern.MustPattern(`(?i)\b(?:q([1-4])|(first|second|third|fourth) quarter(?: of)?)\s*((?:19|20)\d{2})\b`)
	reBoundSeason    = pattern.MustPattern(`(?i)\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d{2})\b`)
)

var ccMonthIndex = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func calendarDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// boundsOf parses a date mention into the interval it denotes.
func boundsOf(dm legal.DateMention) dateSpan {
	t := dm.Text
	year := func(s string) int {
		n, _ := strconv.Atoi(s)
		if n < 100 {
			if n < 50 {
				return 2000 + n
			}
			return 1900 + n
		}
		return n
	}
	if m := reBoundMonthDate.FindStringSubmatch(t); m != nil {
		y := year(m[3])
		mo := ccMonthIndex[strings.ToLower(m[1])[:3]]
		if m[2] != "" {
			d, _ := strconv.Atoi(m[2])
			return dateSpan{calendarDay(y, mo, d), calendarDay(y, mo, d), true}
		}
		return dateSpan{calendarDay(y, mo, 1), calendarDay(y, mo+1, 1).AddDate(0, 0, -1), true}
	}
	if m := reBoundISO.FindStringSubmatch(t); m != nil {
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return dateSpan{calendarDay(year(m[1]), time.Month(mo), d), calendarDay(year(m[1]), time.Month(mo), d), true}
	}
	if m := reBoundNum.FindStringSubmatch(t); m != nil {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		return dateSpan{calendarDay(year(m[3]), time.Month(mo), d), calendarDay(year(m[3]), time.Month(mo), d), true}
	}
	if m := reBoundQuarter.FindStringSubmatch(t); m != nil {
		q := 0
		if m[1] != "" {
			q, _ = strconv.Atoi(m[1])
		} else {
			q = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[strings.ToLower(m[2])]
		}
		y := year(m[3])
		lo := calendarDay(y, time.Month(3*q-2), 1)
		return dateSpan{lo, lo.AddDate(0, 3, -1), true}
	}
	if m := reBoundSeason.FindStringSubmatch(t); m != nil {
		y := year(m[2])
		switch strings.ToLower(m[1]) {
		case "spring":
			return dateSpan{calendarDay(y, 3, 1), calendarDay(y, 6, 30), true}
		case "summer":
			return dateSpan{calendarDay(y, 6, 1), calendarDay(y, 9, 30), true}
		case "fall", "autumn":
			return dateSpan{calendarDay(y, 9, 1), calendarDay(y, 12, 31), true}
		default:
			return dateSpan{calendarDay(y, 1, 1), calendarDay(y+1, 3, 31), true}
		}
	}
	if dm.Year > 0 {
		return dateSpan{calendarDay(dm.Year, 1, 1), calendarDay(dm.Year, 12, 31), true}
	}
	return dateSpan{}
}

// ---------------------------------------------------------------- relative anchors

var reRelativeEvent = pattern.MustPattern(`(?s)^\s*(.{3,90}?)(?:[,;.:()]|\s[—–]\s|$)`)

var eventStop = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"of": true, "by": true, "with": true, "to": true, "and": true, "or": true, "in": true, "on": true, "for": true,
	"parties": true, "party": true, "parties'": true, "party's": true, "plaintiff": true, "defendant": true,
	"plaintiff's": true, "defendant's": true, "it": true, "they": true, "had": true, "has": true, "have": true,
	"was": true, "were": true, "been": true, "that": true, "this": true, "which": true, "between": true,
	"plaintiffs": true, "defendants": true, "plaintiffs'": true, "defendants'": true}

// relativeEvent parses "after the Agreement terminated" into the kind of
// event (the lexicon that names it) and the words that identify it.
type relativeEvent struct {
	kind  string   // copyright.event-end | -start | -launch
	words []string // lower-case stems of the event's nouns
}

func eventKind(s string) string {
	for _, k := range []string{"copyright.event-end", "copyright.event-start", "copyright.event-launch"} {
		if legal.Lex(k).Match(s) {
			return k
		}
	}
	return ""
}

// relativeEvents finds relative anchors in an act sentence.
func relativeEvents(text pattern.Text, pt plead.PartyTerms) []relativeEvent {
	var out []relativeEvent
	for _, m := range lexicon.CopyrightRelativeCue().FindAllText(text) {
		rest := text.String()[m[1]:]
		em := reRelativeEvent.FindStringSubmatch(rest)
		if em == nil {
			continue
		}
		clause := em[1]
		kind := eventKind(clause)
		if kind == "" || legal.HasTime(clause) {
			// No event, or a dated one ("following the 2012 launch"), which
			// dates the act by itself.
			continue
		}
		var words []string
		for _, w := range strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
			lw := strings.ToLower(strings.Trim(w, "'’"))
			if eventStop[lw] || len(lw) < 3 || plead.IsPartyWord(pt, w) || legal.Lex(kind).Match(lw) {
				continue
			}
			if len(lw) > 5 {
				lw = lw[:5]
			}
			words = append(words, lw)
		}
		if len(words) == 0 {
			continue
		}
		out = append(out, relativeEvent{kind: kind, words: words})
	}
	return out
}

// resolves reports whether a dated sentence describes the event.
func (e relativeEvent) resolves(text string) bool {
	if !legal.HasTime(text) || !legal.Lex(e.kind).Match(text) {
		return false
	}
	low := strings.ToLower(text)
	for _, w := range e.words {
		if !strings.Contains(low, w) {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- registration

// registrationEvidence is what a whole complaint says about registration.
type registrationEvidence struct {
	issued  []*document.Sentence // a number, certificate, or registration pleaded as made
	pending []pendingMention     // an application pleaded as pending
	exempt  bool                 // foreign work, preregistration, refusal, live broadcast
}

type pendingMention struct {
	s   *document.Sentence
	loc []int
}

var (
	reCopyrightWord = pattern.MustPattern(`(?i)\bcopyright`)
	reRegistWord    = pattern.MustPattern(`(?i)\bregist`)
	// "first published in Germany" names a foreign first publication unless
	// the place is the United States.
	reFirstPublished = pattern.MustPattern(`(?i:first published)(?:\s+\w+){0,3}\s+(?i:in|outside(?: of)?)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)`)
)

// registrationIn collects the registration evidence of a document.
func registrationIn(d *document.Document) registrationEvidence {
	return registrationFact.Of(d)
}

var registrationFact = document.NewFact("copyright registration evidence", computeRegistration)

func computeRegistration(d *document.Document) registrationEvidence {
	var ev registrationEvidence
	num := lexicon.CopyrightRegNumber()
	issued := lexicon.CopyrightRegIssued()
	pending := lexicon.CopyrightRegPending()
	exempt := lexicon.CopyrightRegExempt()
	worksParas := paragraphsSpeakingOfWorks(d)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		t := s.Text
		if exempt.MatchText(s.Indexed()) && (reCopyrightWord.MatchText(s.Indexed()) || reRegistWord.MatchText(s.Indexed()) || strings.Contains(t, "411") || strings.Contains(strings.ToLower(t), "work")) {
			ev.exempt = true
		}
		if m := reFirstPublished.FindTextSubmatch(s.Indexed()); m != nil {
			place := strings.ToLower(m[1])
			if !strings.HasPrefix(place, "united states") && !strings.HasPrefix(place, "u.s") && !strings.HasPrefix(place, "america") && !strings.HasPrefix(place, "new york") {
				ev.exempt = true
			}
		}
		hasNum := num.MatchText(s.Indexed())
		// "Plaintiffs' registered illustrations, listed by title and
		// registration number in Exhibit 1": works named by kind next to
		// their registration are copyright works.
		copyrightCtx := reCopyrightWord.MatchText(s.Indexed()) || hasNum || worksParas[s.Paragraph] || (s.Paragraph < 0 && reWorksOfAuthorship.MatchText(s.Indexed())) ||
			reRegistWord.MatchText(s.Indexed()) && (lexicon.CopyrightWorkKind().MatchText(s.Indexed()) || lexicon.CopyrightSoftwareNoun().MatchText(s.Indexed()))
		if loc := pending.FindText(s.Indexed()); loc != nil && !hasNum && (copyrightCtx || reRegistWord.MatchText(s.Indexed())) {
			ev.pending = append(ev.pending, pendingMention{s, loc})
			continue
		}
		if hasNum || (copyrightCtx && issued.MatchText(s.Indexed())) || (copyrightCtx && reRegistWord.MatchText(s.Indexed()) && plead.HasExhibit(s.Indexed())) {
			ev.issued = append(ev.issued, s)
		}
	}
	return ev
}

// reWorksOfAuthorship marks a paragraph about copyrighted works even when
// the sentence that registers them does not repeat the word "copyright":
// "The Reports are original works of authorship. The certificates of
// registration for them are attached as Exhibit B."
var reWorksOfAuthorship = pattern.MustCompile(`(?i)\b(?:copyright\w*|works? of authorship|copyrightable|sound recordings?|musical (?:compositions?|works?)|motion pictures?|audiovisual works?|literary works?|photographs?|architectural works?|pictorial|graphic works?)\b`)

// paragraphsSpeakingOfWorks marks, by paragraph index, the paragraphs
// with a sentence that speaks of copyright or works of authorship, so that
// a sentence is read in the context of its paragraph. It is one pass over
// the sentences: asking per sentence whether its neighbours match would be
// quadratic in a paragraph's length (a complaint pasted as one line is one
// paragraph of many thousands of sentences). A sentence outside every
// paragraph (index -1) is marked by no paragraph.
func paragraphsSpeakingOfWorks(d *document.Document) map[int]bool {
	marked := map[int]bool{}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Paragraph >= 0 && !marked[s.Paragraph] && reWorksOfAuthorship.MatchText(s.Indexed()) {
			marked[s.Paragraph] = true
		}
	}
	return marked
}

// ---------------------------------------------------------------- names

// reCapNameExpr is a run of capitalised words (allowing digits, internal
// punctuation and short joiners) — a product or work title.
// It is read by capNames, which walks the text as the expression would;
// the expression is kept to hold capNames to it (capnames_test.go).
const reCapNameExpr = `\b[A-Z][\w+.&/-]*(?:\s+(?:of|for|and|the|de|&)?\s*[A-Z0-9][\w+.&/-]*)*`

// capNameJoins are the words the expression allows between two
// capitalised words, in the order it tries them.
var capNameJoins = []string{"of", "for", "and", "the", "de", "&"}

// capNames is reCapNameExpr's FindAllStringIndex of s. The expression
// begins at every capital letter, so asking it over a sentence ran a
// backtracking match at each one; the walk below reads each byte about
// once. Its greedy parts have only one way to succeed: a name part ends
// where its characters do, a join is tried only at the end of the white
// space, and whatever follows a successful part may stop the name there.
func capNames(s string) [][]int {
	var out [][]int
	for p := 0; p < len(s); p++ {
		if s[p] < 'A' || s[p] > 'Z' || p > 0 && isWordByte(s[p-1]) {
			continue
		}
		e := nameRun(s, p+1)
		for {
			k := e
			for k < len(s) && isRegexpSpace(s[k]) {
				k++
			}
			if k == e {
				break
			}
			next := -1
			for _, w := range capNameJoins {
				if strings.HasPrefix(s[k:], w) {
					m := k + len(w)
					for m < len(s) && isRegexpSpace(s[m]) {
						m++
					}
					if m < len(s) && isUpperOrDigit(s[m]) {
						next = m
						break
					}
				}
			}
			if next < 0 && k < len(s) && isUpperOrDigit(s[k]) {
				next = k
			}
			if next < 0 {
				break
			}
			e = nameRun(s, next+1)
		}
		out = append(out, []int{p, e})
		p = e - 1
	}
	return out
}

// nameRun is the end of the run of [\w+.&/-] characters from i.
func nameRun(s string, i int) int {
	for i < len(s) && (isWordByte(s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '&' || s[i] == '/' || s[i] == '-') {
		i++
	}
	return i
}

// isWordByte is a regular expression's \w: an ASCII letter, digit or
// underscore (a byte of a longer UTF-8 sequence is none).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func isUpperOrDigit(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }

var nameStop = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "Upon": true, "By": true,
	"Plaintiff": true, "Plaintiffs": true, "Defendant": true, "Defendants": true, "Court": true, "Complaint": true,
	"Count": true, "Exhibit": true, "Ex": true, "Section": true, "Paragraph": true, "United": true, "States": true,
	"Copyright": true, "Office": true, "Act": true, "Agreement": true, "Register": true, "Copyrights": true,
	"It": true, "Its": true, "This": true, "That": true, "These": true, "Those": true, "Such": true, "From": true,
	"Since": true, "After": true, "Before": true, "As": true, "At": true, "To": true, "Through": true, "During": true,
	"Beginning": true, "Starting": true, "Under": true, "Using": true, "With": true, "When": true, "Each": true,
	"Further": true, "Moreover": true, "Additionally": true, "Thereafter": true, "Following": true, "Information": true,
	"Belief": true, "Inc": true, "Inc.": true, "LLC": true, "Corp": true, "Corp.": true, "Ltd": true, "Co": true, "Co.": true,
	"U.S.C.": true, "U.S.C": true, "U.S.": true, "Reg": true, "Reg.": true, "No": true, "No.": true, "Nos.": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true, "On or": true,
	"DMCA": true, "CFAA": true, "Millennium": true, "Digital": true, "Federal": true, "Rule": true, "Rules": true,
	"WHEREFORE": true, "Upon information": true, "Between": true, "All": true, "Any": true, "Both": true,
}

// properNames returns the capitalised names in text that can name a thing:
// not the first word of the sentence alone, not party words, months,
// statutes, or the parties' defined terms.
func properNames(text pattern.Text, pt plead.PartyTerms) [][]int {
	var out [][]int
	for _, m := range capNames(text.String()) {
		name := strings.TrimRight(text.String()[m[0]:m[1]], ".,")
		end := m[0] + len(name)
		words := strings.Fields(name)
		// Drop leading stop words ("The Acme Assist" → "Acme Assist").
		for len(words) > 0 && nameStop[words[0]] {
			off := strings.Index(text.String()[m[0]:end], words[0]) + len(words[0])
			m = []int{m[0] + off, end}
			for m[0] < end && text.String()[m[0]] == ' ' {
				m[0]++
			}
			words = words[1:]
		}
		if len(words) == 0 {
			continue
		}
		all := true
		for _, w := range words {
			if !nameStop[w] && !plead.IsPartyWord(pt, w) {
				all = false
			}
		}
		if all {
			continue
		}
		if m[0] == 0 && len(words) == 1 {
			continue
		}
		// All-capital single words of two or three letters are usually
		// abbreviations of parties or statutes ("LP", "AES").
		if len(words) == 1 && len(words[0]) <= 3 && strings.ToUpper(words[0]) == words[0] {
			continue
		}
		out = append(out, []int{m[0], end})
	}
	return out
}

// versionRe is the [copyright.version] lexicon: versions, releases, builds,
// style and model numbers.
func versionRe() plead.Finder { return lexicon.CopyrightVersion().Regexp() }

var reURL = pattern.MustPattern(`(?i)\bhttps?://\S+|\bwww\.[\w.-]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ai|co|app|dev|example|us|info|biz|tv)\b(?:/\S*)?`)

var reFileName = pattern.MustPattern(`\b[A-Za-z_][\w-]*\.(?:js|java|class|jar|cs|py|cpp|cc|c|h|hpp|rb|go|php|html?|css|json|xml|dll|exe|so|swift|kt|ts|jsx|tsx|sql|war|apk|ipa|min\.js)\b`)

// reQuotedNameExpr is a short quoted name: 'Acme Assist', “Predict”.
// It is read by quotedNameMatches, which walks the text as the expression
// would; the expression is kept to hold the walk to it (capnames_test.go).
const reQuotedNameExpr = `["'‘“]([A-Z0-9][^"'‘’“”\n]{0,60})["'’”]`

// quotedNameMatches is reQuotedNameExpr's FindAllStringSubmatchIndex of s.
// The expression begins at every apostrophe, which possessives make
// common; the walk decides each place by reading on to the first mark. No
// closing mark can be inside a name, so the name runs to the first mark
// or line end, and matches only when that is a closing mark within 60
// characters.
func quotedNameMatches(s string) [][]int {
	var out [][]int
	for p := 0; p < len(s); p++ {
		q := 0
		switch {
		case s[p] == '"' || s[p] == '\'':
			q = 1
		case strings.HasPrefix(s[p:], "‘") || strings.HasPrefix(s[p:], "“"):
			q = len("“")
		default:
			continue
		}
		a := p + q
		if a >= len(s) || !isUpperOrDigit(s[a]) {
			continue
		}
		b, n := a+1, 0
		for b < len(s) && n <= 60 {
			r, w := utf8.DecodeRuneInString(s[b:])
			if strings.ContainsRune("\"'‘’“”\n", r) {
				break
			}
			b += w
			n++
		}
		if n > 60 || b >= len(s) {
			continue
		}
		r, w := utf8.DecodeRuneInString(s[b:])
		if r != '"' && r != '\'' && r != '’' && r != '”' {
			continue
		}
		out = append(out, []int{p, b + w, a, b})
		p = b + w - 1
	}
	return out
}

// quotedNames finds short quoted names that are not a definition's
// parenthetical: “Acme Assist” in "its “Acme Assist” product".
func quotedNames(text pattern.Text) [][]int {
	var out [][]int
	for _, m := range quotedNameMatches(text.String()) {
		inner := text.String()[m[2]:m[3]]
		if len(strings.Fields(inner)) > 6 {
			continue
		}
		before := strings.TrimRight(text.String()[:m[0]], " ")
		if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "the") && strings.HasSuffix(strings.TrimRight(before[:len(before)-3], " "), "(") {
			continue // (the “Module”)
		}
		// An apostrophe of a possessive is not a quotation mark.
		if m[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(text.String()[:m[0]])
			if unicode.IsLetter(r) {
				continue
			}
		}
		a, b := m[2], m[3]
		for b > a && strings.ContainsRune(".,;:!?", rune(text.String()[b-1])) {
			b--
		}
		out = append(out, []int{a, b})
	}
	return out
}

// possessedBy reports whether the words just before position i are a
// possessive of the plaintiff ("LP's", "Plaintiff's", "its" after the
// plaintiff) — a name there is the plaintiff's work, not an accused product.
func possessedByPlaintiff(pt plead.PartyTerms, text string, i int) bool {
	head := strings.TrimRight(text[:i], " ")
	fields := strings.Fields(head)
	for k := len(fields) - 1; k >= 0 && k >= len(fields)-4; k-- {
		w := fields[k]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if plead.RePlaintiffWord.MatchString(w) || isPlaintiffTerm(pt, base) {
				return true
			}
			return false
		}
	}
	return false
}

func isPlaintiffTerm(pt plead.PartyTerms, w string) bool {
	for _, t := range pt.Plaintiff {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// isSecondaryCount reports a contributory, vicarious or inducement count.
func isSecondaryCount(p *lint.Pass) bool {
	return p.Count() != nil && reSecondary.MatchString(plead.CountHeadingText(p.Doc, p.Count()))
}

// directActs returns the sentences of a secondary count's scope that plead
// the direct infringement it rests on, stated as a fact, not as what users
// "can" or "would" do (RULES-FORUM.md §F2.2, §F3.2): an act verb done by a
// third party — subscribers, users, customers, employees — or by a
// co-defendant the count is not pleaded against. A defendant's own copying
// is not someone else's infringement it contributed to, so with a single
// defendant only third parties count.
func directActs(p *lint.Pass, pt plead.PartyTerms) []*document.Sentence {
	third := lexicon.PartyThird()
	act106 := lexicon.CopyrightAct106()
	hypo := lexicon.CopyrightHypothetical()
	others, all := plead.OtherDefendants(p, pt)
	ix := newAccusedIndex(p)
	var out []*document.Sentence
	for _, s := range p.Scope() {
		t := s.Text
		byThird := third.MatchText(s.Indexed()) || reDirectInfringers.MatchText(s.Indexed())
		// Against all of several defendants, each rests on the others'
		// acts: "Defendants have built homes that copy the Works".
		byOther := all && plead.MentionsDefendant(pt.Defendant, pattern.Plain(t))
		// "Defendants copied ... the Works" in a count against one of
		// them pleads the others' acts too.
		if len(others) > 0 && reCollectiveDefendants.MatchText(s.Indexed()) {
			byOther = true
		}
		// A dated passive act with no actor ("Between January 2016 and
		// March 2019, the Works were displayed on the website") pleads
		// that the infringement happened, by someone other than Plaintiff.
		if len(others) > 0 && rePassiveAct.MatchText(s.Indexed()) && !mentionsPlaintiffActor(pt, t) {
			byOther = true
		}
		for _, o := range others {
			if len(plead.WordIndexes(t, o)) > 0 || ix.ownedBy(t, []string{o}) {
				byOther = true
			}
		}
		if !byThird && !byOther {
			continue
		}
		if !act106.MatchText(s.Indexed()) && !isActSentence(p.Doc, s) || hypo.MatchText(s.Indexed()) || plead.IsIncorporation(p, s) {
			continue
		}
		// "Every Review that Torqueline publishes or delivers to a licensee
		// carries the notice": Plaintiff's own act, with the licensee its
		// object, is no one's infringement.
		if !byOther && !thirdPartyActs(pt, s.Indexed(), act106, third) {
			continue
		}
		out = append(out, s)
	}
	return out
}

var (
	reCollectiveDefendants = pattern.MustPattern(`(?i)\b(?:the\s+)?defendants\b\s+(?:have\s+|has\s+|had\s+)?(?:[a-z]+ly\s+)?(?:cop|reproduc|display|distribut|publish|post|upload|perform|sold|sell|host)`)
	rePassiveAct           = pattern.MustPattern(`(?i)\b(?:was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+)?(?:copied|reproduced|displayed|distributed|posted|uploaded|performed|publicly displayed|republished|hosted)\b`)
)

// mentionsPlaintiffActor reports a passive act whose agent is Plaintiff
// ("were published by Tetherline"), which is no one's infringement.
func mentionsPlaintiffActor(pt plead.PartyTerms, t string) bool {
	low := strings.ToLower(t)
	if strings.Contains(low, "by plaintiff") {
		return true
	}
	for _, n := range pt.Plaintiff {
		if strings.Contains(low, "by "+strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// thirdPartyActs reports a § 106 verb whose actor is a third party: one
// named before it in its clause ("subscribers reproduced", "a user who
// uploaded"), with neither party the nearer subject, or after it as the
// agent ("were copied by its users"). "Every Review that Torqueline
// publishes or delivers to a licensee" is Plaintiff's act; "it had
// displayed them for the seven years it was a subscriber" is Defendant's.
func thirdPartyActs(pt plead.PartyTerms, t pattern.Text, act106, third *pattern.Lexicon) bool {
	isThird := func(x string) bool { return third.Match(x) || reDirectInfringers.MatchString(x) }
	induced := lexicon.CopyrightInducedInfinitive()
	for _, loc := range act106.FindAllText(t) {
		start := 0
		if i := strings.LastIndexAny(t.String()[:loc[0]], ";:"); i >= 0 {
			start = i + 1
		}
		before := t.String()[max(start, loc[0]-120):loc[0]]
		// "by inducing its users and clients to reproduce", "forbids
		// Keystone to copy": what someone was moved or allowed to do is
		// not an infringement that happened.
		if induced.Match(before) {
			continue
		}
		// "the adjusters and trainers who copied the deck": the group the
		// relative clause names is the one acting, whoever the sentence's
		// subject is.
		if relativeThirdActors(pt, before) {
			return true
		}
		// The third party is the nearest subject: "since then its
		// contributors have posted copies".
		if isThird(t.String()[max(start, loc[0]-40):loc[0]]) {
			return true
		}
		switch plead.ActorBefore(pt, t, loc[0]) {
		case plead.PartyPlaintiff, plead.PartyDefendant:
		default:
			if isThird(t.String()[start:loc[0]]) {
				return true
			}
		}
		after := t.String()[loc[1]:min(len(t.String()), loc[1]+80)]
		if i := strings.Index(after, " by "); i >= 0 && isThird(after[i:min(len(after), i+40)]) {
			return true
		}
	}
	return false
}

// relativeThirdActors reports that the text before an act verb ends in a
// relative clause whose subject is a group of people other than the parties:
// "the adjusters and trainers who", "its agents who then".
func relativeThirdActors(pt plead.PartyTerms, before string) bool {
	loc := lexicon.CopyrightRelativeActors().Find(before)
	if loc == nil {
		return false
	}
	for _, w := range strings.Fields(before[loc[0]:loc[1]]) {
		w = strings.Trim(w, ",")
		if strings.EqualFold(w, "who") {
			return true
		}
		if plead.RePlaintiffWord.MatchString(w) || plead.ReDefendantWord.MatchString(w) || plead.IsPartyWord(pt, w) {
			return false
		}
	}
	return true
}
