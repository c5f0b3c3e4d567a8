package forum

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/internal/lazyregexp"
)

// Kind is the kind of court a caption names.
type Kind string

// Court kinds (RULES-FORUM.md §F1.1).
const (
	KindFederal    Kind = "federal-district"
	KindBankruptcy Kind = "federal-bankruptcy"
	KindState      Kind = "state"
	KindUnknown    Kind = "unknown"
)

// Court is what the caption says about the court: its kind, district,
// circuit and state, and the caption words that said it.
type Court struct {
	Kind     Kind
	District *District // federal courts only
	Circuit  string    // "1".."11", "dc"; "" for state and unknown courts
	State    string    // postal code of the district's or state court's state
	// Span covers the caption lines that decided the court, from the court
	// line through the district line.
	Span document.Span
	// Related is a second, different district found in the caption (a
	// transferred or MDL case); empty when none.
	Related document.Span
	// ByAbbrev: the district came from an abbreviation token ("S.D.N.Y."),
	// not from a caption line.
	ByAbbrev bool
}

// captionLine is one non-blank line of the caption, normalized for
// matching, with the bytes it came from.
type captionLine struct {
	span document.Span
	norm string
}

// maxCaptionLines is how far into a document the caption is looked for
// when no section heading ends it sooner (§F1.2).
const maxCaptionLines = 60

var (
	reFedCourt   = lazyregexp.New(`\b(?:UNITED STATES DISTRICT COURT|U\.? ?S\.? DISTRICT COURT|USDC)\b`)
	reBankruptcy = lazyregexp.New(`\bUNITED STATES BANKRUPTCY COURT\b`)
	reNotCourt   = lazyregexp.New(`\b(?:COURT OF FEDERAL CLAIMS|COURT OF INTERNATIONAL TRADE|COURT OF APPEALS)\b`)
	reJPML       = lazyregexp.New(`\bJUDICIAL PANEL ON MULTIDISTRICT LITIGATION\b`)
	reMariana    = lazyregexp.New(`\bDISTRICT COURT FOR THE NORTHERN MARIANA ISLANDS\b`)
	reCourtWord  = lazyregexp.New(`\bCOURT\b`)
	reUS         = lazyregexp.New(`\bUNITED STATES\b`)
	// A case citation: the token is followed closely by a year in
	// parentheses' closing form ("(S.D.N.Y. 2015)").
	reYearClose = lazyregexp.New(`^.{0,12}?\b\d{4}\)`)
)

// The district and state patterns are alternations of every district's
// name and abbreviation: compiling them took most of the program's start-up,
// which a one-line draft or a draft without a federal caption never needs.
// They are built on first use instead, each on its own.
var (
	districtKeys = sync.OnceValue(buildDistrictKeys)
	reDistrict   = sync.OnceValue(func() *regexp.Regexp {
		return longestFirst(slices.Collect(maps.Keys(districtKeys().phrase)), `\b`, `\b`)
	})
	reAbbrev = sync.OnceValue(func() *regexp.Regexp {
		toks := slices.Clone(districtKeys().tokens)
		sort.Slice(toks, func(i, j int) bool { return len(toks[i]) > len(toks[j]) })
		return regexp.MustCompile(`(?:^|[^A-Z0-9.])(` + strings.Join(toks, "|") + `)(?:[^A-Z0-9]|$)`)
	})
	reStateName = sync.OnceValue(func() *regexp.Regexp {
		var names []string
		for n := range stateNames {
			names = append(names, n)
		}
		return longestFirst(names, `\b`, `\b`)
	})
)

// districtLookups map the caption's district phrases and abbreviations to
// districts.
type districtLookups struct {
	phrase map[string]*District // "NORTHERN DISTRICT OF CALIFORNIA"
	abbrev map[string]*District // normKey of "N.D. CAL.", or a key ("ndcal")
	// tokens are reAbbrev's alternatives: each district's abbreviation
	// pattern and its plainKeys.
	tokens []string
}

// plainKeys are the alternatives of reAbbrev that are plain upper-case
// keys ("NDCAL"), which mayHoldAbbrev looks for. They are listed apart
// from districtKeys because mayHoldAbbrev asks on every caption line, a
// one-line draft's included, and building the whole lookup (every
// district's abbreviation pattern and maps) for a line that holds none
// cost more than the rest of reading the caption.
var plainKeys = sync.OnceValue(func() []string {
	var keys []string
	for i := range Districts {
		d := &Districts[i]
		for _, k := range []string{d.ID, aliasOf(d)} {
			if len(k) >= 4 || shortAliases[k] {
				keys = append(keys, strings.ToUpper(k))
			}
		}
	}
	return keys
})

