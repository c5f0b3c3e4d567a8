package progmatch

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// MaxVisitBits caps a match's visited bitmap: a text so long that the
// program's length times the text's length exceeds it is handed to the
// compiled regexp, whose automaton needs no such table. 4 Mbit is 512 KB,
// reused from match to match; the tries of the linter's patterns read a
// few hundred bytes at most, far below it.
var MaxVisitBits = 1 << 22

// fallbacks counts the texts handed to the compiled regexp, for tests.
var fallbacks atomic.Int64

// Fallbacks returns how many texts, since the process began, were too long
// for the backtracker's bitmap and were matched by the compiled regexp.
func Fallbacks() int64 { return fallbacks.Load() }

// compiles counts the matchers' expressions compiled for those texts.
var compiles atomic.Int64

// Compiles returns how many matchers have compiled their expression.
func Compiles() int64 { return compiles.Load() }

// Matcher matches one program, as the regexp compiled from its expression
// would.
type Matcher struct {
	prog Prog
	cond syntax.EmptyOp
	// form and src give the expression, which only a text too long for
	// the backtracker needs: it is built then, not with every matcher.
	form int32
	src  Exprs

	reOnce sync.Once
	re     *regexp.Regexp
}

// Exprs gives the expressions of a holder's programs by their form
// number, built on demand: most matchers never need theirs.
type Exprs interface {
	Expr(form int) string
}

// Literal is an expression already at hand, whatever the form.
type Literal string

// Expr returns e.
func (e Literal) Expr(int) string { return string(e) }

// New returns a matcher of prog, which Check accepts, whose expression
// is src's form; the expression is built and compiled only if a text is
// too long for the backtracker (MaxVisitBits).
func New(prog Prog, src Exprs, form int) *Matcher {
	m := new(Matcher)
	m.Init(prog, src, form)
	return m
}

// Init makes m, which must be unused, what New returns, for a matcher
// allocated with what holds it.
func (m *Matcher) Init(prog Prog, src Exprs, form int) {
	m.prog, m.cond, m.src, m.form = prog, prog.startCond(), src, int32(form)
}

// Prog returns the program the matcher runs.
func (m *Matcher) Prog() *Prog { return &m.prog }

// String returns the expression.
func (m *Matcher) String() string { return m.src.Expr(int(m.form)) }

// Regexp returns the compiled expression, compiling it on first call.
func (m *Matcher) Regexp() *regexp.Regexp {
	m.reOnce.Do(func() {
		compiles.Add(1)
		m.re = regexp.MustCompile(m.String())
	})
	return m.re
}

func (m *Matcher) fits(s string) bool {
	return len(m.prog.Inst)*(len(s)+1) <= MaxVisitBits
}

// MatchString reports whether s contains a match.
func (m *Matcher) MatchString(s string) bool {
	if !m.fits(s) {
		fallbacks.Add(1)
		return m.Regexp().MatchString(s)
	}
	return m.run(s, 0, 0, nil)
}

// FindStringIndex returns the leftmost match's range, or nil.
func (m *Matcher) FindStringIndex(s string) []int {
	if !m.fits(s) {
		fallbacks.Add(1)
		return m.Regexp().FindStringIndex(s)
	}
	var buf [2]int // most tries fail: allocate only for a match
	if !m.run(s, 0, 2, buf[:]) {
		return nil
	}
	return []int{buf[0], buf[1]}
}

// FindStringSubmatchIndex returns the leftmost match and its groups'
// ranges, -1 for a group that took no part, or nil.
func (m *Matcher) FindStringSubmatchIndex(s string) []int {
	if !m.fits(s) {
		fallbacks.Add(1)
		return m.Regexp().FindStringSubmatchIndex(s)
	}
	return m.submatchFrom(s, 0)
}

