package input

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// The body pre-scan: before word/document.xml is handed to the XML
// decoder, one pass over its bytes follows the body reader's walk closely
// enough to count the paragraphs it would read, exactly, and a lower bound
// of the text it would keep. A part past the paragraph or text limit is
// then refused in tens of milliseconds; parsed, it would be refused only
// after the decoder had spent up to a second reaching the point where the
// limit trips (two million elements, then the text).
//
// Refusing early is safe because the scan never counts more than the
// reader reads, for any part the decoder accepts as well-formed; a
// malformed part is refused by the reader anyway. Where the walk is not
// followed exactly the scan undercounts:
//   - character and entity references count one byte each (the decoder
//     makes one to four of them), carriage returns none (the decoder turns
//     CR LF into one LF);
//   - w:tab, w:br and the other elements read as one character count
//     nothing;
//   - a run whose w:rPr holds a w:vanish or w:specVanish anywhere counts as
//     hidden, whatever the toggle's value;
//   - a start tag longer than the scan's largest buffer (far past the tag
//     limit) ends the bound where it stands.
// The element count and the nesting depth are the parser's own, so those
// refusals are the ones the reader would give, at the same element.

// maxScanTag is the longest start tag the body scan holds whole; the
// reader refuses tags past docxLimit.maxTag long before.
const maxScanTag = 1 << 20

// wordKind is the Word local name of an element, as far as the body
// reader tells them apart.
type wordKind uint8

const (
	wOther    wordKind = iota // any other name, or an element outside the Word vocabulary
	wDocument                 // w:document
	wBody                     // w:body
	wP                        // w:p
	wPPr                      // w:pPr
	wRPr                      // w:rPr
	wR                        // w:r
	wT                        // w:t
	wDelText                  // w:delText
	wFldChar                  // w:fldChar
	wSkipped                  // content the reader always skips (bodyReader.skipped)
	wDeleted                  // w:del, w:moveFrom: skipped unless reading the original
	wInserted                 // w:ins, w:moveTo: skipped when reading the original
	wVanish                   // w:vanish, w:specVanish
	mcWrapper                 // mc:AlternateContent, mc:Fallback: read through
	mcChoice                  // mc:Choice: skipped
)

var wordKinds = map[string]wordKind{
	"document": wDocument, "body": wBody, "p": wP, "pPr": wPPr, "rPr": wRPr, "r": wR,
	"t": wT, "delText": wDelText, "fldChar": wFldChar,
	"sectPr": wSkipped, "tblPr": wSkipped, "tblGrid": wSkipped, "trPr": wSkipped, "tcPr": wSkipped,
	"tblPrEx": wSkipped, "sdtPr": wSkipped, "sdtEndPr": wSkipped, "drawing": wSkipped, "pict": wSkipped,
	"object": wSkipped, "txbxContent": wSkipped, "instrText": wSkipped, "delInstrText": wSkipped, "rt": wSkipped,
	"del": wDeleted, "moveFrom": wDeleted, "ins": wInserted, "moveTo": wInserted,
	"vanish": wVanish, "specVanish": wVanish,
}

// nsBinding is a namespace prefix as it was before an element redeclared
// it, restored at the element's end.
type nsBinding struct {
	prefix, ns string
	bound      bool
}

// bodyScan is the body reader's state as the scan follows it.
type bodyScan struct {
	original bool

	ns map[string]string // prefix ("" for the default) to namespace
	// lastPrefix's namespace was lastNS ("" for none) when lastValid.
	lastPrefix []byte
	lastNS     string
	lastValid  bool
	saved      []nsBinding // bindings to restore, innermost last
	open       []int       // per open element: len(saved) at its start
	words      []wordKind  // the reader's element stack (mc wrappers left out)
	wrapper    []bool      // per open element: an mc wrapper, not on words

	// skipDepth > 0 inside an element the reader skips or reads only for
	// its properties; inRunProps says that element is a run's w:rPr, where
	// a w:vanish hides the run.
	skipDepth  int
	inRunProps bool

	inBody    bool
	openParas int
	paras     int
	inText    bool
	hidden    bool
	fieldState
	text     int  // lower bound of the bytes of text the reader keeps
	inRef    bool // inside a character or entity reference in counted text
	gaveUp   bool // the bound stopped (a start tag past maxScanTag)
	counting bool // character data here is text the reader keeps
}

// partScan reads one part's bytes once, counting elements and, for the
// body, following the body reader.
type partScan struct {
	part      string
	r         io.Reader
	buf       []byte
	pos, end  int
	eof       bool
	readErr   error
	elements  int
	runs      int
	depth     int
	body      *bodyScan
	scanLimit int // buffer growth limit, maxScanTag outside tests
}

