package plead

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Who acts in a clause: the party named last before a verb, by role word,
// defined term or a third-party word, a possessive counting only when no
// party is named otherwise.

// ActorBefore returns the party last named before pos in the clause that
// holds pos: the subject of the verb at pos, as near as a cue list can tell.
// "LP disabled Defendant's accounts" → plaintiff for "disabled".
func ActorBefore(pt PartyTerms, span pattern.Text, pos int) int {
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

// MayNameDefendant is a cheap necessary condition for ActorBefore (at any
// position of s) to answer PartyDefendant and for MentionsDefendant:
// every defendant it can see is the role word, which holds "defendant" in
// any case, or one of the defendant terms. A sentence without either is
// not asked the expensive questions at all.
func MayNameDefendant(pt PartyTerms, s string) bool {
	return containsFoldASCII(s, "defendant") || containsAny(s, pt.Defendant)
}

// MayNamePlaintiff is MayNameDefendant for PartyPlaintiff.
func MayNamePlaintiff(pt PartyTerms, s string) bool {
	return containsFoldASCII(s, "plaintiff") || containsAny(s, pt.Plaintiff)
}

func containsAny(s string, terms []string) bool {
	for _, t := range terms {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s holds word (lower-case ASCII letters
// without k or s, whose case folds reach outside ASCII) in any case: what
// a (?i) expression spelling word needs to find.
func containsFoldASCII(s, word string) bool {
	first := word[0]
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 != first {
			continue
		}
		j := 1
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
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
