package pattern

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Go's regexp scans case-insensitive alternations at about 1.4 MB/s, and the
// rules run dozens of them over every sentence of every count's scope. Most
// sentences contain none of a lexicon's words, so each pattern carries the
// literal prefixes one of which every match must begin with; a sentence
// without any of them is rejected by a substring search, two orders of
// magnitude faster, before the regexp runs.

// Pattern is a regular expression with a literal pre-filter, compiled on
// first use. The common matching methods consult the pre-filter first;
// Regexp gives the plain compiled expression for anything else.
type Pattern struct {
	expr string
	id   int32 // its place among the registered patterns
	once sync.Once
	c    *compiled
}

// compiled is a Pattern once it is first used. Everything in it is built
// when first needed: a run over one short file, or over a complaint without
// a DMCA count, never compiles most of the rules' hundreds of expressions,
// and an expression none of whose anchors occurs in the text is never
// compiled at all.
type compiled struct {
	expr    string
	anchors []string // lower-case literal prefixes; nil disables the filter
	// wordStart: the pattern begins with \b, so an anchor must start a word
	// ("pin" in "opinion" cannot begin a match of \bpins?\b).
	wordStart bool
	// tableID is the pattern's line in the anchor table, whose candidates
	// one pass over a document finds for every line at once (cuescan.go);
	// -1 for a pattern made at run time.
	tableID int32

	// rare holds the forms few patterns or few runs need, made on first
	// need, so that the compiled pattern every first use allocates stays
	// small.
	rare atomic.Pointer[rareForms]

	// anchored is the pattern tied to the start of its input: since every
	// match begins with an anchor, it is tried only where an anchor occurs,
	// which ends in a few steps instead of scanning the whole sentence
	// through a large case-folding automaton.
	anchoredOnce sync.Once
	anchored     matcher
	// bound is how far past its start a try of anchored can read (see
	// bound.go).
	bound readBound
	// inContext is the anchored pattern preceded by one byte of the text
	// before the try, for patterns that test what comes before their
	// first character (a \b inside an alternative, a "^" of a line): from
	// that byte on, every such test sees the text it would see in the
	// whole string, so a try at any place answers as the whole-string
	// expression would. nil when the pattern has no such test.
	contextOnce sync.Once
	inContext   matcher
	needContext bool
	// atStartOnly: every match begins at the start of the text (a leading
	// "^" or \A outside multi-line mode), so only that place is tried.
	factsOnce   sync.Once
	atStartOnly bool

	// exists answers yes-or-no tries (exists.go); existsExpr is the
	// pattern without its optional tails ("" when it has none), and
	// existsBound how far its tries read. requiredLits are the literals
	// one of which every match contains, for a pattern without anchors
	// (required.go). All are found by facts' one parse.
	existsOnce   sync.Once
	exists       *existsForm
	existsExpr   string
	existsBound  readBound
	requiredLits []string

	// byteFacts are the bytes a match can begin with and those none can
	// consume (firstbyte.go), worked out on first need.
	byteFactsOnce sync.Once
	bytes         byteFacts
}

// rareForms is the part of a compiled pattern that few patterns or few
// runs need.
type rareForms struct {
	plainOnce sync.Once
	plain     *regexp.Regexp
	// plainForm is plain's table program where the table has one
	// (progtable.go), which the searches that do not need the regexp's
	// other methods use.
	plainFormOnce sync.Once
	plainForm     searcher

	// scanner finds the anchors in text that is not part of an indexed
	// document.
	scannerOnce sync.Once
	scanner     *anchorSet

	// required rejects, for a pattern without anchors, text that lacks
	// every literal its matches contain (required.go).
	required requiredSet
}

// rareOf returns c's rarely needed forms, allocating them on first call.
func (c *compiled) rareOf() *rareForms {
	if r := c.rare.Load(); r != nil {
		return r
	}
	r := new(rareForms)
	if !c.rare.CompareAndSwap(nil, r) {
		r = c.rare.Load()
	}
	return r
}

