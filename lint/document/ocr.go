package document

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// Scanned filings reach the linter through text recognition, which damages
// count headings in a few typical ways: a zero for the letter O ("C0UNT",
// "F0R RELIEF"), a lower-case l or a digit one for the numeral I ("COUNT
// l", "COUNT Il"), and letters spread apart ("C O U N T  I"). foldOCR
// repairs those in a heading candidate without changing its length, so
// that offsets found in the repaired text are offsets in the original.
var (
	reOCRCount    = lazyregexp.New(`(?i)^([ ]*)(c[ ]?[o0][ ]?u[ ]?n[ ]?t)([ ]+)`)
	reOCRClaim    = lazyregexp.New(`(?i)\bcla[i1l]m\b`)
	reOCRFor      = lazyregexp.New(`(?i)\bf[o0]r([ ]+)relief\b`)
	reOCROf       = lazyregexp.New(`(?i)\bcause([ ]+)[o0]f([ ]+)action\b`)
	reOCRNumeral  = lazyregexp.New(`(?i)^([ ]*(?:count|claim|cause[ ]+of[ ]+action)[ ]+(?:no\.[ ]*)?)([IVXivx1l|](?:[ ]?[IVXivx1l|]){0,5})\b`)
	reRomanLetter = lazyregexp.New(`[IVXivx]`)
)

// headingWords are the words of a count heading's label that text
// recognition misreads letter by letter ("SEC0ND", "ACTI0N", "F1FTH"): a
// misread word is repaired only when the repair is one of them.
var headingWords = func() map[string]bool {
	m := map[string]bool{"count": true, "claim": true, "cause": true, "of": true, "action": true, "for": true, "relief": true, "no": true}
	for w := range ordinalNames {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	return m
}()

// headingWordLen marks the lengths of the heading words: a repair keeps a
// word's length, so a word of any other length is never repaired, and most
// words of a line are not tried at all.
var headingWordLen = func() (lens [16]bool) {
	for w := range headingWords {
		if len(w) < len(lens) {
			lens[len(w)] = true
		}
	}
	return lens
}()

// isOCRWordByte reports the bytes of a word as text recognition damages
// it: ASCII letters and digits, and the bar misread for an I.
func isOCRWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '|'
}

// opensWithC reports whether t's first byte after its leading spaces is a
// "c" or "C", as reOCRCount and reOCRNumeral need.
func opensWithC(t string) bool {
	t = strings.TrimLeft(t, " ")
	return t != "" && (t[0] == 'c' || t[0] == 'C')
}

func foldOCR(t string) string {
	if !strings.ContainsAny(t, "0l1| ") {
		return t
	}
	out := repairHeadingWords(t)
	// Both patterns below open with a "c" after the indent ("count",
	// "claim", "cause"), a letter with no case form outside ASCII: a line
	// that does not is not tried against them (nor compiles them).
	if !opensWithC(out) {
		return repairLabelWords(out)
	}
	if m := reOCRCount.FindStringSubmatchIndex(out); m != nil && !strings.EqualFold(out[m[4]:m[5]], "count") {
		// "C O U N T" becomes "COUNT" and its lost spaces move after it.
		gap := (m[5] - m[4] - 5) + (m[7] - m[6])
		out = out[:m[4]] + "COUNT" + strings.Repeat(" ", gap) + out[m[7]:]
	}
	out = repairLabelWords(out)
	if !opensWithC(out) {
		return out
	}
	// The numeral: a run of roman-numeral look-alikes with at least one
	// roman letter or lower-case l ("l", "Il", "1I") is roman; "1" alone
	// and "11" stay Arabic. A stray space inside it ("I I", "l I") is
	// dropped when the letters then read as one canonical numeral, and
	// moved after it so that offsets do not change.
	if m := reOCRNumeral.FindStringSubmatchIndex(out); m != nil {
		start, end := m[4], m[5]
		tok := out[start:end]
		romanize := strings.NewReplacer("l", "I", "|", "I", "1", "I", " ", "")
		if sp := strings.IndexByte(tok, ' '); sp >= 0 && romanValue(strings.ToLower(romanize.Replace(tok))) == 0 {
			// "I V..." that does not read as one numeral: the first
			// letters alone are the numeral.
			tok = tok[:sp]
			end = start + sp
		}
		spaced := strings.Contains(tok, " ")
		if strings.ContainsAny(tok, "l|") || reRomanLetter.MatchString(tok) && (strings.ContainsAny(tok, "1") || spaced) {
			fixed := romanize.Replace(tok)
			fixed += strings.Repeat(" ", len(tok)-len(fixed))
			out = out[:start] + fixed + out[end:]
		}
	}
	return out
}

