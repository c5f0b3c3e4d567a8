package pattern

import (
	"regexp/syntax"
	"unicode/utf8"
)

// A yes-or-no question (MatchString, Lexicon.Match, MatchingLines) needs
// only to know that a match begins at a place, not where it ends. Many cue
// lines end in an optional tail that only stretches the match ("does not
// require\w*[^.;]*", "infring\w*"): a tail that can match nothing never
// decides whether a match exists, but an unbounded one makes every try read,
// and the backtracker clear its visited set for, the rest of the sentence.
// Yes-or-no tries therefore use the pattern without such tails, which
// matches at exactly the places the whole pattern does and is usually
// bounded (bound.go).

// existsForm is the pattern stripped of its optional tails, anchored at
// the start of its input, with its own read bound.
type existsForm struct {
	anchored  matcher
	inContext matcher // nil unless the pattern needs context
	bound     readBound
	// stripped: the form differs from the pattern, so a try for the
	// whole match may ask it first (compiled.try).
	stripped bool
}

// existsOf returns the yes-or-no form of c, built on first use.
func (c *compiled) existsOf() *existsForm {
	c.existsOnce.Do(func() {
		c.facts()
		if c.existsExpr == "" {
			// Nothing to strip: the ordinary tries answer.
			c.exists = &existsForm{anchored: c.anchoredRe(), inContext: c.contextRe(), bound: c.bound}
			return
		}
		f := &existsForm{anchored: c.formMatcher(formExistsAnchored), bound: c.existsBound, stripped: true}
		if c.needContext {
			f.inContext = c.formMatcher(formExistsContext)
		}
		c.exists = f
	})
	return c.exists
}

// contextRe is the pattern tried from the byte before its start, or nil
// when the pattern never looks before its first character.
func (c *compiled) contextRe() matcher {
	if !c.needContext {
		return nil
	}
	c.contextOnce.Do(func() { c.inContext = c.formMatcher(formContext) })
	return c.inContext
}

// stripOptionalTail removes, in place, the elements at the end of re that
// can match the empty string on their own (x*, x?, x{0,n}), descending into
// the last element of a concatenation, a group, and every alternative. A
// match of the result at a place exists exactly when one of re does: the
// removed elements can always match nothing, and match nothing else that
// decides. It reports whether anything was removed.
func stripOptionalTail(re *syntax.Regexp) bool {
	if optionalAlone(re) {
		*re = syntax.Regexp{Op: syntax.OpEmptyMatch}
		return true
	}
	switch re.Op {
	case syntax.OpCapture:
		return stripOptionalTail(re.Sub[0])
	case syntax.OpAlternate:
		changed := false
		for _, sub := range re.Sub {
			if stripOptionalTail(sub) {
				changed = true
			}
		}
		return changed
	case syntax.OpConcat:
		changed := false
		for len(re.Sub) > 0 && optionalAlone(re.Sub[len(re.Sub)-1]) {
			re.Sub = re.Sub[:len(re.Sub)-1]
			changed = true
		}
		if len(re.Sub) == 0 {
			*re = syntax.Regexp{Op: syntax.OpEmptyMatch}
			return true
		}
		if stripOptionalTail(re.Sub[len(re.Sub)-1]) {
			changed = true
		}
		return changed
	}
	return false
}

// optionalAlone reports whether re is a repetition that may repeat zero
// times, and so can always match the empty string.
func optionalAlone(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpRepeat:
		return re.Min == 0
	}
	return false
}

// tryExists reports whether a match begins at at, as tryMatch would, from
// the pattern without its optional tails.
func (c *compiled) tryExists(s string, at int, space *int) bool {
	f := c.existsOf()
	re := f.anchored
	end := len(s)
	if f.bound.ok {
		if *space < 0 {
			*space = longestSpaceRun(s)
		}
		end = f.bound.limit(s, at, *space)
	} else if end-at > stopScanMin {
		// The whole pattern's stop bytes are stops of its stripped form.
		end = c.byteFacts().stopLimit(s, at, end)
	}
	from := at
	if at > 0 && f.inContext != nil && utf8.RuneStart(s[at]) {
		re, from = f.inContext, at-1
	}
	return re.MatchString(s[from:end])
}
