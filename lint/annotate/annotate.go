// Package annotate writes a reviewed copy of a Word .docx: the same package
// with a Word comment anchored on each given span of the text the .docx
// reader reads.
//
// The copy changes as little as it can. Every zip entry except
// word/document.xml, the comments part, word/_rels/document.xml.rels and
// [Content_Types].xml is copied raw, in the same order. word/document.xml is
// spliced, never re-serialized: it changes only by the insertion of
// w:commentRangeStart, w:commentRangeEnd and a run holding
// w:commentReference, by the splitting of a run where a comment starts or
// ends inside it (the second half repeats the run's start tag and w:rPr),
// and by xml:space="preserve" on a w:t that is split, so that Word keeps
// the spaces at the split. Comments already in the document are kept; the
// new ones take ids above theirs.
package annotate

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/complaintlint/complaintlint/lint/input"
)

// Comment is one comment to anchor.
type Comment struct {
	// Start and End are byte offsets in the text input.ReadDocx reads from
	// the document (tracked changes accepted): the comment covers
	// [Start, End). An empty span covers the character after it.
	Start, End int
	// Text is the comment; each line becomes a paragraph of it.
	Text string
}

// Options say who the comments are by.
type Options struct {
	Author   string
	Initials string
	// Date stamps the comments; the zero time leaves the date out.
	Date time.Time
	// Appendix, when set, is a table added after the last paragraph (the
	// element chart). The self-check then expects the original's text
	// followed by the appendix's.
	Appendix *Appendix
}

// Errors of Docx besides the reader's.
var (
	// ErrNoContentTypes is a zip without [Content_Types].xml, which no word
	// processor opens.
	ErrNoContentTypes = errors.New("not a Word package: no [Content_Types].xml")
	// ErrChanged means the copy would not read as the original does: a bug,
	// and the copy is not returned.
	ErrChanged = errors.New("internal error: the annotated copy would not read the same as the original (please report it)")
)

// Part names and the vocabulary of the package parts written.
const (
	documentPart     = "word/document.xml"
	documentRels     = "word/_rels/document.xml.rels"
	contentTypesPart = "[Content_Types].xml"
	defaultComments  = "word/comments.xml"

	nsW          = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict    = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	relComments  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
	relCommentsS = "http://purl.oclc.org/ooxml/officeDocument/relationships/comments"
	nsRels       = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsTypes      = "http://schemas.openxmlformats.org/package/2006/content-types"
	typeComments = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
)

// Docx returns a copy of the .docx in data with the comments added, and
// the id each comment got. The input is read as hostile, with the reader's
// limits and errors. A comment whose span holds no text of the document
// is anchored on the paragraph it points into.
func Docx(data []byte, comments []Comment, opt Options) ([]byte, []int, error) {
	src, layout, err := input.ReadDocxLayout("", data)
	if err != nil {
		return nil, nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if zr == nil || err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, nil, fmt.Errorf("%w: %w", input.ErrNotZip, err)
	}
	pkg, err := readPackage(data, zr)
	if err != nil {
		return nil, nil, err
	}
	doc := layout.Document
	ns, err := rootNamespace(documentPart, doc)
	if err != nil {
		return nil, nil, err
	}
	used, err := commentIDs(documentPart, doc)
	if err != nil {
		return nil, nil, err
	}
	if pkg.comments != nil {
		ids, err := commentIDs(pkg.commentsName, pkg.comments)
		if err != nil {
			return nil, nil, err
		}
		used = append(used, ids...)
	}
	next := 0
	for _, id := range used {
		next = max(next, id+1)
	}
	ids := make([]int, len(comments))
	for i := range ids {
		ids[i] = next + i
	}

	a := newAnchorer(layout, src.Src, ns)
	for i, c := range comments {
		a.anchor(ids[i], c.Start, c.End)
	}
	newDoc := a.splice()
	if ap := opt.Appendix; ap != nil {
		if err := ap.validate(); err != nil {
			return nil, nil, err
		}
		if newDoc, err = appendTable(newDoc, ns, ap); err != nil {
			return nil, nil, err
		}
	}

	parts := map[string][]byte{documentPart: newDoc}
	if len(comments) > 0 {
		if parts[pkg.commentsName], err = commentsXML(pkg.comments, ns, comments, ids, opt); err != nil {
			return nil, nil, err
		}
		if pkg.rels, err = addRelationship(pkg.rels, ns, pkg.commentsName); err != nil {
			return nil, nil, err
		}
		parts[documentRels] = pkg.rels
		if parts[contentTypesPart], err = addOverride(pkg.types, pkg.commentsName); err != nil {
			return nil, nil, err
		}
	}
	out, err := writeZip(zr, parts)
	if err != nil {
		return nil, nil, err
	}
	if err := verify(out, src.Src, opt.Appendix, parts); err != nil {
		return nil, nil, err
	}
	return out, ids, nil
}

