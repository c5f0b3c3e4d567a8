package checks

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// Helpers of the copyright rules (RULES.md §3.A) and the DMCA rules (§3.B):
// who a clause is about, which dates can date an infringing act, what
// names an accused product or a work, and where a registration is pleaded.

// ---------------------------------------------------------------- parties

// partyTerms are the names a complaint uses for the parties.
type partyTerms struct {
	defendant, plaintiff []string
}

// ccParties classifies the defined terms that name parties: a term belongs
// to the party word (Plaintiff/Defendant) that comes last before it in its
// defining sentence, when only the party's name and a short description
// stand between them ("Plaintiff LivePerson, Inc. (“LP”)", "Defendant 24/7
// Customer, Inc., a California corporation (“24/7”)") — not "Defendant
// Cargo Logic LLC under a Software License Agreement (the “Agreement”)".
func ccParties(d *document.Document) partyTerms { return docParties(d).Roles() }

func ccComputeParties(d *document.Document) partyTerms {
	var pt partyTerms
	seen := map[string]bool{}
	// In an answer's counterclaims the roles of the main action are
	// reversed: the defendant claims and the plaintiff answers. A term
	// defined by a counterclaim role ("Defendant and Counterclaim-Plaintiff
	// Keystone", "Counterclaim-Defendants Harbor Point ...") keeps it; one
	// defined by the main action's role or the caption is swapped.
	counter := counterclaimDocument(d)
	for si := range d.Sentences {
		s := d.Sentences[si].Text
		if !strings.Contains(s, "(") {
			continue
		}
		for _, m := range reDefParen.FindAllStringSubmatchIndex(s, -1) {
			head := s[:m[0]]
			long := head
			if len(long) > 600 {
				long = long[len(long)-600:]
			}
			if len(head) > 200 {
				head = head[len(head)-200:]
			}
			dl := lastMatch(reDefendantWord, head)
			pl := lastMatch(rePlaintiffWord, head)
			var kind int
			counterRole := false
			switch {
			case counter && counterclaimantNamed(head, dl, pl):
				kind, counterRole = partyPlaintiff, true
			case dl != nil && (pl == nil || dl[0] > pl[0]) && partyNameBetween(head[dl[1]:]):
				kind, counterRole = partyDefendant, counterPrefixed(head, dl[0])
			case pl != nil && (dl == nil || pl[0] > dl[0]) && partyNameBetween(head[pl[1]:]):
				kind, counterRole = partyPlaintiff, counterPrefixed(head, pl[0])
			case listRole(long) != partyNone:
				// "Plaintiffs A (“A”), B (“B”) and C (“C”) (collectively,
				// “Publishers”) bring this action against D (“D”)": a
				// list of names after a role word or after "against".
				kind = listRole(long)
			default:
				// "ClipVault, Inc. (“ClipVault”) is a Delaware corporation":
				// no role word, but the caption names the party's role.
				_, name, _ := roleBefore(head)
				switch ccCaptionRole(d, name) {
				case "defendant":
					kind = partyDefendant
				case "plaintiff":
					kind = partyPlaintiff
				default:
					continue
				}
			}
			if counter && !counterRole {
				kind = partyPlaintiff + partyDefendant - kind
			}
			for _, q := range reQuotedTerm.FindAllStringSubmatch(s[m[2]:m[3]], -1) {
				// A term the line wraps inside ("Prairie\nHoldings") is
				// the same term on one line.
				term := strings.Join(strings.Fields(q[1]), " ")
				low := strings.ToLower(term)
				if term == "" || seen[term] || low == "plaintiff" || low == "defendant" || low == "plaintiffs" || low == "defendants" {
					continue
				}
				seen[term] = true
				if kind == partyDefendant {
					pt.defendant = append(pt.defendant, term)
				} else {
					pt.plaintiff = append(pt.plaintiff, term)
				}
			}
		}
	}
	return pt
}

var (
	// The last word that opens a list of parties: a role word, or
	// "against" in "bring this action against".
	reListOpener = legal.MustPattern(`(?i)\b(?:plaintiffs?|defendants?|against|complain(?:s|ing)? of)\b`)
	// A run of names and their definitions: capitalised words, corporate
	// suffixes, commas, "&", "and", "of", "the", and parentheticals that
	// define a term.
	reNameList = legal.MustPattern(`^(?:\s*(?:[A-Z0-9][\w.&'’/-]*|,|&|and|of|the|\((?:(?:collectively|together|jointly),?\s*)?(?:the\s+)?["“][^"”()]*["”]\)))*\s*$`)
)