// partCounts is what a scan found in a part it did not refuse.
type partCounts struct {
	runs  int // elements written "<w:r"
	paras int // body paragraphs, when the body was followed
	text  int // lower bound of the body text's bytes, newlines between paragraphs left out
}

// scanBody scans word/document.xml, refusing it when it holds more
// elements, paragraphs or text, or nests deeper, than the reader allows.
func scanBody(part string, r io.Reader, original bool) (partCounts, error) {
	s := newPartScan(part, r)
	s.body = &bodyScan{original: original, ns: map[string]string{}}
	return s.run()
}

func newPartScan(part string, r io.Reader) *partScan {
	return &partScan{part: part, r: r, buf: make([]byte, 64<<10), scanLimit: maxScanTag}
}

func (s *partScan) following() bool { return s.body != nil && !s.body.gaveUp }

// fill moves the unread bytes to the front of the buffer and reads more
// after them, growing the buffer up to the scan limit when it is full. It
// reports whether any byte was added.
func (s *partScan) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.scanLimit {
			return false
		}
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.readErr = err
			}
		}
		if n > 0 || s.eof {
			return n > 0
		}
	}
}

// ensure makes n bytes from pos available if the part has them.
func (s *partScan) ensure(n int) {
	for s.end-s.pos < n && s.fill() {
	}
}

func (s *partScan) run() (partCounts, error) {
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			if err := s.chars(s.buf[s.pos:s.end]); err != nil {
				return partCounts{}, err
			}
			s.pos = s.end
			if !s.fill() {
				return s.done()
			}
			continue
		}
		if err := s.chars(s.buf[s.pos : s.pos+i]); err != nil {
			return partCounts{}, err
		}
		s.pos += i
		if err := s.markup(); err != nil {
			return partCounts{}, err
		}
	}
}

// done ends the scan: a read error is the reader's to report the same
// way; the text limit applies to the paragraphs joined by newlines.
func (s *partScan) done() (partCounts, error) {
	if s.readErr != nil {
		return partCounts{}, s.readErr
	}
	c := partCounts{runs: s.runs}
	if b := s.body; b != nil {
		c.paras, c.text = b.paras, b.text
		if !b.gaveUp && b.text+max(b.paras-1, 0) > MaxTextSize {
			return partCounts{}, textTooLarge()
		}
	}
	return c, nil
}

// markup handles the markup starting at pos, a "<".
func (s *partScan) markup() error {
	s.ensure(len("<![CDATA["))
	head := s.buf[s.pos:s.end]
	if len(head) > 1 && head[1] != '?' && head[1] != '!' && head[1] != '/' {
		return s.startTag()
	}
	switch {
	case bytes.HasPrefix(head, []byte("<?")):
		s.skipPast("?>")
	case bytes.HasPrefix(head, []byte("<!--")):
		s.skipPast("-->")
	case bytes.HasPrefix(head, []byte("<![CDATA[")):
		s.pos += len("<![CDATA[")
		return s.cdata()
	case bytes.HasPrefix(head, []byte("<!")):
		// A DOCTYPE is left to the parser, which refuses it.
		s.pos++
	case bytes.HasPrefix(head, []byte("</")):
		if !s.following() {
			s.pos++
			return nil
		}
		gt := s.tagEnd(false)
		if gt < 0 {
			s.stopFollowing()
			return nil
		}
		s.pos = gt + 1
		s.endElement()
	default:
		return s.startTag()
	}
	return nil
}

// startTag counts the element whose start tag is at pos and, following the
// body, reads the tag whole.
func (s *partScan) startTag() error {
	s.ensure(len("<w:r>"))
	if len(head(s.buf[s.pos:s.end], 1)) == 0 {
		s.pos++ // "<" at the end of the part: the parser's to refuse
		return nil
	}
	s.elements++
	if s.elements > docxLimit.maxElements {
		return tooManyElements(s.part)
	}
	if name := s.buf[s.pos+1 : s.end]; len(name) >= len("w:r>") && string(name[:3]) == "w:r" && isNameEnd(name[3]) {
		s.runs++
	}
	if !s.following() {
		s.pos++
		return nil
	}
	gt := s.tagEnd(true)
	if gt < 0 {
		s.stopFollowing()
		s.pos++
		return nil
	}
	tag := s.buf[s.pos+1 : gt]
	s.pos = gt + 1
	empty := len(tag) > 0 && tag[len(tag)-1] == '/'
	if empty {
		tag = tag[:len(tag)-1]
	}
	s.depth++
	if s.depth > docxLimit.maxDepth {
		return fmt.Errorf("%s: %w (more than %d levels)", s.part, ErrXMLTooDeep, docxLimit.maxDepth)
	}
	if err := s.body.start(tag, empty); err != nil {
		return err
	}
	if empty {
		s.depth--
	}
	return nil
}

