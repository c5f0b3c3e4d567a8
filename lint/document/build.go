package document

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Build parses a Source into a Document. It never fails: text that does not
// look like a complaint simply yields a document with no counts.
func Build(s Source) *Document {
	d, _ := BuildContext(context.Background(), s)
	return d
}

// BuildContext is Build that gives up, returning ctx's error and no
// document, once ctx is done: every loop that grows with the text checks
// it, so an abandoned build stops promptly instead of running on.
func BuildContext(ctx context.Context, s Source) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(s.Text) != len(s.Src) {
		s.Text = AnalysisText(s.Src)
	}
	// The document holds its text and its source as strings, one string
	// when they are the same bytes (a plain file with nothing to blank),
	// so that a long complaint is held once, as it was read.
	text := string(s.Text)
	src := text
	if string(s.Src) != text {
		src = string(s.Src)
	}
	d := &Document{
		Path:   s.Path,
		Format: s.Format,
		Src:    src,
		Text:   text,
		Hints:  s.Hints,
	}
	b := builder{d: d, onePerLine: s.OnePerLine, ctx: ctx}
	// The document holds its text now: the source's bytes are dropped
	// before the line index and the text index are built, so that a long
	// complaint is not held twice while they are.
	s = Source{}
	d.Lines = NewLineIndex(src)
	// The document owns its text's index; Done releases what it holds.
	d.index = pattern.NewIndex(d.Text)
	for _, stage := range []func(){b.paragraphs, b.sections, b.allegations, b.counts, b.sentences, b.incorporation, b.definitions} {
		stage()
		if b.err != nil {
			d.Done()
			return nil, b.err
		}
	}
	// The model is held for the whole lint: the paragraph, sentence,
	// allegation and count lists, grown by append, are cut to their
	// length (nothing points into them yet; the model refers to them by
	// index).
	d.Paragraphs = exactSize(d.Paragraphs)
	d.Sentences = exactSize(d.Sentences)
	d.Allegations = exactSize(d.Allegations)
	d.Counts = exactSize(d.Counts)
	for ci := range d.Counts {
		if b.cancelled() {
			d.Done()
			return nil, b.err
		}
		c := &d.Counts[ci]
		c.scope = d.computeScope(ci)
		c.name = c.Name()
		c.titled = c.TitledName()
	}
	// The rules' questions about one sentence are remembered by its number.
	starts, ends := make([]int32, len(d.Sentences)), make([]int32, len(d.Sentences))
	for i, s := range d.Sentences {
		starts[i], ends[i] = int32(s.Span.Start), int32(s.Span.End)
	}
	d.index.SetSentences(starts, ends)
	return d, nil
}

// exactSize returns xs in an array of its length when append left more
// than a sixteenth of it unused.
func exactSize[T any](xs []T) []T {
	if cap(xs)-len(xs) <= len(xs)/16 {
		return xs
	}
	return append(make([]T, 0, len(xs)), xs...)
}

type builder struct {
	d          *Document
	onePerLine bool
	// lone holds the paragraphs whose number stood alone on the line
	// before their text, by the paragraph's start.
	lone map[int]loneNumber

	ctx   context.Context
	err   error // ctx's error once it is done
	ticks int
}

// cancelled reports whether the build should stop, asking ctx every few
// hundred calls: often enough to stop within milliseconds, rarely enough
// to cost nothing.
func (b *builder) cancelled() bool {
	if b.err != nil {
		return true
	}
	b.ticks++
	if b.ticks&255 == 0 {
		b.err = b.ctx.Err()
	}
	return b.err != nil
}

type line struct {
	span  Span // without line ending
	text  string
	num   int
	blank bool
}

func (b *builder) lines() []line {
	d := b.d
	n := d.Lines.Lines()
	out := make([]line, 0, n)
	for i := 1; i <= n; i++ {
		if b.cancelled() {
			return nil
		}
		sp := d.Lines.LineSpan(i)
		t := d.Text[sp.Start:sp.End]
		out = append(out, line{span: sp, text: t, num: i, blank: strings.TrimSpace(t) == ""})
	}
	return out
}

