package legal

import (
	"strconv"
	"strings"

	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Temporal anchors (RULES.md §2.5 TIME). Kept as compiled expressions rather
// than lexicon lines because each needs its own post-filter: a four-digit
// number is a year only when it is not a statute section, a registration
// number, a dollar amount or part of a longer number.
var (
	reMonthDate = pattern.MustPattern(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b`)
	reNumDate   = lazyregexp.New(`\b\d{1,2}/\d{1,2}/((?:19|20)?\d{2})\b`)
	reISODate   = lazyregexp.New(`\b((?:19|20)\d{2})-\d{2}-\d{2}\b`)
	reYear      = lazyregexp.New(`\b((?:19|20)\d{2})s?\b`)
	reQuarter   = pattern.MustPattern(`(?i)\b(?:q[1-4]|(?:first|second|third|fourth) quarter(?: of)?)\s*((?:19|20)\d{2})\b`)
	reFiscal    = pattern.MustPattern(`(?i)\bfy\s?'?((?:19|20)?\d{2})\b`)
	reSeason    = pattern.MustPattern(`(?i)\b(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d{2})\b`)
	reOpenEnded = pattern.MustPattern(`(?i)\b(?:to the present|continuing|continues|to date|ongoing|through the (?:date|filing) of this complaint|until the present)\b`)
)

// DateMention is one temporal anchor found in text.
type DateMention struct {
	Start, End int
	Year       int // 0 when the anchor has no year of its own
	Text       string
}

// Dates finds every temporal anchor in s, in order, without overlaps. The
// caller owns the slice returned.
func Dates(s string) []DateMention { return DatesText(pattern.Plain(s)) }

// DatesText is Dates of t, remembered with t's document when t is a span
// of one.
func DatesText(t pattern.Text) []DateMention {
	s := t.String()
	if !mayHaveTime(s) {
		return nil
	}
	memo, ok := pattern.MemoOf(t)
	if !ok {
		return dates(t)
	}
	if places, ok := memo.Get(); ok {
		return datesAt(s, places)
	}
	if memo.Shared() {
		// The shared memo keeps its own copy of the text, not the
		// document s was cut from.
		t = pattern.Plain(strings.Clone(s))
		memo, _ = pattern.MemoOf(t)
	}
	v := dates(t)
	memo.Put(datePlaces(v))
	return v
}

// datePlaces is what the memo keeps of dates: the start, end and year of
// each, in one list (a date's text is s[start:end]).
func datePlaces(ds []DateMention) [][]int {
	flat := make([]int, 0, 3*len(ds))
	for _, d := range ds {
		flat = append(flat, d.Start, d.End, d.Year)
	}
	return [][]int{flat}
}

// datesAt rebuilds the dates of s from what datePlaces kept.
func datesAt(s string, places [][]int) []DateMention {
	if len(places) == 0 || len(places[0]) == 0 {
		return nil
	}
	flat := places[0]
	out := make([]DateMention, 0, len(flat)/3)
	for i := 0; i+2 < len(flat); i += 3 {
		out = append(out, DateMention{Start: flat[i], End: flat[i+1], Year: flat[i+2], Text: s[flat[i]:flat[i+1]]})
	}
	return out
}

func dates(t pattern.Text) []DateMention {
	s := t.String()
	var out []DateMention
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.End && d.Start < b {
				return true
			}
		}
		return false
	}
	add := func(find func() [][]int, check func(s string, loc []int) bool) {
		for _, loc := range find() {
			if taken(loc[0], loc[1]) || (check != nil && !check(s, loc)) {
				continue
			}
			y := 0
			if len(loc) >= 4 && loc[2] >= 0 {
				y = parseYear(s[loc[2]:loc[3]])
			}
			out = append(out, DateMention{Start: loc[0], End: loc[1], Year: y, Text: s[loc[0]:loc[1]]})
		}
	}
	byPattern := func(p *pattern.Pattern) func() [][]int {
		return func() [][]int { return p.FindAllTextSubmatchIndex(t, -1) }
	}
	re := func(r *lazyregexp.Regexp) func() [][]int {
		return func() [][]int { return r.FindAllStringSubmatchIndex(s, -1) }
	}
	add(byPattern(reMonthDate), nil)
	add(re(reISODate), nil)
	add(re(reNumDate), nil)
	add(byPattern(reQuarter), nil)
	add(byPattern(reSeason), nil)
	add(byPattern(reFiscal), nil)
	add(re(reYear), plausibleYear)
	sortDates(out)
	return out
}

// HasTime reports whether s carries a temporal anchor. It runs on most
// sentences of every count's scope, so it first looks, byte by byte, for
// what every anchor needs: a four-digit number starting 19 or 20, a slash
// between digits, or an "FY" year.
func HasTime(s string) bool { return HasTimeText(pattern.Plain(s)) }

// HasTimeText is HasTime of t.
func HasTimeText(t pattern.Text) bool {
	if !mayHaveTime(t.String()) {
		return false
	}
	return len(DatesText(t)) > 0
}

func mayHaveTime(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '1', '2':
			if i+3 < len(s) && (c == '1' && s[i+1] == '9' || c == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
				return true
			}
		case '/':
			if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
				return true
			}
		case 'f', 'F':
			if i+2 < len(s) && (s[i+1] == 'y' || s[i+1] == 'Y') && (isDigit(s[i+2]) || s[i+2] == ' ' || s[i+2] == '\'') {
				return true
			}
		}
	}
	return false
}

// IsOpenEnded reports a "to the present"/"continuing" cue, which anchors a
// period only together with a start date nearby.
func IsOpenEnded(s string) bool { return reOpenEnded.MatchString(s) }

// IsOpenEndedText is IsOpenEnded of t.
func IsOpenEndedText(t pattern.Text) bool { return reOpenEnded.MatchText(t) }

func parseYear(t string) int {
	t = strings.TrimPrefix(t, "'")
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0
	}
	if n < 100 {
		if n < 50 {
			return 2000 + n
		}
		return 1900 + n
	}
	return n
}

// plausibleYear rejects four-digit numbers that are not years: section
// numbers ("§ 1201" is not a year anyway, but "§ 2012" could be), dollar
// amounts, registration and docket numbers, and digits inside longer
// numbers such as "12,2013" or "2013.5".
func plausibleYear(s string, loc []int) bool {
	start, end := loc[0], loc[1]
	before := strings.TrimRight(s[:start], " \u00a0")
	if strings.HasSuffix(before, "$") || strings.HasSuffix(before, "§") ||
		strings.HasSuffix(before, "No.") || strings.HasSuffix(before, "no.") ||
		strings.HasSuffix(before, "#") || strings.HasSuffix(before, "¶") {
		return false
	}
	if start > 0 && (s[start-1] == ',' || s[start-1] == '.' || s[start-1] == '-' || s[start-1] == '/') {
		if start > 1 && isDigit(s[start-2]) {
			return false
		}
	}
	if end < len(s) && (s[end] == ',' || s[end] == '.' || s[end] == '-') && end+1 < len(s) && isDigit(s[end+1]) {
		return false
	}
	// "2,000 units" never matched (comma splits it); "2000 units" of
	// something countable is ambiguous, so a following unit noun rejects it.
	rest := strings.ToLower(strings.TrimLeft(s[end:], " "))
	for _, unit := range []string{"units", "lines", "files", "hours", "users", "customers", "times", "requests", "pages", "copies", "employees", "records"} {
		if strings.HasPrefix(rest, unit) {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func sortDates(d []DateMention) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j].Start < d[j-1].Start; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}
