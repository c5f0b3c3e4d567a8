package progmatch

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"slices"
	"unicode"
)

// An encoded program is printable text (it lives in a generated Go string
// constant, where binary bytes would be written four characters each): a
// sequence of numbers, each written five bits to a character, low bits
// first, in the 64 characters of base64's alphabet, the upper 32 of which
// say that more characters follow.
//
// The numbers are the number of subexpressions, NumCap, Start, the
// instruction count and the total of their runes, then for each instruction a header, its op plus
// outNext when Out is the next instruction (else Out follows, as the
// zig-zag distance from the instruction), then what the op uses: an
// alternation's Arg (a distance, as Out), a capture's or an empty-width
// test's Arg, a rune instruction's rune count and fold flag (implied
// for the commonest, one rune folding case), and its runes. The first rune of an instruction is the zig-zag distance from the
// first rune of the rune instruction before it (letters of a word are
// near one another), each other the distance from the one before it (a
// class's ranges ascend). The any-rune instructions' runes are implied.
// Nearly every number takes one character, the largest instructions four.

const (
	outNext = 16
	// opRune1Pair is InstRune1 holding its rune twice (how syntax
	// compiles a one-rune class such as [a-a]).
	opRune1Pair = 11
	// opRuneFold1 is InstRune of one rune folding case, the instruction
	// of most letters of a case-insensitive expression.
	opRuneFold1 = 12
)

var (
	anyRunes      = []rune{0, unicode.MaxRune}
	anyNotNLRunes = []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}
)

// Encode appends prog, and the number of subexpressions its expression
// has (regexp's NumSubexp, which can exceed what the program captures),
// to dst. prog must be as syntax.Compile makes it: a rune instruction's
// Arg is at most FoldCase, and the any-rune instructions hold their usual
// runes; Encode panics otherwise.
func Encode(dst []byte, prog *syntax.Prog, numSubexp int) []byte {
	dst = appendUvarint(dst, uint64(numSubexp))
	dst = appendUvarint(dst, uint64(prog.NumCap))
	dst = appendUvarint(dst, uint64(prog.Start))
	dst = appendUvarint(dst, uint64(len(prog.Inst)))
	total := 0
	for pc := range prog.Inst {
		if op := prog.Inst[pc].Op; op == syntax.InstRune || op == syntax.InstRune1 {
			total += len(prog.Inst[pc].Rune)
		}
	}
	dst = appendUvarint(dst, uint64(total))
	prev := rune(0)
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		op := uint64(in.Op)
		if in.Op == syntax.InstRune1 && len(in.Rune) == 2 && in.Rune[0] == in.Rune[1] {
			op = opRune1Pair
		}
		foldOne := in.Op == syntax.InstRune && len(in.Rune) == 1 && in.Arg == uint32(syntax.FoldCase)
		if foldOne {
			op = opRuneFold1
		}
		next := int(in.Out) == pc+1
		if next {
			op |= outNext
		}
		dst = appendUvarint(dst, op)
		if !next {
			dst = appendVarint(dst, int64(in.Out)-int64(pc))
		}
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			dst = appendVarint(dst, int64(in.Arg)-int64(pc))
		case syntax.InstCapture, syntax.InstEmptyWidth:
			dst = appendUvarint(dst, uint64(in.Arg))
		case syntax.InstRune, syntax.InstRune1:
			if in.Arg > uint32(syntax.FoldCase) || len(in.Rune) == 0 ||
				in.Op == syntax.InstRune1 && len(in.Rune) > 1 && op&^outNext != opRune1Pair {
				panic("progmatch: unexpected rune instruction")
			}
			if in.Op == syntax.InstRune && !foldOne {
				dst = appendUvarint(dst, uint64(len(in.Rune))<<1|uint64(in.Arg))
			}
			dst = appendVarint(dst, int64(in.Rune[0])-int64(prev))
			prev = in.Rune[0]
			if in.Op == syntax.InstRune {
				for i := 1; i < len(in.Rune); i++ {
					dst = appendUvarint(dst, uint64(in.Rune[i]-in.Rune[i-1]))
				}
			}
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			want := anyRunes
			if in.Op == syntax.InstRuneAnyNotNL {
				want = anyNotNLRunes
			}
			if in.Arg != 0 || !slices.Equal(in.Rune, want) {
				panic("progmatch: unexpected any-rune instruction")
			}
		default:
			if in.Arg != 0 || len(in.Rune) != 0 {
				panic("progmatch: unexpected argument")
			}
		}
	}
	return dst
}