// headingShaped reports a line that reads as a heading rather than as a line
// of wrapped prose: short, and either in capitals, a count or section
// heading, a parenthetical label, or a short title-case phrase.
func headingShaped(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || utf8.RuneCountInString(t) > 160 {
		return false
	}
	if isCountHeading(t) {
		return true
	}
	// A section name opening a line of wrapped prose ("parties' 2019
	// Agreement, which ...") is no heading: headings are capitalised.
	if r, _ := utf8.DecodeRuneInString(t); sectionKindOf(t) >= 0 && !unicode.IsLower(r) {
		return true
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && utf8.RuneCountInString(t) < 120 {
		return true
	}
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 3 && upper*10 >= letters*8 && utf8.RuneCountInString(t) <= 120 {
		return true
	}
	return false
}

func (b *builder) paragraphs() {
	d := b.d
	lines := b.splitRunInHeadings(b.lines())
	var cur *Paragraph
	flush := func() {
		if cur != nil {
			d.Paragraphs = append(d.Paragraphs, *cur)
			cur = nil
		}
	}
	start := func(l line, heading bool) {
		flush()
		sp := trimSpan(d.Text, l.span)
		cur = &Paragraph{Span: sp, Line: l.num, Heading: heading, Count: -1}
	}
	prevNum := 0        // the last plausible allegation number, to tell wrapped years from numbers
	var prevOutline Num // the last outline number taken, to tell "5.2 The" from "2.5 million"
	hintsOutline := b.outlineHints()
	outlineDoc := outlineNumbered(lines)
	allegation := reAllegation // the label of a numbered allegation
	if parenNumbered(lines) {
		allegation = reParenAllegation
	}
	joinedTo := -1 // the last line read as the text of a lone number
	for i, l := range lines {
		if b.cancelled() {
			return
		}
		if i <= joinedTo {
			continue
		}
		hint := d.Hints[l.num]
		if hint.Furniture {
			continue // a page header or footer inside a paragraph
		}
		if l.blank {
			flush()
			continue
		}
		if joined, j, ok := b.joinLoneNumber(lines, i, prevNum, cur); ok {
			l, joinedTo = joined, j
		}
		trimmed := strings.TrimSpace(l.text)
		var outline Num
		if n, ok := hintOutline(hint); ok && hintsOutline {
			outline = n
		} else if hint.Number == 0 {
			// A paragraph in progress whose last line does not end a
			// sentence is being wrapped ("version\n4.2 (the Suite)"); a
			// Word paragraph is never wrapped into the next.
			midSentence := !b.onePerLine && cur != nil && !cur.Heading && !endsSentence(d.Text[cur.Span.Start:cur.Span.End])
			// Once a complaint numbers its allegations "1.", "2.", a "5.1"
			// opening a line is a clause it quotes from a contract, not a
			// change of numbering.
			integerFirst := prevNum > 0 && prevOutline.IsZero()
			if n, _, ok := outlineLabel(l.text); ok && !midSentence && !integerFirst && followsOutline(prevOutline, n) {
				outline = n
			}
		}
		// In a complaint numbered in outline form, "1. PARTIES" numbers a
		// section heading, not allegation 1.
		sectionHeading := outlineDoc && hint.Number == 0 && sectionNumberHeading(l.text)
		intLabel := allegation.FindStringIndex(l.text) != nil && !sectionHeading
		numbered := hint.Number > 0 || intLabel || !outline.IsZero()
		if m := allegation.FindStringSubmatch(l.text); m != nil && intLabel && hint.Number == 0 {
			// A wrapped line that begins with a year ("... in\n2011. The
			// parties ...") continues its paragraph; it is no allegation.
			if n, _ := strconv.Atoi(m[1]); n >= 1900 && n > prevNum+50 && cur != nil && !cur.Heading {
				cur.Span.End = trimSpan(d.Text, l.span).End
				continue
			} else if n < prevNum && cur != nil && !cur.Heading && midSentence(d.Text[cur.Span.Start:cur.Span.End]) {
				// Nor does a wrapped cross-reference ("as described in
				// paragraphs 8 and\n9."): a number that steps back, on a
				// line continuing a sentence left open.
				cur.Span.End = trimSpan(d.Text, l.span).End
				continue
			} else if n > 0 && (n < 1900 || n <= prevNum+50) {
				prevNum = n
			}
		}
		isHeading := hint.Heading > 0 || (!numbered && headingShaped(trimmed) &&
			(cur == nil || cur.Heading || isCountHeading(trimmed) || sectionKindOf(trimmed) >= 0)) ||
			(!numbered && cur != nil && cur.Heading && b.continuesCountHeading(cur, trimmed)) ||
			(!numbered && cur == nil && b.titleAfterBareNumeral(trimmed))
		// The cause label under a count heading, in title case with a
		// citation ("MISAPPROPRIATION OF TRADE SECRETS, Fla. Stat. § 688.001
		// et seq.") is part of the heading even when its lower-case citation
		// words keep it from looking like one.
		if !isHeading && hint.Number == 0 && cur != nil && cur.Heading && namesCount(firstLine(d.Text[cur.Span.Start:cur.Span.End])) &&
			!intLabel && outline.IsZero() && titleLike(trimmed) {
			isHeading = true
		}
		switch {
		case b.onePerLine || cur == nil || isHeading || (cur != nil && cur.Heading):
			start(l, isHeading)
		case hint.Number > 0 || intLabel || reParaSign.FindStringIndex(l.text) != nil || !outline.IsZero():
			start(l, false)
		case i > 0 && startsSignature(trimmed):
			start(l, false)
		default:
			cur.Span.End = trimSpan(d.Text, l.span).End
		}
		if !outline.IsZero() && !cur.Heading && cur.Span.Start == trimSpan(d.Text, l.span).Start {
			cur.Printed = outline
			prevOutline = outline
		}
	}
	flush()
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.NumberEnd = p.Span.Start
		if ln, ok := b.lone[p.Span.Start]; ok && !p.Heading {
			p.Number, p.Printed, p.NumberEnd = ln.n, IntNum(ln.n), ln.textStart
			continue
		}
		if h, ok := d.Hints[p.Line]; ok && h.Number > 0 {
			// The format numbers the paragraph (Markdown renumbers lists,
			// Word numbers automatically); a label still written in the text
			// ("12. ") is not part of the allegation's sentences.
			p.Number = h.Number
			p.Printed = IntNum(h.Number)
			t := d.Text[p.Span.Start:p.Span.End]
			if m := reAllegation.FindStringIndex(t); m != nil {
				p.NumberEnd = p.Span.Start + m[1]
			}
			continue
		}
		if p.Heading {
			p.Printed = Num{}
			continue
		}
		t := d.Text[p.Span.Start:p.Span.End]
		if !p.Printed.IsZero() {
			// Outline numbering: the section number stands in Number, so
			// that the sequence checks and "is it numbered" read it as
			// they read "12."; Printed is what the reader cites.
			_, end, _ := outlineLabel(t)
			p.Number = p.Printed.Major()
			p.NumberEnd = p.Span.Start + end
		} else if m := allegation.FindStringSubmatchIndex(t); m != nil {
			p.Number, _ = strconv.Atoi(t[m[2]:m[3]])
			p.NumberEnd = p.Span.Start + m[1]
		} else if m := reParaSign.FindStringSubmatchIndex(t); m != nil {
			p.Number, _ = strconv.Atoi(t[m[2]:m[3]])
			p.NumberEnd = p.Span.Start + m[1]
		}
		if p.Printed.IsZero() {
			p.Printed = IntNum(p.Number)
		}
	}
	b.dropImplausibleNumbers()
	b.unnumberCaptionClaimsList()
}

// midSentence reports paragraph text whose last line stops inside a
// sentence: it ends in a word, a comma or a section sign, not in closing
// punctuation.
func midSentence(t string) bool {
	t = strings.TrimRight(t, " \t\n")
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r) || r == ',' || r == '§' || r == '¶'
}