// byteFacts returns c's byte facts.
func (c *compiled) byteFacts() *byteFacts {
	c.byteFactsOnce.Do(func() {
		if f, ok := tableByteFacts(c.tableID); ok {
			c.bytes = f // worked out by go generate (progtable.go)
		} else {
			c.bytes = byteFactsOf(c.expr)
		}
	})
	return &c.bytes
}

// NewPattern checks expr and returns a pattern compiled, with its
// pre-filter, on first use.
func NewPattern(expr string) (*Pattern, error) {
	if _, err := syntax.Parse(expr, syntax.Perl); err != nil {
		return nil, err
	}
	return newPattern(expr), nil
}

// MustPattern returns a pattern for an expression written in the source.
// It is not parsed until first use, which keeps start-up fast; the package
// tests compile every registered pattern, so a bad one fails them rather
// than a user's run.
func MustPattern(expr string) *Pattern { return newPattern(expr) }

// patterns registers every pattern made, for the tests that compile them
// all and keep the anchor table current.
var patterns struct {
	sync.Mutex
	all []*Pattern
}

func newPattern(expr string) *Pattern {
	p := &Pattern{expr: expr}
	patterns.Lock()
	p.id = int32(len(patterns.all))
	patterns.all = append(patterns.all, p)
	patterns.Unlock()
	return p
}

// Regexp returns the compiled expression, for the methods the pattern does
// not wrap.
func (p *Pattern) Regexp() *regexp.Regexp { return p.get().re() }

// String returns the source expression.
func (p *Pattern) String() string { return p.expr }

func (p *Pattern) get() *compiled {
	p.once.Do(func() {
		c := &compiled{expr: p.expr}
		c.anchors, c.wordStart, c.tableID = lookupAnchors(p.expr)
		p.c = c
	})
	return p.c
}

func (c *compiled) re() *regexp.Regexp {
	r := c.rareOf()
	r.plainOnce.Do(func() { r.plain = mustCompile(c.expr) })
	return r.plain
}

func (c *compiled) anchoredRe() matcher {
	c.anchoredOnce.Do(func() {
		c.anchored = c.formMatcher(formAnchored)
		c.facts()
	})
	return c.anchored
}

// facts parses the expression once for what a try needs to know: how far
// it can read, whether it looks at the text before its start, and whether
// it can match only at the start of the text.
func (c *compiled) facts() {
	c.factsOnce.Do(func() {
		var f patternFacts
		if c.tableID >= 0 {
			f = tableFacts(c.tableID)
		} else {
			f = factsOf(c.expr, c.anchors == nil)
		}
		c.bound, c.needContext, c.atStartOnly = f.bound, f.needContext, f.atStartOnly
		c.existsExpr, c.existsBound, c.requiredLits = f.existsExpr, f.existsBound, f.required
	})
}

// patternFacts is what a try needs to know of a pattern beyond its
// anchors: how far it can read, whether it looks at the text before its
// start, whether it can match only at the start of the text, its
// yes-or-no form (exists.go) and, without anchors, the literals every
// match contains (required.go). The patterns in the source have them
// worked out ahead of time, in the anchor table.
type patternFacts struct {
	bound                    readBound
	needContext, atStartOnly bool
	existsExpr               string
	existsBound              readBound
	required                 []string
}

// factsOf parses expr once for its facts; unanchored says whether to look
// for the literals every match contains.
func factsOf(expr string, unanchored bool) patternFacts {
	var f patternFacts
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		f.needContext = true
		return f
	}
	simple := re.Simplify()
	f.bound = boundOfTree(re)
	f.needContext = hasPositionTest(simple, startsWithBoundary(simple))
	f.atStartOnly = beginsText(simple)
	if unanchored {
		f.required = requiredOfTree(simple)
	}
	// Last, as it changes the tree (which simple may share).
	if stripOptionalTail(re) {
		f.existsExpr, f.existsBound = re.String(), boundOfTree(re)
	}
	return f
}

