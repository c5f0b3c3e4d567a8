package legal

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// Go's regexp scans case-insensitive alternations at about 1.4 MB/s, and the
// rules run dozens of them over every sentence of every count's scope. Most
// sentences contain none of a lexicon's words, so each pattern carries the
// literal prefixes one of which every match must begin with; a sentence
// without any of them is rejected by a substring search, two orders of
// magnitude faster, before the regexp runs.

// Pattern is a compiled regular expression with a literal pre-filter. It
// embeds *regexp.Regexp, so every method is available; the common matching
// methods consult the pre-filter first.
type Pattern struct {
	expr string
	once sync.Once
	c    *compiled
}

// compiled is a Pattern once it is first used. Compiling lazily keeps
// start-up fast: the rules hold over a hundred patterns, and a run over one
// short file uses few of them.
type compiled struct {
	*regexp.Regexp
	anchors []string // lower-case literal prefixes; nil disables the filter
	// wordStart: the pattern begins with \b, so an anchor must start a word
	// ("pin" in "opinion" cannot begin a match of \bpins?\b).
	wordStart bool
	// anchored is the pattern tied to the start of its input: since every
	// match begins with an anchor, MatchString tries it only where an
	// anchor occurs, which ends in a few steps instead of scanning the
	// whole sentence through a large case-folding automaton.
	anchored *regexp.Regexp
	// index2 and index3 map an anchor's first two or three bytes to the
	// anchors that begin with them (two for two-byte anchors).
	index2, index3 map[string][]string
}

// NewPattern checks expr and returns a pattern compiled, with its
// pre-filter, on first use.
func NewPattern(expr string) (*Pattern, error) {
	if _, err := syntax.Parse(expr, syntax.Perl); err != nil {
		return nil, err
	}
	return &Pattern{expr: expr}, nil
}

// Regexp returns the compiled expression, for the methods the pattern does
// not wrap.
func (p *Pattern) Regexp() *regexp.Regexp { return p.get().Regexp }

// String returns the source expression.
func (p *Pattern) String() string { return p.expr }

func (p *Pattern) get() *compiled {
	p.once.Do(func() {
		re := regexp.MustCompile(p.expr)
		c := &compiled{Regexp: re}
		anchors, wordStart := anchorsOf(p.expr)
		c.anchors, c.wordStart = anchors, wordStart
		if anchors != nil {
			var err error
			if c.anchored, err = regexp.Compile(`^(?:` + p.expr + `)`); err != nil {
				c.anchors = nil
			}
			c.index2, c.index3 = map[string][]string{}, map[string][]string{}
			for _, a := range anchors {
				if len(a) == 2 {
					c.index2[a] = append(c.index2[a], a)
				} else {
					c.index3[a[:3]] = append(c.index3[a[:3]], a)
				}
			}
		}
		p.c = c
	})
	return p.c
}

// MustPattern is NewPattern that panics on a bad expression (for package
// variables).
func MustPattern(expr string) *Pattern {
	p, err := NewPattern(expr)
	if err != nil {
		panic(err)
	}
	return p
}

