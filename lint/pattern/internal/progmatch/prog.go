package progmatch

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
)

// A program is kept in the form the Matcher runs, so that a table of
// programs generated ahead of time (statically initialised arrays, which
// the linker places in the binary's data) is ready with no decoding: a
// run's first use of a program slices it out of the table.
//
// Each instruction is one uint32: its op in the low bits, then its Out,
// then its Arg. A rune instruction's (InstRune, InstRune1, InstRuneAny,
// InstRuneAnyNotNL) Arg is instead the index of its class: a syntax.Inst
// holding the op, Arg and runes it had, which the programs of a table
// share (most of a case-insensitive expression's instructions are one of
// a few dozen letters).
const (
	opBits  = 4
	outBits = 14
	argBits = 32 - opBits - outBits
	// MaxInst is the longest program the form holds: Out and an
	// alternation's Arg are instruction numbers.
	MaxInst = 1 << outBits
	// MaxArg bounds a capture's or an empty-width test's Arg and a class
	// index.
	MaxArg = 1 << argBits
)

// Inst packs an instruction of op, out and arg into its word.
func Inst(op syntax.InstOp, out, arg uint32) uint32 {
	return uint32(op) | out<<opBits | arg<<(opBits+outBits)
}

func instOp(w uint32) syntax.InstOp { return syntax.InstOp(w & (1<<opBits - 1)) }
func instOut(w uint32) uint32       { return w >> opBits & (1<<outBits - 1) }
func instArg(w uint32) uint32       { return w >> (opBits + outBits) }

// Prog is a program in the Matcher's form. Its slices may be those of a
// generated table; the Matcher never writes to them.
type Prog struct {
	Inst    []uint32
	Classes []syntax.Inst
	Start   int
	NumCap  int
	// NumSubexp is the number of subexpressions of the program's
	// expression (regexp's NumSubexp, which can exceed what the program
	// captures).
	NumSubexp int
}

// Classes collects the rune classes of the programs Flatten packs, each
// once.
type Classes struct {
	List  []syntax.Inst
	index map[string]uint32
}

func (c *Classes) add(in *syntax.Inst) (uint32, error) {
	var b strings.Builder
	b.WriteString(strconv.Itoa(int(in.Op)))
	b.WriteByte(' ')
	b.WriteString(strconv.FormatUint(uint64(in.Arg), 10))
	for _, r := range in.Rune {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(int(r)))
	}
	key := b.String()
	if id, ok := c.index[key]; ok {
		return id, nil
	}
	id := uint32(len(c.List))
	if id >= MaxArg {
		return 0, errTooLarge
	}
	if c.index == nil {
		c.index = make(map[string]uint32)
	}
	c.index[key] = id
	c.List = append(c.List, syntax.Inst{Op: in.Op, Arg: in.Arg, Rune: slices.Clone(in.Rune)})
	return id, nil
}

var errTooLarge = errors.New("progmatch: program too large for its form")

// Flatten packs prog, whose expression has numSubexp subexpressions, into
// the Matcher's form, adding its rune classes to classes; the Prog's
// Classes is classes.List as it stands afterwards. It fails for a
// program too long for the form, which is then compiled by regexp.
func Flatten(prog *syntax.Prog, numSubexp int, classes *Classes) (Prog, error) {
	if len(prog.Inst) > MaxInst || prog.Start >= len(prog.Inst) {
		return Prog{}, errTooLarge
	}
	insts := make([]uint32, len(prog.Inst))
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		arg := in.Arg
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if in.Op == syntax.InstRune1 && len(in.Rune) == 0 {
				return Prog{}, errors.New("progmatch: InstRune1 without its rune")
			}
			id, err := classes.add(in)
			if err != nil {
				return Prog{}, err
			}
			arg = id
		default:
			if len(in.Rune) != 0 {
				return Prog{}, errors.New("progmatch: runes on an instruction that reads none")
			}
		}
		if arg >= MaxArg || in.Out >= MaxInst {
			return Prog{}, errTooLarge
		}
		insts[pc] = Inst(in.Op, in.Out, arg)
	}
	return Prog{Inst: insts, Classes: classes.List, Start: prog.Start, NumCap: prog.NumCap, NumSubexp: numSubexp}, nil
}