// splitRunInHeadings splits a line whose end carries the next count's
// heading ("... as alleged above. COUNT II – BREACH OF CONTRACT") into the
// end of the paragraph and the heading, so that the next count's
// allegations are not absorbed into the previous count. Lines the format
// marks (Word and Markdown headings and list items) are left alone.
func (b *builder) splitRunInHeadings(lines []line) []line {
	last := 0
	skip := -1
	var out []line
	for i, l := range lines {
		if i <= skip {
			continue
		}
		if l.blank {
			out = append(out, l)
			continue
		}
		if _, ord, ok := countHeading(l.text); ok {
			last = ord
			out = append(out, l)
			continue
		}
		if _, hinted := b.d.Hints[l.num]; !hinted {
			if k, next := b.runInOrdinal(lines, i, last+1); k > 0 {
				// The ordinal ends this line and the heading goes on in
				// the next: one heading line spanning both.
				last++
				out = append(out,
					line{span: Span{Start: l.span.Start, End: l.span.Start + k}, text: l.text[:k], num: l.num},
					line{span: Span{Start: l.span.Start + k, End: lines[next].span.End}, text: l.text[k:] + " " + strings.TrimSpace(lines[next].text), num: l.num})
				skip = next
				continue
			}
			if k := runInHeading(l.text, last+1); k > 0 {
				last++
				out = append(out,
					line{span: Span{Start: l.span.Start, End: l.span.Start + k}, text: l.text[:k], num: l.num},
					line{span: Span{Start: l.span.Start + k, End: l.span.End}, text: l.text[k:], num: l.num})
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// runInOrdinal finds a count heading run into the end of line i with only
// its ordinal there ("... under 17 U.S.C. § 1203. THIRD") and the rest of
// the heading opening the next line of text ("CLAIM FOR RELIEF (...)"). It
// returns where the ordinal begins and the index of that next line, or -1.
func (b *builder) runInOrdinal(lines []line, i, want int) (int, int) {
	// Asked of every line: only one ending with an ordinal can match.
	if !endsWithOrdinal(lines[i].text) {
		return -1, -1
	}
	m := reRunInOrdinal.FindStringSubmatchIndex(lines[i].text)
	if m == nil || ordinalValue(strings.ToLower(foldOCR(lines[i].text[m[2]:m[3]]))) != want {
		return -1, -1
	}
	for j := i + 1; j < len(lines); j++ {
		if b.d.Hints[lines[j].num].Furniture {
			continue
		}
		if lines[j].blank || !reHeadingTail.MatchString(foldOCR(lines[j].text)) {
			return -1, -1
		}
		return m[2], j
	}
	return -1, -1
}

// dropImplausibleNumbers un-numbers paragraphs whose "number" breaks the
// sequence badly, such as a line of wrapped prose that happens to begin
// "2013. " — allegation numbers rise by small steps.
func (b *builder) dropImplausibleNumbers() {
	prev := 0
	for i := range b.d.Paragraphs {
		p := &b.d.Paragraphs[i]
		if p.Number == 0 {
			continue
		}
		if p.Number > prev+50 && p.Number >= 1900 {
			p.Number = 0
			p.Printed = Num{}
			p.NumberEnd = p.Span.Start
			continue
		}
		prev = p.Number
	}
}

// unnumberCaptionClaimsList un-numbers the items of a caption's "COMPLAINT
// FOR:" list. They are numbered like allegations, but they name the causes
// of action: read as allegations they would end the caption early, become
// allegations 1 to 6, and be swept into every count that incorporates
// "each and every allegation set forth above". An item is an upper-case
// line ("1. BREACH OF CONTRACT;"); the first numbered line in ordinary case,
// or the first section or count heading, ends the list.
func (b *builder) unnumberCaptionClaimsList() {
	d := b.d
	list := false
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		t := d.Text[p.Span.Start:p.Span.End]
		if p.Heading && (sectionKindOf(firstLine(t)) >= 0 || isCountHeading(firstLine(t))) {
			return
		}
		if p.Number == 0 {
			list = list || reComplaintFor.MatchString(t)
			continue
		}
		if !list || !upperCaseLine(firstLine(d.Text[p.NumberEnd:p.Span.End])) {
			return
		}
		p.Number = 0
		p.Printed = Num{}
		p.NumberEnd = p.Span.Start
	}
}

// upperCaseLine reports a line with at least three letters and no lower-case
// letter: a caption entry, not an allegation.
func upperCaseLine(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// continuesCountHeading reports a line that carries on a count heading: the
// cause of action or a parenthetical under "COUNT I", written in any case
// ("Tortious Interference with Prospective Economic Advantage").
func (b *builder) continuesCountHeading(cur *Paragraph, t string) bool {
	if utf8.RuneCountInString(t) > 160 || strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "seq.") {
		return false
	}
	first := firstLine(b.d.Text[cur.Span.Start:cur.Span.End])
	if namesCount(first) {
		return true
	}
	// The close of a parenthetical the heading line above left open
	// ("(Trafficking ..., 17 U.S.C. § 1201(a)(2)" over "-- Against
	// DiscShift and Pell)").
	if above := b.d.Text[cur.Span.Start:cur.Span.End]; strings.Count(above, "(") > strings.Count(above, ")") && strings.HasSuffix(t, ")") {
		return true
	}
	// The line after a continuation line ("(Against All Defendants)").
	if n := len(b.d.Paragraphs); n > 0 && b.d.Paragraphs[n-1].Heading && isCountHeading(firstLine(b.d.Text[b.d.Paragraphs[n-1].Span.Start:b.d.Paragraphs[n-1].Span.End])) {
		return strings.HasPrefix(t, "(")
	}
	return false
}

// namesCount reports a count heading line, numbered or bare ("CAUSE OF
// ACTION" over a one-claim complaint).
func namesCount(t string) bool {
	if isCountHeading(t) {
		return true
	}
	_, bare := bareCountHeading(t)
	return bare
}

// titleAfterBareNumeral reports the cause label of a count set apart from
// its numeral by a blank line ("FIRST CAUSE OF ACTION", blank, "Copyright
// Infringement"): a title-case or parenthetical line, not a sentence, right
// after a count heading that carries no label of its own.
func (b *builder) titleAfterBareNumeral(t string) bool {
	n := len(b.d.Paragraphs)
	if n == 0 || !b.d.Paragraphs[n-1].Heading || strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "seq.") {
		return false
	}
	prev := strings.TrimSpace(b.d.Text[b.d.Paragraphs[n-1].Span.Start:b.d.Paragraphs[n-1].Span.End])
	if strings.Contains(prev, "\n") {
		return false
	}
	if title, bare := bareCountHeading(prev); bare {
		if title != "" {
			return false
		}
	} else if !isCountHeading(prev) || headingRest(prev) != "" {
		return false
	}
	return oneCapitalWord(t) || titleLike(t) || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")
}

// oneCapitalWord reports a one-word cause label ("Conversion").
func oneCapitalWord(t string) bool {
	f := strings.Fields(t)
	if len(f) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return unicode.IsUpper(r) && !strings.HasSuffix(f[0], ".")
}

// headingRest is what follows a count heading's numeral on its line,
// trimmed ("— BREACH OF CONTRACT"; "" for "FIRST CAUSE OF ACTION").
func headingRest(t string) string {
	folded := foldOCR(strings.TrimSpace(stripColumns(t)))
	m := reCountNumeral.FindStringIndex(folded)
	if m == nil {
		m = reCountOrdinal.FindStringIndex(folded)
	}
	if m == nil {
		return ""
	}
	return strings.TrimSpace(folded[m[1]:])
}

// titleLike reports a short line most of whose words are capitalised,
// leaving aside small words and citation abbreviations: a heading's cause
// label, not a sentence of prose.
func titleLike(t string) bool {
	if utf8.RuneCountInString(t) > 160 {
		return false
	}
	small := map[string]bool{"of": true, "the": true, "and": true, "or": true, "for": true, "to": true, "in": true,
		"on": true, "under": true, "et": true, "seq.": true, "seq": true, "a": true, "an": true, "by": true, "with": true, "against": true}
	words, caps := 0, 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, "(),;:—–-")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || small[strings.ToLower(w)] || !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 2 && caps*10 >= words*8
}

func startsSignature(t string) bool { return reSecSignature.MatchString(t) }

func trimSpan(text string, sp Span) Span {
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(text[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(text[:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= size
	}
	return sp
}

func isCountHeading(t string) bool {
	_, _, ok := countHeading(t)
	return ok
}

// hasCountWord reports whether t holds a word both count-heading
// patterns need (count, claim, cause, in any case), so that a paragraph
// without one, which is nearly every paragraph and every line of a short
// draft, is turned down without compiling them. "cause" is looked for as
// "cau": a case-insensitive "s" also matches the long s (ſ); no other
// letter of the three words has a case-insensitive match outside ASCII.
func hasCountWord(t string) bool {
	return indexFoldASCII(t, "count") >= 0 || indexFoldASCII(t, "claim") >= 0 || indexFoldASCII(t, "cau") >= 0
}

// countHeading recognises a count heading line and returns its numeral as
// written and its value. A line that starts like a heading but reads as a
// sentence ("Count I of the Complaint alleges...", "Claim 3 of the '123
// patent") is rejected by what follows the numeral.
func countHeading(t string) (label string, ordinal int, ok bool) {
	t = strings.TrimSpace(stripColumns(t))
	if !mayOpenCountHeading(t) {
		return "", 0, false
	}
	return countHeadingOf(t)
}

// mayOpenCountHeading is the cheap test countHeading asks of every line
// before the OCR repairs, which cost most of its time: reCountNumeral and
// reCountOrdinal begin, after an optional outline label ("A. ", "iv. ",
// which holds no space), with a word whose first letter is c (count,
// claim, cause, counterclaim), a ("as and for"), or an ordinal's (f, s, t,
// e, n). foldOCR keeps every byte's place except in a line that already
// opens with "C O U N T", and rewrites only 0, 1, | and l into o, i and l,
// none of them such a letter; a line cannot match unless its first word,
// or the word after a first word that may be an outline label, opens with
// one. A non-ASCII first byte (the long s folds to s)
// is let through.
func mayOpenCountHeading(t string) bool {
	if t == "" {
		return false
	}
	if countInitial(t[0]) {
		return true
	}
	sp := strings.IndexByte(t, ' ')
	if sp < 0 || !mayBeOutlineLabel(t[:sp]) {
		return false
	}
	rest := strings.TrimLeft(t[sp:], " ")
	return rest != "" && countInitial(rest[0])
}

// mayBeOutlineLabel reports whether w, once foldOCR has repaired it, may
// be the outline label "(?:[ivxlc]+|[a-z])\." of the count patterns: one
// character and a period, or roman-numeral letters (or the 1 and | that
// the repairs may read as i or l) and a period.
func mayBeOutlineLabel(w string) bool {
	body, ok := strings.CutSuffix(w, ".")
	if !ok || body == "" {
		return false
	}
	if utf8.RuneCountInString(body) == 1 {
		return true
	}
	for i := 0; i < len(body); i++ {
		switch body[i] | 0x20 {
		case 'i', 'v', 'x', 'l', 'c', '1' | 0x20, '|' | 0x20:
		default:
			return false
		}
	}
	return true
}

func countInitial(c byte) bool {
	switch c | 0x20 {
	case 'c', 'a', 'f', 's', 't', 'e', 'n':
		return true
	}
	return c >= utf8.RuneSelf
}

// countHeadingOf is countHeading on a trimmed line.
func countHeadingOf(t string) (label string, ordinal int, ok bool) {
	t = foldOCR(t)
	if utf8.RuneCountInString(t) > 200 || !hasCountWord(t) {
		return "", 0, false
	}
	var rest string
	if m := reCountNumeral.FindStringSubmatchIndex(t); m != nil {
		label = t[m[2]:m[3]]
		ordinal = numeralValue(label)
		rest = t[m[1]:]
	} else if m := reCountOrdinal.FindStringSubmatchIndex(t); m != nil {
		label = t[m[2]:m[3]]
		ordinal = ordinalValue(label)
		rest = t[m[1]:]
	} else {
		return "", 0, false
	}
	if ordinal <= 0 {
		return "", 0, false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return label, ordinal, true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	switch {
	case strings.ContainsRune("-–—:.([", r):
	case unicode.IsUpper(r):
		// "COUNT I COPYRIGHT INFRINGEMENT" or "Count One Breach of Contract";
		// but "Claim 3 Is Invalid" style sentences end with a period.
	default:
		return "", 0, false
	}
	// A heading does not end like a sentence of prose.
	if strings.HasSuffix(rest, ".") && !strings.HasSuffix(rest, "seq.") && !strings.HasSuffix(rest, "U.S.C.") && strings.Count(rest, " ") > 10 {
		return "", 0, false
	}
	return label, ordinal, true
}

func numeralValue(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	ls := strings.ToLower(s)
	if v := wordValue(ls); v > 0 {
		return v
	}
	return romanValue(ls)
}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}

var ordinalNames = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20}

func wordValue(s string) int {
	s = strings.ReplaceAll(s, "-", " ")
	if v, ok := numberWords[s]; ok {
		return v
	}
	if strings.HasPrefix(s, "twenty ") {
		if v, ok := numberWords[strings.TrimPrefix(s, "twenty ")]; ok && v < 10 {
			return 20 + v
		}
	}
	return 0
}

func ordinalValue(s string) int {
	s = strings.ReplaceAll(strings.ToLower(s), "-", " ")
	if v, ok := ordinalNames[s]; ok {
		return v
	}
	if strings.HasPrefix(s, "twenty ") {
		if v, ok := ordinalNames[strings.TrimPrefix(s, "twenty ")]; ok && v < 10 {
			return 20 + v
		}
	}
	return 0
}

func romanValue(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Reject non-canonical strings ("iiii", "vv") by re-encoding.
	if total <= 0 || total > 399 || toRoman(total) != s {
		return 0
	}
	return total
}

func toRoman(n int) string {
	table := []struct {
		v int
		s string
	}{{100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}
	var sb strings.Builder
	for _, e := range table {
		for n >= e.v {
			sb.WriteString(e.s)
			n -= e.v
		}
	}
	return sb.String()
}

// sectionKindOf classifies a heading-like line; -1 when it names no section.
func sectionKindOf(t string) SectionKind {
	t = strings.TrimSpace(strings.Trim(strings.TrimSpace(t), "*_#:"))
	t = strings.TrimLeft(t, "IVXLC. ")
	// Strip an outline label such as "I." or "A." before the words.
	if i := strings.IndexByte(t, ' '); i > 0 && i <= 4 && strings.HasSuffix(t[:i], ".") {
		t = strings.TrimSpace(t[i+1:])
	}
	switch {
	case reSecJury.MatchString(t):
		return SectionJury
	case reSecPrayer.MatchString(t):
		return SectionPrayer
	case reSecCounts.MatchString(t):
		return SectionCounts
	case reSecPreliminary.MatchString(t):
		return SectionPreliminary
	case reSecParties.MatchString(t):
		return SectionParties
	case reSecJuris.MatchString(t):
		return SectionJurisdiction
	case reSecFacts.MatchString(t):
		return SectionFacts
	}
	return -1
}

func (b *builder) sections() {
	d := b.d
	cur := Section{Kind: SectionCaption}
	started := false
	open := func(kind SectionKind, p *Paragraph, heading bool) {
		if started || cur.Kind != SectionCaption || p.Span.Start > 0 {
			cur.Span.End = p.Span.Start
			if cur.Span.End > cur.Span.Start || started {
				d.Sections = append(d.Sections, cur)
			}
		}
		cur = Section{Kind: kind, Span: Span{Start: p.Span.Start}}
		if heading {
			cur.Heading = p.Span
		}
		started = true
	}
	for i := range d.Paragraphs {
		if b.cancelled() {
			return
		}
		p := &d.Paragraphs[i]
		t := d.Text[p.Span.Start:p.Span.End]
		first := t
		if nl := strings.IndexByte(first, '\n'); nl >= 0 {
			first = first[:nl]
		}
		kind := SectionKind(-1)
		if p.Heading {
			kind = sectionKindOf(first)
			if kind < 0 && isCountHeading(first) {
				kind = SectionCounts
			}
		} else if p.Number == 0 {
			switch {
			case reSecPrayer.MatchString(strings.TrimSpace(first)) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(first)), "wherefore"):
				kind = SectionPrayer
			case startsSignature(strings.TrimSpace(first)):
				kind = SectionSignature
			}
		}
		// "JURY TRIAL DEMANDED" under the case number is a note of the
		// caption; the jury demand that closes a complaint comes after the
		// body has begun.
		if kind == SectionJury && cur.Kind == SectionCaption {
			kind = -1
		}
		switch {
		case kind >= 0 && (kind != cur.Kind || kind == SectionCounts && !isCountHeading(first)):
			open(kind, p, p.Heading)
		case kind < 0 && cur.Kind == SectionCaption && p.Number > 0:
			// Numbered allegations before any heading: the body has begun.
			open(SectionOther, p, false)
		case kind < 0 && (cur.Kind == SectionPrayer || cur.Kind == SectionJury) && isCountHeading(first):
			open(SectionCounts, p, true)
		case kind < 0 && cur.Kind == SectionPrayer && p.Number > 0 && i > 0 && d.Paragraphs[i-1].Number == 0 && prayerWasCountLocal(d, i):
			// A per-count WHEREFORE clause ended; numbering resumes the counts.
			open(SectionCounts, p, false)
		}
		p.Section = len(d.Sections)
	}
	cur.Span.End = len(d.Text)
	d.Sections = append(d.Sections, cur)
	// Paragraph.Section was the index at the time; fix kinds lookups.
}

// prayerWasCountLocal reports that a WHEREFORE clause sits between counts:
// a count heading preceded it and numbered allegations follow it.
func prayerWasCountLocal(d *Document, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if d.Paragraphs[j].Heading && isCountHeading(firstLine(d.Text[d.Paragraphs[j].Span.Start:d.Paragraphs[j].Span.End])) {
			return true
		}
	}
	return false
}

func firstLine(t string) string {
	if nl := strings.IndexByte(t, '\n'); nl >= 0 {
		// An ordinal left at the end of a line with the rest of its
		// heading on the next ("... § 1203. THIRD" over "CLAIM FOR
		// RELIEF (...)", split off by splitRunInHeadings) reads as one line.
		if end := firstLineEnd(t); end > nl {
			return strings.TrimSpace(t[:nl]) + " " + strings.TrimSpace(t[nl+1:end])
		}
		return t[:nl]
	}
	return t
}

// firstLineEnd is where the text firstLine reads ends in t: the first line
// break, or the second after a bare ordinal.
func firstLineEnd(t string) int {
	nl := strings.IndexByte(t, '\n')
	if nl < 0 {
		return len(t)
	}
	if nl > 24 || !reBareOrdinal.MatchString(foldOCR(t[:nl])) {
		return nl
	}
	if nl2 := strings.IndexByte(t[nl+1:], '\n'); nl2 >= 0 {
		return nl + 1 + nl2
	}
	return len(t)
}

func (b *builder) allegations() {
	d := b.d
	d.byNumber = map[Num]int{}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.Allegation = -1
		if p.Number == 0 {
			continue
		}
		p.Allegation = len(d.Allegations)
		a := Allegation{Number: p.Number, Printed: p.Printed, Paragraph: i, Span: p.Span, Section: d.Sections[p.Section].Kind, Count: -1}
		if _, dup := d.byNumber[p.Printed]; !dup {
			d.byNumber[p.Printed] = len(d.Allegations)
		}
		d.Allegations = append(d.Allegations, a)
	}
}