// pkg is what Docx reads from the package besides the body.
type pkg struct {
	types        []byte
	rels         []byte // nil when the document has no relationships part
	commentsName string // the comments part, existing or to be made
	comments     []byte // nil when there is none yet
}

func readPackage(data []byte, zr *zip.Reader) (*pkg, error) {
	p := &pkg{commentsName: defaultComments}
	var err error
	if p.types, err = input.ReadDocxPart(data, contentTypesPart); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNoContentTypes
		}
		return nil, err
	}
	p.rels, err = input.ReadDocxPart(data, documentRels)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if p.rels != nil {
		target, err := commentsTarget(p.rels)
		if err != nil {
			return nil, err
		}
		if target != "" {
			p.commentsName = target
		}
	}
	for _, f := range zr.File {
		if f.Name == p.commentsName {
			if p.comments, err = input.ReadDocxPart(data, p.commentsName); err != nil {
				return nil, err
			}
			break
		}
	}
	return p, nil
}

// writeZip copies every entry of zr in order, raw, except those parts
// replaces (the first entry of each name), and appends the parts zr lacks.
func writeZip(zr *zip.Reader, parts map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	done := map[string]bool{}
	for _, f := range zr.File {
		body, replace := parts[f.Name]
		if !replace || done[f.Name] {
			if err := zw.Copy(f); err != nil {
				return nil, fmt.Errorf("copying %s: %w", f.Name, err)
			}
			continue
		}
		done[f.Name] = true
		h := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified, Comment: f.Comment}
		if err := writeEntry(zw, h, body); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(parts))
	for name := range parts {
		if !done[name] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)}
		if err := writeEntry(zw, h, parts[name]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writeEntry(zw *zip.Writer, h *zip.FileHeader, body []byte) error {
	w, err := zw.CreateHeader(h)
	if err != nil {
		return fmt.Errorf("writing %s: %w", h.Name, err)
	}
	if _, err := w.Write(body); err != nil {
		return fmt.Errorf("writing %s: %w", h.Name, err)
	}
	return nil
}

// verify re-reads the copy: the text must be the original's, and the
// changed parts well-formed.
func verify(out, want []byte, ap *Appendix, parts map[string][]byte) error {
	got, err := input.ReadDocx("", out)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrChanged, err)
	}
	if ap == nil {
		if !bytes.Equal(got.Src, want) {
			return ErrChanged
		}
	} else {
		// The original's text, untouched, then the appendix's paragraphs
		// and cells in order.
		rest, ok := bytes.CutPrefix(got.Src, want)
		if !ok || !slices.Equal(strings.Split(strings.Trim(string(rest), "\n"), "\n"), ap.text()) {
			return ErrChanged
		}
	}
	for name, body := range parts {
		if err := wellFormed(name, body); err != nil {
			return fmt.Errorf("%w: %w", ErrChanged, err)
		}
	}
	return nil
}

// anchorer computes the insertions into document.xml.
type anchorer struct {
	l      *input.DocxLayout
	doc    []byte
	ns     string
	starts []int // byte offset in the text of each paragraph
	chunks []chunkRef
	points map[int]*point
}

// chunkRef places a chunk in the whole text.
type chunkRef struct {
	at       int // byte offset in the text
	para, ch int
}

// point is one place of document.xml where markup goes: markers between
// close (which ends the run or w:t being split) and open (which reopens it).
type point struct {
	pos         int
	close, open string
	prefix      string // the WordprocessingML prefix in scope, "" for none
	markers     []marker
	attr        bool // an xml:space attribute for a w:t start tag instead
}

type marker struct {
	id    int
	end   bool
	empty bool // the comment's range is empty: its start comes first
}

func newAnchorer(l *input.DocxLayout, text []byte, ns string) *anchorer {
	a := &anchorer{l: l, doc: l.Document, ns: ns, points: map[int]*point{}}
	at := 0
	for pi := range l.Paras {
		a.starts = append(a.starts, at)
		for ci, c := range l.Paras[pi].Chunks {
			a.chunks = append(a.chunks, chunkRef{at: at + c.Text, para: pi, ch: ci})
		}
		if i := bytes.IndexByte(text[at:], '\n'); i >= 0 {
			at += i + 1
		} else {
			at = len(text)
		}
	}
	return a
}

