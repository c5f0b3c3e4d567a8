package input

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// docxStyle is what a paragraph style contributes to structure: whether it
// is a heading and whether it numbers its paragraphs.
type docxStyle struct {
	name    string
	basedOn string
	outline int // w:outlineLvl, -1 when the style does not set it
	num     numRef
}

// numRef is a w:numPr: a list (numId) and a level in it (ilvl). Either
// half may be missing; a paragraph's own numPr overrides its style's half
// by half.
type numRef struct {
	numID, ilvl       int
	hasNumID, hasIlvl bool
}

// docxStyles is the paragraph and numbering styles of word/styles.xml by
// style id (ids are unique across style types).
type docxStyles struct {
	byID         map[string]*docxStyle
	defaultStyle string // the paragraph style of paragraphs that name none
}

// maxStyleChain bounds basedOn walks; real chains are a handful long and
// a cycle must not loop forever.
const maxStyleChain = 32

func readStyles(x *xmlReader) (*docxStyles, error) {
	s := &docxStyles{byID: map[string]*docxStyle{}}
	var path []string
	var cur *docxStyle
	for {
		tok, err := x.next()
		if errors.Is(err, io.EOF) {
			return s, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, wordName(t.Name))
			cur = styleElement(s, cur, path, t)
		case xml.EndElement:
			if len(path) == 2 && path[1] == "style" {
				cur = nil
			}
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		}
	}
}

// styleElement records one element of styles.xml at the given path and
// returns the style being read.
func styleElement(s *docxStyles, cur *docxStyle, path []string, t xml.StartElement) *docxStyle {
	switch strings.Join(path, "/") {
	case "styles/style":
		// Numbering styles matter too: a list's levels can live in one
		// (w:numStyleLink).
		if typ, _ := attr(t, "type"); typ != "paragraph" && typ != "numbering" {
			return nil
		}
		id, _ := attr(t, "styleId")
		st := &docxStyle{outline: -1}
		if _, dup := s.byID[id]; !dup {
			s.byID[id] = st
		}
		if def, _ := attr(t, "default"); def == "1" || def == "true" || def == "on" {
			s.defaultStyle = id
		}
		return st
	}
	if cur == nil {
		return nil
	}
	switch strings.Join(path[2:], "/") {
	case "name":
		cur.name, _ = attr(t, "val")
	case "basedOn":
		cur.basedOn, _ = attr(t, "val")
	case "pPr/outlineLvl":
		if n, ok := intAttr(t, "val"); ok {
			cur.outline = n
		}
	case "pPr/numPr/numId":
		cur.num.numID, cur.num.hasNumID = intAttr(t, "val")
	case "pPr/numPr/ilvl":
		cur.num.ilvl, cur.num.hasIlvl = intAttr(t, "val")
	}
	return cur
}

// headingLevel is the heading level (1-6) a style gives its paragraphs, or
// 0: by built-in name ("heading 1".."heading 9", "Title"), else by outline
// level, looked up along the basedOn chain so "My Heading" based on
// "heading 2" is a level-2 heading.
func (s *docxStyles) headingLevel(id string) int {
	if s == nil {
		return 0
	}
	for range maxStyleChain {
		st, ok := s.byID[id]
		if !ok {
			return 0
		}
		if lvl := headingByName(st.name); lvl > 0 {
			return lvl
		}
		if st.outline >= 0 {
			return outlineHeading(st.outline)
		}
		id = st.basedOn
	}
	return 0
}

// headingByName recognises Word's built-in heading style names, which are
// stored in English whatever the user interface language.
func headingByName(name string) int {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "title" {
		return 1
	}
	if rest, ok := strings.CutPrefix(name, "heading "); ok {
		if n, err := strconv.Atoi(rest); err == nil && n >= 1 && n <= 9 {
			return min(n, 6)
		}
	}
	return 0
}

// outlineHeading maps w:outlineLvl (0-8 outline levels, 9 body text) to a
// heading level, folding the deepest levels into 6.
func outlineHeading(lvl int) int {
	if lvl < 0 || lvl > 8 {
		return 0
	}
	return min(lvl+1, 6)
}

// numbering is the numPr a style applies, merged along the basedOn chain:
// the nearest style that sets each half wins.
func (s *docxStyles) numbering(id string) numRef {
	var r numRef
	if s == nil {
		return r
	}
	for range maxStyleChain {
		st, ok := s.byID[id]
		if !ok {
			break
		}
		if !r.hasNumID && st.num.hasNumID {
			r.numID, r.hasNumID = st.num.numID, true
		}
		if !r.hasIlvl && st.num.hasIlvl {
			r.ilvl, r.hasIlvl = st.num.ilvl, true
		}
		id = st.basedOn
	}
	return r
}