func (b *builder) counts() {
	d := b.d
	// A complaint with no numbered count heading may plead its one claim
	// under a bare "CAUSE OF ACTION".
	numbered := false
	for i := range d.Paragraphs {
		if p := &d.Paragraphs[i]; p.Heading && (isCountHeading(firstLine(d.Text[p.Span.Start:p.Span.End])) || isCountHeading(d.Hints[p.Line].NumberText)) {
			numbered = true
			break
		}
	}
	for i := 0; i < len(d.Paragraphs); i++ {
		if b.cancelled() {
			return
		}
		p := &d.Paragraphs[i]
		if !p.Heading {
			continue
		}
		first := firstLine(d.Text[p.Span.Start:p.Span.End])
		label, ord, ok := countHeading(first)
		var rest string
		if hl, hord, hok := countHeading(d.Hints[p.Line].NumberText); !ok && hok {
			// Word numbers the heading itself ("COUNT %1" in a list): the
			// numeral is the list's label and the text is the cause.
			label, ord, rest = hl, hord, first
		} else if ok {
			// The cause label: the rest of the heading line after the
			// numeral. Offsets in the repaired line are offsets in the
			// original, whose words the title keeps.
			trimmed := strings.TrimSpace(stripColumns(first))
			folded := foldOCR(trimmed)
			m := reCountNumeral.FindStringIndex(folded)
			if m == nil {
				m = reCountOrdinal.FindStringIndex(folded)
			}
			// A numeral repaired from "l I" keeps its length: the title
			// starts after the blanks the repair left.
			k := m[1]
			for k < len(folded) && folded[k] == ' ' {
				k++
			}
			rest = trimmed[k:]
		} else if bare, isBare := bareCountHeading(first); isBare && !numbered {
			label, ord, rest = "", len(d.Counts)+1, bare
		} else {
			continue
		}
		// A numeral that repeats an earlier count's (counts copied and
		// pasted, each still "COUNT I"; a list restarted by accident) still
		// opens a new count: the reader names it by its place, as a court
		// would, while the label keeps what the heading says.
		for k := range d.Counts {
			if d.Counts[k].Ordinal == ord {
				ord = len(d.Counts) + 1
				break
			}
		}
		c := Count{Index: len(d.Counts), Label: label, Ordinal: ord, Heading: p.Span, IncorporationSentence: -1}
		rest = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), "-–—:. "))
		title := rest
		// Continuation lines: headings that follow directly (the cause on the
		// next line, "(17 U.S.C. § 501)", "(Against All Defendants)").
		j := i + 1
		for ; j < len(d.Paragraphs) && j <= i+3; j++ {
			q := &d.Paragraphs[j]
			if !q.Heading || isCountHeading(firstLine(d.Text[q.Span.Start:q.Span.End])) || sectionKindOf(d.Text[q.Span.Start:q.Span.End]) >= 0 {
				break
			}
			t := strings.TrimSpace(stripColumnLines(d.Text[q.Span.Start:q.Span.End]))
			if title == "" {
				title = t
			} else {
				title += " " + t
			}
			c.Heading.End = q.Span.End
		}
		// Same-paragraph continuation (a multi-line heading block).
		if full := strings.TrimSpace(d.Text[p.Span.Start:p.Span.End]); strings.Contains(full, "\n") {
			extra := strings.Join(strings.Fields(stripColumnLines(full[firstLineEnd(full):])), " ")
			title = strings.TrimSpace(title + " " + extra)
		}
		c.Title = strings.Join(strings.Fields(title), " ")
		c.Span.Start = p.Span.Start
		d.Counts = append(d.Counts, c)
		i = j - 1
	}
	// Each count runs to the next count heading or the prayer, jury demand
	// or signature, whichever comes first.
	// Paragraphs come in the order of the text, so a count's are found by a
	// binary search for its first and read to its end, rather than every
	// paragraph being tested for every count (a cost that grew with the
	// square of a long document). Should they ever be out of order, all
	// are tested.
	inOrder := slices.IsSortedFunc(d.Paragraphs, func(a, b Paragraph) int { return a.Span.Start - b.Span.Start })
	for ci := range d.Counts {
		c := &d.Counts[ci]
		end := len(d.Text)
		if ci+1 < len(d.Counts) {
			end = d.Counts[ci+1].Span.Start
		}
		for _, s := range d.Sections {
			if s.Span.Start > c.Heading.End && s.Span.Start < end && (s.Kind == SectionPrayer || s.Kind == SectionJury || s.Kind == SectionSignature) {
				end = s.Span.Start
				break
			}
		}
		c.Span.End = end
		// Trim trailing whitespace so the span ends on text.
		c.Span = Span{c.Span.Start, trimSpan(d.Text, c.Span).End}
		first := 0
		if inOrder {
			first = sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Span.Start >= c.Span.Start })
		}
		for pi := first; pi < len(d.Paragraphs); pi++ {
			if b.cancelled() {
				return
			}
			q := &d.Paragraphs[pi]
			if inOrder && q.Span.Start > c.Span.End {
				break
			}
			if q.Span.Start >= c.Span.Start && q.Span.End <= c.Span.End {
				q.Count = ci
				if q.Span.Start >= c.Heading.End {
					c.Paragraphs = append(c.Paragraphs, pi)
				}
			}
		}
		body := d.Body(c)
		c.Class = legal.ClassifyText(d.Indexed(c.Heading), body)
		c.Claims = c.Class.Families
		c.CitesNY = legal.CitesNewYorkLaw(c.Title) || legal.CitesNewYorkLawText(body)
	}
	for ai := range d.Allegations {
		d.Allegations[ai].Count = d.Paragraphs[d.Allegations[ai].Paragraph].Count
	}
}

