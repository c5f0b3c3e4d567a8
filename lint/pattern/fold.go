package pattern

import "strings"

// The anchor filter compares lower-cased ASCII bytes, but a (?i) pattern
// in Go's regexp matches by Unicode simple case folding, under which two
// non-ASCII runes fold to ASCII letters: the Kelvin sign U+212A to "k" and
// the long s U+017F to "s". A text holding either would match a pattern
// whose anchor the filter never finds there, so such a text is folded to
// ASCII before it is scanned, with the position of each folded byte kept
// to report candidates in the text itself.

const (
	kelvinSign = "\u212a"
	longS      = "\u017f"
)

// hasFoldRunes reports whether s holds a rune the ASCII fold misses.
func hasFoldRunes(s string) bool {
	return strings.Contains(s, kelvinSign) || strings.Contains(s, longS)
}

// foldForAnchors returns s with ASCII letters lower-cased and the Kelvin
// sign and the long s replaced by "k" and "s". pos is nil when the two
// strings have the same length (neither rune occurs); otherwise pos[i] is
// the offset in s of the folded byte i, and pos[len(folded)] is len(s).
func foldForAnchors(s string) (folded string, pos []int32) {
	if !hasFoldRunes(s) {
		return lowerASCII(s), nil
	}
	b := make([]byte, 0, len(s))
	pos = make([]int32, 0, len(s)+1)
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], kelvinSign):
			b, pos = append(b, 'k'), append(pos, int32(i))
			i += len(kelvinSign)
		case strings.HasPrefix(s[i:], longS):
			b, pos = append(b, 's'), append(pos, int32(i))
			i += len(longS)
		default:
			b, pos = append(b, lowerByte(s[i])), append(pos, int32(i))
			i++
		}
	}
	pos = append(pos, int32(len(s)))
	return string(b), pos
}

// foldAnchor folds an anchor as foldForAnchors folds text.
func foldAnchor(a string) string {
	f, _ := foldForAnchors(a)
	return f
}
