package pattern

import (
	"regexp/syntax"
	"strings"
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
	return j.lines(l, false)
}

// match is l.MatchText of the joined string.
func (j *joined) match(l *Lexicon) bool {
	if !j.indexed() {
		return l.MatchText(Plain(j.s))
	}
	return j.lines(l, true) > 0
}

// lines counts the lines of l that match somewhere in the joined string,
// stopping at the first with first set.
//
// A match begins either in the heading or on the line break after it, and
// is looked for by trying each place there in the joined string (so a
// match that runs on into the body is found); one pass of the list's
// anchors over the heading finds every line's places. Or it begins in the
// body: the body's span answers for those, since what a match sees of the
// text before it is one character, the line break, which the start of the
// span looks like to \b, \B and (?m)^. Only a line that tests for the
// start of the text (^ outside multi-line mode, \A), which holds at the
// start of the body's span but not after the line break, or one without
// anchors, which has no places to try, is asked of the joined string
// whole.
func (j *joined) lines(l *Lexicon, first bool) int {
	l.prepareLines()
	f := joinFactsOf(l)
	h := len(j.heading.s)
	matched := make([]bool, len(l.branches))
	// The scan reads far enough past the line break for the longest
	// anchor that begins there to fit.
	head := j.s[:min(len(j.s), h+1+f.maxAnchor)]
	l.lines.scan(head, func(at, line int) {
		if at > h || matched[line] || f.whole[line] {
			return
		}
		matched[line] = l.branches[line].get().tryMatch(j.s, at, &j.space)
	})
	n := 0
	for i, b := range l.branches {
		switch {
		case matched[i]:
		case f.whole[i]:
			matched[i] = b.get().matchString(Plain(j.s))
		default:
			matched[i] = b.get().matchString(j.body)
		}
		if matched[i] {
			n++
			if first {
				break
			}
		}
	}
	return n
}

// joinFacts is what lines needs to know of a list's lines.
type joinFacts struct {
	// whole marks the lines asked of the joined string whole: those
	// without anchors, and those that test for the start of the text.
	whole     []bool
	maxAnchor int // the longest anchor of any line, in bytes
}

var joinFactsMemo sync.Map // *Lexicon -> *joinFacts

func joinFactsOf(l *Lexicon) *joinFacts {
	if f, ok := joinFactsMemo.Load(l); ok {
		return f.(*joinFacts)
	}
	f := &joinFacts{whole: make([]bool, len(l.branches))}
	for i, b := range l.branches {
		c := b.get()
		f.whole[i] = c.anchors == nil || mayTestBeginText(c.expr)
		for _, a := range c.anchors {
			f.maxAnchor = max(f.maxAnchor, len(a))
		}
	}
	joinFactsMemo.Store(l, f)
	return f
}

// mayTestBeginText reports whether expr, or its failing to parse, makes a
// line be asked of the joined string whole. Only "^" (outside multi-line
// mode) and "\A" test for the start of the text, so an expression without
// either is not parsed (one that does not parse at all fails the package
// tests, which compile every line): every process asks this of the lines
// of each count cue list, and parsing them was most of that work.
func mayTestBeginText(expr string) bool {
	if !strings.Contains(expr, "^") && !strings.Contains(expr, `\A`) {
		return false
	}
	re, err := syntax.Parse(expr, syntax.Perl)
	return err != nil || testsBeginText(re)
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
