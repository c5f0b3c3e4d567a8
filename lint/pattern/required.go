package pattern

import (
	"regexp/syntax"
	"sync"
)

// A pattern without anchors (one whose matches may begin with a letter
// class, "\b[a-z0-9][a-z0-9-]*\.(?:com|net|…)", or with optional words,
// "(?:trade|service)?\s*marks?") runs its whole automaton over every byte of
// the text it is asked about. Most such patterns still contain a literal
// that every match must include somewhere: ".com" or ".net" for a domain,
// "mark" for a mark. A text containing none of them cannot match, and a
// pass of the anchor scanner over it says so far faster than the
// automaton; only the texts that contain one reach the automaton.

// requiredSet is the literals one of which every match of a pattern
// contains, ready to scan for; nil when no useful set exists.
type requiredSet struct {
	once sync.Once
	set  *anchorSet
}

// mayMatch reports whether s contains one of c's required literals, or true
// when c has none.
func (c *compiled) mayMatch(s string) bool {
	req := &c.rareOf().required
	req.once.Do(func() {
		c.facts()
		lits := c.requiredLits
		if lits == nil {
			return
		}
		tagged := make([]taggedAnchor, len(lits))
		for i, a := range lits {
			tagged[i] = taggedAnchor{text: a}
		}
		req.set = newAnchorSet(tagged)
	})
	if req.set == nil {
		return true
	}
	found := false
	req.set.scanUntil(s, func(int, int) bool {
		found = true
		return true
	})
	return found
}

// requiredOfTree returns lower-cased literals, each at least two bytes,
// one of which every match of the parsed, simplified expression contains,
// or nil.
func requiredOfTree(simple *syntax.Regexp) []string {
	set := requiredOf(simple, 0)
	if set == nil {
		return nil
	}
	out := make([]string, 0, len(set))
	seen := map[string]bool{}
	for _, p := range set {
		s := foldAnchor(p.s)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// requiredOf returns literals one of which every match of re contains, or
// nil. A match of a concatenation contains, where its i-th element begins,
// one of the literals the rest of the concatenation begins with (prefixes),
// and contains what any one element requires; the set with the longest
// shortest literal is kept.
func requiredOf(re *syntax.Regexp, depth int) []prefix {
	if depth > 20 {
		return nil
	}
	switch re.Op {
	case syntax.OpCapture:
		return requiredOf(re.Sub[0], depth+1)
	case syntax.OpPlus:
		return incomplete(requiredOf(re.Sub[0], depth+1))
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil
		}
		return incomplete(requiredOf(re.Sub[0], depth+1))
	case syntax.OpAlternate:
		var out []prefix
		for _, sub := range re.Sub {
			p := requiredOf(sub, depth+1)
			if p == nil {
				return nil
			}
			out = append(out, p...)
		}
		if len(out) > maxPrefixes {
			return nil
		}
		return out
	case syntax.OpConcat:
		var best []prefix
		for i := range re.Sub {
			rest := re.Sub[i]
			if i < len(re.Sub)-1 {
				rest = &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[i:]}
			}
			best = better(best, usable(prefixes(rest, depth+1)))
			best = better(best, requiredOf(re.Sub[i], depth+1))
		}
		return best
	}
	return usable(prefixes(re, depth+1))
}

// usable returns ps when every literal in it is at least two bytes and
// the set is small enough to scan for, nil otherwise.
func usable(ps []prefix) []prefix {
	if len(ps) == 0 || len(ps) > maxPrefixes || shortestPrefix(ps) < 2 {
		return nil
	}
	return ps
}

// better picks the set whose shortest literal is longer (rarer in prose),
// then the smaller set.
func better(a, b []prefix) []prefix {
	switch {
	case b == nil:
		return a
	case a == nil:
		return b
	}
	la, lb := min(shortestPrefix(a), 4), min(shortestPrefix(b), 4)
	if lb > la || lb == la && len(b) < len(a) {
		return b
	}
	return a
}