func head(b []byte, n int) []byte { return b[:min(n, len(b))] }

// stopFollowing ends the body bound where it stands; elements are still
// counted.
func (s *partScan) stopFollowing() { s.body.gaveUp = true }

// tagEnd returns the index in buf of the ">" closing the tag at pos
// (outside quoted attribute values for a start tag), reading on as needed;
// -1 when the tag is longer than the scan holds.
func (s *partScan) tagEnd(quoted bool) int {
	rel := 1    // offset from pos of the first byte not yet looked at
	gtRel := -1 // offset from pos of the next ">" (or of the end), -1 if not yet searched
	var quote byte
	for {
		i := s.pos + rel
		for i < s.end {
			if quote != 0 {
				j := bytes.IndexByte(s.buf[i:s.end], quote)
				if j < 0 {
					i = s.end
					break
				}
				i += j + 1
				quote = 0
				continue
			}
			// The ">" found last is reused until a quote skips past it, so
			// a long tag is searched once, not once per attribute.
			// (gtRel at the end of the buffer: no ">" before it.)
			if gtRel < 0 || s.pos+gtRel < i {
				gtRel = s.end - s.pos
				if j := bytes.IndexByte(s.buf[i:s.end], '>'); j >= 0 {
					gtRel = i + j - s.pos
				}
			}
			gt := s.pos + gtRel
			if q := indexQuote(s.buf[i:gt]); quoted && q >= 0 {
				i += q
				quote = s.buf[i]
				i++
				continue
			}
			if gt == s.end {
				i = s.end
				break
			}
			return gt
		}
		rel = i - s.pos
		gtRel = -1 // searched again in what the fill adds
		if !s.fill() {
			return -1
		}
	}
}

// indexQuote is the index of the first quote, single or double, in b, or
// -1.
func indexQuote(b []byte) int {
	i := bytes.IndexByte(b, '"')
	if i >= 0 {
		b = b[:i] // a single quote counts only before it
	}
	if j := bytes.IndexByte(b, '\''); j >= 0 {
		return j
	}
	return i
}

// skipPast consumes the part through the next end.
func (s *partScan) skipPast(end string) {
	s.pos += 2
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], []byte(end)); i >= 0 {
			s.pos += i + len(end)
			return
		}
		s.pos = max(s.pos, s.end-(len(end)-1))
		if !s.fill() {
			s.pos = s.end
			return
		}
	}
}

// cdata reads a CDATA section, counted as text where character data is.
func (s *partScan) cdata() error {
	for {
		i := bytes.Index(s.buf[s.pos:s.end], []byte("]]>"))
		if i >= 0 {
			err := s.literal(s.buf[s.pos : s.pos+i])
			s.pos += i + len("]]>")
			return err
		}
		keep := max(s.pos, s.end-2)
		if err := s.literal(s.buf[s.pos:keep]); err != nil {
			return err
		}
		s.pos = keep
		if !s.fill() {
			s.pos = s.end
			return nil
		}
	}
}

// literal counts CDATA content: every byte but carriage returns.
func (s *partScan) literal(b []byte) error {
	if !s.following() || !s.body.counting {
		return nil
	}
	s.body.text += len(b) - bytes.Count(b, []byte("\r"))
	return s.checkText()
}

// chars counts character data: a reference as one byte, carriage returns
// as none.
func (s *partScan) chars(b []byte) error {
	if !s.following() || !s.body.counting || len(b) == 0 {
		return nil
	}
	bs := s.body
	if !bs.inRef && bytes.IndexByte(b, '&') < 0 {
		bs.text += len(b) - bytes.Count(b, []byte("\r"))
		return s.checkText()
	}
	for _, c := range b {
		switch {
		case bs.inRef:
			bs.inRef = c != ';'
		case c == '&':
			bs.inRef = true
			bs.text++
		case c != '\r':
			bs.text++
		}
	}
	return s.checkText()
}

// checkText refuses the part once the text counted passes the limit: the
// reader, counting at least as much, has refused it by then.
func (s *partScan) checkText() error {
	if s.body.text > MaxTextSize {
		return textTooLarge()
	}
	return nil
}