func buildDistrictKeys() *districtLookups {
	t := &districtLookups{phrase: map[string]*District{}, abbrev: map[string]*District{}}
	for i := range Districts {
		d := &Districts[i]
		t.phrase[d.Phrase] = d
	}
	// Hawaii is also written with the ʻokina.
	for _, v := range []string{"DISTRICT OF HAWAI'I", "DISTRICT OF HAWAIʻI"} {
		t.phrase[v] = DistrictByID("dhaw")
	}
	for i := range Districts {
		d := &Districts[i]
		ab := strings.ToUpper(d.Abbrev)
		t.abbrev[normKey(ab)] = d
		// "N.D. Cal." also written "N.D.Cal." or without the last period.
		t.tokens = append(t.tokens, abbrevPattern(ab))
		for _, k := range []string{d.ID, aliasOf(d)} {
			if len(k) >= 4 || shortAliases[k] {
				t.tokens = append(t.tokens, strings.ToUpper(k))
				t.abbrev[k] = d
			}
		}
	}
	return t
}

// mayHoldAbbrev reports whether a normalized caption line can hold a
// district abbreviation, before reAbbrev is compiled and run on it: every
// abbreviation pattern requires "D." (each district's abbreviation has a
// "D." that abbrevPattern keeps: "N.D. CAL.", "D.N.J.", "D. MASS."), and
// every other alternative is a plain key.
func mayHoldAbbrev(norm string) bool {
	if strings.Contains(norm, "D.") {
		return true
	}
	for _, k := range plainKeys() {
		if strings.Contains(norm, k) {
			return true
		}
	}
	return false
}

// stateNames maps the names a state court's caption uses to postal codes.
var stateNames = map[string]string{
	"ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA", "COLORADO": "CO",
	"CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC", "FLORIDA": "FL", "GEORGIA": "GA",
	"HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL", "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS",
	"KENTUCKY": "KY", "LOUISIANA": "LA", "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA",
	"MICHIGAN": "MI", "MINNESOTA": "MN", "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT",
	"NEBRASKA": "NE", "NEVADA": "NV", "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM",
	"NEW YORK": "NY", "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK",
	"OREGON": "OR", "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
	"TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA", "WASHINGTON": "WA",
	"WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY", "PUERTO RICO": "PR",
}

// shortAliases are the three-letter district keys the spec accepts as
// caption tokens; other three-letter keys ("DME") are too often something
// else.
var shortAliases = map[string]bool{"dnj": true, "ddc": true}

// abbrevPattern turns "N.D. CAL." into a pattern that tolerates a missing
// space after a period and a missing final period.
func abbrevPattern(ab string) string {
	var b strings.Builder
	parts := strings.Fields(ab)
	for i, p := range parts {
		if i > 0 {
			b.WriteString(` ?`)
		}
		q := regexp.QuoteMeta(p)
		if i == len(parts)-1 {
			q = strings.TrimSuffix(q, `\.`) + `\.?`
		}
		b.WriteString(q)
	}
	return b.String()
}