// repairLabelWords repairs "cla1m", "clalm", "f0r relief" and "cause 0f
// action" in a heading candidate, byte for byte.
func repairLabelWords(out string) string {
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

// repairHeadingWords replaces, in each word mixing letters with the digits
// 0 and 1 or a bar, the digit or bar by the letter it was misread for, when
// that yields a heading word; in a word of capitals a lower-case l may be
// a misread I ("FlRST"). Every replacement is one byte for one byte.
func repairHeadingWords(t string) string {
	var b []byte
	for start := 0; start < len(t); {
		// The next run of word bytes, read byte by byte: one pass over
		// the line instead of a regexp's.
		for start < len(t) && !isOCRWordByte(t[start]) {
			start++
		}
		end := start
		for end < len(t) && isOCRWordByte(t[end]) {
			end++
		}
		m := [2]int{start, end}
		start = end
		w := t[m[0]:m[1]]
		if len(w) < 2 || len(w) > 12 || !headingWordLen[len(w)] || !strings.ContainsAny(w, "01|l") || strings.Trim(w, "0123456789") == "" {
			continue
		}
		noL := strings.ReplaceAll(w, "l", "")
		upper := strings.ToUpper(noL) == noL
		fixed, ok := repairWord(strings.ToLower(w), upper && strings.Contains(w, "l"))
		if !ok || fixed == strings.ToLower(w) {
			continue
		}
		if b == nil {
			b = []byte(t)
		}
		for i := 0; i < len(fixed); i++ {
			if c := fixed[i]; c != w[i] && strings.IndexByte("01|l", w[i]) >= 0 {
				if upper {
					c -= 'a' - 'A'
				}
				b[m[0]+i] = c
			}
		}
	}
	if b == nil {
		return t
	}
	return string(b)
}

// repairWord returns the first reading of w that is a heading word, trying
// the letters each misread character may stand for: a zero is an o; a one
// or a bar is an i, else an l; an l, when lIsI, is itself, else an i. A
// word with more than six ambiguous characters is not read. Readings are
// ordered by the choice at the first ambiguous character, then the next.
// Rather than spell out every reading, each heading word of w's length is
// tested against w and the first in that order kept: this runs on every
// word of a line that holds an l, a one, a zero or a bar, which is most
// words of most lines.
func repairWord(w string, lIsI bool) (string, bool) {
	if headingWords[w] {
		return w, true
	}
	if len(w) >= len(headingWordsByLen) {
		return "", false
	}
	ambiguous := 0
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '1' || c == '|' || c == 'l' && lIsI {
			ambiguous++
		}
	}
	if ambiguous > 6 {
		return "", false
	}
	best, bestKey := "", uint(0)
	for _, hw := range headingWordsByLen[len(w)] {
		key, ok := readingKey(w, hw, lIsI)
		if ok && (best == "" || key < bestKey) {
			best, bestKey = hw, key
		}
	}
	return best, best != ""
}

// readingKey reports whether hw is a reading of w and, if so, its place in
// the order of readings: one bit per ambiguous character, the first most
// significant, set when the character takes its second letter.
func readingKey(w, hw string, lIsI bool) (uint, bool) {
	key := uint(0)
	for i := 0; i < len(w); i++ {
		c, h := w[i], hw[i]
		switch {
		case c == '0':
			if h != 'o' {
				return 0, false
			}
		case c == '1' || c == '|':
			switch h {
			case 'i':
				key <<= 1
			case 'l':
				key = key<<1 | 1
			default:
				return 0, false
			}
		case c == 'l' && lIsI:
			switch h {
			case 'l':
				key <<= 1
			case 'i':
				key = key<<1 | 1
			default:
				return 0, false
			}
		default:
			if h != c {
				return 0, false
			}
		}
	}
	return key, true
}

