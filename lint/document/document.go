// Package document is the complaint model: the exact source, a line index,
// paragraphs, numbered allegations, sections, counts with their claim
// families and incorporation, defined terms, and sentences with byte spans.
// A Document is built once per file by Build and never mutated afterwards,
// so any number of checks may read it concurrently.
package document

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// SectionKind names the parts of a complaint. A byte, as every sentence
// and allegation of the document carries one.
type SectionKind int8

// Section kinds in the order they usually appear.
const (
	SectionCaption SectionKind = iota
	SectionPreliminary
	SectionParties
	SectionJurisdiction
	SectionFacts
	SectionCounts
	SectionPrayer
	SectionJury
	SectionSignature
	SectionOther
)

var sectionNames = [...]string{"caption", "preliminary statement", "parties", "jurisdiction and venue",
	"facts", "counts", "prayer for relief", "jury demand", "signature", "other"}

func (k SectionKind) String() string {
	if int(k) < len(sectionNames) {
		return sectionNames[k]
	}
	return fmt.Sprintf("section(%d)", int(k))
}

// Factual reports whether allegations in this section are facts that a
// blanket incorporation brings into a count's scope.
func (k SectionKind) Factual() bool {
	switch k {
	case SectionPreliminary, SectionParties, SectionJurisdiction, SectionFacts, SectionOther:
		return true
	}
	return false
}

// Section is a run of paragraphs under one heading.
type Section struct {
	Kind    SectionKind
	Heading Span // empty for the caption and for sections with no heading
	Span    Span
}

// Paragraph is a block of text: blank-line separated, one numbered
// allegation, or one heading line.
type Paragraph struct {
	Span    Span
	Line    int // 1-based line of the first byte
	Number  int // allegation number, 0 when unnumbered; the section ("5") of an outline number ("5.1")
	Printed Num // the number as printed ("12", "5.1"), zero when unnumbered: what a reader cites
	// Heading is a heading line (by format hint or by shape); beside
	// Printed, it takes no word of its own (the model holds tens of
	// thousands of paragraphs).
	Heading   bool
	NumberEnd int // offset just past the number label in the text ("12. "), or Span.Start
	Section   int // index into Document.Sections
	Count     int // index into Document.Counts, -1 outside counts
	// Sentences is the range [First, End) of the paragraph's sentences.
	FirstSentence, EndSentence int
	// Allegation is the index into Document.Allegations, -1 if unnumbered.
	Allegation int
}

// Allegation is a numbered paragraph.
type Allegation struct {
	Number  int // as Paragraph.Number
	Printed Num // as Paragraph.Printed: what messages quote and references resolve to
	// Section sits beside Printed, in the word it leaves.
	Section   SectionKind
	Paragraph int // index into Document.Paragraphs
	Span      Span
	Count     int // index of the count it sits in, -1 outside counts
}

// Sentence is one sentence with its exact span in Src.
type Sentence struct {
	Span       Span
	Text       string // the analysis text of the span
	Paragraph  int
	Allegation int // index into Document.Allegations, -1 when unnumbered
	Count      int // -1 outside counts
	Index      int // position in Document.Sentences
	// Section and Heading share a word: the document holds tens of
	// thousands of sentences for the whole lint.
	Section SectionKind
	Heading bool

	ix *pattern.Index // the document's
}

// Indexed is the sentence's text as a span of its document's index: the
// form to ask the cue patterns about it (Pattern.MatchText,
// Lexicon.MatchText), which answers from the index and remembers the
// answer by sentence. Text is the same string, for everything else.
func (s *Sentence) Indexed() pattern.Text {
	if s.ix == nil { // a sentence built by hand, in a test
		return pattern.Plain(s.Text)
	}
	return s.ix.Span(s.Span.Start, s.Span.End)
}