func (b *builder) definitions() {
	d := b.d
	seen := map[string]bool{}
	for si := range d.Sentences {
		if b.cancelled() {
			return
		}
		s := &d.Sentences[si]
		for _, m := range reDefinedTerm.FindAllTextSubmatchIndex(s.Indexed(), -1) {
			// A term the line wraps ("Prairie\nHoldings") is the same term.
			term := strings.Join(strings.Fields(s.Text[m[2]:m[3]]), " ")
			if term == "" || seen[term] {
				continue
			}
			seen[term] = true
			d.Definitions = append(d.Definitions, Definition{Term: term, Sentence: si,
				Span: Span{s.Span.Start + m[2], s.Span.Start + m[3]}})
		}
	}
}

func (b *builder) incorporation() {
	d := b.d
	// Counts that incorporate "all preceding paragraphs" bring in the same
	// facts, count after count: they share one list (read-only, like the
	// rest of the model) rather than each holding a copy for the lint.
	var last []int
	for ci := range d.Counts {
		if b.cancelled() {
			return
		}
		c := &d.Counts[ci]
		for _, si := range c.Sentences {
			s := &d.Sentences[si]
			if !reIncorporation.MatchText(s.Indexed()) {
				continue
			}
			c.IncorporationSentence = si
			b.resolveIncorporation(ci, s.Text)
			break
		}
		if len(c.Incorporated) == 0 {
			continue
		}
		if slices.Equal(c.Incorporated, last) {
			c.Incorporated = last
		} else {
			c.Incorporated = slices.Clip(exactSize(c.Incorporated))
			last = c.Incorporated
		}
	}
}

