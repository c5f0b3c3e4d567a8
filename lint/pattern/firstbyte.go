package pattern

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// A pattern without anchors ("\b[A-Z][\w+.&/-]*…", a word tokenizer
// "[A-Za-z0-9][A-Za-z0-9'’.&/-]*") is run by Go's regexp over the whole text
// it is asked about: every position is tried, and FindAll starts a fresh
// search after each match whose backtracker clears a visited set as large
// as the rest of the text, which makes a text with many matches cost the
// square of its length. Two facts of the expression, worked out from its
// syntax tree, let it be tried only where it can match, on no more text
// than it can read:
//
//   - the bytes a match can begin with: a match is non-empty and begins
//     where Go's search steps (a rune's first byte), so a position whose
//     byte is not among them begins none;
//   - the bytes no match can consume (stop bytes): a try reads no further
//     than the first of them past its start, so it is given the text up to
//     and including that byte, the one byte a trailing \b or $ looks at,
//     and takes the same path as on the whole text (see bound.go).

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c/64] |= 1 << (c % 64) }
func (b *byteSet) has(c byte) bool { return b[c/64]&(1<<(c%64)) != 0 }
func (b *byteSet) union(o *byteSet) {
	b[0], b[1], b[2], b[3] = b[0]|o[0], b[1]|o[1], b[2]|o[2], b[3]|o[3]
}
func (b *byteSet) addRange(lo, hi byte) {
	for c := int(lo); c <= int(hi); c++ {
		b.add(byte(c))
	}
}

// full reports whether every byte is in the set.
func (b *byteSet) full() bool { return b[0]&b[1]&b[2]&b[3] == ^uint64(0) }

// leadByte is the first byte of r's UTF-8 form; it grows with r.
func leadByte(r rune) byte {
	switch {
	case r < 0x80:
		return byte(r)
	case r < 0x800:
		return byte(0xC0 | r>>6)
	case r < 0x10000:
		return byte(0xE0 | r>>12)
	}
	return byte(0xF0 | r>>18)
}

// addRuneRange adds the first bytes of the runes lo..hi as Go's regexp
// reads them from text: a byte of invalid UTF-8 reads as U+FFFD, so a
// range holding it may begin at any byte from 0x80 on.
func (b *byteSet) addRuneRange(lo, hi rune) {
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		b.addRange(0x80, 0xFF)
	}
	b.addRange(leadByte(lo), leadByte(min(hi, unicode.MaxRune)))
}

// byteFacts is what firstbyte.go works out of an expression. first is nil
// when a match may be empty or begin with a byte that is not the start of
// a rune (so that positions would need Go's own stepping); stops is nil
// when every byte may be consumed.
type byteFacts struct {
	first     *byteSet
	wordStart bool // every match begins at a \b
	stops     *byteSet
}

// byteFactsOf parses expr for its byte facts.
func byteFactsOf(expr string) byteFacts {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return byteFacts{}
	}
	re = re.Simplify()
	var f byteFacts
	if first, empty := firstBytes(re, 0); !empty && first != nil && !first.full() {
		cont := false
		for c := 0x80; c < 0xC0; c++ {
			cont = cont || first.has(byte(c))
		}
		if !cont {
			f.first = first
		}
	}
	f.wordStart = startsWithBoundary(re)
	var used byteSet
	if consumable(re, &used) {
		stops := used
		for i := range stops {
			stops[i] = ^stops[i]
		}
		if stops != (byteSet{}) {
			f.stops = &stops
		}
	}
	return f
}

// foldOrbitOf returns r and every rune (?i) matches it with.
func foldOrbitOf(r rune) []rune {
	out := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
	}
	return out
}

