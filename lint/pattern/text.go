package pattern

// Text is a string a question is asked about, with where it lies: a span
// of an indexed document's text (Index.Span, and the document model's
// spans of sentences, paragraphs and counts), or a plain string (Plain)
// that no index covers. A question asked about a span reads the document's
// index and remembers its answer with the document; a plain string is
// scanned. Both give the same answers.
type Text struct {
	ix  *Index // nil for a plain string or a text too small to index
	off int    // s's offset in ix's text
	s   string
}

// Plain is a string that is not a span of an indexed text: text a rule
// built or changed. Its questions are answered by scanning it.
func Plain(s string) Text { return Text{s: s} }

// String returns the text itself.
func (t Text) String() string { return t.s }

// Len is the text's length in bytes.
func (t Text) Len() int { return len(t.s) }

// Slice returns t[i:j], still a span of t's index. Bounds out of range
// panic, as slicing a string does.
func (t Text) Slice(i, j int) Text {
	s := t.s[i:j]
	if t.ix == nil {
		return Text{s: s}
	}
	return Text{ix: t.ix, off: t.off + i, s: s}
}

// From returns t[i:], still a span of t's index.
func (t Text) From(i int) Text { return t.Slice(i, len(t.s)) }

// Indexed reports whether t's questions are answered from an index.
func (t Text) Indexed() bool { return t.ix != nil }

// spaceHint is the longest white-space run of t's index, which is at least
// t's own and bounds how far a try reads; -1 when t has no index, so that
// a try works t's own out when it first needs it.
func (t Text) spaceHint() int {
	if t.ix != nil {
		return t.ix.spaceRun
	}
	return -1
}