// segmentStart is where the complaint holding offset off begins. A file may
// hold several complaints one after another (a folder exported as one
// file, or a test of scale); a complaint ends with its prayer, jury demand
// or signature, and the next begins with the next section of another kind.
// Incorporation never reaches across complaints, which also keeps the work
// per count bounded by the size of one complaint.
func (b *builder) segment(off int) (start, end int) {
	end = len(b.d.Text)
	ended := false
	for _, s := range b.d.Sections {
		switch s.Kind {
		case SectionPrayer, SectionJury, SectionSignature:
			ended = true
		default:
			if ended && s.Kind != SectionCounts {
				if s.Span.Start > off {
					return start, s.Span.Start
				}
				start = s.Span.Start
			}
			ended = false
		}
	}
	return start, end
}

func (b *builder) resolveIncorporation(ci int, text string) {
	d := b.d
	c := &d.Counts[ci]
	segStart, segEnd := b.segment(c.Span.Start)
	ranges := incorporatedRanges(text)
	explicit := len(ranges) > 0
	added := map[int]bool{}
	add := func(ai int) {
		if !added[ai] {
			added[ai] = true
			c.Incorporated = append(c.Incorporated, ai)
		}
	}
	swept := map[int]bool{}
	if explicit {
		seq := b.continuousNumbers(segStart, segEnd)
		for ai := range d.Allegations {
			a := &d.Allegations[ai]
			if a.Span.Start < segStart || a.Span.Start >= segEnd || !ranges.holds(seq(ai)) || a.Count == ci {
				continue
			}
			add(ai)
			if a.Count >= 0 && a.Count < ci {
				swept[a.Count] = true
			}
		}
	}
	if !explicit && reIncBlanket.MatchString(text) {
		c.Blanket = true
		for ai := range d.Allegations {
			a := &d.Allegations[ai]
			if a.Span.Start < segStart {
				continue
			}
			if a.Span.Start >= c.Span.Start {
				break
			}
			if a.Count >= 0 {
				swept[a.Count] = true
				continue
			}
			if a.Section.Factual() {
				add(ai)
			}
		}
	}
	if !explicit && reIncForward.MatchString(text) {
		// The forward sweep takes in every later count as well.
		c.Blanket = true
		for ai := range d.Allegations {
			a := &d.Allegations[ai]
			if a.Span.Start < segStart || a.Span.Start >= segEnd || a.Count == ci {
				continue
			}
			if a.Count >= 0 {
				swept[a.Count] = true
			} else if a.Section.Factual() {
				add(ai)
			}
		}
	}
	for k := range swept {
		c.SweptCounts = append(c.SweptCounts, k)
	}
	sortInts(c.SweptCounts)
	sortInts(c.Incorporated)
}

