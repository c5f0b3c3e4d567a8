package document

import (
	"math"
	"strconv"
	"strings"
)

// Num is a paragraph number as the complaint prints it: "12", or in the
// outline numbering many firms use (Washington practice among them) "5.1",
// a paragraph under section 5, and rarely "5.1.2". The zero Num is an
// unnumbered paragraph. Nums order the way a reader counts paragraphs, so a
// range "paragraphs 1.1 through 4.8" holds every number between its ends,
// whatever section each sits under.
//
// Its parts are 32 bits: every paragraph and allegation of the model
// carries one, and no complaint numbers past a few hundred thousand.
type Num [3]int32

// IntNum is the Num of a paragraph numbered n ("12."); 0 gives the zero Num.
// A number past what 32 bits hold (a format's numbering can start
// anywhere; no complaint's does) is held as the largest they do.
func IntNum(n int) Num {
	if n <= 0 {
		return Num{}
	}
	return Num{int32(min(n, math.MaxInt32))}
}

// ParseNum reads a printed paragraph number: "12", "5.1", "5.1.2". Anything
// else (a letter, a missing or zero part, a part of more than four digits)
// is not one: "2.0" is a figure, not the paragraph "2".
func ParseNum(s string) (Num, bool) {
	var n Num
	parts := strings.Split(s, ".")
	if len(parts) > len(n) {
		return Num{}, false
	}
	for i, p := range parts {
		if p == "" || len(p) > 4 {
			return Num{}, false
		}
		v, err := strconv.Atoi(p)
		if err != nil || v <= 0 {
			return Num{}, false
		}
		n[i] = int32(v)
	}
	return n, true
}

// IsZero reports an unnumbered paragraph.
func (n Num) IsZero() bool { return n[0] == 0 }

// Outline reports a sub-numbered paragraph ("5.1").
func (n Num) Outline() bool { return n[1] != 0 || n[2] != 0 }

// Major is the leading part: the number itself for "12", the section for
// "5.1".
func (n Num) Major() int { return int(n[0]) }

// Int is the number of an integer-numbered paragraph, and 0 for an outline
// number, which no integer names.
func (n Num) Int() int {
	if n.Outline() {
		return 0
	}
	return int(n[0])
}

// Compare orders Nums as a reader counts paragraphs: -1, 0 or +1.
func (n Num) Compare(m Num) int {
	for i := range n {
		switch {
		case n[i] < m[i]:
			return -1
		case n[i] > m[i]:
			return 1
		}
	}
	return 0
}

// String is the number as printed, without the label's period: "12", "5.1".
func (n Num) String() string {
	if n.IsZero() {
		return ""
	}
	s := strconv.Itoa(int(n[0]))
	if n.Outline() {
		s += "." + strconv.Itoa(int(n[1]))
		if n[2] != 0 {
			s += "." + strconv.Itoa(int(n[2]))
		}
	}
	return s
}

// followsOutline reports whether next can follow prev in outline numbering:
// the next sub-number under the same section (allowing one or two skipped), or
// the first few under one of the next sections. It tells "5.2 The ..." from
// a wrapped line of prose that happens to open with "2.5 million".
func followsOutline(prev, next Num) bool {
	if prev.IsZero() {
		// Outline numbering opens a section at its first paragraph.
		return next[0] <= 20 && next[1] == 1 && next[2] == 0
	}
	switch {
	case next[0] == prev[0] && next[1] == prev[1]:
		return next[2] > prev[2] && next[2] <= prev[2]+3
	case next[0] == prev[0]:
		return next[1] > prev[1] && next[1] <= prev[1]+3 && next[2] <= 1
	case next[0] > prev[0] && next[0] <= prev[0]+3:
		return next[1] <= 3 && next[2] <= 1
	}
	return false
}