var errCorrupt = errors.New("progmatch: corrupt program encoding")

// Decode reads a program Encode wrote, and its number of subexpressions.
// The runes of all instructions share one allocation.
func Decode(enc string) (*syntax.Prog, int, error) {
	d := decoder{s: enc}
	numSubexp := int(d.uvarint())
	prog := &syntax.Prog{NumCap: int(d.uvarint()), Start: int(d.uvarint())}
	n, total := int(d.uvarint()), int(d.uvarint())
	if d.bad || n > len(enc) || prog.Start >= n || total > 2*len(enc) {
		return nil, 0, errCorrupt
	}
	prog.Inst = make([]syntax.Inst, n)
	runes := make([]rune, 0, total)
	prev := rune(0)
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		h := d.uvarint()
		op := h &^ outNext
		if h&outNext != 0 {
			in.Out = uint32(pc + 1)
		} else {
			in.Out = uint32(int64(pc) + d.varint())
		}
		k := 0
		switch syntax.InstOp(op) {
		case syntax.InstAlt, syntax.InstAltMatch:
			in.Arg = uint32(int64(pc) + d.varint())
			if in.Arg >= uint32(n) {
				return nil, 0, errCorrupt
			}
		case syntax.InstCapture, syntax.InstEmptyWidth:
			in.Arg = uint32(d.uvarint())
		case syntax.InstRune:
			x := d.uvarint()
			k, in.Arg = int(x>>1), uint32(x&1)
		case syntax.InstRune1:
			k = 1
		case opRune1Pair:
			op, k = uint64(syntax.InstRune1), 1
		case opRuneFold1:
			op, k, in.Arg = uint64(syntax.InstRune), 1, uint32(syntax.FoldCase)
		case syntax.InstRuneAny:
			in.Rune = anyRunes
		case syntax.InstRuneAnyNotNL:
			in.Rune = anyNotNLRunes
		case syntax.InstMatch, syntax.InstFail, syntax.InstNop:
		default:
			return nil, 0, errCorrupt
		}
		in.Op = syntax.InstOp(op)
		if d.bad || in.Out >= uint32(n) || k > len(d.s)-d.i {
			return nil, 0, errCorrupt
		}
		if k == 0 {
			if in.Op == syntax.InstRune {
				return nil, 0, errCorrupt
			}
			continue
		}
		if h&^outNext == opRune1Pair {
			k = 2
		}
		if cap(runes)-len(runes) < k {
			return nil, 0, errCorrupt // more runes than the count said
		}
		prev += rune(d.varint())
		runes = append(runes, prev)
		if h&^outNext == opRune1Pair {
			runes = append(runes, prev)
		} else {
			for i := 1; i < k; i++ {
				runes = append(runes, runes[len(runes)-1]+rune(d.uvarint()))
			}
		}
		in.Rune = runes[len(runes)-k : len(runes) : len(runes)]
	}
	if d.bad || d.i != len(d.s) {
		return nil, 0, errCorrupt
	}
	return prog, numSubexp, nil
}

type decoder struct {
	s   string
	i   int
	bad bool
}

func (d *decoder) uvarint() uint64 {
	if d.i < len(d.s) {
		if v := digitValue[d.s[d.i]]; v >= 0 && v < 32 {
			d.i++
			return uint64(v) // most numbers are one character
		}
	}
	var x uint64
	var s uint
	for d.i < len(d.s) && s < 40 {
		v := digitValue[d.s[d.i]]
		d.i++
		if v < 0 {
			break
		}
		x |= uint64(v&31) << s
		if v < 32 {
			return x
		}
		s += 5
	}
	d.bad = true
	return 0
}

func (d *decoder) varint() int64 {
	ux := d.uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
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

const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// digitValue maps a character to its digit, or -1.
var digitValue = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(digits); i++ {
		t[digits[i]] = int8(i)
	}
	return t
}()

func appendUvarint(dst []byte, x uint64) []byte {
	for x >= 32 {
		dst = append(dst, digits[32|x&31])
		x >>= 5
	}
	return append(dst, digits[x])
}

func appendVarint(dst []byte, x int64) []byte {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return appendUvarint(dst, ux)
}

// SameProg reports how two programs differ, or nil when every field of
// every instruction is equal: the check that an encoding round-trips.
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