// beginsText reports whether every match of re begins with \A (or "^"
// outside multi-line mode).
func beginsText(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return beginsText(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && beginsText(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !beginsText(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// startOnly answers for a pattern that can match only at the start of s:
// the whole-string expression, given only as much of s as it can read.
func (c *compiled) startOnly(t Text, subs bool) []int {
	s := t.s
	end := len(s)
	if c.bound.ok {
		space := t.spaceHint()
		if space < 0 {
			space = longestSpaceRun(s)
		}
		end = c.bound.limit(s, 0, space)
	} else if end > stopScanMin {
		end = c.byteFacts().stopLimit(s, 0, end)
	}
	// Most texts asked about (every line, every sentence) do not begin
	// with a byte a match can begin with.
	if f := c.byteFacts(); f.first != nil && (len(s) == 0 || !f.first.has(s[0])) {
		return nil
	}
	if subs {
		return c.plainRe().FindStringSubmatchIndex(s[:end])
	}
	return c.plainRe().FindStringIndex(s[:end])
}

func startsWithBoundary(re *syntax.Regexp) bool {
	return re.Op == syntax.OpConcat && len(re.Sub) > 0 && re.Sub[0].Op == syntax.OpWordBoundary
}

// try is one try of the pattern at at, where an anchor occurs. It returns
// the match's submatch indices in s, or nil. space holds s's longest
// white-space run, or a bound on it, once worked out (-1 before).
//
// The try is given s from at, cut where no path of the pattern can read
// (bound.go). A pattern that tests the text before its first character is
// tried from the byte before at, in context (see inContext): at is always
// the start of a rune, so that byte is one rune for the expression (ASCII,
// or a stray continuation byte that, like the rune it ends, is no word
// character).
func (c *compiled) try(s string, at int, space *int, subs bool) []int {
	// Most places an anchor occurs begin no match. When the pattern ends
	// in an optional tail, the form without it says so reading a few
	// bytes, where the whole pattern would read to the end of s.
	if c.existsOf().stripped && !c.tryExists(s, at, space) {
		return nil
	}
	return c.tryWhole(s, at, space, subs)
}

// tryWhole is try without first asking the pattern's yes-or-no form.
func (c *compiled) tryWhole(s string, at int, space *int, subs bool) []int {
	re := c.anchoredRe()
	end := len(s)
	if c.bound.ok {
		if *space < 0 {
			*space = longestSpaceRun(s)
		}
		end = c.bound.limit(s, at, *space)
	} else if end-at > stopScanMin {
		end = c.byteFacts().stopLimit(s, at, end)
	}
	from := at
	if at > 0 && c.needContext && utf8.RuneStart(s[at]) {
		re, from = c.contextRe(), at-1
	}
	var m []int
	if subs {
		m = re.FindStringSubmatchIndex(s[from:end])
	} else {
		m = re.FindStringIndex(s[from:end])
	}
	if m == nil {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	m[0] = at // in context, the match proper begins after the byte before
	return m
}

// tryMatch reports whether a try at at matches.
func (c *compiled) tryMatch(s string, at int, space *int) bool {
	return c.tryExists(s, at, space)
}

// starts returns, in increasing order, every position where a match could
// begin: an occurrence of an anchor (at a word start when the pattern
// requires one). One pass over the text looks each position's first bytes
// up in the anchor index, instead of one substring search per anchor.
func (p *compiled) starts(t Text) []int {
	if out, ok := p.indexedStarts(t); ok {
		return out
	}
	s := t.s
	r := p.rareOf()
	r.scannerOnce.Do(func() {
		tagged := make([]taggedAnchor, len(p.anchors))
		for i, a := range p.anchors {
			tagged[i] = taggedAnchor{text: a, wordStart: p.wordStart}
		}
		r.scanner = newAnchorSet(tagged)
	})
	// The text is folded byte by byte as it is read rather than copied
	// lower-cased: rules also ask about text they derived (words blanked,
	// definitions appended), which no index covers.
	var out []int
	r.scanner.scan(s, func(at, _ int) { out = append(out, at) })
	return out
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s begins with the lower-cased anchor a,
// folding ASCII letters of s as lowerASCII does.
func hasPrefixFold(s, a string) bool {
	if len(s) < len(a) {
		return false
	}
	for j := 0; j < len(a); j++ {
		if lowerByte(s[j]) != a[j] {
			return false
		}
	}
	return true
}

// MatchString reports whether s contains a match.
func (p *Pattern) MatchString(s string) bool { return p.MatchText(Plain(s)) }

// MatchText reports whether t contains a match.
func (p *Pattern) MatchText(t Text) bool {
	if len(t.s) < memoMinLen {
		return p.get().matchString(t)
	}
	r := memoFor(p, t)
	if v, ok := r.getMatch(); ok {
		return v
	}
	v := p.get().matchString(t)
	r.putMatch(v)
	return v
}

func (p *compiled) matchString(t Text) bool {
	if v, ok := p.tokenMatch(t); ok {
		return v
	}
	if p.facts(); p.atStartOnly {
		return p.startOnly(t, false) != nil
	}
	s := t.s
	if p.anchors == nil {
		if !p.mayMatch(s) {
			return false
		}
		from, ok := p.byteFacts().skip(s)
		return ok && p.plainRe().MatchString(s[from:])
	}
	space := t.spaceHint()
	for _, at := range p.starts(t) {
		if p.tryMatch(s, at, &space) {
			return true
		}
	}
	return false
}

// FindAllStringSubmatchIndex returns every match with its groups, leftmost
// first and without overlaps, as regexp does. Every match begins at an
// anchor, so trying the anchored pattern at each anchor in order finds the
// same matches.
// The caller owns the result.
func (p *Pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return p.FindAllTextSubmatchIndex(Plain(s), n)
}

// FindAllTextSubmatchIndex is FindAllStringSubmatchIndex of t.
func (p *Pattern) FindAllTextSubmatchIndex(t Text, n int) [][]int {
	if len(t.s) < memoMinLen {
		return p.get().findAllStringSubmatchIndex(t, n)
	}
	r := memoFor(p, t)
	v, ok := r.getFind()
	if !ok {
		if n >= 0 {
			// The first n matches of the complete list are these, but
			// finding only them is cheaper; remember complete lists only.
			return p.get().findAllStringSubmatchIndex(t, n)
		}
		v = p.get().findAllStringSubmatchIndex(t, n)
		r.putFind(v)
	}
	if n >= 0 && n < len(v) {
		v = v[:n]
	}
	return copyMatches(v)
}

// copyMatches copies a match list into one allocation, so that callers
// may change what they are given without changing the memo.
func copyMatches(ms [][]int) [][]int {
	if ms == nil {
		return nil
	}
	total := 0
	for _, m := range ms {
		total += len(m)
	}
	flat := make([]int, total)
	out := make([][]int, len(ms))
	for i, m := range ms {
		out[i] = flat[:len(m):len(m)]
		copy(out[i], m)
		flat = flat[len(m):]
	}
	return out
}

func (p *compiled) findAllStringSubmatchIndex(t Text, n int) [][]int {
	if v, ok := p.tokenFindAll(t, n, true); ok {
		return v
	}
	s := t.s
	if p.facts(); p.atStartOnly {
		if n == 0 {
			return nil
		}
		if m := p.startOnly(t, true); m != nil {
			return [][]int{m}
		}
		return nil
	}
	if p.anchors == nil {
		if !p.mayMatch(s) {
			return nil
		}
		// A search for every match clears a visited set as large as
		// the rest of s after each match; tries that read only up to
		// a stop byte do not.
		if f := p.byteFacts(); f.sparse() && (p.bound.ok || f.stops != nil) {
			return p.findFrom(t, n, f)
		}
		from, ok := p.byteFacts().skip(s)
		if !ok {
			return nil
		}
		out := p.plainRe().FindAllStringSubmatchIndex(s[from:], n)
		for _, m := range out {
			for i := range m {
				if m[i] >= 0 {
					m[i] += from
				}
			}
		}
		return out
	}
	var out [][]int
	end, space := 0, t.spaceHint()
	for _, at := range p.starts(t) {
		if at < end {
			continue
		}
		m := p.try(s, at, &space, true)
		if m == nil {
			continue
		}
		out = append(out, m)
		end = m[1]
		if m[1] == m[0] {
			end++
		}
		if n >= 0 && len(out) == n {
			break
		}
	}
	return out
}

// findFrom is findAllStringSubmatchIndex of a pattern without anchors,
// tried at each place its first bytes allow (firstbyte.go).
func (p *compiled) findFrom(t Text, n int, f *byteFacts) [][]int {
	s := t.s
	var out [][]int
	space := t.spaceHint()
	for at := f.firstCandidate(s, 0); at < len(s); at = f.firstCandidate(s, at+1) {
		// Most places a first byte allows begin a match: the whole
		// pattern is tried at once, without asking its yes-or-no form.
		m := p.tryWhole(s, at, &space, true)
		if m == nil {
			continue
		}
		out = append(out, m)
		if n >= 0 && len(out) == n {
			break
		}
		at = m[1] - 1 // matches are never empty
	}
	return out
}

// FindAllStringIndex returns every match's range.
func (p *Pattern) FindAllStringIndex(s string, n int) [][]int {
	return p.FindAllTextIndex(Plain(s), n)
}

// FindAllTextIndex is FindAllStringIndex of t.
func (p *Pattern) FindAllTextIndex(t Text, n int) [][]int {
	all := p.FindAllTextSubmatchIndex(t, n)
	for i := range all {
		all[i] = all[i][:2]
	}
	return all
}

// FindStringSubmatchIndex returns the leftmost match with its groups.
func (p *Pattern) FindStringSubmatchIndex(s string) []int {
	return p.FindTextSubmatchIndex(Plain(s))
}

// FindTextSubmatchIndex is FindStringSubmatchIndex of t.
func (p *Pattern) FindTextSubmatchIndex(t Text) []int {
	if m := p.FindAllTextSubmatchIndex(t, 1); len(m) > 0 {
		return m[0]
	}
	return nil
}

// FindStringIndex returns the leftmost match's range, or nil.
func (p *Pattern) FindStringIndex(s string) []int { return p.FindTextIndex(Plain(s)) }

// FindTextIndex is FindStringIndex of t.
func (p *Pattern) FindTextIndex(t Text) []int {
	if m := p.FindAllTextSubmatchIndex(t, 1); len(m) > 0 {
		return m[0][:2]
	}
	return nil
}

// FindString returns the leftmost match's text.
func (p *Pattern) FindString(s string) string { return p.FindText(Plain(s)) }

// FindText is FindString of t.
func (p *Pattern) FindText(t Text) string {
	if m := p.FindTextIndex(t); m != nil {
		return t.s[m[0]:m[1]]
	}
	return ""
}

// FindStringSubmatch returns the leftmost match and its groups.
func (p *Pattern) FindStringSubmatch(s string) []string { return p.FindTextSubmatch(Plain(s)) }

// FindTextSubmatch is FindStringSubmatch of t.
func (p *Pattern) FindTextSubmatch(t Text) []string {
	m := p.FindTextSubmatchIndex(t)
	if m == nil {
		return nil
	}
	s := t.s
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// FindAllStringSubmatch returns every match and its groups.
func (p *Pattern) FindAllStringSubmatch(s string, n int) [][]string {
	return p.FindAllTextSubmatch(Plain(s), n)
}

// FindAllTextSubmatch is FindAllStringSubmatch of t.
func (p *Pattern) FindAllTextSubmatch(t Text, n int) [][]string {
	s := t.s
	all := p.FindAllTextSubmatchIndex(t, n)
	out := make([][]string, len(all))
	for k, m := range all {
		out[k] = make([]string, len(m)/2)
		for i := range out[k] {
			if m[2*i] >= 0 {
				out[k][i] = s[m[2*i]:m[2*i+1]]
			}
		}
	}
	return out
}

// lowerASCII lower-cases ASCII letters only, leaving every other byte as it
// is; anchors are ASCII-folded the same way, so the comparison is exact for
// the case folding that matters here.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// anchorsOf computes the literal prefixes of expr, or nil when some match
// could begin without one of at least two characters, and whether a match
// must begin at a word boundary.
func anchorsOf(expr string) ([]string, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	re = re.Simplify()
	wordStart := startsWithBoundary(re)
	// A pattern that tests the text before its first character (a "^", a
	// \b inside an alternative) is tried in context (compiled.try), so it
	// is filtered like any other.
	set := prefixes(re, 0)
	if len(set) == 0 || len(set) > 256 {
		return nil, false
	}
	out := make([]string, 0, len(set))
	seen := map[string]bool{}
	for _, p := range set {
		if len(p.s) < 2 {
			return nil, false
		}
		s := foldAnchor(p.s)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, wordStart
}

// prefix is a literal that a match begins with. complete means the element
// that produced it matches exactly that literal, so that what follows the
// element may extend it ("p" then (ass|in): "pass", "pin"); an incomplete
// prefix (the start of "x+") ends there.
type prefix struct {
	s        string
	complete bool
}

// maxPrefixes bounds the prefix set: past it the filter is not worth its
// index.
const maxPrefixes = 256

// prefixes returns literals one of which every match of re starts with, or
// nil when it cannot tell. An optional element contributes the empty
// literal, extended by whatever follows it.
func prefixes(re *syntax.Regexp, depth int) []prefix {
	if depth > 20 {
		return nil
	}
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []prefix{{"", true}}
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range re.Rune {
				if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
					// Unicode case folding (K and the Kelvin sign) is beyond
					// an ASCII pre-filter. A rune with no other case ("§",
					// "©", a curly quote, a dash) matches only itself and
					// is a plain literal.
					return nil
				}
			}
		}
		return []prefix{{string(re.Rune), true}}
	case syntax.OpCapture:
		return prefixes(re.Sub[0], depth+1)
	case syntax.OpAlternate:
		var out []prefix
		for _, sub := range re.Sub {
			p := prefixes(sub, depth+1)
			if p == nil {
				return nil
			}
			out = append(out, p...)
		}
		if len(out) > maxPrefixes {
			return truncatePrefixes(out)
		}
		return out
	case syntax.OpConcat:
		out := []prefix{{"", true}}
		for i, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary:
				if i == 0 {
					continue // a leading \b is the caller's concern
				}
				return incomplete(out)
			}
			p := prefixes(sub, depth+1)
			if p == nil {
				return incomplete(out)
			}
			var next []prefix
			open := false
			for _, a := range out {
				if !a.complete {
					next = append(next, a)
					continue
				}
				for _, b := range p {
					next = append(next, prefix{a.s + b.s, b.complete})
					open = open || b.complete
				}
			}
			if len(next) > maxPrefixes {
				return incomplete(out)
			}
			out = next
			if !open || shortestPrefix(out) >= 4 {
				return incomplete(out)
			}
		}
		return out
	case syntax.OpCharClass:
		// A small class ("['‘’]s", "[Dd]efendant", a digit) expands.
		var out []prefix
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 9 {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, prefix{string(r), true})
			}
		}
		if len(out) > 12 {
			return nil
		}
		return out
	case syntax.OpPlus:
		return incomplete(prefixes(re.Sub[0], depth+1))
	case syntax.OpRepeat:
		if re.Min == 0 {
			return append(incomplete(prefixes(re.Sub[0], depth+1)), prefix{"", true})
		}
		return incomplete(prefixes(re.Sub[0], depth+1))
	case syntax.OpQuest:
		// x? is x or nothing.
		p := prefixes(re.Sub[0], depth+1)
		if p == nil {
			return nil
		}
		return append(p, prefix{"", true})
	case syntax.OpStar:
		p := prefixes(re.Sub[0], depth+1)
		if p == nil {
			return nil
		}
		return append(incomplete(p), prefix{"", true})
	}
	return nil
}

// truncatedPrefixLen is how short an overflowing prefix set is cut: three
// bytes still pick out few places in prose.
const truncatedPrefixLen = 3

// truncatePrefixes cuts a prefix set too large to use down to its first
// truncatedPrefixLen bytes, which every match still begins with, or returns
// nil when even that leaves too many. A long alternation of citation forms
// ("Mass. Gen. Laws", "M.G.L.", each with every white-space byte after
// each word) overflows on its spellings, not on its first letters.
func truncatePrefixes(ps []prefix) []prefix {
	seen := map[string]bool{}
	var out []prefix
	for _, p := range ps {
		s := p.s
		if n := truncatedPrefixLen; len(s) > n {
			for n > 0 && !utf8.RuneStart(s[n]) {
				n-- // cut before a rune, not inside it
			}
			s = s[:n]
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, prefix{s, false})
		}
	}
	if len(out) > maxPrefixes {
		return nil
	}
	return out
}

