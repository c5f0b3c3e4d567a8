package document

import (
	"regexp"
	"strings"
)

// Scanned filings reach the linter through text recognition, which damages
// count headings in a few typical ways: a zero for the letter O ("C0UNT",
// "F0R RELIEF"), a lower-case l or a digit one for the numeral I ("COUNT
// l", "COUNT Il"), and letters spread apart ("C O U N T  I"). foldOCR
// repairs those in a heading candidate without changing its length, so
// that offsets found in the repaired text are offsets in the original.
var (
	reOCRCount    = regexp.MustCompile(`(?i)^([ ]*)(c[ ]?[o0][ ]?u[ ]?n[ ]?t)([ ]+)`)
	reOCRClaim    = regexp.MustCompile(`(?i)\bcla[i1l]m\b`)
	reOCRFor      = regexp.MustCompile(`(?i)\bf[o0]r([ ]+)relief\b`)
	reOCROf       = regexp.MustCompile(`(?i)\bcause([ ]+)[o0]f([ ]+)action\b`)
	reOCRNumeral  = regexp.MustCompile(`(?i)^([ ]*(?:count|claim|cause of action)[ ]+(?:no\.[ ]*)?)([IVXivx1l|]{1,6})\b`)
	reRomanLetter = regexp.MustCompile(`[IVXivx]`)
)

func foldOCR(t string) string {
	if !strings.ContainsAny(t, "0l1| ") {
		return t
	}
	out := t
	if m := reOCRCount.FindStringSubmatchIndex(out); m != nil && !strings.EqualFold(out[m[4]:m[5]], "count") {
		// "C O U N T" becomes "COUNT" and its lost spaces move after it.
		gap := (m[5] - m[4] - 5) + (m[7] - m[6])
		out = out[:m[4]] + "COUNT" + strings.Repeat(" ", gap) + out[m[7]:]
	}
	// Each replacement runs only on a line holding a word it needs (most
	// lines hold none): a damaged "cla1m" or "clalm"; "relief"; "action".
	// None of those letters has a case-insensitive match outside ASCII, so
	// an ASCII search is exact.
	if hasDamagedClaim(out) {
		out = reOCRClaim.ReplaceAllStringFunc(out, func(m string) string {
			if m[3] == 'i' || m[3] == 'I' {
				return m
			}
			return m[:3] + "I" + m[4:]
		})
	}
	if indexFoldASCII(out, "relief") >= 0 {
		out = reOCRFor.ReplaceAllStringFunc(out, func(m string) string { return m[:1] + "O" + m[2:] })
	}
	if indexFoldASCII(out, "action") >= 0 {
		out = reOCROf.ReplaceAllStringFunc(out, func(m string) string {
			i := len("cause") + strings.Index(m[len("cause"):], strings.TrimLeft(m[len("cause"):], " "))
			return m[:i] + "O" + m[i+1:]
		})
	}
	// The numeral: a run of roman-numeral look-alikes with at least one
	// roman letter or lower-case l ("l", "Il", "1I") is roman; "1" alone
	// and "11" stay Arabic.
	if m := reOCRNumeral.FindStringSubmatchIndex(out); m != nil {
		tok := out[m[4]:m[5]]
		if strings.ContainsAny(tok, "l|") || reRomanLetter.MatchString(tok) && strings.ContainsAny(tok, "1") {
			fixed := strings.NewReplacer("l", "I", "|", "I", "1", "I").Replace(tok)
			out = out[:m[4]] + fixed + out[m[5]:]
		}
	}
	return out
}

// indexFoldASCII is the first index of lower, a lower-case ASCII word, in
// s with ASCII letters compared without case, or -1.
func indexFoldASCII(s, lower string) int {
	for i := 0; i+len(lower) <= len(s); i++ {
		j := 0
		for j < len(lower) && asciiLower(s[i+j]) == lower[j] {
			j++
		}
		if j == len(lower) {
			return i
		}
	}
	return -1
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasDamagedClaim reports "cla" followed by a one or an l, in any case:
// the only places reOCRClaim changes.
func hasDamagedClaim(s string) bool {
	for i := 0; ; {
		j := indexFoldASCII(s[i:], "cla")
		if j < 0 {
			return false
		}
		i += j + len("cla")
		if i < len(s) && (s[i] == '1' || s[i] == 'l' || s[i] == 'L') {
			return true
		}
	}
}

// reBareCount is a count heading with no numeral: a one-claim complaint
// headed "CAUSE OF ACTION" or "CLAIM FOR RELIEF" (singular; the plural is
// the heading of a section of numbered counts).
var reBareCount = regexp.MustCompile(`(?i)^[ ]*(?:(?:[ivxlc]+|[a-z])\.[ ]+)?(?:cause of action|claim for relief|count)(?:[ ]*[:.\-–—][ ]*(.*)|[ ]*)$`)

// bareCountHeading reports a heading line that names a count without a
// numeral, and the cause label after it ("" when on the next line).
func bareCountHeading(t string) (title string, ok bool) {
	m := reBareCount.FindStringSubmatch(foldOCR(strings.TrimSpace(t)))
	if m == nil {
		return "", false
	}
	return strings.TrimSpace(m[1]), true
}

// A count heading run into the end of the paragraph before it, as text
// recognition and careless pasting leave it: "... as alleged above. COUNT
// II – BREACH OF CONTRACT". Only upper-case headings after the end of a
// sentence are split off, and only the next count in sequence.
var reRunIn = regexp.MustCompile(`[.;:!?"”)\]][ \t]+((?:C[ ]?[O0][ ]?U[ ]?N[ ]?T|CLA[I1l]M|CAUSE OF ACTION)[ ]+\S|(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH)[ ]+(?:CLAIM|CAUSE|COUNT))`)

// runInHeading returns the offset in line t where a run-in count heading
// with the ordinal want begins, or -1.
func runInHeading(t string, want int) int {
	for _, m := range reRunIn.FindAllStringSubmatchIndex(t, -1) {
		rest := t[m[2]:]
		_, ord, ok := countHeading(rest)
		if !ok || ord != want || !mostlyUpper(rest) {
			continue
		}
		return m[2]
	}
	return -1
}

// mostlyUpper reports text whose letters are at least 80% capitals.
func mostlyUpper(t string) bool {
	letters, upper := 0, 0
	for _, r := range t {
		if r >= 'a' && r <= 'z' {
			letters++
		} else if r >= 'A' && r <= 'Z' {
			letters++
			upper++
		}
	}
	return letters >= 5 && upper*10 >= letters*8
}