// endElement follows an end tag.
func (s *partScan) endElement() {
	s.depth--
	b := s.body
	if b.skipDepth > 0 {
		b.skipDepth--
		if b.skipDepth == 0 {
			b.inRunProps = false
			b.update()
		}
		return
	}
	n := len(b.open) - 1
	if n < 0 {
		return // malformed: the parser's to refuse
	}
	b.restore(b.open[n])
	b.open = b.open[:n]
	wrapper := b.wrapper[n]
	b.wrapper = b.wrapper[:n]
	if wrapper || len(b.words) == 0 {
		return
	}
	b.end(b.words[len(b.words)-1])
	b.words = b.words[:len(b.words)-1]
	b.update()
}

// restore undoes the namespace declarations made since saved had n
// entries.
func (b *bodyScan) restore(n int) {
	if len(b.saved) > n {
		b.lastValid = false
	}
	for i := len(b.saved) - 1; i >= n; i-- {
		if old := b.saved[i]; old.bound {
			b.ns[old.prefix] = old.ns
		} else {
			delete(b.ns, old.prefix)
		}
	}
	b.saved = b.saved[:n]
}

// start follows a start tag (tag is its text between "<" and ">", less a
// closing "/"); empty is true for a self-closing element.
func (b *bodyScan) start(tag []byte, empty bool) error {
	nameEnd := 0
	for nameEnd < len(tag) && !isSpace(tag[nameEnd]) {
		nameEnd++
	}
	name, attrs := tag[:nameEnd], tag[nameEnd:]
	if b.skipDepth > 0 {
		if b.inRunProps && b.localKind(name) == wVanish {
			b.hidden = true
		}
		if !empty {
			b.skipDepth++
		}
		return nil
	}
	mark := len(b.saved)
	if bytes.Contains(attrs, []byte("xmlns")) {
		b.declare(attrs)
	}
	kind := b.kind(name)
	if kind == wFldChar {
		b.fieldChar(attrs)
	}
	switch kind {
	case mcChoice:
		b.restore(mark)
		b.inRunProps = false
		if !empty {
			b.skipDepth = 1
		}
		return nil
	case mcWrapper:
		if empty {
			b.restore(mark)
			return nil
		}
		b.open = append(b.open, mark)
		b.wrapper = append(b.wrapper, true)
		return nil
	}
	parent := wOther
	if len(b.words) > 0 {
		parent = b.words[len(b.words)-1]
	}
	region := false
	switch {
	case kind == wBody && parent == wDocument:
		b.inBody = true
	case kind == wP && b.inBody:
		b.paras++
		b.openParas++
		if b.paras > MaxLines {
			return tooManyLines("paragraphs")
		}
	case kind == wPPr && parent == wP && b.openParas > 0:
		region = true
		b.inRunProps = false
	case kind == wRPr && parent == wR:
		region = true
		b.hidden = false
		b.inRunProps = true
	case kind == wPPr || kind == wRPr || kind == wSkipped || kind == wDeleted && !b.original || kind == wInserted && b.original:
		region = true
		b.inRunProps = false
	case kind == wR:
		b.hidden = false
	case kind == wT:
		b.inText = true
	case kind == wDelText:
		b.inText = b.original
	}
	if region {
		b.restore(mark)
		if !empty {
			b.skipDepth = 1
		}
		b.update()
		return nil
	}
	if empty {
		b.restore(mark)
		b.end(kind)
	} else {
		b.open = append(b.open, mark)
		b.wrapper = append(b.wrapper, false)
		b.words = append(b.words, kind)
	}
	b.update()
	return nil
}

// end follows the end of an element the reader walked into.
func (b *bodyScan) end(kind wordKind) {
	switch kind {
	case wP:
		if b.inBody && b.openParas > 0 {
			b.openParas--
		}
	case wT, wDelText:
		b.inText = false
	case wR:
		b.hidden = false
	case wBody:
		b.inBody = false
	}
}

// update recomputes whether character data here is kept text.
func (b *bodyScan) update() {
	b.counting = b.skipDepth == 0 && b.inText && b.openParas > 0 && !b.hidden && b.inInstrs == 0
	if !b.counting {
		b.inRef = false
	}
}

