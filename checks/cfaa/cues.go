package cfaa

import (
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

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

// endSentence closes a message sentence that ends with a quotation: a
// quoted sentence keeps its own full stop ("… folder.'"), anything else
// gets one after the quote.
func endSentence(q string) string {
	if strings.HasSuffix(q, ".'") || strings.HasSuffix(q, "?'") {
		return q
	}
	return q + "."
}

// Helpers the CFAA rules (RULES.md §3.C) share: recitals of the statute,
// the access theories a count pleads, the facts that support them, and
// calendar arithmetic for the limitations window.

// isStatuteRecital reports a sentence that recites the statute rather than
// alleging what a defendant did: "The CFAA prohibits intentionally accessing
// a computer without authorization or exceeding authorized access."
func isStatuteRecital(_ *document.Document, terms []string, text pattern.Text) bool {
	if plead.MentionsDefendant(terms, text) {
		return false
	}
	return lexicon.CfaaRecital().MatchText(text)
}

// cfaaAllegations returns the scope sentences that match lex and are not
// recitals of the statute.
func cfaaAllegations(p *lint.Pass, scope []*document.Sentence, terms []string, lex *pattern.Lexicon) []*document.Sentence {
	var out []*document.Sentence
	for _, s := range scope {
		if lex.MatchText(s.Indexed()) && !isStatuteRecital(p.Doc, terms, s.Indexed()) {
			out = append(out, s)
		}
	}
	return out
}

// nearDefendant reports whether a sentence is about a defendant: it names
// one, or the numbered paragraph it sits in does, or it is in the count's
// own body.
func nearDefendant(p *lint.Pass, terms []string, s *document.Sentence) bool {
	if s.Count == p.CountIndex || plead.MentionsDefendant(terms, s.Indexed()) {
		return true
	}
	return s.Allegation >= 0 && plead.MentionsDefendant(terms, plead.ParagraphIndexed(p.Doc, s))
}

// gatePleaded reports whether the scope pleads a gate fact about the
// defendant's access: an area of the computer (file, folder, database,
// endpoint, partition, role) its access did not extend to. A sentence that
// states a purpose-based limit is not a gate fact.
func gatePleaded(p *lint.Pass, scope []*document.Sentence, terms []string) bool {
	gate := lexicon.CfaaGate()
	adminArea, adminRestricted := lexicon.CfaaAdminArea(), lexicon.CfaaAdminRestricted()
	purpose := lexicon.CfaaPurposeLimit()
	for _, s := range scope {
		// The sentence alone, or with the definitions of the terms it
		// uses: "the Restricted Area" may be a gate only by definition.
		closed := gate.MatchText(s.Indexed()) || gateWithDefinitions(p, s) || adminArea.MatchText(s.Indexed()) && adminRestricted.MatchText(s.Indexed())
		if !closed || purpose.MatchText(s.Indexed()) || isStatuteRecital(p.Doc, terms, s.Indexed()) {
			continue
		}
		if nearDefendant(p, terms, s) {
			return true
		}
	}
	return false
}

// accessSupport is what a count pleads about how a defendant lacked any
// permission: revocation after a grant, or outsider access, and whether it
// says when.
type accessSupport struct {
	revocation, outsider bool // a cue is pleaded
	timed                bool // a cue is pleaded with a date
}

func (a accessSupport) how() bool { return a.revocation || a.outsider }

// revocationCue reports a revocation cue in text that is not conditional
// ("may be terminated on thirty days' notice").
func revocationCue(text pattern.Text) bool {
	cond := lexicon.CfaaRevocationConditional()
	for _, loc := range lexicon.CfaaRevocation().FindAllText(text) {
		from := loc[0] - 40
		if from < 0 {
			from = 0
		}
		if !cond.MatchText(text.Slice(from, loc[0])) {
			return true
		}
	}
	return false
}

// withoutAuthSupport reads the scope for revocation and outsider facts. A
// cue counts as dated when its sentence, or its numbered paragraph, carries
// a date.
func withoutAuthSupport(p *lint.Pass, scope []*document.Sentence, terms []string) accessSupport {
	var a accessSupport
	outsider := lexicon.CfaaOutsider()
	// What a paragraph says is computed once per paragraph, not once per
	// sentence (quadratic in a huge paragraph).
	type paraCues struct{ access, timed bool }
	paras := map[int]paraCues{}
	cues := func(s *document.Sentence) paraCues {
		c, ok := paras[s.Paragraph]
		if !ok {
			para := plead.ParagraphText(p.Doc, s)
			c = paraCues{aboutAccess(para), plead.HasEventTime(para)}
			paras[s.Paragraph] = c
		}
		return c
	}
	for _, s := range scope {
		if isStatuteRecital(p.Doc, terms, s.Indexed()) {
			continue
		}
		rc := revocationCue(s.Indexed())
		var pc paraCues
		if s.Allegation >= 0 && rc {
			pc = cues(s)
		} else if s.Allegation < 0 {
			pc = paraCues{rc && aboutAccess(s.Text), false} // the sentence is the paragraph
		}
		rev, out := rc && pc.access, outsiderMeans(outsider, s.Indexed())
		if !rev && !out {
			continue
		}
		a.revocation = a.revocation || rev
		a.outsider = a.outsider || out
		if plead.HasEventTime(s.Text) {
			a.timed = true
		} else if s.Allegation >= 0 && cues(s).timed {
			a.timed = true
		}
	}
	return a
}

// reRecordCue is an outsider cue that names a record (server logs, an IP
// address) rather than a means of getting in.
var reRecordCue = pattern.MustCompile(`(?i)^(?:ip address|server log|access log)`)

// reReview marks a sentence about the plaintiff's inquiry ("a forensic
// examiner reviewed the server logs"): the logs it names are what was
// examined, not how Defendant got in.
var reReview = pattern.MustCompile(`(?i)\b(?:review\w*|examin\w*|analy[sz]\w*|audit\w*|investigat\w*|forensic\w*)`)

// outsiderMeans reports an outsider cue in text: a means of access no
// insider uses (another's credentials, an exploit), or a record of access
// ("the VPN logs record the session and the IP address it came from")
// outside a sentence that only describes reviewing the records.
func outsiderMeans(outsider *pattern.Lexicon, text pattern.Text) bool {
	for _, loc := range outsider.FindAllText(text) {
		if !reRecordCue.MatchText(text.Slice(loc[0], loc[1])) || !reReview.MatchText(text) || lexicon.CfaaAccessAct().MatchText(text) {
			return true
		}
	}
	return false
}

// aboutAccess reports text that speaks of access to a computer: an access
// act or what one accesses with (accounts, credentials, keys, servers).
// A job title that uses one of those words ("account representative") is
// not one.
func aboutAccess(text string) bool {
	text = plead.Blank(lexicon.CfaaJobTitle(), text)
	return lexicon.CfaaAccessAct().Match(text) || lexicon.CfaaAccessObject().Match(text)
}

// onlyShorthand reports that every without-authorization sentence says only
// "unauthorized access" — shorthand that an exceeds-authorized-access count
// uses for its own theory — rather than "without authorization".
func onlyShorthand(ss []*document.Sentence) bool {
	lex := lexicon.CfaaWithoutAuthorization()
	for _, s := range ss {
		for _, loc := range lex.FindAllText(s.Indexed()) {
			if !strings.HasPrefix(strings.ToLower(s.Text[loc[0]:loc[1]]), "unauthori") {
				return false
			}
		}
	}
	return true
}

// alternativePleading reports that every exceeds sentence pleads it in the
// statute's alternative ("without authorization or exceeded authorized
// access").
func alternativePleading(ss []*document.Sentence) bool {
	wa := lexicon.CfaaWithoutAuthorization()
	for _, s := range ss {
		if !wa.MatchText(s.Indexed()) {
			return false
		}
	}
	return len(ss) > 0
}

// grantSentence finds an allegation that Plaintiff gave the defendant access
// (a license, accounts, credentials), skipping negated grants ("was not
// authorized to access").
func grantSentence(p *lint.Pass, scope []*document.Sentence, terms []string) *document.Sentence {
	wa := lexicon.CfaaWithoutAuthorization()
	var first *document.Sentence
	for _, s := range scope {
		if wa.MatchText(s.Indexed()) || isStatuteRecital(p.Doc, terms, s.Indexed()) || !nearDefendant(p, terms, s) {
			continue
		}
		if isGrant(s.Indexed()) {
			// The facts section states the grant; an introduction only
			// summarises it.
			if s.Section == document.SectionFacts {
				return s
			}
			if first == nil {
				first = s
			}
		}
	}
	return first
}

// isGrant reports a grant of access in text that is not negated.
func isGrant(text pattern.Text) bool {
	for _, loc := range lexicon.CfaaGrant().FindAllText(text) {
		if !negatedBefore(text.String(), loc[0]) {
			return true
		}
	}
	return false
}

// grantAt returns where the first grant of access in text that is not
// negated begins, or -1.
func grantAt(text pattern.Text) int {
	for _, loc := range lexicon.CfaaGrant().FindAllText(text) {
		if !negatedBefore(text.String(), loc[0]) {
			return loc[0]
		}
	}
	return -1
}

var reNegationTail = pattern.MustPattern(`(?i)\b(?:not|never|no|nor|without|un)\s*(?:\w+\s+){0,1}$`)

func negatedBefore(text string, at int) bool {
	from := at - 20
	if from < 0 {
		from = 0
	}
	return reNegationTail.MatchString(text[from:at])
}

// reSystemName finds a named system ("the Agent Console", "LP's Analytics
// Server"): capitalised words ending in a system noun. Capitals matter, so
// this is a structural pattern in code, not a case-insensitive lexicon.
var reSystemName = pattern.MustPattern(`\b(?:[A-Z][\w-]*\s+){1,3}(?:Server|Console|Platform|Portal|Database|System|Network|API|Dashboard|Cloud|Repository|Environment|Application|Extranet|Intranet|Module|Engine|Suite)s?\b`)

func systemNames(text pattern.Text) map[string]bool {
	out := map[string]bool{}
	for _, m := range reSystemName.FindAllText(text, -1) {
		out[strings.ToLower(strings.Join(strings.Fields(m), " "))] = true
	}
	return out
}

// differentSystem reports that a grant names systems and the intrusion
// sentences name only other ones: the grant does not undercut the claim.
func differentSystem(grant *document.Sentence, hits []*document.Sentence) bool {
	g := systemNames(grant.Indexed())
	if len(g) == 0 {
		return false
	}
	named := false
	for _, s := range hits {
		for n := range systemNames(s.Indexed()) {
			named = true
			for gn := range g {
				if strings.HasSuffix(n, gn) || strings.HasSuffix(gn, n) {
					return false
				}
			}
		}
	}
	return named
}

// ---------------------------------------------------------------- dates

// day is a calendar day, comparable as (y, m, d).
type day struct{ y, m, d int }

func (a day) before(b day) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

func (a day) minusYears(n int) day { return day{a.y - n, a.m, a.d} }

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

var (
	reMonthDay  = pattern.MustPattern(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b`)
	reDayOf     = pattern.MustPattern(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b`)
	reNumeric   = pattern.MustPattern(`\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d{2})\b`)
	reISO       = pattern.MustPattern(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
	reQuarterOf = pattern.MustPattern(`(?i)\b(?:q([1-4])|(first|second|third|fourth) quarter)`)
)

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// dateBounds returns the first and last day a date mention can denote:
// "May 15, 2014" is one day, "May 2014" a month, "2014" a year.
func dateBounds(dm legal.DateMention) (lo, hi day, ok bool) {
	t := dm.Text
	if dm.Year == 0 {
		return lo, hi, false
	}
	y := dm.Year
	if m := reMonthDay.FindStringSubmatch(t); m != nil {
		mo := monthNum[strings.ToLower(m[1])[:3]]
		if m[2] != "" {
			d := atoi(m[2])
			return day{y, mo, d}, day{y, mo, d}, true
		}
		return day{y, mo, 1}, day{y, mo, daysIn(y, mo)}, true
	}
	if m := reISO.FindStringSubmatch(t); m != nil {
		d := day{y, atoi(m[2]), atoi(m[3])}
		return d, d, true
	}
	if m := reNumeric.FindStringSubmatch(t); m != nil {
		d := day{y, atoi(m[1]), atoi(m[2])}
		return d, d, true
	}
	if m := reQuarterOf.FindStringSubmatch(t); m != nil {
		q := atoi(m[1])
		if q == 0 {
			q = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[strings.ToLower(m[2])]
		}
		return day{y, 3*q - 2, 1}, day{y, 3 * q, daysIn(y, 3*q)}, true
	}
	return day{y, 1, 1}, day{y, 12, 31}, true
}

// complaintDate reads the date of the complaint from its signature block
// ("Dated: New York, New York / May 15, 2014", "this 15th day of May,
// 2014"). Only a full day counts.
func complaintDate(d *document.Document) (day, bool) {
	for _, sec := range d.Sections {
		if sec.Kind != document.SectionSignature {
			continue
		}
		text := d.Text[sec.Span.Start:sec.Span.End]
		if m := reDayOf.FindStringSubmatch(text); m != nil {
			return day{atoi(m[3]), monthNum[strings.ToLower(m[2])[:3]], atoi(m[1])}, true
		}
		for _, dm := range legal.Dates(text) {
			if lo, hi, ok := dateBounds(dm); ok && lo == hi {
				return lo, true
			}
		}
	}
	return day{}, false
}

// reDayList is several days of one month written as a list, "August 9, 10
// and 15, 2022" or "March 19 and 26, 2024", which the date reader would
// otherwise take for the bare year: its last day is the list's latest.
var reDayList = pattern.MustPattern(`(?i)\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+\d{1,2}((?:\s*,\s*\d{1,2})*(?:,?\s*(?:and|&)\s*\d{1,2}))\s*,\s*(\d{4})\b`)

var reLastNumber = pattern.MustPattern(`(\d{1,2})\D*$`)

// lastOfDayLists rewrites each list of days as its last day ("August 15,
// 2022"), so that the list dates the latest act it names.
func lastOfDayLists(text string) string {
	if !reDayList.MatchString(text) {
		return text
	}
	return reDayList.ReplaceAllStringFunc(text, func(m string) string {
		sm := reDayList.FindStringSubmatch(m)
		last := reLastNumber.FindStringSubmatch(sm[2])
		return sm[1] + " " + last[1] + ", " + sm[3]
	})
}

// latestDay is the last day any date in text can denote.
func latestDay(text string) (day, bool) {
	var best day
	found := false
	for _, dm := range legal.Dates(lastOfDayLists(text)) {
		if _, hi, ok := dateBounds(dm); ok && (!found || best.before(hi)) {
			best, found = hi, true
		}
	}
	return best, found
}

// ---------------------------------------------------------------- subsections

// cfaaCite is one § 1030(a) subsection a count cites: (a)(5)(C) is sub 5,
// letters "C".
type cfaaCite struct {
	sub     int
	letters string
	span    lint.Span
	// inString marks a citation inside a string cite of three or more (a)
	// subsections: a citation to the whole section, not a theory.
	inString bool
}

var (
	reCFAASub     = pattern.MustPattern(`\(a\)\s*\(([1-7])\)((?:\s*\([A-Cbc]\))?(?:\s*(?:,|and|or|&|-|–|through)\s*\([A-Cbc]\))*)`)
	reCFAALetters = pattern.MustPattern(`\(([A-Cbc])\)`)
	reCFAARange   = pattern.MustPattern(`\(([A-Cbc])\)\s*(?:-|–|through)\s*\(([A-Cbc])\)`)
	reCFAACiteCtx = pattern.MustPattern(`(?i)1030|\bcfaa\b|§|\bsub-?sections?\b|\bsection\b`)
)

// cfaaCitations finds the § 1030(a) subsections cited in the count's own
// body and heading.
func cfaaCitations(p *lint.Pass) []cfaaCite {
	var out []cfaaCite
	c := p.Count()
	texts := []struct {
		text  string
		start int
	}{{p.Doc.Text[c.Heading.Start:c.Heading.End], c.Heading.Start}}
	for _, s := range p.Own() {
		texts = append(texts, struct {
			text  string
			start int
		}{s.Text, s.Span.Start})
	}
	for _, t := range texts {
		if !reCFAACiteCtx.MatchString(t.text) {
			continue
		}
		ms := reCFAASub.FindAllStringSubmatchIndex(t.text, -1)
		distinct := map[int]bool{}
		var local []cfaaCite
		for _, m := range ms {
			sub := atoi(t.text[m[2]:m[3]])
			distinct[sub] = true
			letters := ""
			if m[4] >= 0 {
				tail := t.text[m[4]:m[5]]
				for _, r := range reCFAARange.FindAllStringSubmatch(tail, -1) {
					for ch := strings.ToUpper(r[1])[0]; ch <= strings.ToUpper(r[2])[0]; ch++ {
						letters += string(ch)
					}
				}
				for _, l := range reCFAALetters.FindAllStringSubmatch(tail, -1) {
					letters += strings.ToUpper(l[1])
				}
			}
			local = append(local, cfaaCite{sub: sub, letters: letters,
				span: lint.Span{Start: t.start + m[0], End: t.start + m[1]}})
		}
		for i := range local {
			local[i].inString = len(distinct) >= 3
		}
		out = append(out, local...)
	}
	return out
}

// monthDate is a calendar date as precise as the pleading gives it; Month
// and Day are 0 when not stated.
type monthDate struct{ Year, Month, Day int }

// before reports that d certainly precedes o: at the precision both give,
// d is earlier.
func (d monthDate) before(o monthDate) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month == 0 || o.Month == 0 || d.Month != o.Month {
		return d.Month != 0 && o.Month != 0 && d.Month < o.Month
	}
	return d.Day != 0 && o.Day != 0 && d.Day < o.Day
}

var (
	monthNumber = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
	// "April 14, 2023", "April 10 and 11, 2023", "May 2023".
	reMonthDate = pattern.MustCompile(`(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|through|to)\s*\d{1,2})?)?,?\s+((?:19|20)\d{2})\b`)
)

// monthDates finds the dates of text with their month and day.
func monthDates(text pattern.Text) []monthDate {
	var out []monthDate
	for _, m := range reMonthDate.FindAllTextSubmatch(text, -1) {
		d := monthDate{Month: monthNumber[strings.ToLower(m[1])]}
		d.Year, _ = strconv.Atoi(m[3])
		if m[2] != "" {
			d.Day, _ = strconv.Atoi(m[2])
		}
		out = append(out, d)
	}
	return out
}