// headingWordsByLen lists the heading words by their length in bytes.
var headingWordsByLen = func() (by [16][]string) {
	for w := range headingWords {
		if len(w) < len(by) {
			by[len(w)] = append(by[len(w)], w)
		}
	}
	return by
}()

// reColumnMark is the column rule of a two-column caption that a heading
// set beside it carries ("FIRST CAUSE OF ACTION          )"): parentheses,
// bars or section marks set off by a run of spaces at either end of the line.
var (
	reColumnTail = lazyregexp.New(`[ ]{2,}[)|§:]+[ ]*$`)
	reColumnHead = lazyregexp.New(`^[ ]*[)|§:]+[ ]{2,}`)
)

// stripColumns blanks a two-column caption's rules at the ends of a line;
// the line keeps its length.
// It runs on every line of a complaint, and a rule can only end or open a
// line whose last or first character other than a space is one of the
// rule's marks, so the expressions are asked only of those.
func stripColumns(t string) string {
	if isColumnMark(strings.TrimRight(t, " "), true) {
		if m := reColumnTail.FindStringIndex(t); m != nil {
			t = t[:m[0]] + strings.Repeat(" ", m[1]-m[0])
		}
	}
	if isColumnMark(strings.TrimLeft(t, " "), false) {
		if m := reColumnHead.FindStringIndex(t); m != nil {
			t = strings.Repeat(" ", m[1]-m[0]) + t[m[1]:]
		}
	}
	return t
}

// isColumnMark reports whether t ends (last) or opens with one of the
// marks of a column rule: ")", "|", "§" or ":".
func isColumnMark(t string, last bool) bool {
	if last {
		return strings.HasSuffix(t, ")") || strings.HasSuffix(t, "|") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "§")
	}
	return strings.HasPrefix(t, ")") || strings.HasPrefix(t, "|") || strings.HasPrefix(t, ":") || strings.HasPrefix(t, "§")
}

// reBareCount is a count heading with no numeral: a one-claim complaint
// headed "CAUSE OF ACTION" or "CLAIM FOR RELIEF" (singular; the plural is
// the heading of a section of numbered counts).
var reBareCount = lazyregexp.New(`(?i)^[ ]*(?:(?:[ivxlc]+|[a-z])\.[ ]+)?(?:cause[ ]+of[ ]+action|claim[ ]+for[ ]+relief|count)(?:[ ]*[:.\-–—][ ]*(.*)|[ ]*)$`)

// bareCountHeading reports a heading line that names a count without a
// numeral, and the cause label after it ("" when on the next line).
func bareCountHeading(t string) (title string, ok bool) {
	m := reBareCount.FindStringSubmatch(foldOCR(strings.TrimSpace(stripColumns(t))))
	if m == nil {
		return "", false
	}
	return strings.TrimSpace(m[1]), true
}

// A count heading run into the end of the paragraph before it, as text
// recognition and careless pasting leave it: "... as alleged above. COUNT
// II – BREACH OF CONTRACT". Only upper-case headings after the end of a
// sentence are split off, and only the next count in sequence.
var reRunIn = lazyregexp.New(`[.;:!?"”)\]][ \t]+((?:C[ ]?[O0][ ]?U[ ]?N[ ]?T|Count|CLA[I1l]M|Claim|CAUSE[ ]+OF[ ]+ACTION)[ ]+\S|(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH)[ ]+(?:CLAIM|CAUSE|COUNT))`)

// reRunInOrdinal is a capitalised ordinal ending a line after the end of a
// sentence, whose heading words went on to the next line: "... § 1203.
// THIRD". reHeadingTail is how that next line opens, and reBareOrdinal a
// line holding only the ordinal.
var (
	reRunInOrdinal = lazyregexp.New(`[.;:!?"”)\]][ \t]+(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH)[ \t]*$`)
	reHeadingTail  = lazyregexp.New(`^[ \t]*(?:CLAIM|CAUSE[ ]+OF[ ]+ACTION|COUNT)\b`)
	reBareOrdinal  = lazyregexp.New(`^[ \t]*(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH)[ \t]*$`)
)

