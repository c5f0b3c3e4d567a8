package forum

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// LawSource says how a count's governing law was decided (§F1.3).
type LawSource string

// Governing-law sources, in order of precedence.
const (
	LawFlag      LawSource = "flag"       // --state or the configuration
	LawCountText LawSource = "count-text" // the count names the law or cites the state's code
	LawClause    LawSource = "clause"     // a choice-of-law clause pleaded in the document
	LawForum     LawSource = "forum"      // the forum state, a default only (Klaxon)
	LawNone      LawSource = "none"
)

// Law is the state law that governs one count.
type Law struct {
	State  string // postal code; "" when no state's law was identified
	Source LawSource
	// Span is the count's words or the clause that decided it; empty for
	// the flag, the forum and none.
	Span document.Span
	// Statute: the count's family is defined by a state statute (the UCL,
	// GBL § 349), whose state governs whatever the flag says.
	Statute bool
	// Overrode is the state --state named when a statute count kept its
	// own state instead; "" otherwise.
	Overrode string
}

var (
	stateAlt = func() string {
		var names []string
		for n := range stateNames {
			names = append(names, n)
		}
		// Longest first, so that "West Virginia" wins over "Virginia"; then
		// by name, so that the expression (an anchor-table key) is the
		// same on every run.
		sort.Slice(names, func(i, j int) bool {
			if len(names[i]) != len(names[j]) {
				return len(names[i]) > len(names[j])
			}
			return names[i] < names[j]
		})
		for i, n := range names {
			names[i] = strings.ReplaceAll(regexp.QuoteMeta(n), " ", `\s+`)
		}
		return `(` + strings.Join(names, "|") + `)`
	}()
	// "under the laws of the State of New York", "New York common law",
	// "under California law". These and the state codes below run as
	// pre-filtered patterns: only the places where one of their literal
	// beginnings (a state's name, "under", "Cal") occurs are tried, instead
	// of the whole alternation at every byte of a count. They are compiled
	// on first use: a draft without counts never needs them.
	reLawOf   = pattern.MustPattern(`(?i)\b(?:under|pursuant to|in violation of|violates?|violated|governed by)\s+(?:the\s+)?(?:common\s+)?laws?\s+of\s+(?:the\s+(?:State|Commonwealth)\s+of\s+)?` + stateAlt + `\b`)
	reStateLw = pattern.MustPattern(`(?i)\b` + stateAlt + `(?:'s|’s)?\s+(?:common\s+|statutory\s+|state\s+)?law\b`)
	// A state's code cited in the count.
	stateCodes = []struct {
		state string
		re    *pattern.Pattern
		// needs, when set, lists literals one of which every match holds:
		// a pattern that begins with a digit has no literal beginning to
		// filter on, so a text without them is not searched at all.
		needs []string
	}{
		{"CA", pattern.MustPattern(`(?i)\bCal(?:ifornia|\.)\s*(?:Bus(?:iness|\.)?\s*(?:&|and)\s*Prof(?:essions|\.)?|Civ(?:il|\.)?\s*Proc(?:edure|\.)?|Civ(?:il|\.)?|Penal|Lab(?:or|\.)?)\s*Code\b|\bBus(?:iness|\.)?\s*(?:&|and)\s*Prof(?:essions|\.)?\s*Code\b`), nil},
		{"NY", pattern.MustPattern(`(?i)\bN\.\s*Y\.\s*(?:Gen(?:eral|\.)?\s*Bus(?:iness|\.)?|C\.?\s*P\.?\s*L\.?\s*R\b)|\bGeneral\s+Business\s+Law\b`), nil},
		{"DE", pattern.MustPattern(`\bDel\.\s*Code\b`), nil},
		{"TX", pattern.MustPattern(`\bTex\.\s*(?:Bus\.\s*&\s*Com\.|Civ\.\s*Prac\.\s*&\s*Rem\.)\s*Code\b`), nil},
		{"FL", pattern.MustPattern(`\bFla\.\s*Stat\.`), nil},
		{"IL", pattern.MustPattern(`\b\d+\s*ILCS\b|\bIll\.\s*Comp\.\s*Stat\.`), []string{"ILCS", "Ill."}},
	}
	// "organized under the laws of Delaware" describes a party, not the
	// law of a claim.
	reIncorporatedUnder = lazyregexp.New(`(?i)(?:organized|incorporated|existing|formed|registered)\s*(?:and\s+existing\s*)?$`)

	reChoiceClause = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\bgoverned\s+by\s+(?:and\s+construed\s+in\s+accordance\s+with\s+)?(?:the\s+)?(?:internal\s+)?laws?\s+of\s+(?:the\s+(?:State|Commonwealth)\s+of\s+)?` + stateAlt + `\b`)
	})
	// reGoverned is a cheap first test, with a literal pre-filter, before
	// the clause pattern runs on a sentence.
	reGoverned    = pattern.MustPattern(`(?i)governed\s+by`)
	reBroadClause = lazyregexp.New(`(?i)arising\s+(?:out\s+of|from|under)|relating\s+to|related\s+to|in\s+connection\s+with|any\s+(?:claim|dispute|controversy)`)
)

// lawWindow is how much of a count's body is read for the law it names.
const lawWindow = 24 << 10

// clause is a choice-of-law clause found in the document.
type clause struct {
	state string
	span  document.Span
	broad bool
}

// findChoiceOfLaw finds the first choice-of-law clause pleaded or quoted
// in the document.
func findChoiceOfLaw(d *document.Document) *clause {
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if !reGoverned.MatchText(s.Indexed()) {
			continue
		}
		m := reChoiceClause().FindStringSubmatchIndex(s.Text)
		if m == nil {
			continue
		}
		return &clause{state: stateCode(s.Text[m[2]:m[3]]), span: document.Span{Start: s.Span.Start + m[0], End: s.Span.Start + m[1]},
			broad: reBroadClause.MatchString(s.Text)}
	}
	return nil
}

func stateCode(name string) string {
	return stateNames[strings.Join(strings.Fields(strings.ToUpper(name)), " ")]
}

// governingLaw applies §F1.3's precedence to count ci.
func governingLaw(d *document.Document, ci int, f Forum, flagState string, cl *clause) Law {
	c := &d.Counts[ci]
	// The heading and the first allegations name a count's law; reading at
	// most lawWindow bytes bounds the work on a pathological count.
	own := document.Span{Start: c.Heading.Start, End: min(c.Span.End, c.Heading.End+lawWindow)}
	for own.End < c.Span.End && !utf8.RuneStart(d.Text[own.End]) {
		own.End--
	}
	text := d.Text[own.Start:own.End]
	explicit, at := explicitLaw(text)
	if at.End > at.Start {
		at = document.Span{Start: own.Start + at.Start, End: own.Start + at.End}
	}
	// A family defined by a state statute keeps the statute's state.
	statute := ""
	for _, cl := range c.Claims {
		if st := cl.StateOf(); st != "" {
			statute = st
			break
		}
	}
	if statute == "" && c.Class.CUTSA {
		statute = "CA"
	}
	if statute != "" {
		l := Law{State: statute, Source: LawCountText, Statute: true}
		if explicit == statute {
			l.Span = at
		}
		if flagState != "" && flagState != statute {
			l.Overrode = flagState
		}
		return l
	}
	if flagState != "" {
		return Law{State: flagState, Source: LawFlag}
	}
	if explicit != "" {
		return Law{State: explicit, Source: LawCountText, Span: at}
	}
	if cl != nil && cl.state != "" && (cl.broad || c.Has(legal.ClaimContract) || c.Has(legal.ClaimUnjustEnrichment)) {
		return Law{State: cl.state, Source: LawClause, Span: cl.span}
	}
	if f.State != "" {
		return Law{State: f.State, Source: LawForum}
	}
	return Law{Source: LawNone}
}

// explicitLaw finds the first state whose law the text names, and where.
func explicitLaw(text string) (string, document.Span) {
	best, bestAt := "", document.Span{Start: -1}
	consider := func(st string, m []int) {
		if st == "" || bestAt.Start >= 0 && m[0] >= bestAt.Start {
			return
		}
		best, bestAt = st, document.Span{Start: m[0], End: m[1]}
	}
	for _, m := range reLawOf.FindAllStringSubmatchIndex(text, -1) {
		if reIncorporatedUnder.MatchString(text[max(0, m[0]-40):m[0]]) {
			continue
		}
		consider(stateCode(text[m[2]:m[3]]), m)
		break
	}
	if m := reStateLw.FindStringSubmatchIndex(text); m != nil {
		consider(stateCode(text[m[2]:m[3]]), m)
	}
	for _, sc := range stateCodes {
		if sc.needs != nil && !containsAny(text, sc.needs) {
			continue
		}
		if m := sc.re.FindStringIndex(text); m != nil {
			consider(sc.state, m)
		}
	}
	if bestAt.Start < 0 {
		return "", document.Span{}
	}
	return best, bestAt
}

func containsAny(s string, literals []string) bool {
	for _, l := range literals {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}
