package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// The role of every defined term that names a party (PartyTerms, the
// parties model's Roles view): read from the role word before its
// definition, from a list of names a role word opens, or from the caption,
// with the roles of an answer's counterclaims reversed; and whether a word
// is a party's name.

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
	reListOpener = pattern.MustPattern(`(?i)\b(?:plaintiffs?|defendants?|against|complain(?:s|ing)? of)\b`)
	// A run of names and their definitions: capitalised words, corporate
	// suffixes, commas, "&", "and", "of", "the", and parentheticals that
	// define a term.
	reNameList = pattern.MustPattern(`^(?:\s*(?:[A-Z0-9][\w.&'’/-]*|,|&|and|of|the|\((?:(?:collectively|together|jointly),?\s*)?(?:the\s+)?["“][^"”()]*["”]\)))*\s*$`)
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

// captionText is the caption's lines joined by spaces, read once per
// document: ccCaptionRole asks it for every name the parties' reading
// tries, and reading the caption runs several expressions over each line.
func captionText(d *document.Document) string { return captionTextFact.Of(d) }

var captionTextFact = document.NewFact("caption text", func(d *document.Document) string {
	return strings.Join(captionLines(d), " ")
})

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
	t := captionText(d)
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
	reDefParen   = pattern.MustPattern(`\(([^()]{0,40}["“][^"”()]{1,60}["”][^()]{0,80})\)`)
	reQuotedTerm = pattern.MustPattern(`["“]([^"”]{1,60})["”]`)
)

var reNotAName = pattern.MustPattern(`(?i)[()]|\b(?:is|was|are|were|has|have|had|under|pursuant|licensed|signed|entered|agreed|sells?|sold|owns?|owned|through|which|that|who|whose|with|by|for|to|from|its|their|when|after|since|and its|against|brings?|sues?|alleges?|complains?|action|files?)\b`)

var reHereinIs = pattern.MustPattern(`(?i)^herein,?\s+(?:is|are)\s+`)

// partyNameBetween reports that the words between a party word and a
// defined term are the party's name (and a short description).
func partyNameBetween(seg string) bool {
	seg = strings.TrimSpace(seg)
	// Louisiana pleads its parties as "Made defendant herein is Gulfline
	// Heritage Surveys, Inc. (“Gulfline”)": the verb belongs to the role
	// phrase, not the name.
	if m := reHereinIs.FindStringIndex(seg); m != nil {
		seg = seg[m[1]:]
	}
	if len(strings.Fields(seg)) > 14 {
		return false
	}
	// The opening of the definition itself: `(`, `(the `, `(“`.
	if i := strings.LastIndex(seg, "("); i >= 0 && !strings.Contains(seg[i:], ")") {
		seg = seg[:i]
	}
	return !reNotAName.MatchString(seg)
}

// Finder is a compiled pattern: *regexp.Regexp or *pattern.Pattern.
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

// DefendantTermWord reports that w is one of Defendant's names.
func DefendantTermWord(pt PartyTerms, w string) bool {
	for _, t := range pt.Defendant {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

var (
	// A heading of an answer's counterclaim: "FIRST COUNTERCLAIM",
	// "COUNTERCLAIM II", "Counter-Claim One".
	reCounterclaimHeading = pattern.MustPattern(`(?i)^\s*(?:[\w.]+\s+)?counter-?claim\b`)
	// The role words of a counterclaim: "Counterclaim-Plaintiff",
	// "Counterclaim Defendants", "Counter-Defendant".
	reCounterPrefix = pattern.MustPattern(`(?i)\bcounter(?:-?claim)?[- ]?$`)
	// "Counterclaimant Hotfile Corp." names the claiming party.
	reCounterclaimant = pattern.MustPattern(`(?i)\bcounter-?claimants?\b`)
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