func (a *anchorer) chunk(k int) *input.DocxChunk {
	r := a.chunks[k]
	return &a.l.Paras[r.para].Chunks[r.ch]
}

// anchor places comment id on [s, e) of the text.
func (a *anchorer) anchor(id, s, e int) {
	total := 0
	if n := len(a.chunks); n > 0 {
		total = a.chunks[n-1].at + a.chunk(n-1).Len
	}
	s = max(0, s)
	e = max(s, e)
	if s == e { // the character after, or else before
		e = s + 1
		if s >= total && s > 0 {
			s, e = s-1, s
		}
	}
	// The first and last chunks the span touches.
	first := sort.Search(len(a.chunks), func(k int) bool { return a.chunks[k].at+a.chunk(k).Len > s })
	last := sort.Search(len(a.chunks), func(k int) bool { return a.chunks[k].at >= e }) - 1
	if first >= len(a.chunks) || last < 0 || a.chunks[first].at >= e || first > last {
		a.anchorParagraph(id, s)
		return
	}
	a.startAt(id, first, max(s, a.chunks[first].at)-a.chunks[first].at)
	a.endAt(id, last, min(e, a.chunks[last].at+a.chunk(last).Len)-a.chunks[last].at)
}

// anchorParagraph anchors on the whole paragraph holding text offset s, or
// the nearest one after (or before) it that can hold markup.
func (a *anchorer) anchorParagraph(id, s int) {
	pi := sort.Search(len(a.starts), func(i int) bool { return a.starts[i] > s }) - 1
	pi = max(pi, 0)
	order := make([]int, 0, len(a.l.Paras))
	for i := pi; i < len(a.l.Paras); i++ {
		order = append(order, i)
	}
	for i := pi - 1; i >= 0; i-- {
		order = append(order, i)
	}
	for _, i := range order {
		p := &a.l.Paras[i]
		if p.ContentStart < 0 {
			continue
		}
		prefix := a.prefixAt(p.Start)
		a.add(p.ContentStart, "", "", prefix, marker{id: id, empty: true})
		a.add(p.ContentEnd, "", "", prefix, marker{id: id, end: true, empty: true})
		return
	}
}

// startAt starts comment id at byte o of chunk k.
func (a *anchorer) startAt(id, k, o int) {
	c := a.chunk(k)
	if c.Kind == input.DocxChars && o > 0 {
		for o > 0 {
			if raw, ok := a.l.RawOffset(c, o); ok {
				a.splitText(c, raw, marker{id: id})
				return
			}
			o--
		}
	}
	switch {
	case c.Run >= 0 && (k == 0 || a.chunk(k-1).Run != c.Run):
		a.add(a.l.Runs[c.Run].Start, "", "", a.prefixAt(a.l.Runs[c.Run].Start), marker{id: id})
	case c.Kind == input.DocxMark:
		a.splitRun(c, c.RawStart, marker{id: id})
	case k == 0 || a.chunk(k-1).Kind != input.DocxChars || a.chunk(k-1).TagStart != c.TagStart:
		a.splitRun(c, c.TagStart, marker{id: id})
	default: // between two pieces of character data of one w:t
		a.splitTextAt(c, c.RawStart, false, marker{id: id})
	}
}

// endAt ends comment id after byte o (> 0) of chunk k.
func (a *anchorer) endAt(id, k, o int) {
	c := a.chunk(k)
	m := marker{id: id, end: true}
	if c.Kind == input.DocxChars && o < c.Len {
		for ; o < c.Len; o++ {
			if raw, ok := a.l.RawOffset(c, o); ok {
				a.splitText(c, raw, m)
				return
			}
		}
	}
	lastInRun := k+1 == len(a.chunks) || a.chunk(k+1).Run != c.Run
	switch {
	case c.Run >= 0 && lastInRun:
		a.add(a.l.Runs[c.Run].End, "", "", a.prefixAt(a.l.Runs[c.Run].Start), m)
	case c.Kind == input.DocxMark:
		a.splitRun(c, c.RawEnd, m)
	case lastInRun || a.chunk(k+1).Kind != input.DocxChars || a.chunk(k+1).TagStart != c.TagStart:
		a.splitRun(c, c.ElemEnd, m)
	default:
		a.splitTextAt(c, c.RawEnd, false, m)
	}
}