// Count is one cause of action.
type Count struct {
	Index   int    // position among the document's counts, 0-based
	Label   string // the numeral as written: "III", "One", "First", "3"
	Ordinal int    // the numeral's value: 3
	Heading Span   // the heading including a continuation line
	Title   string // the cause label: "Copyright Infringement (17 U.S.C. § 501)"
	Span    Span   // heading through the last byte before the next count or the prayer
	Claims  []legal.Claim
	// Class is how the claims were decided: scores, low confidence,
	// subtypes, and a heading citation that names another provision
	// (RULES-FORUM.md §F2). Its offsets are relative to Heading.Start.
	Class legal.Classification

	// Incorporation.
	IncorporationSentence int   // index into Sentences, -1 when none
	Blanket               bool  // "all preceding paragraphs"
	Incorporated          []int // allegation indices brought into scope (facts only for blanket)
	SweptCounts           []int // other counts whose allegations the incorporation sweeps in (later ones only for a forward sweep: "each preceding and succeeding paragraph")
	CitesNY               bool

	Paragraphs []int // own paragraph indices (heading excluded)
	Sentences  []int // own sentence indices (heading excluded)

	scope []int32
	// name and titled are Name and TitledName, made once when the model
	// is built: every finding on the count carries both, and a long
	// complaint's thousands of findings held a copy each.
	name, titled string
}

// Name is how messages refer to the count: "Count III (CFAA)". Counts are
// named by Roman numeral whatever the heading style ("FOURTH CLAIM FOR
// RELIEF" is Count IV), the way courts refer to them.
func (c *Count) Name() string {
	if c.name != "" {
		return c.name
	}
	return fmt.Sprintf("Count %s (%s)", c.Numeral(), c.Primary().Short())
}

// TitledName is the count's name and cause label, as a finding points to
// its heading: "Count III (CFAA): Computer Fraud and Abuse Act".
func (c *Count) TitledName() string {
	if c.titled != "" {
		return c.titled
	}
	return c.Name() + ": " + c.Title
}

// Numeral is the count's number as an upper-case Roman numeral.
func (c *Count) Numeral() string {
	if c.Ordinal <= 0 {
		return c.Label
	}
	return strings.ToUpper(toRoman(c.Ordinal))
}

// Primary is the count's main claim family.
func (c *Count) Primary() legal.Claim {
	if len(c.Claims) == 0 {
		return legal.ClaimOther
	}
	return c.Claims[0]
}

// Has reports whether the count pleads the family.
func (c *Count) Has(claim legal.Claim) bool {
	for _, x := range c.Claims {
		if x == claim {
			return true
		}
	}
	return false
}

// LowConfidence reports whether the family was assigned at low confidence
// (RULES-FORUM.md §F2.1 step 3).
func (c *Count) LowConfidence() bool { return c.Class.Low }

// HeadingMismatch returns the span of the heading citation that names a
// provision other than the one the count pleads, and what was found.
func (c *Count) HeadingMismatch() (Span, *legal.HeadingMismatch) {
	m := c.Class.Mismatch
	if m == nil {
		return Span{}, nil
	}
	return Span{Start: c.Heading.Start + m.Start, End: c.Heading.Start + m.End}, m
}

// Definition is a defined term: (the "Module").
type Definition struct {
	Term     string
	Sentence int // index of the defining sentence
	Span     Span
}

// Document is the model of one complaint.
type Document struct {
	Path   string
	Format Format
	// Src is the source's exact text (Source.Src) and Text the analysis
	// text; they are one string when no byte was blanked.
	Src   string
	Text  string
	Lines *LineIndex
	Hints map[int]LineHint

	Paragraphs  []Paragraph
	Sections    []Section
	Allegations []Allegation
	Counts      []Count
	Sentences   []Sentence
	Definitions []Definition

	byNumber map[Num]int // printed number -> first allegation index

	tokensOnce sync.Once
	tokens     []Token
	tokenMiss  int

	// facts are the values of the Facts asked about the document (*Fact
	// -> *factValue), dropped by Done.
	facts sync.Map

	index  *pattern.Index
	doneMu sync.Mutex
	onDone []func()
}

