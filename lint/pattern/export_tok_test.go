package pattern

import "strings"

// TokenProgram is one token-compiled expression, for the tests that hold
// its token answers to the regexp's.
type TokenProgram struct {
	Expr string
	// Firsts are the lower-case words a match's first word begins with.
	Firsts []string
	c      *compiled
}

// TokenPrograms lists every expression the token table compiles.
func TokenPrograms() []TokenProgram {
	anchorTable.once.Do(loadAnchorTable)
	out := make([]TokenProgram, 0, len(tokenPrograms))
	for _, p := range tokenPrograms {
		expr := tableExpr(p.id)
		c := &compiled{expr: expr, tableID: p.id}
		seen := map[string]bool{}
		var firsts []string
		for _, e := range p.exps {
			if f := e.items[0].lit; !seen[f] {
				seen[f] = true
				firsts = append(firsts, f)
			}
		}
		out = append(out, TokenProgram{Expr: expr, Firsts: firsts, c: c})
	}
	return out
}

// MayMatch reports whether lower (ASCII lower-cased text) holds one of the
// program's first words, without which no match can begin.
func (p TokenProgram) MayMatch(lower string) bool {
	for _, f := range p.Firsts {
		if strings.Contains(lower, f) {
			return true
		}
	}
	return false
}

// TokenMatch is the token path's MatchText on t; ok is false when it
// does not answer for t.
func (p TokenProgram) TokenMatch(t Text) (bool, bool) { return p.c.tokenMatch(t) }

// TokenFindAll is the token path's FindAllTextIndex on t.
func (p TokenProgram) TokenFindAll(t Text) ([][]int, bool) { return p.c.tokenFindAll(t, -1, false) }

// TokenTries is the token path's try at every place of t.
func (p TokenProgram) TokenTries(t Text) ([]int, []int, bool) { return p.c.tokenTries(t) }

// LowerASCII is lowerASCII, for the tests.
func LowerASCII(s string) string { return lowerASCII(s) }

// TokenPassMatches runs the token pass over text with the registered
// tokenizer and counts the matches kept.
func TokenPassMatches(text string) int {
	m := tokenPass(text)
	if m == nil {
		return -1
	}
	n := 0
	for _, l := range m.byProg {
		n += len(l)
	}
	return n
}

// CurrentTokenizer returns the registered tokenizer (nil without one).
func CurrentTokenizer() Tokenizer {
	if t := tokenizer.Load(); t != nil {
		return *t
	}
	return nil
}