// incomplete marks every prefix as ending the literal run. A nil set stays
// nil.
func incomplete(ps []prefix) []prefix {
	if ps == nil {
		return nil
	}
	out := make([]prefix, len(ps))
	for i, p := range ps {
		out[i] = prefix{p.s, false}
	}
	return out
}

func shortestPrefix(ps []prefix) int {
	n := -1
	for _, p := range ps {
		if l := len(p.s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

// hasPositionTest reports a "^" or "\A" anywhere, or a word-boundary test
// that can come before the first character of a match (other than the
// leading \b that wordStart accounts for): those look at text before the
// anchor, which an anchored try at a substring cannot see.
func hasPositionTest(re *syntax.Regexp, skipLeading bool) bool {
	if hasBegin(re) {
		return true
	}
	if skipLeading && re.Op == syntax.OpConcat && len(re.Sub) > 1 {
		return leadingBoundary(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]})
	}
	return leadingBoundary(re)
}

func hasBegin(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, sub := range re.Sub {
		if hasBegin(sub) {
			return true
		}
	}
	return false
}

func leadingBoundary(re *syntax.Regexp) bool {
	b, _ := leading(re)
	return b
}

// leading reports whether a word-boundary test can come before the first
// character re consumes, and whether re can match the empty string (so
// that what follows it may lead instead).
func leading(re *syntax.Regexp) (boundary, empty bool) {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return leading(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar:
		b, _ := leading(re.Sub[0])
		return b, true
	case syntax.OpRepeat:
		b, e := leading(re.Sub[0])
		return b, e || re.Min == 0
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			b, e := leading(sub)
			boundary = boundary || b
			empty = empty || e
		}
		return boundary, empty
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			b, e := leading(sub)
			if b {
				return true, e
			}
			if !e {
				return false, false
			}
		}
		return false, true
	}
	return false, false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z'
}

