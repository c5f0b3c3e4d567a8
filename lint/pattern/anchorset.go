package pattern

import "slices"

// anchorSet finds, in one pass over a text that no index covers, the
// places where any of a set of anchors begins. Each anchor carries a tag
// (the branch of a lexicon it belongs to, or 0 for a single pattern) and
// whether it must begin a word. A position is first tested against a small
// bit filter of the anchors' first two bytes, so that most positions cost
// two loads; only those that pass look the anchors up.
type anchorSet struct {
	filter [64]uint64 // 4,096-bit filter of first-two-byte keys
	keys   []uint16   // the anchors' distinct first two bytes, sorted
	// sorted holds the anchors ordered by their first two bytes, in the
	// order given among those with the same two; the anchors of keys[g]
	// are sorted[starts[g]:starts[g+1]]. One array rather than a slice
	// per key: every process builds a set for each of the two hundred
	// lexicons a long complaint asks about, and the small slices were
	// most of that work.
	sorted []taggedAnchor
	starts []int32
	// wordsOnly: every anchor must begin a word and opens with a word
	// byte, so only the first byte of each word is looked at.
	wordsOnly bool
}

type taggedAnchor struct {
	text      string // lower-case
	tag       int32
	wordStart bool
}

func filterBit(key uint16) uint32 { return (uint32(key) * 2654435761) >> 20 }

func pairKey(a, b byte) uint16 { return uint16(a)<<8 | uint16(b) }

// newAnchorSet makes the set of anchors, which it keeps, sorted in place:
// every caller hands over a list it made for the set.
func newAnchorSet(anchors []taggedAnchor) *anchorSet {
	set := &anchorSet{wordsOnly: len(anchors) > 0}
	for _, a := range anchors {
		if !a.wordStart || !isWordByte(a.text[0]) {
			set.wordsOnly = false
		}
	}
	sorted := anchors
	slices.SortStableFunc(sorted, func(x, y taggedAnchor) int {
		return int(pairKey(x.text[0], x.text[1])) - int(pairKey(y.text[0], y.text[1]))
	})
	distinct := 0
	for i, a := range sorted {
		if i == 0 || pairKey(a.text[0], a.text[1]) != pairKey(sorted[i-1].text[0], sorted[i-1].text[1]) {
			distinct++
		}
	}
	set.sorted = sorted
	set.keys = make([]uint16, 0, distinct)
	set.starts = make([]int32, 0, distinct+1)
	for i, a := range sorted {
		k := pairKey(a.text[0], a.text[1])
		if n := len(set.keys); n > 0 && set.keys[n-1] == k {
			continue
		}
		bit := filterBit(k)
		set.filter[bit/64] |= 1 << (bit % 64)
		set.keys = append(set.keys, k)
		set.starts = append(set.starts, int32(i))
	}
	set.starts = append(set.starts, int32(len(sorted)))
	return set
}

// group returns the anchors of keys[g].
func (set *anchorSet) group(g int) []taggedAnchor {
	return set.sorted[set.starts[g]:set.starts[g+1]]
}

// scan calls found for each position of s and each tag with an anchor
// there, in increasing order of position; a tag is reported once per
// position.
func (set *anchorSet) scan(s string, found func(at, tag int)) {
	set.scanUntil(s, func(at, tag int) bool {
		found(at, tag)
		return false
	})
}

// scanUntil is scan, stopping when found returns true.
func (set *anchorSet) scanUntil(s string, found func(at, tag int) bool) {
	if hasFoldRunes(s) {
		// Scan the folded text (fold.go); \b is decided on s itself, as
		// regexp decides it.
		folded, pos := foldForAnchors(s)
		set.scanFolded(folded, func(i int) bool {
			at := int(pos[i])
			return at == 0 || isWordByte(s[at-1]) != isWordByte(s[at])
		}, func(i, tag int) bool { return found(int(pos[i]), tag) })
		return
	}
	if set.wordsOnly {
		set.scanWords(s, found)
		return
	}
	set.scanFolded(s, func(i int) bool {
		return i == 0 || isWordByte(s[i-1]) != isWordByte(s[i])
	}, found)
}

// scanFolded is scanUntil over s, whose ASCII letters it folds as it
// reads; boundary says whether a position begins a word.
func (set *anchorSet) scanFolded(s string, boundaryAt func(i int) bool, found func(at, tag int) bool) {
	for i := 0; i+1 < len(s); i++ {
		k := pairKey(lowerByte(s[i]), lowerByte(s[i+1]))
		bit := filterBit(k)
		if set.filter[bit/64]&(1<<(bit%64)) == 0 {
			continue
		}
		g, ok := slices.BinarySearch(set.keys, k)
		if !ok {
			continue
		}
		// \b holds where a word byte meets a non-word byte.
		boundary := boundaryAt(i)
		last := int32(-1)
		for _, a := range set.group(g) {
			if a.tag == last || a.wordStart && !boundary || !hasPrefixFold(s[i:], a.text) {
				continue
			}
			if found(i, int(a.tag)) {
				return
			}
			last = a.tag
		}
	}
}

// scanWords is scanFolded for a set whose anchors all begin words, over
// text without runes that fold to ASCII: a position inside a word, or
// between words, can begin none of them, so the filter is asked only at
// each word's first byte. Positions and tags come out as scanFolded gives
// them.
func (set *anchorSet) scanWords(s string, found func(at, tag int) bool) {
	prevWord := false
	for i := 0; i+1 < len(s); i++ {
		w := wordBytes[s[i]]
		start := w && !prevWord
		prevWord = w
		if !start {
			continue
		}
		k := pairKey(lowerByte(s[i]), lowerByte(s[i+1]))
		bit := filterBit(k)
		if set.filter[bit/64]&(1<<(bit%64)) == 0 {
			continue
		}
		g, ok := slices.BinarySearch(set.keys, k)
		if !ok {
			continue
		}
		last := int32(-1)
		for _, a := range set.group(g) {
			if a.tag == last || !hasPrefixFold(s[i:], a.text) {
				continue
			}
			if found(i, int(a.tag)) {
				return
			}
			last = a.tag
		}
	}
}

// wordBytes marks the bytes \b counts as word characters.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = isWordByte(byte(c))
	}
	return t
}()