// starts returns, in increasing order, every position where a match could
// begin: an occurrence of an anchor (at a word start when the pattern
// requires one). One pass over the text looks each position's first bytes
// up in the anchor index, instead of one substring search per anchor.
func (p *compiled) starts(s string) []int {
	lower := lowerASCII(s)
	var out []int
	for i := 0; i+1 < len(lower); i++ {
		if p.wordStart {
			// \b holds where a word byte meets a non-word byte.
			if prev := i > 0 && isWordByte(lower[i-1]); prev == isWordByte(lower[i]) {
				continue
			}
		}
		cands := p.index2[lower[i:i+2]]
		if i+2 < len(lower) {
			cands = append(cands[:len(cands):len(cands)], p.index3[lower[i:i+3]]...)
		}
		for _, a := range cands {
			if strings.HasPrefix(lower[i:], a) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// MatchString reports whether s contains a match.
func (p *Pattern) MatchString(s string) bool {
	if len(s) < 64 {
		return p.matchString(s)
	}
	k := memoKey{p, s}
	if v, ok := memoGet(k); ok {
		return v
	}
	v := p.matchString(s)
	memoPut(k, v)
	return v
}

func (p *Pattern) matchString(s string) bool { return p.get().matchString(s) }

func (p *compiled) matchString(s string) bool {
	if p.anchors == nil {
		return p.MatchString(s)
	}
	for _, at := range p.starts(s) {
		if p.anchored.MatchString(s[at:]) {
			return true
		}
	}
	return false
}

// FindAllStringSubmatchIndex returns every match with its groups, leftmost
// first and without overlaps, as regexp does. Every match begins at an
// anchor, so trying the anchored pattern at each anchor in order finds the
// same matches.
func (p *Pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return p.get().findAllStringSubmatchIndex(s, n)
}

func (p *compiled) findAllStringSubmatchIndex(s string, n int) [][]int {
	if p.anchors == nil {
		return p.FindAllStringSubmatchIndex(s, n)
	}
	var out [][]int
	end := 0
	for _, at := range p.starts(s) {
		if at < end {
			continue
		}
		m := p.anchored.FindStringSubmatchIndex(s[at:])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += at
			}
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

// FindAllStringIndex returns every match's range.
func (p *Pattern) FindAllStringIndex(s string, n int) [][]int {
	all := p.FindAllStringSubmatchIndex(s, n)
	for i := range all {
		all[i] = all[i][:2]
	}
	return all
}

// FindStringSubmatchIndex returns the leftmost match with its groups.
func (p *Pattern) FindStringSubmatchIndex(s string) []int {
	if m := p.FindAllStringSubmatchIndex(s, 1); len(m) > 0 {
		return m[0]
	}
	return nil
}

// FindStringIndex returns the leftmost match's range, or nil.
func (p *Pattern) FindStringIndex(s string) []int {
	if m := p.FindAllStringSubmatchIndex(s, 1); len(m) > 0 {
		return m[0][:2]
	}
	return nil
}

// FindString returns the leftmost match's text.
func (p *Pattern) FindString(s string) string {
	if m := p.FindStringIndex(s); m != nil {
		return s[m[0]:m[1]]
	}
	return ""
}

// FindStringSubmatch returns the leftmost match and its groups.
func (p *Pattern) FindStringSubmatch(s string) []string {
	m := p.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
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
	all := p.FindAllStringSubmatchIndex(s, n)
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
	wordStart := re.Op == syntax.OpConcat && len(re.Sub) > 0 && re.Sub[0].Op == syntax.OpWordBoundary
	// Trying the pattern at an anchor treats that position as the start of
	// the text: a "^" anywhere, or a word-boundary test that could look
	// before the anchor, would then answer differently. Such patterns run
	// unfiltered.
	if hasPositionTest(re, wordStart) {
		return nil, false
	}
	set := prefixes(re, 0)
	if len(set) == 0 || len(set) > 256 {
		return nil, false
	}
	out := make([]string, 0, len(set))
	seen := map[string]bool{}
	for _, s := range set {
		if utf8.RuneCountInString(s) < 2 {
			return nil, false
		}
		s = lowerASCII(s)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, wordStart
}

// prefixes returns literal strings one of which every match of re starts
// with, or nil when it cannot tell.
func prefixes(re *syntax.Regexp, depth int) []string {
	if depth > 20 {
		return nil
	}
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range re.Rune {
				if r >= utf8.RuneSelf {
					// Unicode case folding (K and the Kelvin sign) is beyond
					// an ASCII pre-filter.
					return nil
				}
			}
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture:
		return prefixes(re.Sub[0], depth+1)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			p := prefixes(sub, depth+1)
			if p == nil {
				return nil
			}
			out = append(out, p...)
		}
		return out
	case syntax.OpConcat:
		// The prefixes of the first element, extended by those of the
		// following elements while they are short: "p" followed by
		// (ass|in) becomes "pass", "pin", which rejects far more text.
		var out []string
		for _, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary:
				if out == nil {
					continue
				}
				return out
			}
			p := prefixes(sub, depth+1)
			if p == nil {
				return out
			}
			if out == nil {
				out = p
			} else {
				next := make([]string, 0, len(out)*len(p))
				for _, a := range out {
					for _, b := range p {
						next = append(next, a+b)
					}
				}
				if len(next) > 256 {
					return out
				}
				out = next
			}
			if shortest(out) >= 4 || !isLiteralish(sub) {
				return out
			}
		}
		return out
	case syntax.OpCharClass:
		// A small class of letters ("['‘’]s", "[Dd]efendant") expands.
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 4 {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		if len(out) > 8 {
			return nil
		}
		return out
	case syntax.OpPlus:
		return prefixes(re.Sub[0], depth+1)
	case syntax.OpQuest:
		// x? is x or nothing.
		p := prefixes(re.Sub[0], depth+1)
		if p == nil || !isLiteralish(re.Sub[0]) {
			return nil
		}
		return append(p, "")
	}
	return nil
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
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if leadingBoundary(sub) {
				return true
			}
		}
	case syntax.OpCapture, syntax.OpPlus, syntax.OpRepeat:
		return leadingBoundary(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar:
		return true // may match nothing: be conservative
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if leadingBoundary(sub) {
				return true
			}
			switch sub.Op {
			case syntax.OpQuest, syntax.OpStar, syntax.OpEmptyMatch:
				continue // the next element may lead
			}
			return false
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z'
}

func shortest(ss []string) int {
	n := -1
	for _, s := range ss {
		if l := len(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

// isLiteralish reports whether every match of re is exactly one of its
// prefixes, so that what follows may extend them.
func isLiteralish(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		return true
	case syntax.OpCapture, syntax.OpQuest:
		return isLiteralish(re.Sub[0])
	case syntax.OpAlternate, syntax.OpConcat:
		for _, s := range re.Sub {
			if !isLiteralish(s) {
				return false
			}
		}
		return true
	}
	return false
}

// ReplaceAllString replaces every match of the pattern in s.
func (p *Pattern) ReplaceAllString(s, repl string) string {
	return p.get().ReplaceAllString(s, repl)
}

// ReplaceAllStringFunc replaces every match of the pattern in s by what
// repl returns for it.
func (p *Pattern) ReplaceAllStringFunc(s string, repl func(string) string) string {
	return p.get().ReplaceAllStringFunc(s, repl)
}

// FindAllString returns the text of every match.
func (p *Pattern) FindAllString(s string, n int) []string {
	all := p.FindAllStringIndex(s, n)
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
func (p *Pattern) Split(s string, n int) []string { return p.get().Split(s, n) }