// ReplaceAllString replaces every match of the pattern in s.
//
// Most texts hold no match: the pre-filtered question says so without
// running the whole automaton over s, and s comes back as it is.
func (p *Pattern) ReplaceAllString(s, repl string) string {
	return p.ReplaceAllText(Plain(s), repl)
}

// ReplaceAllText is ReplaceAllString of t.
func (p *Pattern) ReplaceAllText(t Text, repl string) string {
	s := t.s
	if !p.MatchText(t) {
		return s
	}
	return p.get().re().ReplaceAllString(s, repl)
}

// ReplaceAllStringFunc replaces every match of the pattern in s by what
// repl returns for it.
func (p *Pattern) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !p.MatchString(s) {
		return s
	}
	return p.get().re().ReplaceAllStringFunc(s, repl)
}

// FindAllString returns the text of every match.
func (p *Pattern) FindAllString(s string, n int) []string { return p.FindAllText(Plain(s), n) }

// FindAllText is FindAllString of t.
func (p *Pattern) FindAllText(t Text, n int) []string {
	s := t.s
	all := p.FindAllTextIndex(t, n)
	if all == nil {
		return nil
	}
	out := make([]string, len(all))
	for i, m := range all {
		out[i] = s[m[0]:m[1]]
	}
	return out
}

// Split slices s around the pattern's matches, as regexp.Split does.
func (p *Pattern) Split(s string, n int) []string { return p.get().re().Split(s, n) }
