package legal

import (
	"regexp/syntax"
	"sync"
)

// joined is a count's heading and body as Classify reads them together:
// the plain string heading + "\n" + body, and the two spans of the
// document it is made of. A cue list's question about the whole is asked
// of the body's span, which the document's index answers from its
// candidates, and of the few places that begin in the heading or at the
// line break joining the two, which are tried in the joined string itself;
// the joined string is no longer scanned whole, once per cue list, for
// every count.
type joined struct {
	heading, body Text
	s             string // heading + "\n" + body
	// space is s's longest white-space run once worked out (-1 before),
	// which bounds how far a try reads.
	space int
}

func newJoined(heading, body Text) *joined {
	return &joined{heading: heading, body: body, s: heading.s + "\n" + body.s, space: -1}
}

// indexed reports whether the body's questions are answered from an index:
// otherwise the joined string is asked whole, as one scan answers every
// line of a list at once.
func (j *joined) indexed() bool { return j.body.Indexed() }

// matchingLines is l.MatchingLinesText of the joined string.
func (j *joined) matchingLines(l *Lexicon) int {
	if !j.indexed() {
		return l.MatchingLinesText(Plain(j.s))
	}
	l.prepareLines()
	n := 0
	for i := range l.branches {
		if j.lineMatches(l, i) {
			n++
		}
	}
	return n
}

// match is l.MatchText of the joined string.
func (j *joined) match(l *Lexicon) bool {
	if !j.indexed() {
		return l.MatchText(Plain(j.s))
	}
	l.prepareLines()
	for i := range l.branches {
		if j.lineMatches(l, i) {
			return true
		}
	}
	return false
}

// lineMatches reports whether line i of l matches somewhere in the joined
// string. A match begins either in the heading or on the line break after
// it, and is looked for by trying each place there in the joined string
// (so a match that runs on into the body is found), or in the body: the
// body's span answers for those, since what a match sees of the text
// before it is one character, the line break, which the start of the span
// looks like to \b, \B and (?m)^. Only a line that tests for the start of
// the text (^ outside multi-line mode, \A), which holds at the start of
// the body's span but not after the line break, or one without anchors,
// which has no places to try, is asked of the joined string whole.
func (j *joined) lineMatches(l *Lexicon, i int) bool {
	c := l.branches[i].get()
	f := joinFactsOf(c)
	if c.anchors == nil || f.beginsText {
		return c.matchString(Plain(j.s))
	}
	h := len(j.heading.s)
	// Every place up to the line break where an anchor begins: the scan
	// reads far enough past it for the longest anchor to fit.
	head := j.s[:min(len(j.s), h+1+f.maxAnchor)]
	for _, at := range c.starts(Plain(head)) {
		if at > h {
			break
		}
		if c.tryMatch(j.s, at, &j.space) {
			return true
		}
	}
	return c.matchString(j.body)
}

// joinFacts is what lineMatches needs to know of a line's pattern.
type joinFacts struct {
	beginsText bool // some part of it tests for the start of the text
	maxAnchor  int  // its longest anchor, in bytes
}

var joinFactsMemo sync.Map // *compiled -> joinFacts

func joinFactsOf(c *compiled) joinFacts {
	if f, ok := joinFactsMemo.Load(c); ok {
		return f.(joinFacts)
	}
	f := joinFacts{beginsText: true}
	if re, err := syntax.Parse(c.expr, syntax.Perl); err == nil {
		f.beginsText = testsBeginText(re)
	}
	for _, a := range c.anchors {
		f.maxAnchor = max(f.maxAnchor, len(a))
	}
	joinFactsMemo.Store(c, f)
	return f
}

// testsBeginText reports whether re holds a test for the start of the text
// (\A, or ^ outside multi-line mode) anywhere.
func testsBeginText(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginText {
		return true
	}
	for _, sub := range re.Sub {
		if testsBeginText(sub) {
			return true
		}
	}
	return false
}