// kind resolves an element's name the way the decoder does: a prefix
// through the declarations in scope, no prefix through the default
// namespace.
func (b *bodyScan) kind(name []byte) wordKind {
	prefix, local := splitName(name)
	// Nearly every element has the prefix of the one before: its
	// namespace is looked up again only when the prefix or the
	// declarations change.
	if !b.lastValid || !bytes.Equal(prefix, b.lastPrefix) {
		ns, ok := b.ns[string(prefix)]
		if !ok || string(prefix) == "xml" || string(prefix) == "xmlns" {
			ns = ""
		}
		b.lastPrefix, b.lastNS, b.lastValid = append(b.lastPrefix[:0], prefix...), ns, true
	}
	ns := b.lastNS
	switch ns {
	case nsW, nsWStrict:
		if k, ok := wordKinds[string(local)]; ok {
			return k
		}
	case nsMC:
		switch string(local) {
		case "AlternateContent", "Fallback":
			return mcWrapper
		case "Choice":
			return mcChoice
		}
	}
	return wOther
}

// localKind is kind by the local name alone, whatever the namespace: used
// where counting a name the reader would not see only makes the bound
// lower.
func (b *bodyScan) localKind(name []byte) wordKind {
	_, local := splitName(name)
	return wordKinds[string(local)]
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// splitName splits a qualified name as the decoder does: at its colon,
// unless either side would be empty.
func splitName(name []byte) (prefix, local []byte) {
	if i := bytes.IndexByte(name, ':'); i > 0 && i < len(name)-1 {
		return name[:i], name[i+1:]
	}
	return nil, name
}

// declare applies the namespace declarations among attrs, saving the
// bindings they replace.
func (b *bodyScan) declare(attrs []byte) {
	forEachAttr(attrs, func(name, value []byte) {
		var prefix string
		switch {
		case string(name) == "xmlns":
		case bytes.HasPrefix(name, []byte("xmlns:")) && len(name) > len("xmlns:") && bytes.IndexByte(name[len("xmlns:"):], ':') < 0:
			prefix = string(name[len("xmlns:"):])
		default:
			return
		}
		old, bound := b.ns[prefix]
		b.saved = append(b.saved, nsBinding{prefix: prefix, ns: old, bound: bound})
		b.lastValid = false
		b.ns[prefix] = unescapeAttr(value)
	})
}

// fieldChar follows a w:fldChar as bodyReader.fieldChar does.
func (b *bodyScan) fieldChar(attrs []byte) {
	typ, found := "", false
	forEachAttr(attrs, func(name, value []byte) {
		if found {
			return
		}
		prefix, local := splitName(name)
		if string(local) != "fldCharType" {
			return
		}
		if prefix != nil {
			if ns := b.ns[string(prefix)]; ns != nsW && ns != nsWStrict {
				return
			}
		}
		typ, found = unescapeAttr(value), true
	})
	b.advance(typ)
}

// forEachAttr calls fn for each name="value" in a start tag's attributes.
// Malformed attributes end the walk: the parser refuses them.
func forEachAttr(attrs []byte, fn func(name, value []byte)) {
	for {
		attrs = bytes.TrimLeft(attrs, " \t\r\n")
		eq := bytes.IndexByte(attrs, '=')
		if eq <= 0 {
			return
		}
		name := bytes.TrimRight(attrs[:eq], " \t\r\n")
		rest := bytes.TrimLeft(attrs[eq+1:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
			return
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return
		}
		fn(name, rest[1:1+end])
		attrs = rest[end+2:]
	}
}

// unescapeAttr decodes the references in an attribute value. A reference
// the decoder would not accept is kept as written: the parser refuses the
// part, whatever the scan made of it.
func unescapeAttr(v []byte) string {
	if bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	var out []byte
	for len(v) > 0 {
		amp := bytes.IndexByte(v, '&')
		if amp < 0 {
			return string(append(out, v...))
		}
		out = append(out, v[:amp]...)
		semi := bytes.IndexByte(v[amp:], ';')
		if semi < 0 {
			return string(append(out, v[amp:]...))
		}
		ref := v[amp+1 : amp+semi]
		if r, ok := referenceText(ref); ok {
			out = append(out, r...)
		} else {
			out = append(out, v[amp:amp+semi+1]...)
		}
		v = v[amp+semi+1:]
	}
	return string(out)
}

// referenceText is the text of a character or entity reference (the name
// between "&" and ";") as the decoder reads it; ok is false for one it
// refuses.
func referenceText(ref []byte) (string, bool) {
	switch string(ref) {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "amp":
		return "&", true
	case "apos":
		return "'", true
	case "quot":
		return `"`, true
	}
	if len(ref) < 2 || ref[0] != '#' {
		return "", false
	}
	base, digits := 10, ref[1:]
	if digits[0] == 'x' {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || !utf8.ValidRune(rune(n)) {
		return "", false
	}
	return string(rune(n)), true
}