// Done releases what only the checks need: the index of the text that
// speeds up the cue patterns, the answers remembered about its sentences,
// the facts computed about it (Fact) and whatever else was registered with
// OnDone. The document stays
// usable (patterns then scan its text directly); a run over many files
// calls Done as each is linted, so its memory holds one file's caches at a
// time rather than every file's.
func (d *Document) Done() {
	d.index.Release()
	d.facts.Clear()
	d.doneMu.Lock()
	fs := d.onDone
	d.onDone = nil
	d.doneMu.Unlock()
	for _, f := range fs {
		f()
	}
}

// OnDone registers f to run when Done is called: a cache of facts computed
// from the document drops them there.
func (d *Document) OnDone(f func()) {
	d.doneMu.Lock()
	d.onDone = append(d.onDone, f)
	d.doneMu.Unlock()
}

// Slice returns the analysis text of a span.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// Indexed returns the analysis text of a span as a span of the document's
// index, the form to ask the cue patterns about (see Sentence.Indexed).
// A span out of range gives the empty text, as Slice does.
func (d *Document) Indexed(s Span) pattern.Text {
	if d.index == nil { // a document built by hand, in a test
		return pattern.Plain(d.Slice(s))
	}
	return d.index.Span(s.Start, s.End)
}

// Body is the analysis text of a count after its heading, as a span of
// the document's index.
func (d *Document) Body(c *Count) pattern.Text {
	return d.Indexed(Span{Start: c.Heading.End, End: c.Span.End})
}

// SourceSlice returns the original bytes of a span as a string.
func (d *Document) SourceSlice(s Span) string {
	if s.Start < 0 || s.End > len(d.Src) || s.Start > s.End {
		return ""
	}
	return d.Src[s.Start:s.End]
}

// AllegationByNumber finds the allegation a reader calls "¶ n". In an
// outline-numbered complaint no allegation is "¶ 5" (only "¶ 5.1").
func (d *Document) AllegationByNumber(n int) (int, bool) {
	return d.AllegationByPrinted(IntNum(n))
}

// AllegationByPrinted finds the allegation printed with number n ("¶ 5.1").
func (d *Document) AllegationByPrinted(n Num) (int, bool) {
	i, ok := d.byNumber[n]
	return i, ok
}

// AllegationsBetween returns the allegations numbered lo through hi in
// reading order ("¶¶ 4.1–4.3" holds 4.1, 4.2 and 4.3; "¶¶ 1.1–4.8" every
// paragraph of sections 1 to 4; "¶¶ 1–5" the integer-numbered paragraphs
// only), the first of each number only.
func (d *Document) AllegationsBetween(lo, hi Num) []int {
	return d.firstNumbered(numRange{lo, hi}.holds)
}

// NamedAllegations returns the allegations a sentence names by number, as
// an incorporation names them: "paragraphs 9 through 12", "¶¶ 2–3, 5 and
// 7", "paragraphs 1.1 through 4.8"; the first of each number only, in
// reading order.
func (d *Document) NamedAllegations(text string) []int {
	rs := incorporatedRanges(text)
	if len(rs) == 0 {
		return nil
	}
	return d.firstNumbered(rs.holds)
}

// firstNumbered returns, in reading order, the allegations whose printed
// number holds, taking the first allegation of each number only: where
// numbering restarts (counterclaims after an answer), a number names the
// paragraph a reader meets first.
func (d *Document) firstNumbered(holds func(Num) bool) []int {
	var out []int
	for ai := range d.Allegations {
		n := d.Allegations[ai].Printed
		if holds(n) && d.byNumber[n] == ai {
			out = append(out, ai)
		}
	}
	return out
}

// AllegationAt returns the allegation containing offset off, or -1.
func (d *Document) AllegationAt(off int) int {
	p := d.ParagraphAt(off)
	if p < 0 || d.Paragraphs[p].Number == 0 {
		return -1
	}
	return d.Paragraphs[p].Allegation
}

// ParagraphAt returns the index of the paragraph containing offset off, or -1.
func (d *Document) ParagraphAt(off int) int {
	lo, hi := 0, len(d.Paragraphs)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Paragraphs[m].Span.End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Paragraphs) && d.Paragraphs[lo].Span.Start <= off {
		return lo
	}
	return -1
}