// continuousNumbers returns, for the allegations of one complaint, the
// number each would bear had the numbering run on: a list that starts over
// at 1 after a heading (Word restarting the list in each count, counts
// copied with their paragraphs) continues the count of allegations before
// it, since a reference to "paragraphs 1 through 15" can only mean the first
// fifteen on the page. A numbering that starts over outside the counts
// (counterclaims after the answer's paragraphs) is a new part whose
// references cite its own numbers. Where the numbering never restarts, each allegation
// keeps its printed number; outline numbers are kept as printed.
func (b *builder) continuousNumbers(segStart, segEnd int) func(ai int) Num {
	d := b.d
	var renumbered map[int]Num
	offset, prev := 0, 0
	for ai := range d.Allegations {
		a := &d.Allegations[ai]
		if a.Span.Start < segStart || a.Span.Start >= segEnd || a.Printed != IntNum(a.Number) {
			continue
		}
		if a.Number == 1 && prev > 1 {
			// Only a restart under a count heading runs on; a new
			// numbering that opens a new part (counterclaims after an
			// answer) is the one its references cite.
			offset = 0
			if a.Count >= 0 {
				offset = prev
			}
		}
		if offset > 0 {
			if renumbered == nil {
				renumbered = map[int]Num{}
			}
			renumbered[ai] = IntNum(a.Number + offset)
		}
		prev = a.Number + offset
	}
	return func(ai int) Num {
		if n, ok := renumbered[ai]; ok {
			return n
		}
		return d.Allegations[ai].Printed
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// outlineNumbered reports a text that numbers its paragraphs in outline
// form: at least two sections open with a "N.1" paragraph.
func outlineNumbered(lines []line) bool {
	opened := 0
	for _, l := range lines {
		if n, _, ok := outlineLabel(l.text); ok && n[1] == 1 && n[2] == 0 {
			opened++
			if opened >= 2 {
				return true
			}
		}
	}
	return false
}

// parenNumbered reports a complaint that numbers its allegations in
// parentheses, "(1)", "(2)", ...: more lines open "(n)" than "n.", and eight
// or more of them in a row count up by one. A list of items "(1)" to "(5)"
// inside a paragraph starts again at (1) and stays short.
func parenNumbered(lines []line) bool {
	run, longest, paren, plain, prev := 0, 0, 0, 0, 0
	for _, l := range lines {
		if reAllegation.FindStringIndex(l.text) != nil {
			plain++
			continue
		}
		// Most lines do not open "(digit": ask the pattern (and compile
		// it) only for those that do.
		t := strings.TrimLeft(l.text, " ")
		if len(t) < 2 || t[0] != '(' || t[1] < '0' || t[1] > '9' {
			continue
		}
		m := reParenAllegation.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		paren++
		n, _ := strconv.Atoi(m[1])
		if n == prev+1 {
			run++
		} else {
			run = 1
		}
		longest = max(longest, run)
		prev = n
	}
	return longest >= 8 && paren > plain
}

// sectionNumberHeading reports "2. FACTS": an integer label before a short
// title in capitals, with no sentence after it.
func sectionNumberHeading(t string) bool {
	m := reAllegation.FindStringIndex(t)
	if m == nil {
		return false
	}
	rest := strings.TrimSpace(t[m[1]:])
	return rest != "" && strings.ToUpper(rest) == rest && headingShaped(rest) && !strings.HasSuffix(rest, ".")
}

// outlineHints reports whether the format numbers the allegations in
// outline form: some line carries an automatic "5.1" label and none an
// integer allegation number. Where Word numbers the allegations "1.", "2."
// a second-level "1.1" is a sub-point of one, not an allegation.
func (b *builder) outlineHints() bool {
	found := false
	for _, h := range b.d.Hints {
		if h.Number > 0 {
			return false
		}
		if _, ok := hintOutline(h); ok {
			found = true
		}
	}
	return found
}

// hintOutline reads the automatic label of a line the format numbers
// ("5.1", "5.1.", "(5.1)") as an outline number; headings are left out.
func hintOutline(h LineHint) (Num, bool) {
	if h.Heading > 0 || h.Number > 0 || h.NumberText == "" {
		return Num{}, false
	}
	n, ok := ParseNum(strings.Trim(h.NumberText, " \t.()[]¶§"))
	return n, ok && n.Outline()
}

// outlineLabel reads an outline number opening a line ("5.1  The ...") and
// returns it with the offset just past the label and its spacing. An
// allegation opens a sentence, so a number followed by a lower-case word
// ("2.5 million") is a figure in wrapped prose, and one followed by a
// title is a sub-heading, not a label.
func outlineLabel(t string) (Num, int, bool) {
	m := reOutlineAllegation.FindStringSubmatchIndex(t)
	if m == nil {
		return Num{}, 0, false
	}
	if r, _ := utf8.DecodeRuneInString(t[m[1]:]); unicode.IsLower(r) {
		return Num{}, 0, false
	}
	// An outline-numbered heading ("2.1  The Supply Agreement") is a
	// short title, not a sentence; a line of names that wraps ("5.2
	// Defendants Scott Lyndale, Trevor Kane and ...") is capitalised too,
	// but runs on with commas and parentheses.
	if rest := strings.TrimSpace(t[m[1]:]); titleLike(rest) && !endsSentence(rest) &&
		!strings.ContainsAny(rest, ",;(\"“") && len(strings.Fields(rest)) <= 8 {
		return Num{}, 0, false
	}
	n, ok := ParseNum(t[m[2]:m[3]])
	return n, m[1], ok
}

// numRange is a run of paragraphs an incorporation names, both ends
// included: "1 through 12", "1.1 through 4.8", or one paragraph.
type numRange struct{ lo, hi Num }

type numRanges []numRange

func (rs numRanges) holds(n Num) bool {
	if n.IsZero() {
		return false
	}
	for _, r := range rs {
		if r.holds(n) {
			return true
		}
	}
	return false
}

// holds reports whether the range names n. A range of integers ("1
// through 5") names integer-numbered paragraphs only: in a complaint that
// numbers its parties "1.1" to "1.3" and its facts "1." to "5.", it means
// the facts.
func (r numRange) holds(n Num) bool {
	if n.Outline() && !r.lo.Outline() && !r.hi.Outline() {
		return false
	}
	return r.lo.Compare(n) <= 0 && n.Compare(r.hi) <= 0
}

// incorporatedRanges reads the paragraph numbers an incorporating sentence
// names: "paragraphs 1 through 4.8 and 5.2 through 5.3", "¶¶ 2–3, 5". A
// range that runs backwards names nothing, and so does an integer range of
// more than 5,000 paragraphs (a date or a figure, not a reference).
func incorporatedRanges(text string) numRanges {
	var out numRanges
	for _, m := range reIncList.FindAllStringSubmatch(text, -1) {
		for _, r := range reIncMore.FindAllStringSubmatch(m[1], -1) {
			lo, ok := ParseNum(r[1])
			if !ok {
				continue
			}
			hi := lo
			if r[2] != "" {
				if hi, ok = ParseNum(r[2]); !ok {
					continue
				}
			}
			if hi.Compare(lo) < 0 || !lo.Outline() && !hi.Outline() && hi.Major()-lo.Major() > 5000 {
				continue
			}
			out = append(out, numRange{lo, hi})
		}
	}
	return out
}

// endsSentence reports text whose last character closes a sentence or a
// clause an allegation may end on.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \t")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".:;!?\"”’')]", r)
}
