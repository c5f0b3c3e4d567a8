package pleading

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Helpers of the pleading-hygiene rules (RULES.md §3.G): which sentences
// they read, what makes an allegation concrete (the FACT markers of §2.5),
// who the parties are, and who a sentence says acted.

// hygieneGroup is the noise budget the four §3.G rules share: at most one
// of their findings per allegation, the most serious (lint.Check.Group).
const hygieneGroup = "hygiene"

// incorporationSentence reports whether s is a count's incorporation
// sentence ("Plaintiff repeats and realleges ...").
func incorporationSentence(d *document.Document, si int) bool {
	s := &d.Sentences[si]
	return s.Count >= 0 && d.Counts[s.Count].IncorporationSentence == si
}

// hasFact reports a concrete-fact marker (RULES.md §2.5 FACT): a date or
// period, a dollar figure, a number of two or more digits outside a statute
// citation, quoted words, an exhibit or paragraph reference, a title
// (CEO, engineer), a name of two capitalised words that is neither a party
// nor legal vocabulary, a file or path.
func hasFact(text pattern.Text, pt *plead.GeneralParties) bool {
	return factMarker(text) || hasProperName(text, pt)
}

// factMarker is hasFact without the proper-name test: a date or period,
// a sum, a number, quoted words, an exhibit, a paragraph reference, a
// title, a file or path.
func factMarker(text pattern.Text) bool {
	if legal.HasTimeText(text) || len(legal.Money(text.String())) > 0 || plead.QuotedStatement(text) != nil || plead.HasExhibit(text) {
		return true
	}
	if plead.ReParaRef.MatchText(text) || lexicon.PlausibilityTitle().MatchText(text) || plead.ReCodeToken.MatchText(text) {
		return true
	}
	// Without a citation to take out, the sentence's span itself is
	// asked (from the index) rather than a copy of it.
	bare := text
	if cite := lexicon.PlausibilityCitation().Regexp(); cite.MatchText(text) {
		bare = pattern.Plain(cite.ReplaceAllText(text, " "))
	}
	return plead.ReTwoDigits.MatchText(bare) || reSpelledCount.MatchText(bare)
}

// hasProperName finds two adjacent capitalised words, not opening the
// sentence, at least one of which is neither legal vocabulary nor part of a
// party's name: "Acme Assist", "the Engagement Module", "Jane Roe".
func hasProperName(text pattern.Text, pt *plead.GeneralParties) bool {
	words := plead.ReCapWord.FindAllTextIndex(text, -1)
	prevCap, prevName := false, false
	for i, w := range words {
		word := text.String()[w[0]:w[1]]
		r, _ := utf8.DecodeRuneInString(word)
		isCap := unicode.IsUpper(r) && i > 0
		if i > 0 {
			// A sentence break inside the span (a colon, a dash) does not
			// join words.
			gap := text.String()[words[i-1][1]:w[0]]
			if strings.ContainsAny(gap, ".:;—–()“”\"") && !strings.HasSuffix(strings.TrimSpace(gap), ".") {
				prevCap, prevName = false, false
			}
		}
		if !isCap {
			prevCap, prevName = false, false
			continue
		}
		lw := strings.ToLower(strings.Trim(word, ".,’'"))
		lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		isName := !pt.Words[lw] && !wholeWord(lexicon.PlausibilityNotAName(), lw)
		if prevCap && (isName || prevName) {
			return true
		}
		prevCap, prevName = true, isName
	}
	return false
}

// wholeWord reports whether a lexicon matches all of w.
func wholeWord(l *pattern.Lexicon, w string) bool {
	loc := l.Find(w)
	return loc != nil && loc[0] == 0 && loc[1] == len(w)
}