// CountAt returns the index of the count containing offset off, or -1.
func (d *Document) CountAt(off int) int {
	i := sort.Search(len(d.Counts), func(i int) bool { return d.Counts[i].Span.End > off })
	if i < len(d.Counts) && d.Counts[i].Span.Contains(off) {
		return i
	}
	return -1
}

// SectionOf returns the kind of section containing offset off.
func (d *Document) SectionOf(off int) SectionKind {
	for _, s := range d.Sections {
		if s.Span.Contains(off) {
			return s.Kind
		}
	}
	return SectionOther
}

// HasSection reports whether the document has a section of the kind.
func (d *Document) HasSection(k SectionKind) bool {
	for _, s := range d.Sections {
		if s.Kind == k {
			return true
		}
	}
	return false
}

// ScopeSentences returns the sentences a count's element checks read: the
// count's own sentences, then those of every allegation it incorporates, in
// document order, without duplicates. Headings are left out. It is computed
// once, when the model is built, and held for the whole lint in 32 bits a
// sentence: a long complaint's counts hold hundreds of thousands.
func (d *Document) ScopeSentences(ci int) []int32 {
	return d.Counts[ci].scope
}

// computeScope walks only the paragraphs involved, so a long file with many
// counts costs what its counts incorporate, not counts times sentences.
func (d *Document) computeScope(ci int) []int32 {
	c := &d.Counts[ci]
	paras := make([]int, 0, len(c.Incorporated)+len(c.Paragraphs))
	for _, ai := range c.Incorporated {
		paras = append(paras, d.Allegations[ai].Paragraph)
	}
	paras = append(paras, c.Paragraphs...)
	sort.Ints(paras)
	paras = slices.Compact(paras)
	// Counted first: every count holds its scope for the whole lint, and
	// on a long complaint a guessed capacity left a third of it unused.
	n := 0
	for _, pi := range paras {
		p := &d.Paragraphs[pi]
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			if !d.Sentences[si].Heading {
				n++
			}
		}
	}
	out := make([]int32, 0, n)
	for _, pi := range paras {
		p := &d.Paragraphs[pi]
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			if !d.Sentences[si].Heading {
				out = append(out, int32(si))
			}
		}
	}
	return out
}

// DefinitionsUsed returns the definitions whose term appears in text.
//
// The rules ask it of nearly every sentence: the matches are counted first
// (a bit each, on the stack) so that the result is one
// allocation of its exact size rather than a slice grown by appends.
func (d *Document) DefinitionsUsed(text string) []Definition {
	var found [64]uint64 // a bit per definition, up to 64*64
	if len(d.Definitions) > 64*64 {
		var out []Definition
		for _, def := range d.Definitions {
			if strings.Contains(text, def.Term) {
				out = append(out, def)
			}
		}
		return out
	}
	n := 0
	for i := range d.Definitions {
		if strings.Contains(text, d.Definitions[i].Term) {
			found[i/64] |= 1 << (i % 64)
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Definition, 0, n)
	for i := range d.Definitions {
		if found[i/64]&(1<<(i%64)) != 0 {
			out = append(out, d.Definitions[i])
		}
	}
	return out
}

// String summarises the structure, for debugging and the `structure`
// subcommand.
func (d *Document) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d paragraphs, %d allegations, %d sentences\n", d.Path, len(d.Paragraphs), len(d.Allegations), len(d.Sentences))
	for _, s := range d.Sections {
		p := d.Lines.Position(s.Span.Start)
		fmt.Fprintf(&b, "  section %-22s line %d\n", s.Kind, p.Line)
	}
	for i := range d.Counts {
		c := &d.Counts[i]
		p := d.Lines.Position(c.Heading.Start)
		fmt.Fprintf(&b, "  %s line %d: %q claims=%v incorporates=%d blanket=%v swept=%v\n", c.Name(), p.Line, c.Title, c.Claims, len(c.Incorporated), c.Blanket, c.SweptCounts)
	}
	return b.String()
}