// splitRun puts a marker between two children of the chunk's run, ending
// the run before it and reopening it after.
func (a *anchorer) splitRun(c *input.DocxChunk, pos int, m marker) {
	if c.Run < 0 {
		a.add(pos, "", "", a.prefixAt(pos), m)
		return
	}
	r := a.l.Runs[c.Run]
	rname := a.qname(r.Start)
	reopen := string(a.doc[r.Start:r.StartTagEnd]) + string(a.doc[r.RPrStart:r.RPrEnd])
	a.add(pos, "</"+rname+">", reopen, a.prefixAt(r.Start), m)
}

// splitText puts a marker inside the character data of a w:t.
func (a *anchorer) splitText(c *input.DocxChunk, raw int, m marker) {
	a.splitTextAt(c, raw, a.l.CDATA(c) && raw > c.RawStart && raw < c.RawEnd, m)
}

func (a *anchorer) splitTextAt(c *input.DocxChunk, raw int, inCDATA bool, m marker) {
	tname := a.qname(c.TagStart)
	closeT, openT := "</"+tname+">", "<"+tname+` xml:space="preserve">`
	if inCDATA {
		closeT, openT = "]]>"+closeT, openT+"<![CDATA["
	}
	prefix := a.prefixAt(c.TagStart)
	if c.Run >= 0 {
		r := a.l.Runs[c.Run]
		closeT += "</" + a.qname(r.Start) + ">"
		openT = string(a.doc[r.Start:r.StartTagEnd]) + string(a.doc[r.RPrStart:r.RPrEnd]) + openT
		prefix = a.prefixAt(r.Start)
	}
	a.add(raw, closeT, openT, prefix, m)
	if !c.XMLSpace {
		// The first half may now end with a space Word would drop.
		pos := c.TagStart + 1 + len(tname)
		if _, ok := a.points[pos]; !ok {
			a.points[pos] = &point{pos: pos, attr: true}
		}
	}
}

// add records a marker at pos; the wrapping of the first marker at a place
// serves the others.
func (a *anchorer) add(pos int, closeS, openS, prefix string, m marker) {
	p, ok := a.points[pos]
	if !ok {
		p = &point{pos: pos, close: closeS, open: openS, prefix: prefix}
		a.points[pos] = p
	}
	p.markers = append(p.markers, m)
}

// qname is the name, as written, of the element whose start tag is at pos.
func (a *anchorer) qname(pos int) string {
	i := pos + 1
	j := i
	for j < len(a.doc) && !strings.ContainsRune(" \t\r\n/>", rune(a.doc[j])) {
		j++
	}
	return string(a.doc[i:j])
}

// prefixAt is the prefix of the WordprocessingML element whose start tag is
// at pos.
func (a *anchorer) prefixAt(pos int) string {
	if p, _, ok := strings.Cut(a.qname(pos), ":"); ok {
		return p
	}
	return ""
}

// splice writes document.xml with every point's markup inserted.
func (a *anchorer) splice() []byte {
	pts := make([]*point, 0, len(a.points))
	for _, p := range a.points {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].pos < pts[j].pos })
	var b bytes.Buffer
	b.Grow(len(a.doc) + 200*len(pts))
	last := 0
	for _, p := range pts {
		b.Write(a.doc[last:p.pos])
		last = p.pos
		if p.attr {
			b.WriteString(` xml:space="preserve"`)
			continue
		}
		b.WriteString(p.close)
		a.writeMarkers(&b, p)
		b.WriteString(p.open)
	}
	b.Write(a.doc[last:])
	return b.Bytes()
}

// writeMarkers writes a point's markers: the ends of ranges that started
// before, then starts, then the ends of empty ranges.
func (a *anchorer) writeMarkers(b *bytes.Buffer, p *point) {
	rank := func(m marker) int {
		switch {
		case m.end && !m.empty:
			return 0
		case !m.end:
			return 1
		}
		return 2
	}
	ms := append([]marker(nil), p.markers...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ri, rj := rank(ms[i]), rank(ms[j]); ri != rj {
			return ri < rj
		}
		return ms[i].id < ms[j].id
	})
	// With no prefix in scope, the markup declares its own.
	w, decl := p.prefix, ""
	if w == "" {
		w, decl = "w", ` xmlns:w="`+a.ns+`"`
	}
	for _, m := range ms {
		id := strconv.Itoa(m.id)
		if !m.end {
			fmt.Fprintf(b, `<%s:commentRangeStart%s %s:id="%s"/>`, w, decl, w, id)
			continue
		}
		fmt.Fprintf(b, `<%s:commentRangeEnd%s %s:id="%s"/>`, w, decl, w, id)
		fmt.Fprintf(b, `<%s:r%s><%s:commentReference %s:id="%s"/></%s:r>`, w, decl, w, w, id, w)
	}
}