// submatchFrom is FindStringSubmatchIndex of the first match at or after
// pos, s before pos being seen by the empty-width tests.
func (m *Matcher) submatchFrom(s string, pos int) []int {
	ncap := max(m.prog.NumCap, 2)
	var buf [16]int // most tries fail: allocate only for a match
	caps := buf[:]
	if ncap > len(buf) {
		caps = make([]int, ncap)
	}
	if !m.run(s, pos, ncap, caps[:ncap]) {
		return nil
	}
	out := make([]int, max(ncap, 2*(1+m.prog.NumSubexp)))
	copy(out, caps[:ncap])
	for i := ncap; i < len(out); i++ {
		out[i] = -1
	}
	return out
}

// FindAllStringSubmatchIndex returns up to n (all if n < 0) successive
// non-overlapping matches with their groups, as regexp does: an empty
// match right after the previous match is skipped.
func (m *Matcher) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !m.fits(s) {
		fallbacks.Add(1)
		return m.Regexp().FindAllStringSubmatchIndex(s, n)
	}
	if n < 0 {
		n = len(s) + 1
	}
	var out [][]int
	for pos, prevEnd := 0, -1; len(out) < n && pos <= len(s); {
		match := m.submatchFrom(s, pos)
		if match == nil {
			break
		}
		accept := true
		if match[1] == pos {
			// An empty match: step past a rune, and skip it if it
			// touches the previous match.
			if match[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = match[1]
		}
		prevEnd = match[1]
		if accept {
			out = append(out, match)
		}
	}
	return out
}

// job is a state to come back to: an alternation's second branch, or a
// capture slot to restore (arg set).
type job struct {
	pc  uint32
	arg bool
	pos int
}

// machine is one match's working memory, reused through a pool.
type machine struct {
	visited []uint32
	// dirty lists the words of visited set since it was last clear, so
	// that clearing costs what the match did rather than the bitmap's
	// size: most tries fail within a few steps.
	dirty    []int32
	jobs     []job
	cap      []int
	words    int // the words of visited this match uses
	nInst    int
	stride   int
	allDirty bool
}

var machines = sync.Pool{New: func() any { return new(machine) }}

// reset prepares m for a program of nInst instructions over a text of
// n bytes.
func (b *machine) reset(nInst, n, ncap int) {
	words := (nInst*(n+1) + 31) / 32
	if len(b.visited) < words {
		b.visited = make([]uint32, words)
	}
	b.words = words
	b.nInst, b.stride = nInst, n+1
	b.jobs = b.jobs[:0]
	if cap(b.cap) < ncap {
		b.cap = make([]int, ncap)
	}
	b.cap = b.cap[:ncap]
	for i := range b.cap {
		b.cap[i] = -1
	}
}

// clear zeroes what the last match set in the bitmap.
func (b *machine) clear() {
	if b.allDirty {
		clear(b.visited[:b.words])
		b.allDirty = false
	} else {
		for _, w := range b.dirty {
			b.visited[w] = 0
		}
	}
	b.dirty = b.dirty[:0]
}

// shouldVisit marks (pc, pos) visited and reports whether it was not.
func (b *machine) shouldVisit(pc uint32, pos int) bool {
	n := uint(int(pc)*b.stride + pos)
	w, bit := n/32, uint32(1)<<(n&31)
	v := b.visited[w]
	if v&bit != 0 {
		return false
	}
	if v == 0 && !b.allDirty {
		if len(b.dirty) >= b.words/8 {
			b.allDirty = true // clearing it all is as cheap
		} else {
			b.dirty = append(b.dirty, int32(w))
		}
	}
	b.visited[w] = v | bit
	return true
}

func (b *machine) push(insts []uint32, pc uint32, pos int, arg bool) {
	if instOp(insts[pc]) != syntax.InstFail && (arg || b.shouldVisit(pc, pos)) {
		b.jobs = append(b.jobs, job{pc: pc, arg: arg, pos: pos})
	}
}