// Check reports whether p is well formed: every op known, every Out and
// alternation Arg an instruction of p, every class index one of its
// classes, and Start an instruction. A Matcher runs only programs Check
// accepts. (Check and Syntax are functions, not methods, so that a binary
// that never calls them, as the linter does not, leaves them out.)
func Check(p *Prog) error {
	n := uint32(len(p.Inst))
	if p.Start < 0 || p.Start >= len(p.Inst) || p.NumCap < 0 || p.NumSubexp < 0 {
		return errCorrupt
	}
	for pc, w := range p.Inst {
		if instOut(w) >= n {
			return fmt.Errorf("progmatch: instruction %d: out of range", pc)
		}
		arg := instArg(w)
		switch instOp(w) {
		case syntax.InstAlt, syntax.InstAltMatch:
			if arg >= n {
				return fmt.Errorf("progmatch: instruction %d: alternative out of range", pc)
			}
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if int(arg) >= len(p.Classes) || p.Classes[arg].Op != instOp(w) ||
				instOp(w) == syntax.InstRune1 && len(p.Classes[arg].Rune) == 0 {
				return fmt.Errorf("progmatch: instruction %d: no such class", pc)
			}
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstMatch, syntax.InstFail, syntax.InstNop:
		default:
			return fmt.Errorf("progmatch: instruction %d: unknown op", pc)
		}
	}
	return nil
}

var errCorrupt = errors.New("progmatch: malformed program")

// Syntax returns p as a syntax.Prog, for comparing it with what
// syntax.Compile makes.
func Syntax(p *Prog) *syntax.Prog {
	out := &syntax.Prog{Inst: make([]syntax.Inst, len(p.Inst)), Start: p.Start, NumCap: p.NumCap}
	for pc, w := range p.Inst {
		in := &out.Inst[pc]
		in.Op, in.Out, in.Arg = instOp(w), instOut(w), instArg(w)
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			c := p.Classes[in.Arg]
			in.Arg, in.Rune = c.Arg, c.Rune
		}
	}
	return out
}

// startCond is syntax.Prog's StartCond: the empty-width conditions that
// must hold at the start of every match, or ^0 when there is no match.
func (p *Prog) startCond() syntax.EmptyOp {
	var flag syntax.EmptyOp
	pc := uint32(p.Start)
	for range p.Inst { // a cycle of Nops would not end otherwise
		w := p.Inst[pc]
		switch instOp(w) {
		case syntax.InstEmptyWidth:
			flag |= syntax.EmptyOp(instArg(w))
		case syntax.InstFail:
			return ^syntax.EmptyOp(0)
		case syntax.InstCapture, syntax.InstNop:
		default:
			return flag
		}
		pc = instOut(w)
	}
	return flag
}

// Compile compiles expr as regexp.Compile does (Perl syntax, simplified)
// and returns its program and number of subexpressions.
func Compile(expr string) (*syntax.Prog, int, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, 0, err
	}
	numSubexp := re.MaxCap()
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, 0, err
	}
	return prog, numSubexp, nil
}

// SameProg reports how two programs differ, or nil when every field of
// every instruction is equal: the check that a packing round-trips.
func SameProg(a, b *syntax.Prog) error {
	if a.Start != b.Start || a.NumCap != b.NumCap || len(a.Inst) != len(b.Inst) {
		return fmt.Errorf("start %d/%d, numCap %d/%d, %d/%d instructions",
			a.Start, b.Start, a.NumCap, b.NumCap, len(a.Inst), len(b.Inst))
	}
	for pc := range a.Inst {
		x, y := &a.Inst[pc], &b.Inst[pc]
		if x.Op != y.Op || x.Out != y.Out || x.Arg != y.Arg || !slices.Equal(x.Rune, y.Rune) {
			return fmt.Errorf("instruction %d: %v %d %d %q vs %v %d %d %q", pc,
				x.Op, x.Out, x.Arg, x.Rune, y.Op, y.Out, y.Arg, y.Rune)
		}
	}
	return nil
}