// firstBytes returns the bytes a match of re can begin with, and whether
// re can match the empty string (then what follows re may begin the
// match as well). nil: it cannot tell.
func firstBytes(re *syntax.Regexp, depth int) (*byteSet, bool) {
	if depth > 50 {
		return nil, false
	}
	set := &byteSet{}
	switch re.Op {
	case syntax.OpNoMatch:
		return set, false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return set, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, true
		}
		runes := []rune{re.Rune[0]}
		if re.Flags&syntax.FoldCase != 0 {
			runes = foldOrbitOf(re.Rune[0])
		}
		for _, r := range runes {
			set.addRuneRange(r, r)
		}
		return set, false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			set.addRuneRange(re.Rune[i], re.Rune[i+1])
		}
		return set, false
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return nil, false
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], depth+1)
	case syntax.OpStar, syntax.OpQuest:
		sub, _ := firstBytes(re.Sub[0], depth+1)
		return sub, true
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], depth+1)
	case syntax.OpRepeat:
		sub, empty := firstBytes(re.Sub[0], depth+1)
		return sub, empty || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, empty := firstBytes(sub, depth+1)
			if s == nil {
				return nil, false
			}
			set.union(s)
			if !empty {
				return set, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		any := false
		for _, sub := range re.Sub {
			s, empty := firstBytes(sub, depth+1)
			if s == nil {
				return nil, false
			}
			set.union(s)
			any = any || empty
		}
		return set, any
	}
	return nil, false
}

// consumable adds to used every byte a match of re can consume; false
// when it cannot tell.
func consumable(re *syntax.Regexp, used *byteSet) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			runes := []rune{r}
			if re.Flags&syntax.FoldCase != 0 {
				runes = foldOrbitOf(r)
			}
			for _, r := range runes {
				if r >= utf8.RuneSelf {
					used.addRange(0x80, 0xFF)
				} else {
					used.add(byte(r))
				}
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi >= utf8.RuneSelf {
				used.addRange(0x80, 0xFF)
				hi = utf8.RuneSelf - 1
			}
			if lo <= hi {
				used.addRange(byte(lo), byte(hi))
			}
		}
	case syntax.OpAnyCharNotNL:
		for c := 0; c < 256; c++ {
			if c != '\n' {
				used.add(byte(c))
			}
		}
	case syntax.OpAnyChar:
		for i := range used {
			used[i] = ^uint64(0)
		}
	default:
		for _, sub := range re.Sub {
			if !consumable(sub, used) {
				return false
			}
		}
	}
	return true
}

// sparse reports whether matches begin with bytes rare enough in prose
// that trying the pattern at each of them beats regexp's own search: no
// lower-case letter (a capital, a quote mark, a digit, punctuation). A
// pattern that may begin at any word is a tokenizer, whose matches are
// as many as its tries, and regexp's own loop over them costs less.
func (f *byteFacts) sparse() bool {
	if f.first == nil {
		return false
	}
	for c := byte('a'); c <= 'z'; c++ {
		if f.first.has(c) {
			return false
		}
	}
	return true
}

// skip returns where a search of s for a match may start with the same
// answer, shifted, as a search of s: the byte before the first byte a match
// can begin with, which gives the search the context a \b or (?m)^ there
// reads and cannot itself begin a match. ok is false when no byte of s
// can begin one. Without first bytes the search starts at 0.
func (f *byteFacts) skip(s string) (from int, ok bool) {
	if f.first == nil {
		return 0, true
	}
	for i := 0; i < len(s); i++ {
		if f.first.has(s[i]) {
			return max(i-1, 0), true
		}
	}
	return 0, false
}

// firstCandidate returns the first position from i on where a match of c
// can begin, or len(s).
func (f *byteFacts) firstCandidate(s string, i int) int {
	for ; i < len(s); i++ {
		if !f.first.has(s[i]) {
			continue
		}
		if f.wordStart && i > 0 && isWordByte(s[i-1]) == isWordByte(s[i]) {
			continue
		}
		return i
	}
	return len(s)
}

// stopScanMin is how much text past a try's start makes cutting it at a
// stop byte worth parsing the expression for its stop bytes: a sentence's
// rest is cleared in about the time the parse takes, a count's is not.
const stopScanMin = 512

// stopScanMax is how far past a try's start stopLimit looks for a stop
// byte. Without a bound, a long text with no stop byte (a paragraph of
// megabytes on one line) was scanned to its end once per try: quadratic in
// the text. Past the bound the try is given the whole rest, as it would be
// without stop bytes, which answers the same.
const stopScanMax = 4096

// stopLimit returns the end of the text a try at at may be given: just
// past the first stop byte from at on, or end when there is none within
// stopScanMax bytes.
func (f *byteFacts) stopLimit(s string, at, end int) int {
	if f.stops == nil {
		return end
	}
	for i := at; i < min(end, at+stopScanMax); i++ {
		if f.stops.has(s[i]) {
			return i + 1
		}
	}
	return end
}
