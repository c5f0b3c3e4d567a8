package input

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// maxLevels is the number of list levels Word supports (ilvl 0-8).
const maxLevels = 9

// numLevel is one w:lvl of a list definition.
type numLevel struct {
	defined bool
	start   int
	format  string // w:numFmt: decimal, lowerLetter, upperRoman, bullet, ...
	text    string // w:lvlText: "%1.", "(%2)"
	restart int    // w:lvlRestart: restart after a level shallower than this (1-based); -1 unset
	pStyle  string // w:pStyle: the paragraph style tied to this level
	legal   bool   // w:isLgl: show every level's number in decimal
}

// abstractNum is a w:abstractNum: the look of a multi-level list.
type abstractNum struct {
	levels       [maxLevels]numLevel
	numStyleLink string // the list's levels live in this numbering style's list
}

// numInstance is a w:num: a list in the document, pointing at a definition
// and optionally restarting or redefining some levels.
type numInstance struct {
	abstractID int
	start      [maxLevels]int // w:startOverride, valid where hasStart
	hasStart   [maxLevels]bool
	level      [maxLevels]numLevel // w:lvlOverride/w:lvl, valid where defined
}

func (n *numInstance) overrides() bool {
	for i := range maxLevels {
		if n.hasStart[i] || n.level[i].defined {
			return true
		}
	}
	return false
}

// docxNumbering is word/numbering.xml.
type docxNumbering struct {
	abstract map[int]*abstractNum
	nums     map[int]*numInstance
}

func readNumbering(x *xmlReader) (*docxNumbering, error) {
	n := &docxNumbering{abstract: map[int]*abstractNum{}, nums: map[int]*numInstance{}}
	var (
		path []string
		abs  *abstractNum
		num  *numInstance
		lvl  *numLevel // the w:lvl being read, in an abstractNum or an override
		ovr  = -1      // ilvl of the w:lvlOverride being read
	)
	for {
		tok, err := x.next()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, wordName(t.Name))
			p := strings.Join(path, "/")
			switch p {
			case "numbering/abstractNum":
				abs, num = nil, nil
				if id, ok := intAttr(t, "abstractNumId"); ok {
					if _, dup := n.abstract[id]; !dup {
						abs = &abstractNum{}
						n.abstract[id] = abs
					}
				}
			case "numbering/abstractNum/numStyleLink":
				if abs != nil {
					abs.numStyleLink, _ = attr(t, "val")
				}
			case "numbering/abstractNum/lvl":
				lvl = nil
				if i, ok := intAttr(t, "ilvl"); ok && abs != nil && i >= 0 && i < maxLevels {
					lvl = &abs.levels[i]
					*lvl = numLevel{defined: true, start: 1, format: "decimal", restart: -1}
				}
			case "numbering/num":
				abs, num = nil, nil
				id, ok := intAttr(t, "numId")
				if _, dup := n.nums[id]; ok && !dup {
					num = &numInstance{abstractID: -1}
					n.nums[id] = num
				}
			case "numbering/num/abstractNumId":
				if num != nil {
					if id, ok := intAttr(t, "val"); ok {
						num.abstractID = id
					}
				}
			case "numbering/num/lvlOverride":
				ovr = -1
				if i, ok := intAttr(t, "ilvl"); ok && i >= 0 && i < maxLevels {
					ovr = i
				}
			case "numbering/num/lvlOverride/startOverride":
				if num != nil && ovr >= 0 {
					num.start[ovr], num.hasStart[ovr] = intAttr(t, "val")
				}
			case "numbering/num/lvlOverride/lvl":
				lvl = nil
				if num != nil && ovr >= 0 {
					lvl = &num.level[ovr]
					*lvl = numLevel{defined: true, start: 1, format: "decimal", restart: -1}
				}
			default:
				if lvl != nil && len(path) >= 2 && (path[len(path)-2] == "lvl") {
					levelProperty(lvl, path[len(path)-1], t)
				}
			}
		case xml.EndElement:
			if len(path) > 0 && path[len(path)-1] == "lvl" {
				lvl = nil
			}
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		}
	}
}

// levelProperty records a child element of w:lvl.
func levelProperty(l *numLevel, name string, t xml.StartElement) {
	switch name {
	case "start":
		if v, ok := intAttr(t, "val"); ok {
			l.start = v
		}
	case "numFmt":
		if v, ok := attr(t, "val"); ok {
			l.format = v
		}
	case "lvlText":
		l.text, _ = attr(t, "val")
	case "lvlRestart":
		if v, ok := intAttr(t, "val"); ok {
			l.restart = v
		}
	case "pStyle":
		l.pStyle, _ = attr(t, "val")
	case "isLgl":
		l.legal = onOff(t)
	}
}

// definition resolves a w:num to the abstract list whose levels it shows,
// following numStyleLink through the numbering style's own w:num. It
// returns the abstract id too, which identifies the list's shared counters.
func (n *docxNumbering) definition(numID int, styles *docxStyles) (*numInstance, *abstractNum, int) {
	num, ok := n.nums[numID]
	if !ok {
		return nil, nil, 0
	}
	id := num.abstractID
	for range maxStyleChain {
		abs, ok := n.abstract[id]
		if !ok {
			return nil, nil, 0
		}
		if abs.numStyleLink == "" || styles == nil {
			return num, abs, id
		}
		ref := styles.numbering(abs.numStyleLink)
		linked, ok := n.nums[ref.numID]
		if !ref.hasNumID || !ok || linked.abstractID == id {
			return num, abs, id
		}
		id = linked.abstractID
	}
	return nil, nil, 0
}

// levelDef returns the effective definition of level i in a list: the
// instance's w:lvlOverride/w:lvl where it has one, else the abstract list's.
func (num *numInstance) levelDef(abs *abstractNum, i int) numLevel {
	if num.level[i].defined {
		return num.level[i]
	}
	return abs.levels[i]
}
