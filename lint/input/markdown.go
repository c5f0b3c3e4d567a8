package input

import (
	"bytes"
	"sort"
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/complaintlint/complaintlint/lint/document"
)

// ReadMarkdown reads Markdown. Positions stay those of the original file:
// the analysis text starts all blank and only what a reader of the rendered
// page sees as prose is copied back in, byte for byte, so markup (heading
// and list markers, emphasis delimiters, link destinations, code, HTML and
// comments) is blanked to spaces, never removed. Line endings are kept so
// lines do not move.
//
// Ordered-list numbers are the exception: they stay in the text as written,
// because the structure parser reads allegation numbers there. Markdown
// renders a list numbered from its first item onward whatever the later
// items say, so each top-level ordered item also gets a line hint with the
// number a reader sees, which Build prefers to the written one.
func ReadMarkdown(path string, src []byte) document.Source {
	hints := map[int]document.LineHint{}
	return document.Source{
		Path:   path,
		Format: document.FormatMarkdown,
		Src:    src,
		Text:   markdownText(src, hints),
		Hints:  hints,
	}
}

// mdText builds the analysis text of one Markdown file.
type mdText struct {
	src   []byte
	prose []byte // document.AnalysisText(src): what kept bytes copy from
	out   []byte
	lines []int // byte offset of each line start
	hints map[int]document.LineHint
}

func markdownText(src []byte, hints map[int]document.LineHint) []byte {
	m := &mdText{src: src, prose: document.AnalysisText(src), hints: hints}
	m.out = make([]byte, len(src))
	m.lines = []int{0}
	for i, b := range src {
		m.out[i] = ' '
		if b == '\n' {
			m.out[i] = '\n'
			m.lines = append(m.lines, i+1)
		}
	}
	// Parse a copy with the byte-order mark blanked (three spaces keep every
	// offset) so that a heading on the first line is still a heading.
	parsed := src
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		parsed = append([]byte("   "), src[3:]...)
	}
	root := markdownParser().Parse(text.NewReader(parsed))
	var paragraphs []*ast.Paragraph
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if p, ok := n.(*ast.Paragraph); ok {
			paragraphs = append(paragraphs, p)
		}
		return m.visit(n), nil
	})
	for _, p := range paragraphs {
		m.table(p)
	}
	return m.out
}

// table blanks the markup of a GitHub-style table: a paragraph in which a
// row of cells is followed by a delimiter row ("|---|:--:|"). From that row
// on the paragraph is the table: the delimiter row is blanked and so is
// every unescaped pipe, leaving the cells' words where they were. goldmark's
// own table extension would do this, but loading it costs more start-up
// time than the rest of the Markdown reader, for a construct complaints
// rarely use.
func (m *mdText) table(p *ast.Paragraph) {
	lines := p.Lines()
	for i := 1; i < lines.Len(); i++ {
		head, delim := lines.At(i-1), lines.At(i)
		cells := delimiterCells(m.src[delim.Start:delim.Stop])
		if cells == 0 || cells != rowCells(m.src[head.Start:head.Stop]) {
			continue
		}
		for j := i - 1; j < lines.Len(); j++ {
			seg := lines.At(j)
			for k := seg.Start; k < seg.Stop && k < len(m.out); k++ {
				if j == i || m.src[k] == '|' && (k == 0 || m.src[k-1] != '\\') {
					if m.out[k] != '\n' {
						m.out[k] = ' '
					}
				}
			}
		}
		return
	}
}

// delimiterCells returns the number of cells of a table's delimiter row,
// or 0 when line is not one: cells of dashes with optional colons,
// separated by pipes, with at least one pipe.
func delimiterCells(line []byte) int {
	t := bytes.TrimSpace(line)
	if !bytes.ContainsRune(t, '|') {
		return 0
	}
	t = bytes.TrimPrefix(bytes.TrimSuffix(t, []byte("|")), []byte("|"))
	cells := bytes.Split(t, []byte("|"))
	for _, c := range cells {
		c = bytes.TrimSpace(c)
		c = bytes.TrimPrefix(bytes.TrimSuffix(c, []byte(":")), []byte(":"))
		if len(c) == 0 || len(bytes.Trim(c, "-")) != 0 {
			return 0
		}
	}
	return len(cells)
}

// rowCells counts the cells of a table row: its unescaped pipes, less an
// opening and a closing one.
func rowCells(line []byte) int {
	t := bytes.TrimSpace(line)
	if len(t) == 0 {
		return 0
	}
	pipes := 0
	for k := range t {
		if t[k] == '|' && (k == 0 || t[k-1] != '\\') {
			pipes++
		}
	}
	if pipes == 0 {
		return 0
	}
	n := pipes + 1
	if t[0] == '|' {
		n--
	}
	if t[len(t)-1] == '|' && len(t) > 1 {
		n--
	}
	return n
}