// maskQuotes blanks quoted text (keeping byte offsets), so that words a
// pleader quotes — a statute, an e-mail — are not read as the pleader's own
// conclusions.
func maskQuotes(text pattern.Text) string {
	if !hasQuoteMark(text.String()) {
		return text.String()
	}
	b := []byte(text.String())
	for _, m := range plead.ReQuotes.FindAllTextIndex(text, -1) {
		for i := m[0]; i < m[1]; i++ {
			if b[i] < 0x80 {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// maskedText is maskQuotes as text to ask the cue lists about: the
// sentence's own span when it holds no quotation (answered from the
// index), else the masked string.
func maskedText(text pattern.Text) pattern.Text {
	if !hasQuoteMark(text.String()) {
		return text
	}
	return pattern.Plain(maskQuotes(text))
}

// hasQuoteMark is strings.ContainsAny(s, "\"“") without decoding every
// rune of s, which ContainsAny does for a set beyond ASCII.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“")
}

// ---------------------------------------------------------------- who acted

// actorMention is a party named as the subject of an act.
type actorMention struct {
	start, end int
}

// collectiveActs returns the collective subjects of acts in text
// ("Defendants accessed", "Defendants, and each of them, disseminated").
func collectiveActs(text pattern.Text, pt *plead.GeneralParties) []actorMention {
	var out []actorMention
	// "Defendants" inside a defined subgroup's name ("the Sales Defendants")
	// is that subgroup, not the defendants at large.
	var inSubgroup [][2]int
	for term := range pt.Subgroups {
		for _, loc := range plead.TermIndexes(text.String(), term) {
			inSubgroup = append(inSubgroup, [2]int{loc, loc + len(term)})
		}
	}
	for _, m := range lexicon.GroupCollective().FindAllText(text) {
		if slices.ContainsFunc(inSubgroup, func(r [2]int) bool { return m[0] < r[1] && r[0] < m[1] }) {
			continue
		}
		// In counterclaims a bare "Defendants incorporate ..." are the
		// parties who claim; "Counterclaim Defendants accessed" are sued.
		if pt.Counter && !plead.CounterPrefixed(text.String(), m[0]) {
			continue
		}
		end := m[1]
		for end > m[0] && (text.String()[end-1] == ',' || text.String()[end-1] == ' ') {
			end--
		}
		if isSubjectOfAct(text.String(), m[0], end) {
			out = append(out, actorMention{m[0], end})
		}
	}
	// A collective term that opens one defendant's own name ("OpenMind"
	// in "OpenMind Inc.") is that defendant.
	var inName [][2]int
	for _, name := range pt.Defendants {
		for _, loc := range plead.TermIndexes(text.String(), name) {
			inName = append(inName, [2]int{loc, loc + len(name)})
		}
	}
	for _, term := range pt.Collective {
		if pt.Subgroups[term] != nil {
			continue
		}
		for _, loc := range plead.TermIndexes(text.String(), term) {
			if slices.ContainsFunc(inName, func(r [2]int) bool { return r[1]-r[0] > len(term) && loc < r[1] && r[0] < loc+len(term) }) {
				continue
			}
			if isSubjectOfAct(text.String(), loc, loc+len(term)) {
				out = append(out, actorMention{loc, loc + len(term)})
			}
		}
	}
	return out
}

// actingDefendants returns the named defendants (by name key) that are the
// subject of an act in text.
func actingDefendants(text string, pt *plead.GeneralParties) []string {
	var out []string
	for _, name := range pt.Defendants {
		for _, loc := range plead.TermIndexes(text, name) {
			if isSubjectOfAct(text, loc, loc+len(name)) {
				out = append(out, pt.Entity[name])
				break
			}
		}
	}
	for term, members := range pt.Subgroups {
		for _, loc := range plead.TermIndexes(text, term) {
			if isSubjectOfAct(text, loc, loc+len(term)) {
				out = append(out, members...)
				break
			}
		}
	}
	return out
}

// individualActs reports whether some individual defendant is the subject
// of an act in text ("Acme Corp., through its VP John Doe, accessed"), or a
// defined subgroup whose members the complaint names.
func individualActs(text pattern.Text, pt *plead.GeneralParties) bool {
	for term := range pt.Subgroups {
		for _, loc := range plead.TermIndexes(text.String(), term) {
			if isSubjectOfAct(text.String(), loc, loc+len(term)) {
				return true
			}
		}
	}
	for _, name := range pt.Defendants {
		for _, loc := range plead.TermIndexes(text.String(), name) {
			if isSubjectOfAct(text.String(), loc, loc+len(name)) {
				return true
			}
		}
	}
	// "Defendant Acme" with a name the Parties section did not give.
	for _, m := range plead.ReRoleName.FindAllTextSubmatchIndex(text, -1) {
		if strings.HasPrefix(text.String()[m[0]:m[1]], "Defendant ") {
			name := plead.TrimPartyName(text.String()[m[2]:m[3]])
			if name != "" && isSubjectOfAct(text.String(), m[2], m[2]+len(name)) {
				return true
			}
		}
	}
	return false
}

var (
	reActToken  = pattern.MustPattern(`[A-Za-z][A-Za-z'’-]*|[,;:()—–]|“|”|"`)
	prepObjects = map[string]bool{"with": true, "against": true, "to": true, "from": true, "by": true, "of": true,
		"for": true, "between": true, "among": true, "upon": true, "at": true, "than": true, "about": true,
		"toward": true, "towards": true, "into": true, "sued": true, "informed": true, "told": true, "notified": true}
)

// isSubjectOfAct reports whether the party named at text[start:end] is the
// subject of a verb of action — not a possessive ("Defendants' conduct"),
// not the object of a preposition ("against Defendants"), and followed,
// past appositives, adverbs and auxiliaries, by a verb ("have copied",
// "knowingly disseminated", "sold") — other than one of forming or joining
// a relationship ("signed the Franchise Agreement", "joined Prism").
func isSubjectOfAct(text string, start, end int) bool {
	v := actVerbAfter(text, start, end)
	return v != "" && !wholeWord(lexicon.GroupBackgroundVerb(), v)
}

// actVerbAfter returns the verb of action the party named at
// text[start:end] is the subject of, or "".
func actVerbAfter(text string, start, end int) string {
	rest := text[end:]
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") || strings.HasPrefix(rest, "s'") || strings.HasPrefix(rest, "s’") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return ""
	}
	if prev := lastWordBefore(text[:start]); prepObjects[strings.ToLower(prev)] {
		return ""
	}
	toks := reActToken.FindAllString(rest, 30)
	inAppositive, inParen, skipTo := false, false, false
	skipped := 0
	for i, tok := range toks {
		lw := strings.ToLower(strings.Trim(tok, "'’"))
		switch {
		case tok == "(":
			inParen = true
			continue
		case tok == ")":
			inParen = false
			continue
		case inParen:
			continue
		case tok == "“" || tok == "”" || tok == `"`:
			continue
		case tok == ",":
			if inAppositive {
				inAppositive = false
				continue
			}
			if i+1 < len(toks) {
				next := strings.ToLower(toks[i+1])
				// ", and each of them," and ", knowingly," keep going; any
				// other comma opens an appositive (", its parent,").
				if !wholeWord(lexicon.GroupBetween(), next) && !wholeWord(lexicon.GroupAux(), next) &&
					!wholeWord(lexicon.GroupCatenative(), next) && !isActVerb(next) && !strings.HasSuffix(next, "ly") {
					inAppositive = true
				}
			}
			continue
		case tok == ";" || tok == ":" || tok == "—" || tok == "–":
			return ""
		}
		if inAppositive {
			skipped++
			if skipped > 14 {
				return ""
			}
			continue
		}
		if plead.ReCorpTail.MatchString(tok) {
			continue
		}
		if wholeWord(lexicon.GroupBetween(), lw) || (strings.HasSuffix(lw, "ly") && len(lw) > 4) {
			continue
		}
		if wholeWord(lexicon.GroupAux(), lw) {
			// "Defendants had the right and ability to supervise": the
			// elements of vicarious liability are pleaded with "had".
			if (lw == "had" || lw == "has" || lw == "have") && i+2 < len(toks) && reSupervisionObject.MatchString(toks[i+1]+" "+toks[i+2]) {
				return lw
			}
			continue
		}
		if wholeWord(lexicon.GroupCatenative(), lw) {
			if i+1 < len(toks) && strings.EqualFold(toks[i+1], "to") {
				skipTo = true
				continue
			}
			return lw
		}
		if skipTo && lw == "to" {
			skipTo = false
			continue
		}
		if isActVerb(lw) {
			return lw
		}
		return ""
	}
	return ""
}

var reSupervisionObject = pattern.MustPattern(`(?i)^(?:the|a|an) (?:right|ability|direct|financial|practical|legal)$`)

// isActVerb reports a verb of action: a known verb, or a regular past
// tense that is not one of the participles complaints use as adjectives.
func isActVerb(w string) bool {
	if wholeWord(lexicon.GroupVerb(), w) {
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !wholeWord(lexicon.GroupNotVerb(), w)
}

func lastWordBefore(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

// ---------------------------------------------------------------- key acts

// keyActLexicons returns the lexicons of the act a count's element rules
// look for (copying, access, circumvention, breach, dissemination), by the
// count's claim families; none for families without such an act.
func keyActLexicons(c *document.Count) []*pattern.Lexicon {
	var out []*pattern.Lexicon
	for _, cl := range c.Claims {
		name := ""
		switch cl {
		case legal.ClaimCopyright:
			name = "copyright.act"
		case legal.ClaimDMCA:
			name = "circumvent"
		case legal.ClaimCFAA:
			name = "plausibility.key-act.cfaa"
		case legal.ClaimContract:
			name = "plausibility.key-act.contract"
		case legal.ClaimLanhamFA:
			name = "plausibility.key-act.lanham"
		case legal.ClaimTradeSecret:
			name = "plausibility.key-act.trade-secret"
		case legal.ClaimInterference:
			name = "plausibility.key-act.interference"
		case legal.ClaimUnfairComp:
			name = "plausibility.key-act.unfair-comp"
		}
		if name != "" {
			out = append(out, legal.Lex(name))
		}
	}
	return out
}

// reSpelledCount is a number of two digits written out ("after thirteen
// bans", "twenty-four accounts"): as concrete as "13".
var reSpelledCount = pattern.MustPattern(`(?i)\b(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:[a-z-]+\s+)?[a-z]+s\b`)
