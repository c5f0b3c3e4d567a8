package pattern

import "regexp/syntax"

// A match tried at one candidate place reads only a few dozen bytes past
// it, but regexp is handed the rest of the text: its backtracker clears a
// visited set of (program size × input length) bits before every try, and
// on a long sentence or a count's whole scope that clearing, not the
// matching, was most of the cost. A pattern's tries are therefore given
// only as much text as any path through the pattern can read.
//
// That bound is exact, not a guess: a pattern without unbounded repetition
// consumes at most four bytes per rune it matches (the widest UTF-8 rune,
// whatever case folding does), and the only unbounded repetition the cue
// patterns use is a run of white space ("trade\s+secret", which
// SpaceTolerant writes for every space), which cannot consume more than the
// longest run of white space in the text. A try given the text up to one
// byte past that bound (so that a trailing \b still sees the next byte)
// takes exactly the same path as a try given the whole text: no path can
// read further, so none can tell the difference.

// readBound is how many bytes past its start a try of a pattern can read:
// fixed plus runs times the longest white-space run of the text. ok is
// false when the pattern repeats something else without bound, and its
// tries get the whole text.
type readBound struct {
	fixed, runs int
	ok          bool
}

// maxBoundFixed keeps the arithmetic far from overflow; a pattern that can
// read further than this is treated as unbounded.
const maxBoundFixed = 1 << 20

func boundOfTree(re *syntax.Regexp) readBound {
	fixed, runs, ok := maxRead(re)
	if !ok || fixed > maxBoundFixed || runs > maxBoundFixed {
		return readBound{}
	}
	return readBound{fixed, runs, true}
}

// maxRead returns an upper bound on the bytes any path through re
// consumes, as fixed + runs × (longest white-space run).
func maxRead(re *syntax.Regexp) (fixed, runs int, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, 0, true
	case syntax.OpLiteral:
		return 4 * len(re.Rune), 0, true
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return 4, 0, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxRead(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			f, r, ok := maxRead(sub)
			if !ok {
				return 0, 0, false
			}
			fixed, runs = fixed+f, runs+r
			if fixed > maxBoundFixed || runs > maxBoundFixed {
				return 0, 0, false
			}
		}
		return fixed, runs, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			f, r, ok := maxRead(sub)
			if !ok {
				return 0, 0, false
			}
			fixed, runs = max(fixed, f), max(runs, r)
		}
		return fixed, runs, true
	case syntax.OpStar, syntax.OpPlus:
		if spaceOnly(re.Sub[0]) {
			return 0, 1, true
		}
		return 0, 0, false
	case syntax.OpRepeat:
		if re.Max < 0 {
			if spaceOnly(re.Sub[0]) {
				return 0, 1, true
			}
			return 0, 0, false
		}
		f, r, ok := maxRead(re.Sub[0])
		if !ok || re.Max > maxBoundFixed || f*re.Max > maxBoundFixed || r*re.Max > maxBoundFixed {
			return 0, 0, false
		}
		return f * re.Max, r * re.Max, true
	}
	return 0, 0, false
}

// spaceOnly reports whether re matches one byte of ASCII white space and
// nothing else, so that a repetition of it stays inside one white-space run.
func spaceOnly(re *syntax.Regexp) bool {
	var runes []rune
	switch re.Op {
	case syntax.OpCharClass:
		runes = re.Rune
	case syntax.OpLiteral:
		if len(re.Rune) != 1 {
			return false
		}
		runes = []rune{re.Rune[0], re.Rune[0]}
	default:
		return false
	}
	if len(runes) == 0 {
		return false
	}
	for i := 0; i+1 < len(runes); i += 2 {
		for r := runes[i]; r <= runes[i+1]; r++ {
			if !isSpaceByte(r) {
				return false
			}
		}
	}
	return true
}

func isSpaceByte[T rune | byte](c T) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

// longestSpaceRun returns the length of the longest run of ASCII white
// space in s. Patterns ask it of every plain string they try, so most
// bytes take one comparison (above ' ' is never space) and a run is
// measured once, not compared byte by byte: 2.7 times as fast on a
// complaint.
func longestSpaceRun(s string) int {
	longest := 0
	for i := 0; i < len(s); i++ {
		if s[i] > ' ' || !isSpaceByte(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		longest = max(longest, j-i)
		i = j
	}
	return longest
}

// limit returns the end of the text a try at at may be given, for a text
// whose longest white-space run is spaceRun.
func (b readBound) limit(s string, at, spaceRun int) int {
	if !b.ok {
		return len(s)
	}
	end := at + b.fixed + b.runs*spaceRun + 1
	if end > len(s) || end < at {
		return len(s)
	}
	return end
}