// run searches s from pos for the leftmost-first match, writing its first
// ncap capture positions to out, and reports whether there is one.
func (m *Matcher) run(s string, pos, ncap int, out []int) bool {
	if m.cond == ^syntax.EmptyOp(0) {
		return false // the program can never match
	}
	if m.cond&syntax.EmptyBeginText != 0 && pos != 0 {
		return false
	}
	b := machines.Get().(*machine)
	defer machines.Put(b)
	b.reset(len(m.prog.Inst), len(s), ncap)
	defer b.clear()
	if m.cond&syntax.EmptyBeginText != 0 {
		return m.try(b, s, 0, out)
	}
	for pos <= len(s) {
		if m.try(b, s, pos, out) {
			return true
		}
		if pos == len(s) {
			break
		}
		_, w := utf8.DecodeRuneInString(s[pos:])
		pos += w
	}
	return false
}

// try runs the program from pos, exploring alternatives in priority
// order; the first match reached is the leftmost-first one. A state
// already visited, from this start or an earlier one, failed then and
// fails again.
func (m *Matcher) try(b *machine, s string, pos int, out []int) bool {
	insts, classes := m.prog.Inst, m.prog.Classes
	if len(b.cap) > 0 {
		b.cap[0] = pos
	}
	b.push(insts, uint32(m.prog.Start), pos, false)
	for len(b.jobs) > 0 {
		l := len(b.jobs) - 1
		pc, pos, arg := b.jobs[l].pc, b.jobs[l].pos, b.jobs[l].arg
		b.jobs = b.jobs[:l]
		goto skip
	checkAndLoop:
		if !b.shouldVisit(pc, pos) {
			continue
		}
	skip:
		w := insts[pc]
		switch instOp(w) {
		case syntax.InstFail:
			continue
		case syntax.InstAlt, syntax.InstAltMatch:
			if arg {
				arg = false
				pc = instArg(w)
				goto checkAndLoop
			}
			b.push(insts, pc, pos, true)
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstRune:
			r, sz := step(s, pos)
			if !classes[instArg(w)].MatchRune(r) {
				continue
			}
			pos += sz
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstRune1:
			r, sz := step(s, pos)
			if r != classes[instArg(w)].Rune[0] {
				continue
			}
			pos += sz
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstRuneAnyNotNL:
			r, sz := step(s, pos)
			if r == '\n' || r == endOfText {
				continue
			}
			pos += sz
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstRuneAny:
			r, sz := step(s, pos)
			if r == endOfText {
				continue
			}
			pos += sz
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstCapture:
			a := instArg(w)
			if arg {
				b.cap[a] = pos // restore on the way back
				continue
			}
			if int(a) < len(b.cap) {
				b.push(insts, pc, b.cap[a], true)
				b.cap[a] = pos
			}
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(instArg(w))&^context(s, pos) != 0 {
				continue
			}
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstNop:
			pc = instOut(w)
			goto checkAndLoop
		case syntax.InstMatch:
			if len(b.cap) > 1 {
				b.cap[1] = pos
			}
			copy(out, b.cap)
			b.jobs = b.jobs[:0]
			return true
		}
	}
	return false
}

const endOfText rune = -1

// step returns the rune at pos and its width, or endOfText; an invalid
// byte is utf8.RuneError of width one, as regexp reads it.
func step(s string, pos int) (rune, int) {
	if pos < len(s) {
		if c := s[pos]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s[pos:])
	}
	return endOfText, 0
}

// context returns the empty-width conditions that hold at pos.
func context(s string, pos int) syntax.EmptyOp {
	r1, r2 := endOfText, endOfText
	if uint(pos-1) < uint(len(s)) {
		r1, _ = utf8.DecodeLastRuneInString(s[:pos])
	}
	if uint(pos) < uint(len(s)) {
		r2, _ = utf8.DecodeRuneInString(s[pos:])
	}
	return syntax.EmptyOpContext(r1, r2)
}
