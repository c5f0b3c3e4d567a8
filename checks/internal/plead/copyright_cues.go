package plead

import (
	"slices"
	"strings"
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

// PartyTerms are the names a complaint uses for the parties.
type PartyTerms struct {
	Defendant, Plaintiff []string
}

// PartyRoles classifies the defined terms that name parties: a term belongs
// to the party word (Plaintiff/Defendant) that comes last before it in its
// defining sentence, when only the party's name and a short description
// stand between them ("Plaintiff LivePerson, Inc. (“LP”)", "Defendant 24/7
// Customer, Inc., a California corporation (“24/7”)") — not "Defendant
// Cargo Logic LLC under a Software License Agreement (the “Agreement”)".
func PartyRoles(d *document.Document) PartyTerms { return docParties(d).Roles() }

func ccComputeParties(d *document.Document) PartyTerms {
	var pt PartyTerms
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
			dl := lastMatch(ReDefendantWord, head)
			pl := lastMatch(RePlaintiffWord, head)
			var kind int
			counterRole := false
			switch {
			case counter && counterclaimantNamed(head, dl, pl):
				kind, counterRole = PartyPlaintiff, true
			case dl != nil && (pl == nil || dl[0] > pl[0]) && partyNameBetween(head[dl[1]:]):
				kind, counterRole = PartyDefendant, CounterPrefixed(head, dl[0])
			case pl != nil && (dl == nil || pl[0] > dl[0]) && partyNameBetween(head[pl[1]:]):
				kind, counterRole = PartyPlaintiff, CounterPrefixed(head, pl[0])
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
					kind = PartyDefendant
				case "plaintiff":
					kind = PartyPlaintiff
				default:
					continue
				}
			}
			if counter && !counterRole {
				kind = PartyPlaintiff + PartyDefendant - kind
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
				if kind == PartyDefendant {
					pt.Defendant = append(pt.Defendant, term)
				} else {
					pt.Plaintiff = append(pt.Plaintiff, term)
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
		return PartyPlaintiff
	}
	return PartyDefendant
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
	k := NameKey(name)
	if k == "" {
		return ""
	}
	t := strings.Join(captionLines(d), " ")
	loc := reCaptionAgainst.FindStringIndex(t)
	if loc == nil {
		return ""
	}
	holds := func(block string) bool {
		return strings.Contains(" "+NameKey(block)+" ", " "+k+" ")
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

// Finder is a compiled pattern: *regexp.Regexp or *legal.Pattern.
type Finder interface {
	FindAllStringIndex(s string, n int) [][]int
	MatchString(s string) bool
}

func lastMatch(re Finder, s string) []int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

// party kinds an actor can be.
const (
	partyNone = iota
	PartyDefendant
	PartyPlaintiff
	PartyThird
)

// WordIndexes finds whole-word occurrences of a term.
func WordIndexes(s, term string) [][]int {
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

// ActorBefore returns the party last named before pos in the clause that
// holds pos: the subject of the verb at pos, as near as a cue list can tell.
// "LP disabled Defendant's accounts" → plaintiff for "disabled".
func ActorBefore(pt PartyTerms, span legal.Text, pos int) int {
	text := span.String()
	start := 0
	if i := strings.LastIndexAny(text[:pos], ";:"); i >= 0 {
		start = i + 1
	}
	headSpan := span.Slice(start, pos)
	head := headSpan.String()
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
		if IsPossessive(head, loc[1]) {
			if loc[0] > bestPoss {
				bestPoss, kindPoss = loc[0], k
			}
			return
		}
		if loc[0] > best {
			best, kind = loc[0], k
		}
	}
	for _, loc := range ReDefendantWord.FindAllTextIndex(headSpan, -1) {
		try(loc, PartyDefendant)
	}
	for _, loc := range RePlaintiffWord.FindAllTextIndex(headSpan, -1) {
		try(loc, PartyPlaintiff)
	}
	for _, t := range pt.Defendant {
		for _, loc := range WordIndexes(head, t) {
			try(loc, PartyDefendant)
		}
	}
	for _, t := range pt.Plaintiff {
		for _, loc := range WordIndexes(head, t) {
			try(loc, PartyPlaintiff)
		}
	}
	for _, loc := range lexicon.PartyThird().FindAllText(headSpan) {
		try(loc, PartyThird)
	}
	if kind != partyNone {
		return kind
	}
	return kindPoss
}

// IsPossessive reports a possessive ending at or just after end: "LP's",
// "Defendants'", "Defendant’s".
func IsPossessive(s string, end int) bool {
	rest := s[end:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return true
	}
	// ReDefendantWord includes the possessive in its match.
	w := s[:end]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// ReCCAgainst is the "Against ..." part of a count heading, group 1 the
// names it lists up to a parenthesis ("(Against Rasmussen and Vale)"):
// which defendants the count is brought against, for OtherDefendants and
// the copyright rules that attribute acts to a count's targets.
var ReCCAgainst = legal.MustPattern(`(?i)\bagainst\s+([^()]+)`)

// CountHeadingText is the count's title and the unnumbered lines between
// its heading and its first allegation: a three-line heading puts
// "Against Rasmussen)" below the cause label the heading carries.
func CountHeadingText(d *document.Document, c *document.Count) string {
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

// ---------------------------------------------------------------- acts

// BlankLex replaces the matches of a lexicon in t with spaces (ASCII bytes
// only, so the text stays valid UTF-8 and offsets do not move). Most texts
// hold none: t comes back as it is, still a span of its document.
func BlankLex(l *legal.Lexicon, t legal.Text) legal.Text {
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

// ---------------------------------------------------------------- clauses and dates

// ReCCClauseBreak splits a sentence into the clauses a date belongs to: a date
// introduces the clause it opens ("In 2006, the parties signed ..."), so
// plain commas do not split; semicolons, dashes and commas before a
// conjunction or relative word do.
var ReCCClauseBreak = legal.MustPattern(`;|\s[—–]\s|—|,\s+(?:and|but|while|whereas|which|who|when|after which|although|though|yet)\b|\s+and then\b`)

// ClauseAround returns the clause of text holding [a, b).
func ClauseAround(text legal.Text, a, b int) string {
	start, end := 0, len(text.String())
	for _, m := range ReCCClauseBreak.FindAllTextIndex(text, -1) {
		if m[1] <= a && m[0] >= start {
			start = m[0]
		}
		if m[0] >= b && m[0] < end {
			end = m[0]
		}
	}
	return text.String()[start:end]
}

// IsPartyWord reports that w, possessive or not, names a party: a role
// word ("Defendants") or a defined term of either side. The copyright and
// DMCA rules skip such words when they read the names of works, products,
// events and credentials' owners, which a party's name never is.
func IsPartyWord(pt PartyTerms, w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	// "(together, “Defendants”)" defines the role word itself.
	switch strings.ToLower(w) {
	case "plaintiff", "plaintiffs", "defendant", "defendants":
		return true
	}
	// The two lists in turn, not joined: a joined copy per word was most
	// of what a long complaint allocated.
	for _, terms := range [2][]string{pt.Defendant, pt.Plaintiff} {
		for _, t := range terms {
			if strings.EqualFold(t, w) {
				return true
			}
		}
	}
	return false
}

// ---------------------------------------------------------------- anchors

// InCount reports whether a sentence is the count's own.
func InCount(p *lint.Pass, s *document.Sentence) bool { return s != nil && s.Count == p.CountIndex }

// AnchorFinding builds a finding on span when it lies in the count, or
// else on fallback (a count sentence, or the heading when nil) with a
// related pointer to span — so a finding about a count sits in the count
// while still showing where the evidence was pleaded.
func AnchorFinding(p *lint.Pass, span lint.Span, spanInCount bool, fallback *document.Sentence, note string) lint.Finding {
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

// OtherDefendants are the defendant names a secondary count may rest on:
// those its heading does not name when it names some, every defendant's
// name when it names none and there are several defendants, none when
// there is one.
func OtherDefendants(p *lint.Pass, pt PartyTerms) (names []string, all bool) {
	if distinctDefendants(p.Doc, pt) < 2 {
		return nil, false
	}
	m := ReCCAgainst.FindStringSubmatch(CountHeadingText(p.Doc, p.Count()))
	if m == nil || strings.Contains(strings.ToLower(m[1]), "all defendants") {
		return pt.Defendant, true
	}
	named := NamedInHeading(m[1], pt.Defendant)
	var out []string
	for _, t := range pt.Defendant {
		if !slices.Contains(named, t) {
			out = append(out, t)
		}
	}
	return out, false
}

// NamedInHeading returns the names a count heading's "Against ..." part
// names, as whole words. A name inside a longer one it also names is not
// named by it: "Against ClipVault Holdings" does not bring the count
// against ClipVault.
func NamedInHeading(against string, names []string) []string {
	low := strings.ToLower(against)
	longest := slices.Clone(names)
	slices.SortStableFunc(longest, func(a, b string) int { return len(b) - len(a) })
	var out []string
	for _, t := range longest {
		ms := WordIndexes(low, strings.ToLower(t))
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
func distinctDefendants(d *document.Document, pt PartyTerms) int {
	return max(len(captionDefendants(d)), len(pt.Defendant))
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

// CounterPrefixed reports a role word at pos that a counterclaim prefix
// turns into a counterclaim role ("Counterclaim-Plaintiff").
func CounterPrefixed(head string, pos int) bool {
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