// reRunInTitled is the separator of a title-case run-in heading: "Count II
// – Conversion" is split off only with a dash or colon before a cause label
// in title case, since "Count II alleges ..." is prose.
var reRunInTitled = lazyregexp.New(`^[ ]*[-–—:][ ]*(\S.*)$`)

// runInHeading returns the offset in line t where a run-in count heading
// with the ordinal want begins, or -1.
func runInHeading(t string, want int) int {
	// Every line of a complaint is asked; a run-in heading's words open
	// with one of these capitals after the end of a sentence.
	if !afterSentenceEnd(t, runInFirsts) {
		return -1
	}
	for _, m := range reRunIn.FindAllStringSubmatchIndex(t, -1) {
		rest := t[m[2]:]
		_, ord, ok := countHeading(rest)
		if !ok || ord != want {
			continue
		}
		if !mostlyUpper(rest) && !runInLabel(headingRest(rest)) {
			continue
		}
		return m[2]
	}
	return -1
}

// afterSentenceEnd reports whether t has the shape that opens every match
// of reRunIn and reRunInOrdinal: a mark ending a sentence (.;:!?"”) or ]),
// spaces or tabs, then one of the bytes of firsts.
func afterSentenceEnd(t, firsts string) bool {
	for i := 0; i < len(t); i++ {
		j := i + 1
		switch {
		case strings.IndexByte(`.;:!?")]`, t[i]) >= 0:
		case strings.HasPrefix(t[i:], "”"):
			j = i + len("”")
		default:
			continue
		}
		k := j
		for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
			k++
		}
		if k > j && k < len(t) && strings.IndexByte(firsts, t[k]) >= 0 {
			return true
		}
	}
	return false
}

// endsWithOrdinal reports whether t ends, but for spaces and tabs, with
// one of the capitalised ordinals reRunInOrdinal ends with.
func endsWithOrdinal(t string) bool {
	t = strings.TrimRight(t, " \t")
	for _, w := range runInOrdinals {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// runInFirsts are the first letters of reRunIn's heading words: COUNT,
// CLAIM, CAUSE and the ordinals FIRST to TWELFTH.
const runInFirsts = "CFSTEN"

var runInOrdinals = []string{"FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH", "ELEVENTH", "TWELFTH"}

// reRunInParenthetical is a run-in heading's cause label in parentheses
// opening with a capital: "(Breach of Contract)", or "(Violation of the"
// wrapping onto the next line.
var reRunInParenthetical = lazyregexp.New(`^\(\p{Lu}`)

// runInLabel reports the part of a title-case run-in heading after its
// numeral that makes it a heading rather than prose naming a count: a cause
// label in title case set off by a dash or colon ("Count II – Conversion"),
// or in parentheses, either left open to wrap onto the next line ("COUNT
// III (Violation of the" over "Digital Millennium Copyright Act ...)") or
// closed at the end of the line. "Count II alleges ...", "Count II – the
// trespass claim – is withdrawn" and "Count II (Breach of Contract) is
// withdrawn" are prose.
func runInLabel(rest string) bool {
	if tail := reRunInTitled.FindStringSubmatch(rest); tail != nil {
		return titleLike(strings.TrimSpace(tail[1])) || oneCapitalWord(tail[1])
	}
	if !reRunInParenthetical.MatchString(rest) {
		return false
	}
	if strings.Count(rest, "(") > strings.Count(rest, ")") {
		return true
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(rest, "("), ")")
	return strings.HasSuffix(rest, ")") && (titleLike(inner) || oneCapitalWord(inner))
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

// stripColumnLines applies stripColumns to each line of t.
func stripColumnLines(t string) string {
	if !strings.ContainsAny(t, ")|§:") {
		return t
	}
	lines := strings.Split(t, "\n")
	for i, l := range lines {
		lines[i] = stripColumns(l)
	}
	return strings.Join(lines, "\n")
}