// longestFirst compiles an alternation of literal phrases, longer phrases
// first, so that "WESTERN DISTRICT OF WASHINGTON" wins over a shorter
// phrase inside it.
func longestFirst(phrases []string, pre, post string) *regexp.Regexp {
	sort.Slice(phrases, func(i, j int) bool {
		if len(phrases[i]) != len(phrases[j]) {
			return len(phrases[i]) > len(phrases[j])
		}
		return phrases[i] < phrases[j]
	})
	q := make([]string, len(phrases))
	for i, p := range phrases {
		q[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(pre + `(` + strings.Join(q, "|") + `)` + post)
}

// captionFolder folds what normalizeCaption ignores; built once, as a
// Replacer's tables cost more than one line's replacing.
var captionFolder = strings.NewReplacer("\u2019", "'", "\u2018", "'", "#", " ", "*", " ", "_", " ", "\u00a0", " ")

// normalizeCaption upper-cases a line, folds curly apostrophes, collapses
// white space and strips Markdown emphasis and surrounding punctuation.
func normalizeCaption(s string) string {
	s = captionFolder.Replace(s)
	s = strings.Join(strings.Fields(strings.ToUpper(s)), " ")
	return strings.Trim(s, " ,;:-–—|=")
}

// captionLines returns the caption's non-blank lines: the first 60, or up
// to the first section heading of the body, whichever comes first.
func captionLines(d *document.Document) []captionLine {
	limit := len(d.Text)
	for _, s := range d.Sections {
		if s.Kind != document.SectionCaption {
			limit = s.Span.Start
			break
		}
	}
	var out []captionLine
	for i := 1; i <= d.Lines.Lines() && len(out) < maxCaptionLines; i++ {
		sp := d.Lines.LineSpan(i)
		if sp.Start >= limit {
			break
		}
		t := d.Text[sp.Start:sp.End]
		n := normalizeCaption(t)
		if n == "" {
			continue
		}
		out = append(out, captionLine{span: trim(d.Text, sp), norm: n})
	}
	return out
}

func trim(text string, sp document.Span) document.Span {
	for sp.Start < sp.End && unicode.IsSpace(rune(text[sp.Start])) {
		sp.Start++
	}
	for sp.End > sp.Start && unicode.IsSpace(rune(text[sp.End-1])) {
		sp.End--
	}
	return sp
}

// joined is lines[i..i+n) joined with spaces.
func joined(lines []captionLine, i, n int) string {
	end := min(i+n, len(lines))
	parts := make([]string, 0, n)
	for _, l := range lines[i:end] {
		parts = append(parts, l.norm)
	}
	return strings.Join(parts, " ")
}

// lineOf is the index of the line holding byte k of the joined text of
// lines starting at i.
func lineOf(lines []captionLine, i, k int) int {
	for j := i; j < len(lines); j++ {
		k -= len(lines[j].norm) + 1
		if k < 0 {
			return j
		}
	}
	return len(lines) - 1
}

// ReadCaption finds the court in a document's caption (RULES-FORUM.md
// §F1.2). Kind is KindUnknown when no court was recognized.
func ReadCaption(d *document.Document) Court {
	lines := captionLines(d)
	if c, ok := federalCourt(lines); ok {
		return c
	}
	if c, ok := abbrevCourt(lines); ok {
		return c
	}
	if c, ok := stateCourt(lines); ok {
		return c
	}
	return Court{Kind: KindUnknown}
}

// federalCourt looks for a district or bankruptcy court line followed,
// within two lines, by a district phrase.
func federalCourt(lines []captionLine) (Court, bool) {
	var found Court
	ok := false
	for i := 0; i < len(lines); i++ {
		text := joined(lines, i, 2)
		// Every court pattern below needs one of these words; most
		// caption lines, and every line of a draft without a caption,
		// hold neither, and need not compile them.
		if !strings.Contains(text, "COURT") && !strings.Contains(text, "USDC") {
			continue
		}
		if reJPML.MatchString(lines[i].norm) {
			continue
		}
		if reNotCourt.MatchString(lines[i].norm) && reUS.MatchString(text) {
			if !ok {
				return Court{Kind: KindUnknown}, true
			}
			break
		}
		kind := KindFederal
		m := reFedCourt.FindStringIndex(text)
		if b := reBankruptcy.FindStringIndex(text); b != nil && (m == nil || b[0] < m[0]) {
			kind, m = KindBankruptcy, b
		}
		if mm := reMariana.FindStringIndex(text); m == nil && mm != nil {
			m = []int{mm[0], mm[0] + len("DISTRICT COURT FOR THE")}
		}
		if m == nil || m[0] > len(lines[i].norm) {
			continue
		}
		// The district phrase: on the court line or the next two.
		window := joined(lines, i, 3)
		dm := reDistrict().FindStringSubmatchIndex(window[m[1]:])
		if dm == nil {
			continue
		}
		dist := districtKeys().phrase[window[m[1]+dm[2]:m[1]+dm[3]]]
		last := lineOf(lines, i, m[1]+dm[3]-1)
		sp := document.Span{Start: lines[i].span.Start, End: lines[last].span.End}
		if !ok {
			found = Court{Kind: kind, District: dist, Circuit: dist.Circuit, State: dist.State, Span: sp}
			ok = true
		} else if dist != found.District && found.Related.End == 0 {
			found.Related = sp
		}
		i = last
	}
	return found, ok
}

// abbrevCourt reads a district abbreviation token in the caption ("Case
// No. 3:24-cv-01234 (N.D. Cal.)"), skipping tokens inside case citations.
func abbrevCourt(lines []captionLine) (Court, bool) {
	for _, l := range lines {
		if !mayHoldAbbrev(l.norm) {
			continue
		}
		for _, m := range reAbbrev().FindAllStringSubmatchIndex(l.norm, -1) {
			if reYearClose.MatchString(l.norm[m[3]:]) {
				continue
			}
			d := districtKeys().abbrev[normKey(l.norm[m[2]:m[3]])]
			if d == nil {
				continue
			}
			return Court{Kind: KindFederal, District: d, Circuit: d.Circuit, State: d.State, Span: l.span, ByAbbrev: true}, true
		}
	}
	return Court{}, false
}

// stateCourt reads a state court's caption: a line with COURT and a
// state's name (on it or the next line), without UNITED STATES.
func stateCourt(lines []captionLine) (Court, bool) {
	for i, l := range lines {
		if !strings.Contains(l.norm, "COURT") || !reCourtWord.MatchString(l.norm) || reUS.MatchString(l.norm) {
			continue
		}
		text := joined(lines, i, 2)
		if i+1 < len(lines) && reUS.MatchString(lines[i+1].norm) {
			text = l.norm
		}
		m := reStateName().FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		last := lineOf(lines, i, m[3]-1)
		return Court{Kind: KindState, State: stateNames[text[m[2]:m[3]]],
			Span: document.Span{Start: l.span.Start, End: lines[last].span.End}}, true
	}
	return Court{}, false
}