// listRole reads the party role of a definition that ends a list of names
// opened by a role word or by "against": the whole run between the opener
// and the definition must be names and their definitions.
func listRole(head string) int {
	m := lastMatch(reListOpener, head)
	if m == nil {
		return partyNone
	}
	seg := strings.TrimRight(head[m[1]:], " (“\"")
	if strings.TrimSpace(seg) == "" || len(seg) > 400 || !reNameList.MatchString(seg) {
		return partyNone
	}
	word := strings.ToLower(head[m[0]:m[1]])
	if strings.HasPrefix(word, "plaintiff") {
		return partyPlaintiff
	}
	return partyDefendant
}

// ccCaptionRole is captionRole, and failing it the role of the caption
// block that holds the whole name: a caption that prints each party's
// street address under its name ("CRANSTON & VOSS LLP, / 1200 Nineteenth
// Street NW, ... / Defendant.") or joins two surnames with "&" still names
// the party's role, though its comma-separated entries are not names.
func ccCaptionRole(d *document.Document, name string) string {
	if r := captionRole(d, name); r != "" {
		return r
	}
	k := nameKey(name)
	if k == "" {
		return ""
	}
	t := strings.Join(captionLines(d), " ")
	loc := reCaptionAgainst.FindStringIndex(t)
	if loc == nil {
		return ""
	}
	holds := func(block string) bool {
		return strings.Contains(" "+nameKey(block)+" ", " "+k+" ")
	}
	before, after := t[:loc[0]], t[loc[1]:]
	if end := reCaptionDefs.FindStringIndex(after); end != nil && holds(after[:end[0]]) {
		return "defendant"
	}
	if end := reCaptionPlfs.FindStringIndex(before); end != nil {
		// The plaintiffs' block follows the court's name.
		head := before[:end[0]]
		if m := lastMatch(reCourtLine, head); m != nil {
			head = head[m[1]:]
		}
		if holds(head) {
			return "plaintiff"
		}
	}
	return ""
}

// A defining parenthetical with one or more quoted terms: (“LP”),
// (“LivePerson” or “LP”), (collectively, “Acme”).
var (
	reDefParen   = legal.MustPattern(`\(([^()]{0,40}["“][^"”()]{1,60}["”][^()]{0,80})\)`)
	reQuotedTerm = legal.MustPattern(`["“]([^"”]{1,60})["”]`)
)

var reNotAName = legal.MustPattern(`(?i)[()]|\b(?:is|was|are|were|has|have|had|under|pursuant|licensed|signed|entered|agreed|sells?|sold|owns?|owned|through|which|that|who|whose|with|by|for|to|from|its|their|when|after|since|and its|against|brings?|sues?|alleges?|complains?|action|files?)\b`)

// partyNameBetween reports that the words between a party word and a
// defined term are the party's name (and a short description).
func partyNameBetween(seg string) bool {
	seg = strings.TrimSpace(seg)
	if len(strings.Fields(seg)) > 14 {
		return false
	}
	// The opening of the definition itself: `(`, `(the `, `(“`.
	if i := strings.LastIndex(seg, "("); i >= 0 && !strings.Contains(seg[i:], ")") {
		seg = seg[:i]
	}
	return !reNotAName.MatchString(seg)
}

// finder is a compiled pattern: *regexp.Regexp or *legal.Pattern.
type finder interface {
	FindAllStringIndex(s string, n int) [][]int
	MatchString(s string) bool
}

func lastMatch(re finder, s string) []int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

func lastIndex(re finder, s string) int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return -1
	}
	return all[len(all)-1][0]
}

// party kinds an actor can be.
const (
	partyNone = iota
	partyDefendant
	partyPlaintiff
	partyThird
)

// wordIndexes finds whole-word occurrences of a term.
func wordIndexes(s, term string) [][]int {
	var out [][]int
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], term)
		if i < 0 {
			break
		}
		a, b := off+i, off+i+len(term)
		if wordEdge(s, a, b) {
			out = append(out, []int{a, b})
		}
		off = b
	}
	return out
}

