package input

import (
	"strconv"
	"strings"
)

// listCounter is the running state of one list: the last value shown at
// each level, and whether the level has been shown since it last reset.
type listCounter struct {
	value [maxLevels]int
	seen  [maxLevels]bool
}

// docxLists numbers paragraphs the way Word does as it lays out the body:
// w:num instances of the same abstract list share counters (so a list split
// by headings, or copied into new numIds, keeps counting), while an instance
// that overrides a level (w:startOverride, as "Restart numbering" writes)
// is a list of its own that starts again. Using a level resets the deeper
// levels (subject to w:lvlRestart).
type docxLists struct {
	numbering *docxNumbering
	styles    *docxStyles
	shared    map[int]*listCounter // by abstractNumId
	own       map[int]*listCounter // by numId, for instances with overrides
}

func newDocxLists(n *docxNumbering, s *docxStyles) *docxLists {
	return &docxLists{numbering: n, styles: s, shared: map[int]*listCounter{}, own: map[int]*listCounter{}}
}

// listLabel is the automatic number of one paragraph.
type listLabel struct {
	text  string // as rendered: "12.", "(b)", "•"
	value int    // the paragraph's own level's counter
	ilvl  int
	// bare is a level-0 decimal label that is only a number and
	// punctuation ("12.", "(12)", "¶ 12"): an allegation number rather
	// than, say, "Count 3" or "Exhibit 3".
	bare bool
}

// next advances the list a paragraph belongs to and returns its label; ok
// is false when the paragraph is not numbered. style is the paragraph's
// style id, whose numPr applies where the paragraph's own does not.
func (l *docxLists) next(direct numRef, style string) (listLabel, bool) {
	if l.numbering == nil {
		return listLabel{}, false
	}
	ref := direct
	fromStyle := l.styles.numbering(style)
	if !ref.hasNumID {
		ref.numID, ref.hasNumID = fromStyle.numID, fromStyle.hasNumID
	}
	if !ref.hasIlvl && fromStyle.hasIlvl && !direct.hasNumID {
		ref.ilvl, ref.hasIlvl = fromStyle.ilvl, true
	}
	// numId 0 is Word's explicit "no numbering", e.g. to switch off a
	// style's list for one paragraph.
	if !ref.hasNumID || ref.numID == 0 {
		return listLabel{}, false
	}
	num, abs, absID := l.numbering.definition(ref.numID, l.styles)
	if num == nil {
		return listLabel{}, false
	}
	ilvl := ref.ilvl
	if !ref.hasIlvl {
		ilvl = levelForStyle(num, abs, style)
	}
	if ilvl < 0 || ilvl >= maxLevels {
		return listLabel{}, false
	}
	def := num.levelDef(abs, ilvl)
	if !def.defined {
		return listLabel{}, false
	}
	c := l.counter(ref.numID, num, absID)
	start := func(i int) int {
		if num.hasStart[i] {
			return num.start[i]
		}
		return num.levelDef(abs, i).start
	}
	if c.seen[ilvl] {
		c.value[ilvl]++
	} else {
		c.value[ilvl], c.seen[ilvl] = start(ilvl), true
	}
	for d := ilvl + 1; d < maxLevels; d++ {
		// A level restarts when a level above the one named by
		// w:lvlRestart (1-based) is used; by default, any shallower level.
		after := num.levelDef(abs, d).restart
		if after < 0 || after > d {
			after = d
		}
		if ilvl < after {
			c.seen[d] = false
		}
	}
	value := func(i int) int {
		if c.seen[i] {
			return c.value[i]
		}
		return start(i)
	}
	label := renderLevelText(def, func(i int) (int, string) { return value(i), num.levelDef(abs, i).format })
	return listLabel{
		text:  label,
		value: c.value[ilvl],
		ilvl:  ilvl,
		bare:  ilvl == 0 && def.format == "decimal" && bareNumberText(def.text),
	}, true
}

func (l *docxLists) counter(numID int, num *numInstance, absID int) *listCounter {
	m, key := l.shared, absID
	if num.overrides() {
		m, key = l.own, numID
	}
	c, ok := m[key]
	if !ok {
		c = &listCounter{}
		m[key] = c
	}
	return c
}

// levelForStyle finds the level a style-numbered paragraph sits at when no
// ilvl is given: the level tied to its style by w:pStyle, else the first.
func levelForStyle(num *numInstance, abs *abstractNum, style string) int {
	if style == "" {
		return 0
	}
	for i := range maxLevels {
		if num.levelDef(abs, i).pStyle == style {
			return i
		}
	}
	return 0
}

// renderLevelText expands w:lvlText ("%1.%2.") with each referenced level's
// value in that level's format (or decimal for a w:isLgl level).
func renderLevelText(def numLevel, level func(i int) (value int, format string)) string {
	if def.format == "bullet" {
		return def.text
	}
	var b strings.Builder
	t := def.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			v, f := level(int(t[i+1] - '1'))
			if def.legal {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// bareNumberText reports a level text that shows the first level's number
// with nothing but punctuation around it.
func bareNumberText(t string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(t, " \t([¶§"), "%1")
	return ok && strings.Trim(rest, " \t.):]") == ""
}

// formatNumber renders a counter in a w:numFmt. Formats outside this list
// (Asian counting systems and the like) fall back to decimal.
func formatNumber(v int, format string) string {
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	case "upperRoman", "lowerRoman":
		if v >= 1 && v < 4000 {
			r := roman(v)
			if format == "lowerRoman" {
				r = strings.ToLower(r)
			}
			return r
		}
	case "upperLetter", "lowerLetter":
		if v >= 1 && v <= 780 { // Word's "zz...z" tops out long before this
			c := byte('a')
			if format == "upperLetter" {
				c = 'A'
			}
			return strings.Repeat(string(c+byte((v-1)%26)), (v-1)/26+1)
		}
	case "ordinal":
		return strconv.Itoa(v) + ordinalSuffix(v)
	}
	return strconv.Itoa(v)
}

func roman(v int) string {
	table := []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}
	var b strings.Builder
	for _, e := range table {
		for v >= e.v {
			b.WriteString(e.s)
			v -= e.v
		}
	}
	return b.String()
}

func ordinalSuffix(v int) string {
	if v%100 >= 11 && v%100 <= 13 {
		return "th"
	}
	switch v % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