func (m *mdText) visit(n ast.Node) ast.WalkStatus {
	switch n := n.(type) {
	case *ast.Text:
		m.keepText(n.Segment.Start, n.Segment.Stop)
	case *ast.AutoLink:
		// <https://...>: the address reads as part of the sentence; the
		// angle brackets do not.
		if p, label := n.Pos(), n.Label(m.src); p >= 0 && p+1+len(label) <= len(m.src) && m.src[p] == '<' {
			m.keep(p+1, p+1+len(label))
		}
	case *ast.CodeSpan, *ast.Image, *ast.RawHTML, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.ThematicBreak:
		// Code is not pleading text, an image's alt text is not read as
		// prose, and HTML (comments included) is not shown as written.
		return ast.WalkSkipChildren
	case *ast.Heading:
		m.heading(n)
	case *ast.ListItem:
		m.listItem(n)
	}
	return ast.WalkContinue
}

// keep copies src[start:end] into the analysis text.
func (m *mdText) keep(start, end int) {
	if start < 0 || end > len(m.src) || start >= end {
		return
	}
	copy(m.out[start:end], m.prose[start:end])
}

// keepText keeps an inline text segment, except the backslash of each
// escape ("\*" shows as "*") and entities that render as spaces
// ("17&nbsp;U.S.C."), which would otherwise glue words together. Other
// entities stay as written: they cannot be replaced without moving bytes.
func (m *mdText) keepText(start, end int) {
	m.keep(start, end)
	end = min(end, len(m.src))
	for i := max(start, 0); i < end; i++ {
		switch m.src[i] {
		case '\\':
			// An escape may end one text node and its character begin the
			// next, hence the look past end. An escaped "&" is no entity.
			if i+1 < len(m.src) && isASCIIPunct(m.src[i+1]) {
				m.out[i] = ' '
				i++
			}
		case '&':
			for _, e := range spaceEntities {
				if bytes.HasPrefix(m.src[i:end], []byte(e)) {
					for j := i; j < i+len(e); j++ {
						m.out[j] = ' '
					}
					i += len(e) - 1
					break
				}
			}
		}
	}
}

// spaceEntities are the character references for space characters that
// complaints converted from HTML carry.
var spaceEntities = []string{"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&ensp;", "&emsp;", "&thinsp;", "&#8239;", "&#x202f;", "&#x202F;"}

func isASCIIPunct(b byte) bool {
	return b >= '!' && b <= '/' || b >= ':' && b <= '@' || b >= '[' && b <= '`' || b >= '{' && b <= '~'
}

func (m *mdText) line(off int) int {
	return sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off })
}

func (m *mdText) heading(n *ast.Heading) {
	segs := n.Lines()
	for i := 0; i < segs.Len(); i++ {
		l := m.line(segs.At(i).Start)
		h := m.hints[l]
		h.Heading = n.Level
		m.hints[l] = h
	}
}

// listItem keeps the number of an ordered item and hints the number it is
// rendered with. Items of a list nested in another list are sub-points of
// one allegation: their marker is blanked so it is not read as an
// allegation number, and they get only a display label.
func (m *mdText) listItem(n *ast.ListItem) {
	list, ok := n.Parent().(*ast.List)
	if !ok || !list.IsOrdered() || n.Pos() < 0 {
		return
	}
	index := 0
	for s := n.PreviousSibling(); s != nil; s = s.PreviousSibling() {
		index++
	}
	value := list.Start + index
	p := n.Pos()
	end := p
	for end < len(m.src) && end-p < 9 && m.src[end] >= '0' && m.src[end] <= '9' {
		end++
	}
	if end == p || end >= len(m.src) || m.src[end] != list.Marker {
		return
	}
	l := m.line(p)
	h := m.hints[l]
	h.NumberText = strconv.Itoa(value) + string(list.Marker)
	if !nestedInList(n) {
		m.keep(p, end+1)
		h.Number = value
	}
	m.hints[l] = h
}

func nestedInList(n ast.Node) bool {
	for p := n.Parent().Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.ListItem); ok {
			return true
		}
	}
	return false
}

// markdownParser is goldmark's default CommonMark parser (what
// goldmark.DefaultParser builds), made for each document: a goldmark
// parser keeps per-parse state, and the package goldmark would also link
// its HTML renderer, which nothing here uses but whose package
// initialisation, like that of every linked package, runs at the start of
// every run. The parser packages' own initialisation (goldmark/util's
// tables, about 1.5 ms) still runs in every process, a plain-text one
// too: Go initialises every package the program links, used or not.
func markdownParser() parser.Parser {
	return parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
}