func wordEdge(s string, a, b int) bool {
	if a > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:a])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if b < len(s) {
		r, _ := utf8.DecodeRuneInString(s[b:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// actorBefore returns the party last named before pos in the clause that
// holds pos: the subject of the verb at pos, as near as a cue list can tell.
// "LP disabled Defendant's accounts" → plaintiff for "disabled".
func actorBefore(pt partyTerms, text string, pos int) int {
	start := 0
	if i := strings.LastIndexAny(text[:pos], ";:"); i >= 0 {
		start = i + 1
	}
	head := text[start:pos]
	// The last party named as a subject wins; a possessive ("LP's
	// systems") names an owner, so it counts only when no party is named
	// otherwise: "24/7 accessed LP's systems and copied" is 24/7's act,
	// "Defendant's scraper solved" is Defendant's, "LP's server released"
	// is not.
	best, kind := -1, partyNone
	bestPoss, kindPoss := -1, partyNone
	try := func(loc []int, k int) {
		// "annotated by ProNet": the agent of a passive participle is not
		// the subject of what follows.
		if before := strings.TrimRight(head[:loc[0]], " \t\n"); strings.HasSuffix(before, " by") || strings.HasSuffix(before, "\nby") {
			return
		}
		// "the Acme Engagement Module": a party's name after an article
		// modifies a noun; it names no actor.
		if before := strings.ToLower(strings.TrimRight(head[:loc[0]], " \t\n")); strings.HasSuffix(before, " the") || before == "the" ||
			strings.HasSuffix(before, " a") || strings.HasSuffix(before, " an") {
			return
		}
		if isPossessive(head, loc[1]) {
			if loc[0] > bestPoss {
				bestPoss, kindPoss = loc[0], k
			}
			return
		}
		if loc[0] > best {
			best, kind = loc[0], k
		}
	}
	for _, loc := range reDefendantWord.FindAllStringIndex(head, -1) {
		try(loc, partyDefendant)
	}
	for _, loc := range rePlaintiffWord.FindAllStringIndex(head, -1) {
		try(loc, partyPlaintiff)
	}
	for _, t := range pt.defendant {
		for _, loc := range wordIndexes(head, t) {
			try(loc, partyDefendant)
		}
	}
	for _, t := range pt.plaintiff {
		for _, loc := range wordIndexes(head, t) {
			try(loc, partyPlaintiff)
		}
	}
	for _, loc := range lexicon.PartyThird().FindAll(head) {
		try(loc, partyThird)
	}
	if kind != partyNone {
		return kind
	}
	return kindPoss
}

// isPossessive reports a possessive ending at or just after end: "LP's",
// "Defendants'", "Defendant’s".
func isPossessive(s string, end int) bool {
	rest := s[end:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return true
	}
	// reDefendantWord includes the possessive in its match.
	w := s[:end]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

var reSecondary = legal.MustPattern(`(?i)\b(?:contributory|vicarious|induc\w*|secondary)\b`)

var reCCAgainst = legal.MustPattern(`(?i)\bagainst\s+([^()]+)`)

// ccCountTargets returns the defendants a count is pleaded against when its
// heading names some of them ("(Against Peachtree)"), or nil when it names
// none or all of them.
func ccCountTargets(p *lint.Pass, pt partyTerms) []string {
	c := p.Count()
	if c == nil {
		return nil
	}
	// A secondary-liability count rests on someone else's infringement,
	// whoever committed it.
	if reSecondary.MatchString(c.Title) {
		return nil
	}
	m := reCCAgainst.FindStringSubmatch(countHeadingText(p.Doc, c))
	if m == nil || strings.Contains(strings.ToLower(m[1]), "all defendants") || len(pt.defendant) < 2 {
		return nil
	}
	named := namedInHeading(m[1], pt.defendant)
	var out []string
	for _, t := range pt.defendant {
		if slices.Contains(named, t) {
			out = append(out, t)
		}
	}
	return out
}

// countHeadingText is the count's title and the unnumbered lines between
// its heading and its first allegation: a three-line heading puts
// "Against Rasmussen)" below the cause label the heading carries.
func countHeadingText(d *document.Document, c *document.Count) string {
	text := c.Title
	for _, pi := range c.Paragraphs {
		para := &d.Paragraphs[pi]
		if para.Number != 0 || para.Span.End-para.Span.Start > 160 {
			break
		}
		// Only heading-like lines: "(Against Rasmussen)", "Against All
		// Defendants", a line in capitals — not an unnumbered sentence.
		line := strings.TrimSpace(strings.Trim(d.Slice(para.Span), "*#_ \t"))
		if !reHeadingLike.MatchString(line) && strings.ToUpper(line) != line {
			break
		}
		text += " " + line
	}
	return text
}

var reHeadingLike = legal.MustPattern(`(?i)^(?:\(|\[|[—–-]|against\b)`)

// mentionsTarget reports whether text names one of the count's target
// defendants, or any defendant when the count names none.
func mentionsTarget(pt partyTerms, targets []string, text legal.Text) bool {
	if len(targets) == 0 {
		return mentionsDefendant(pt.defendant, text)
	}
	for _, t := range targets {
		if len(wordIndexes(text.String(), t)) > 0 {
			return true
		}
	}
	return false
}

// mentionsParty reports whether text names the party by word or term.
func ccMentionsPlaintiff(pt partyTerms, s legal.Text) bool {
	if rePlaintiffWord.MatchText(s) {
		return true
	}
	for _, t := range pt.plaintiff {
		if len(wordIndexes(s.String(), t)) > 0 {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- acts

// blankLex replaces the matches of a lexicon in t with spaces (ASCII bytes
// only, so the text stays valid UTF-8 and offsets do not move). Most texts
// hold none: t comes back as it is, still a span of its document.
func blankLex(l *legal.Lexicon, t legal.Text) legal.Text {
	locs := l.FindAllText(t)
	if len(locs) == 0 {
		return t
	}
	b := []byte(t.String())
	for _, m := range locs {
		for i := m[0]; i < m[1]; i++ {
			if b[i] < 0x80 {
				b[i] = ' '
			}
		}
	}
	return legal.Plain(string(b))
}

// isAct reports a verb of a § 106 act (or a loose equivalent) in text, not
// counting boilerplate such as "a copy of which is Exhibit B".
func isAct(text legal.Text) bool {
	if s := text.String(); strings.Contains(s, "cop") || strings.Contains(s, "Cop") || strings.Contains(s, "COP") {
		text = blankLex(lexicon.CopyrightActBoilerplate(), text)
	}
	return lexicon.CopyrightAct().MatchText(text)
}

// actFact is isAct for every sentence of a document.
var actFact = document.NewFact("copyright act sentences", func(d *document.Document) []bool {
	out := make([]bool, len(d.Sentences))
	for i := range d.Sentences {
		out[i] = !d.Sentences[i].Heading && isAct(d.Sentences[i].Indexed())
	}
	return out
})

// isActSentence is isAct for a sentence of the document, computed once per
// document.
func isActSentence(d *document.Document, s *document.Sentence) bool {
	acts := actFact.Of(d)
	if i := sentenceIndex(d, s); i >= 0 {
		return acts[i]
	}
	return isAct(s.Indexed())
}

var rePronounSubject = legal.MustPattern(`(?i)\b(?:it|they)\b`)

// actSentences returns the sentences of a count's scope that plead an
// infringing act by the defendant the count is against: an act verb and
// that defendant by name, its accused product, or a pronoun whose
// antecedent, in the sentence before in the same paragraph, names it
// ("In February 2020, Orchard & Vine bought a license. Beginning in April
// 2020 it embedded copies ...").
func actSentences(p *lint.Pass, pt partyTerms) []*document.Sentence {
	return actSentencesOf(p, pt, ccCountTargets(p, pt))
}

// actSentencesOf is actSentences for the acts of the given defendants (any
// defendant when targets is empty).
func actSentencesOf(p *lint.Pass, pt partyTerms, targets []string) []*document.Sentence {
	ix := newAccusedIndex(p)
	d := p.Doc
	secondary := p.Count() != nil && reSecondary.MatchString(p.Count().Title)
	var out []*document.Sentence
	for _, s := range p.Scope() {
		if !isActSentence(d, s) || isIncorporation(p, s) {
			continue
		}
		switch {
		case mentionsTarget(pt, targets, s.Indexed()):
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
func previousNamesTarget(d *document.Document, pt partyTerms, targets []string, s *document.Sentence) bool {
	i := sentenceIndex(d, s)
	if i <= 0 {
		return false
	}
	prev := &d.Sentences[i-1]
	return prev.Paragraph == s.Paragraph && mentionsTarget(pt, targets, prev.Indexed())
}

// ---------------------------------------------------------------- clauses and dates

// reCCClauseBreak splits a sentence into the clauses a date belongs to: a date
// introduces the clause it opens ("In 2006, the parties signed ..."), so
// plain commas do not split; semicolons, dashes and commas before a
// conjunction or relative word do.
var reCCClauseBreak = legal.MustPattern(`;|\s[—–]\s|—|,\s+(?:and|but|while|whereas|which|who|when|after which|although|though|yet)\b|\s+and then\b`)

// clauseAround returns the clause of text holding [a, b).
func clauseAround(text legal.Text, a, b int) string {
	start, end := 0, len(text.String())
	for _, m := range reCCClauseBreak.FindAllTextIndex(text, -1) {
		if m[1] <= a && m[0] >= start {
			start = m[0]
		}
		if m[0] >= b && m[0] < end {
			end = m[0]
		}
	}
	return text.String()[start:end]
}

var (
	// A year inside a case citation's parenthetical, "(S.D.N.Y. 2015)",
	// "(2d Cir. 2008)", or naming a statute, "Copyright Act of 1976".
	reCiteParen = legal.MustPattern(`\([^()]*\b(?:Cir|Supp|App'x|App’x|S\.D\.N\.Y|E\.D\.N\.Y|D\.|N\.D|S\.D|E\.D|W\.D|C\.D|Fed|Cal|Del|Mass|N\.Y|Tex|Ill|Pa|U\.S)\.?[^()]*\)`)
	reActOf     = legal.MustPattern(`(?i)\b(?:act|convention|treaty|amendments?|law)\s+of\s+$`)
)

// citationDate reports a date that belongs to a citation or a statute's
// name rather than to the facts.
func citationDate(text legal.Text, dm legal.DateMention) bool {
	if reActOf.MatchString(text.String()[:dm.Start]) {
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
func actDates(text string) []legal.DateMention { return actDatesBy(legal.Plain(text), partyTerms{}) }

// actDatesBy is actDates knowing the parties' names: publishing, creating
// or writing is the work's history when Plaintiff does it, and the
// infringing act when Defendant does ("On June 1, 2023, Suncoast published
// the Work on its website").
func actDatesBy(text legal.Text, pt partyTerms) []legal.DateMention {
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
		cl := clauseAround(text, dm.Start, dm.End)
		linked := link.Match(cl) && isAct(legal.Plain(cl))
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
func defendantMakes(cl string, pt partyTerms) bool {
	locs := lexicon.CopyrightNonActDate().FindAll(cl)
	for _, m := range locs {
		if !reMakingVerb.MatchString(cl[m[0]:m[1]]) || actorBefore(pt, cl, m[0]) != partyDefendant {
			return false
		}
	}
	return len(locs) > 0
}

var reMakingVerb = legal.MustPattern(`(?i)^(?:publi|creat|wr|develop|design|author)`)

// datesAct reports whether text carries a date that can date an act.
func datesAct(text string) bool { return len(actDates(text)) > 0 }

// datesFact is, for every sentence of a document, whether it carries a
// date that can date an act of the defendant's (the plaintiff's own
// publication dates are the work's history, not an act).
var datesFact = document.NewFact("copyright act dates", func(d *document.Document) []bool {
	pt := ccParties(d)
	out := make([]bool, len(d.Sentences))
	for i := range d.Sentences {
		out[i] = !d.Sentences[i].Heading && len(actDatesBy(d.Sentences[i].Indexed(), pt)) > 0
	}
	return out
})

// datesActSentence is that for a sentence of the document, computed once
// per document.
func datesActSentence(d *document.Document, s *document.Sentence) bool {
	dated := datesFact.Of(d)
	if i := sentenceIndex(d, s); i >= 0 {
		return dated[i]
	}
	return len(actDatesBy(s.Indexed(), ccParties(d))) > 0
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
func actDefinitions(p *lint.Pass, s *document.Sentence, pt partyTerms) []*document.Sentence {
	var out []*document.Sentence
	targets := ccCountTargets(p, pt)
	for _, def := range p.Doc.DefinitionsUsed(s.Text) {
		ds := &p.Doc.Sentences[def.Sentence]
		if ds == s || isPartyWord(pt, def.Term) {
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
	reBoundMonthDate = legal.MustPattern(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b`)
	reBoundNum       = legal.MustPattern(`\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d{2})\b`)
	reBoundISO       = legal.MustPattern(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
	reBoundQuarter   = legal.MustPattern(`(?i)\b(?:q([1-4])|(first|second|third|fourth) quarter(?: of)?)\s*((?:19|20)\d{2})\b`)
	reBoundSeason    = legal.MustPattern(`(?i)\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d{2})\b`)
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

var reRelativeEvent = legal.MustPattern(`(?s)^\s*(.{3,90}?)(?:[,;.:()]|\s[—–]\s|$)`)

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
func relativeEvents(text legal.Text, pt partyTerms) []relativeEvent {
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
			if eventStop[lw] || len(lw) < 3 || isPartyWord(pt, w) || legal.Lex(kind).Match(lw) {
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

func isPartyWord(pt partyTerms, w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	// "(together, “Defendants”)" defines the role word itself.
	switch strings.ToLower(w) {
	case "plaintiff", "plaintiffs", "defendant", "defendants":
		return true
	}
	// The two lists in turn, not joined: a joined copy per word was most
	// of what a long complaint allocated.
	for _, terms := range [2][]string{pt.defendant, pt.plaintiff} {
		for _, t := range terms {
			if strings.EqualFold(t, w) {
				return true
			}
		}
	}
	return false
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
	reCopyrightWord = legal.MustPattern(`(?i)\bcopyright`)
	reRegistWord    = legal.MustPattern(`(?i)\bregist`)
	// "first published in Germany" names a foreign first publication unless
	// the place is the United States.
	reFirstPublished = legal.MustPattern(`(?i:first published)(?:\s+\w+){0,3}\s+(?i:in|outside(?: of)?)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)`)
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
		if exempt.Match(t) && (reCopyrightWord.MatchString(t) || reRegistWord.MatchString(t) || strings.Contains(t, "411") || strings.Contains(strings.ToLower(t), "work")) {
			ev.exempt = true
		}
		if m := reFirstPublished.FindStringSubmatch(t); m != nil {
			place := strings.ToLower(m[1])
			if !strings.HasPrefix(place, "united states") && !strings.HasPrefix(place, "u.s") && !strings.HasPrefix(place, "america") && !strings.HasPrefix(place, "new york") {
				ev.exempt = true
			}
		}
		hasNum := num.Match(t)
		// "Plaintiffs' registered illustrations, listed by title and
		// registration number in Exhibit 1": works named by kind next to
		// their registration are copyright works.
		copyrightCtx := reCopyrightWord.MatchString(t) || hasNum || worksParas[s.Paragraph] || (s.Paragraph < 0 && reWorksOfAuthorship.MatchString(t)) ||
			reRegistWord.MatchString(t) && (lexicon.CopyrightWorkKind().Match(t) || lexicon.CopyrightSoftwareNoun().Match(t))
		if loc := pending.Find(t); loc != nil && !hasNum && (copyrightCtx || reRegistWord.MatchString(t)) {
			ev.pending = append(ev.pending, pendingMention{s, loc})
			continue
		}
		if hasNum || (copyrightCtx && issued.Match(t)) || (hasExhibit(legal.Plain(t)) && reRegistWord.MatchString(t) && copyrightCtx) {
			ev.issued = append(ev.issued, s)
		}
	}
	return ev
}

// reWorksOfAuthorship marks a paragraph about copyrighted works even when
// the sentence that registers them does not repeat the word "copyright":
// "The Reports are original works of authorship. The certificates of
// registration for them are attached as Exhibit B."
var reWorksOfAuthorship = legal.MustCompile(`(?i)\b(?:copyright\w*|works? of authorship|copyrightable|sound recordings?|musical (?:compositions?|works?)|motion pictures?|audiovisual works?|literary works?|photographs?|architectural works?|pictorial|graphic works?)\b`)

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

// reCapName is a run of capitalised words (allowing digits, internal
// punctuation and short joiners) — a product or work title.
var reCapName = legal.MustPattern(`\b[A-Z][\w+.&/-]*(?:\s+(?:of|for|and|the|de|&)?\s*[A-Z0-9][\w+.&/-]*)*`)

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
func properNames(text string, pt partyTerms) [][]int {
	var out [][]int
	for _, m := range reCapName.FindAllStringIndex(text, -1) {
		name := strings.TrimRight(text[m[0]:m[1]], ".,")
		end := m[0] + len(name)
		words := strings.Fields(name)
		// Drop leading stop words ("The Acme Assist" → "Acme Assist").
		for len(words) > 0 && nameStop[words[0]] {
			off := strings.Index(text[m[0]:end], words[0]) + len(words[0])
			m = []int{m[0] + off, end}
			for m[0] < end && text[m[0]] == ' ' {
				m[0]++
			}
			words = words[1:]
		}
		if len(words) == 0 {
			continue
		}
		all := true
		for _, w := range words {
			if !nameStop[w] && !isPartyWord(pt, w) {
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
func versionRe() finder { return lexicon.CopyrightVersion().Regexp() }

var reURL = legal.MustPattern(`(?i)\bhttps?://\S+|\bwww\.[\w.-]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ai|co|app|dev|example|us|info|biz|tv)\b(?:/\S*)?`)

var reFileName = legal.MustPattern(`\b[A-Za-z_][\w-]*\.(?:js|java|class|jar|cs|py|cpp|cc|c|h|hpp|rb|go|php|html?|css|json|xml|dll|exe|so|swift|kt|ts|jsx|tsx|sql|war|apk|ipa|min\.js)\b`)

// reQuotedName is a short quoted name: 'Acme Assist', “Predict”.
var reQuotedName = legal.MustPattern(`["'‘“]([A-Z0-9][^"'‘’“”\n]{0,60})["'’”]`)

// quotedNames finds short quoted names that are not a definition's
// parenthetical: “Acme Assist” in "its “Acme Assist” product".
func quotedNames(text string) [][]int {
	var out [][]int
	for _, m := range reQuotedName.FindAllStringSubmatchIndex(text, -1) {
		inner := text[m[2]:m[3]]
		if len(strings.Fields(inner)) > 6 {
			continue
		}
		before := strings.TrimRight(text[:m[0]], " ")
		if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "the") && strings.HasSuffix(strings.TrimRight(before[:len(before)-3], " "), "(") {
			continue // (the “Module”)
		}
		// An apostrophe of a possessive is not a quotation mark.
		if m[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:m[0]])
			if unicode.IsLetter(r) {
				continue
			}
		}
		a, b := m[2], m[3]
		for b > a && strings.ContainsRune(".,;:!?", rune(text[b-1])) {
			b--
		}
		out = append(out, []int{a, b})
	}
	return out
}

// possessedBy reports whether the words just before position i are a
// possessive of the plaintiff ("LP's", "Plaintiff's", "its" after the
// plaintiff) — a name there is the plaintiff's work, not an accused product.
func possessedByPlaintiff(pt partyTerms, text string, i int) bool {
	head := strings.TrimRight(text[:i], " ")
	fields := strings.Fields(head)
	for k := len(fields) - 1; k >= 0 && k >= len(fields)-4; k-- {
		w := fields[k]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if rePlaintiffWord.MatchString(w) || isPlaintiffTerm(pt, base) {
				return true
			}
			return false
		}
	}
	return false
}

func isPlaintiffTerm(pt partyTerms, w string) bool {
	for _, t := range pt.plaintiff {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- anchors

// inCount reports whether a sentence is the count's own.
func inCount(p *lint.Pass, s *document.Sentence) bool { return s != nil && s.Count == p.CountIndex }

// anchorFinding builds a finding on span when it lies in the count, or
// else on fallback (a count sentence, or the heading when nil) with a
// related pointer to span — so a finding about a count sits in the count
// while still showing where the evidence was pleaded.
func anchorFinding(p *lint.Pass, span lint.Span, spanInCount bool, fallback *document.Sentence, note string) lint.Finding {
	f := lint.Finding{Severity: p.Check.SeverityIn(p.Profile)}
	if spanInCount {
		f.Span = span
		return f
	}
	if fallback != nil {
		f.Span = fallback.Span
	} else if c := p.Count(); c != nil {
		f.Span = lint.HeadingLine(p.Doc, c)
	}
	if note != "" && span.End > span.Start {
		f.Related = append(f.Related, lint.Related{Span: span, Message: note})
	}
	return f
}

// isSecondaryCount reports a contributory, vicarious or inducement count.
func isSecondaryCount(p *lint.Pass) bool {
	return p.Count() != nil && reSecondary.MatchString(countHeadingText(p.Doc, p.Count()))
}

// directActs returns the sentences of a secondary count's scope that plead
// the direct infringement it rests on, stated as a fact, not as what users
// "can" or "would" do (RULES-FORUM.md §F2.2, §F3.2): an act verb done by a
// third party — subscribers, users, customers, employees — or by a
// co-defendant the count is not pleaded against. A defendant's own copying
// is not someone else's infringement it contributed to, so with a single
// defendant only third parties count.
func directActs(p *lint.Pass, pt partyTerms) []*document.Sentence {
	third := lexicon.PartyThird()
	act106 := lexicon.CopyrightAct106()
	hypo := lexicon.CopyrightHypothetical()
	others, all := otherDefendants(p, pt)
	ix := newAccusedIndex(p)
	var out []*document.Sentence
	for _, s := range p.Scope() {
		t := s.Text
		byThird := third.Match(t) || reDirectInfringers.MatchString(t)
		// Against all of several defendants, each rests on the others'
		// acts: "Defendants have built homes that copy the Works".
		byOther := all && mentionsDefendant(pt.defendant, legal.Plain(t))
		// "Defendants copied ... the Works" in a count against one of
		// them pleads the others' acts too.
		if len(others) > 0 && reCollectiveDefendants.MatchString(t) {
			byOther = true
		}
		// A dated passive act with no actor ("Between January 2016 and
		// March 2019, the Works were displayed on the website") pleads
		// that the infringement happened, by someone other than Plaintiff.
		if len(others) > 0 && rePassiveAct.MatchString(t) && !mentionsPlaintiffActor(pt, t) {
			byOther = true
		}
		for _, o := range others {
			if len(wordIndexes(t, o)) > 0 || ix.ownedBy(t, []string{o}) {
				byOther = true
			}
		}
		if !byThird && !byOther {
			continue
		}
		if !act106.Match(t) && !isActSentence(p.Doc, s) || hypo.Match(t) || isIncorporation(p, s) {
			continue
		}
		// "Every Review that Torqueline publishes or delivers to a licensee
		// carries the notice": Plaintiff's own act, with the licensee its
		// object, is no one's infringement.
		if !byOther && !thirdPartyActs(pt, t, act106, third) {
			continue
		}
		out = append(out, s)
	}
	return out
}

var (
	reCollectiveDefendants = legal.MustPattern(`(?i)\b(?:the\s+)?defendants\b\s+(?:have\s+|has\s+|had\s+)?(?:[a-z]+ly\s+)?(?:cop|reproduc|display|distribut|publish|post|upload|perform|sold|sell|host)`)
	rePassiveAct           = legal.MustPattern(`(?i)\b(?:was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+)?(?:copied|reproduced|displayed|distributed|posted|uploaded|performed|publicly displayed|republished|hosted)\b`)
)

// mentionsPlaintiffActor reports a passive act whose agent is Plaintiff
// ("were published by Tetherline"), which is no one's infringement.
func mentionsPlaintiffActor(pt partyTerms, t string) bool {
	low := strings.ToLower(t)
	if strings.Contains(low, "by plaintiff") {
		return true
	}
	for _, n := range pt.plaintiff {
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
func thirdPartyActs(pt partyTerms, t string, act106, third *legal.Lexicon) bool {
	isThird := func(x string) bool { return third.Match(x) || reDirectInfringers.MatchString(x) }
	induced := lexicon.CopyrightInducedInfinitive()
	for _, loc := range act106.FindAll(t) {
		start := 0
		if i := strings.LastIndexAny(t[:loc[0]], ";:"); i >= 0 {
			start = i + 1
		}
		before := t[max(start, loc[0]-120):loc[0]]
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
		if isThird(t[max(start, loc[0]-40):loc[0]]) {
			return true
		}
		switch actorBefore(pt, t, loc[0]) {
		case partyPlaintiff, partyDefendant:
		default:
			if isThird(t[start:loc[0]]) {
				return true
			}
		}
		after := t[loc[1]:min(len(t), loc[1]+80)]
		if i := strings.Index(after, " by "); i >= 0 && isThird(after[i:min(len(after), i+40)]) {
			return true
		}
	}
	return false
}

// relativeThirdActors reports that the text before an act verb ends in a
// relative clause whose subject is a group of people other than the parties:
// "the adjusters and trainers who", "its agents who then".
func relativeThirdActors(pt partyTerms, before string) bool {
	loc := lexicon.CopyrightRelativeActors().Find(before)
	if loc == nil {
		return false
	}
	for _, w := range strings.Fields(before[loc[0]:loc[1]]) {
		w = strings.Trim(w, ",")
		if strings.EqualFold(w, "who") {
			return true
		}
		if rePlaintiffWord.MatchString(w) || reDefendantWord.MatchString(w) || isPartyWord(pt, w) {
			return false
		}
	}
	return true
}

// otherDefendants are the defendant names a secondary count may rest on:
// those its heading does not name when it names some, every defendant's
// name when it names none and there are several defendants, none when
// there is one.
func otherDefendants(p *lint.Pass, pt partyTerms) (names []string, all bool) {
	if distinctDefendants(p.Doc, pt) < 2 {
		return nil, false
	}
	m := reCCAgainst.FindStringSubmatch(countHeadingText(p.Doc, p.Count()))
	if m == nil || strings.Contains(strings.ToLower(m[1]), "all defendants") {
		return pt.defendant, true
	}
	named := namedInHeading(m[1], pt.defendant)
	var out []string
	for _, t := range pt.defendant {
		if !slices.Contains(named, t) {
			out = append(out, t)
		}
	}
	return out, false
}

// namedInHeading returns the names a count heading's "Against ..." part
// names, as whole words. A name inside a longer one it also names is not
// named by it: "Against ClipVault Holdings" does not bring the count
// against ClipVault.
func namedInHeading(against string, names []string) []string {
	low := strings.ToLower(against)
	longest := slices.Clone(names)
	slices.SortStableFunc(longest, func(a, b string) int { return len(b) - len(a) })
	var out []string
	for _, t := range longest {
		ms := wordIndexes(low, strings.ToLower(t))
		if len(ms) == 0 {
			continue
		}
		out = append(out, t)
		for _, at := range ms {
			low = low[:at[0]] + strings.Repeat(" ", at[1]-at[0]) + low[at[1]:]
		}
	}
	return out
}

// distinctDefendants counts the defendants: the caption's names or the
// defined defendant terms, whichever are more (a caption may describe a
// defendant — "an Internet domain" — rather than name it).
func distinctDefendants(d *document.Document, pt partyTerms) int {
	return max(len(captionDefendants(d)), len(pt.defendant))
}

var (
	// A heading of an answer's counterclaim: "FIRST COUNTERCLAIM",
	// "COUNTERCLAIM II", "Counter-Claim One".
	reCounterclaimHeading = legal.MustPattern(`(?i)^\s*(?:[\w.]+\s+)?counter-?claim\b`)
	// The role words of a counterclaim: "Counterclaim-Plaintiff",
	// "Counterclaim Defendants", "Counter-Defendant".
	reCounterPrefix = legal.MustPattern(`(?i)\bcounter(?:-?claim)?[- ]?$`)
	// "Counterclaimant Hotfile Corp." names the claiming party.
	reCounterclaimant = legal.MustPattern(`(?i)\bcounter-?claimants?\b`)
)

// counterclaimDocument reports an answer whose counts are counterclaims.
func counterclaimDocument(d *document.Document) bool {
	for i := range d.Counts {
		c := &d.Counts[i]
		line := d.Text[c.Heading.Start:min(len(d.Text), c.Heading.Start+60)]
		if reCounterclaimHeading.MatchString(line) {
			return true
		}
	}
	return false
}

// counterPrefixed reports a role word at pos that a counterclaim prefix
// turns into a counterclaim role ("Counterclaim-Plaintiff").
func counterPrefixed(head string, pos int) bool {
	return reCounterPrefix.MatchString(head[max(0, pos-14):pos])
}

// counterclaimantNamed reports "Counterclaimant" as the last role word
// before the definition, with only the party's name after it.
func counterclaimantNamed(head string, dl, pl []int) bool {
	m := lastMatch(reCounterclaimant, head)
	if m == nil || (dl != nil && dl[0] > m[0]) || (pl != nil && pl[0] > m[0]) {
		return false
	}
	return partyNameBetween(head[m[1]:])
}
