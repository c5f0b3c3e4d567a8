package pattern

import (
	"fmt"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token programs. A cue expression that speaks only of whole words ("trade
// secrets?", "non-?disclosure", "infring\w* (?:\w+ ){0,3}copyrights?") is
// compiled ahead of time (go generate, token_table.go) into a short list of
// expansions, each a sequence of word items separated by gaps, in the order
// a backtracking matcher would try them. Such a pattern is then answered
// from the document's word runs, found from prose's tokens once per
// document (tokens.go), instead of by running its automaton over the text.
//
// A word run is a maximal run of ASCII word characters ([0-9A-Za-z_]), the
// unit Go's \b sees. A word item matches one run; a gap matches all of the
// text between two runs (which holds no word character).

// Word item kinds.
const (
	itemExact  = iota // the run is the literal
	itemPrefix        // the run begins with the literal (\w* after it)
	itemProper        // the run begins with the literal and is longer (\w+)
	itemOpen          // last item only: the run begins with the literal, and the match ends after it
)

// tokItem is one word item; lit is ASCII lower-case.
type tokItem struct {
	lit  string
	kind uint8
}

// gapElem is one element of a gap: a rune set (pairs of bounds, lo-hi
// inclusive) repeated min to max times (max -1: no bound).
type gapElem struct {
	set      string
	min, max int32
}

// tokExpansion is one way the expression can match: items[0], then for each
// k the gap tokenGaps[gaps[k-1]] and items[k].
type tokExpansion struct {
	items []tokItem
	gaps  []uint16
}

// builtExpansion is a tokExpansion as the compiler builds it, its gaps not
// yet numbered.
type builtExpansion struct {
	items []tokItem
	gaps  [][]gapElem
}

// tokenProgram is an expression's expansions in priority order. id is the
// expression's line in the anchor table; caps its capture groups (answers
// with submatches need none).
type tokenProgram struct {
	id   int32
	caps int32
	exps []tokExpansion
}

// builtProgram is a tokenProgram as the compiler builds it.
type builtProgram struct {
	caps int32
	exps []builtExpansion
}

// maxTokenExpansions bounds a program: past it the expression keeps the
// regexp path (a whole lexicon's alternation, whose lines are patterns of
// their own).
const maxTokenExpansions = 64

// atom is one element of an expanded sequence, before it is cut into words
// and gaps.
type atom struct {
	kind uint8 // atomWord, atomAnyWordStar, atomAnyWordPlus, atomBoundary, atomGap
	c    byte  // atomWord: lower-case ASCII word character
	gap  gapElem
}

const (
	atomWord = iota
	atomWordStar
	atomWordPlus
	atomBoundary
	atomGap
)

type errNotToken struct{ why string }

func (e errNotToken) Error() string { return e.why }

func notToken(format string, a ...any) { panic(errNotToken{fmt.Sprintf(format, a...)}) }

// compileTokenProgram compiles expr, or says why it is not expressible over
// word runs.
func compileTokenProgram(expr string) (prog builtProgram, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(errNotToken)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	re, perr := syntax.Parse(expr, syntax.Perl)
	if perr != nil {
		return prog, perr
	}
	prog.caps = int32(re.MaxCap())
	seqs := expand(re.Simplify(), 0)
	for _, seq := range seqs {
		exps := cutSequence(seq)
		prog.exps = append(prog.exps, exps...)
		if len(prog.exps) > maxTokenExpansions {
			notToken("more than %d expansions", maxTokenExpansions)
		}
	}
	if len(prog.exps) == 0 {
		notToken("no expansion")
	}
	return prog, nil
}

// expand lists re's atom sequences in priority order.
func expand(re *syntax.Regexp, depth int) [][]atom {
	if depth > 40 {
		notToken("too deep")
	}
	fold := re.Flags&syntax.FoldCase != 0
	switch re.Op {
	case syntax.OpEmptyMatch:
		return [][]atom{nil}
	case syntax.OpLiteral:
		seqs := [][]atom{nil}
		for _, r := range re.Rune {
			seqs = concatSeqs(seqs, runeAtoms(r, fold))
		}
		return seqs
	case syntax.OpCharClass:
		return classAtoms(re.Rune)
	case syntax.OpWordBoundary:
		return [][]atom{{{kind: atomBoundary}}}
	case syntax.OpCapture:
		return expand(re.Sub[0], depth+1)
	case syntax.OpConcat:
		seqs := [][]atom{nil}
		for _, sub := range re.Sub {
			seqs = concatSeqs(seqs, expand(sub, depth+1))
		}
		return seqs
	case syntax.OpAlternate:
		var out [][]atom
		for _, sub := range re.Sub {
			out = append(out, expand(sub, depth+1)...)
			limitSeqs(out)
		}
		return out
	case syntax.OpQuest:
		sub := expand(re.Sub[0], depth+1)
		if re.Flags&syntax.NonGreedy != 0 {
			return append([][]atom{nil}, sub...)
		}
		return append(sub, nil)
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		min, max := 0, -1
		switch re.Op {
		case syntax.OpPlus:
			min = 1
		case syntax.OpRepeat:
			min, max = re.Min, re.Max
		}
		if a, ok := repeatAtom(re.Sub[0], min, max); ok {
			return [][]atom{{a}}
		}
		if max < 0 || max > 8 {
			notToken("unbounded repeat of a group")
		}
		if re.Flags&syntax.NonGreedy != 0 {
			notToken("lazy repeat")
		}
		sub := expand(re.Sub[0], depth+1)
		// As a backtracking matcher tries them: the required copies, then
		// each optional one nested in the one before, taken first.
		var opt func(k int) [][]atom
		opt = func(k int) [][]atom {
			if k == 0 {
				return [][]atom{nil}
			}
			out := append(concatSeqs(sub, opt(k-1)), nil)
			limitSeqs(out)
			return out
		}
		seqs := [][]atom{nil}
		for range min {
			seqs = concatSeqs(seqs, sub)
		}
		return concatSeqs(seqs, opt(max-min))
	}
	notToken("op %v", re.Op)
	return nil
}

func limitSeqs(s [][]atom) {
	if len(s) > 4*maxTokenExpansions {
		notToken("too many expansions")
	}
}

func concatSeqs(a, b [][]atom) [][]atom {
	out := make([][]atom, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			s := make([]atom, 0, len(x)+len(y))
			out = append(out, append(append(s, x...), y...))
		}
	}
	limitSeqs(out)
	return out
}

func isWordRune(r rune) bool { return r < utf8.RuneSelf && isWordByte(byte(r)) }

// foldOrbit lists r and the runes case folding pairs with it.
func foldOrbit(r rune) []rune {
	out := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
	}
	return out
}

// runeAtoms turns one literal rune into its atoms: a word character (which
// must fold with its other case, as the lexicons' (?i) makes it), or a
// gap element.
func runeAtoms(r rune, fold bool) [][]atom {
	if isWordRune(r) {
		c := lowerByte(byte(r))
		if c >= 'a' && c <= 'z' && !fold {
			notToken("case-sensitive letter %q", r)
		}
		return [][]atom{{{kind: atomWord, c: c}}}
	}
	runes := []rune{r}
	if fold {
		runes = foldOrbit(r)
	}
	for _, f := range runes {
		if isWordRune(f) {
			notToken("%q folds to a word character", r)
		}
	}
	return [][]atom{{{kind: atomGap, gap: gapElem{set: runeSet(runes), min: 1, max: 1}}}}
}

func runeSet(runes []rune) string {
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var b strings.Builder
	for _, r := range runes {
		b.WriteRune(r)
		b.WriteRune(r)
	}
	return b.String()
}

// Unicode case folding: (?i)s and (?i)k also match these (fold.go), which
// a document holding either answers by the regexp path (tokens.go).
const (
	longSRune  = '\u017f'
	kelvinRune = '\u212a'
)

// classAtoms: a class of word characters alone is one alternative per
// character (after case folding); a class of non-word characters alone is
// a gap element; \w is its own atom only under a repeat.
func classAtoms(ranges []rune) [][]atom {
	var words []byte
	nonWord, total := false, 0
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		for r := lo; r <= hi; r++ {
			if r == longSRune || r == kelvinRune {
				continue
			}
			total++
			if total > 64 {
				notToken("large class")
			}
			if isWordRune(r) {
				words = append(words, byte(r))
			} else {
				nonWord = true
			}
		}
	}
	if nonWord && len(words) > 0 {
		notToken("class mixes word and other characters")
	}
	if nonWord {
		return [][]atom{{{kind: atomGap, gap: gapElem{set: classSet(ranges), min: 1, max: 1}}}}
	}
	// Each letter must come with its other case (the class was folded).
	have := map[byte]bool{}
	for _, c := range words {
		have[c] = true
	}
	var out [][]atom
	seen := map[byte]bool{}
	for _, c := range words {
		l := lowerByte(c)
		if l >= 'a' && l <= 'z' && (!have[l] || !have[l-'a'+'A']) {
			notToken("case-sensitive class")
		}
		if !seen[l] {
			seen[l] = true
			out = append(out, []atom{{kind: atomWord, c: l}})
		}
	}
	if len(out) > 10 {
		notToken("large word class")
	}
	return out
}

func classSet(ranges []rune) string {
	var b strings.Builder
	for i := 0; i+1 < len(ranges); i += 2 {
		b.WriteRune(ranges[i])
		b.WriteRune(ranges[i+1])
	}
	return b.String()
}

// isWordClass reports whether a class is \w (with the folds (?i) adds).
func isWordClass(ranges []rune) bool {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if r == longSRune || r == kelvinRune {
				continue
			}
			if !isWordRune(r) {
				return false
			}
			n++
		}
	}
	return n == 63
}

// repeatAtom is a repeat of one character set: \w* or \w+ (a word tail), or
// a gap element (\s+, -?, ['‘’]?).
func repeatAtom(sub *syntax.Regexp, min, max int) (atom, bool) {
	var ranges []rune
	switch sub.Op {
	case syntax.OpCharClass:
		ranges = sub.Rune
	case syntax.OpLiteral:
		if len(sub.Rune) != 1 {
			return atom{}, false
		}
		r := sub.Rune[0]
		if isWordRune(r) {
			return atom{}, false
		}
		runes := []rune{r}
		if sub.Flags&syntax.FoldCase != 0 {
			runes = foldOrbit(r)
		}
		for _, f := range runes {
			if isWordRune(f) {
				notToken("%q folds to a word character", r)
			}
		}
		return atom{kind: atomGap, gap: gapElem{set: runeSet(runes), min: int32(min), max: int32(max)}}, true
	default:
		return atom{}, false
	}
	if isWordClass(ranges) {
		switch {
		case min == 0 && max == -1:
			return atom{kind: atomWordStar}, true
		case min == 1 && max == -1:
			return atom{kind: atomWordPlus}, true
		}
		notToken("bounded repeat of \\w")
	}
	a := classAtoms(ranges)
	if len(a) != 1 || a[0][0].kind != atomGap {
		if min == 1 && max == 1 {
			return atom{}, false
		}
		notToken("repeat of a word class")
	}
	g := a[0][0].gap
	g.min, g.max = int32(min), int32(max)
	return atom{kind: atomGap, gap: g}, true
}

// cutSequence cuts an atom sequence into word items and gaps. A gap that
// can match nothing between two words also yields the expansion with the
// words joined ("non-?disclosure": "non-disclosure", "nondisclosure"):
// between two runs there is always at least one character.
func cutSequence(seq []atom) []builtExpansion {
	if len(seq) == 0 || seq[0].kind != atomBoundary {
		notToken("does not begin with \\b")
	}
	seq = seq[1:]
	if len(seq) == 0 || seq[0].kind != atomWord {
		notToken("does not begin with a word character")
	}
	type partial struct {
		items []tokItem
		gaps  [][]gapElem
		// tail: the current word has a \w* or \w+ tail; inGap: a gap is
		// open after the last item.
		tail  bool
		inGap bool
		// bounded: a \b follows the last item.
		bounded bool
	}
	cur := []partial{{items: []tokItem{{}}}}
	for i, a := range seq {
		var next []partial
		for _, p := range cur {
			switch a.kind {
			case atomWord:
				if p.inGap {
					p.inGap = false
					p.items = append(p.items, tokItem{lit: string(a.c)})
				} else {
					if p.tail {
						notToken("a word character after \\w*")
					}
					if p.bounded {
						continue // \b inside a word: never matches
					}
					p.items = append([]tokItem(nil), p.items...)
					p.items[len(p.items)-1].lit += string(a.c)
				}
				next = append(next, p)
			case atomWordStar, atomWordPlus:
				if p.inGap {
					if a.kind == atomWordStar {
						notToken("\\w* after a gap")
					}
					// A word of any letters ((?:\w+\s+){0,3}).
					p.inGap = false
					p.items = append(p.items, tokItem{kind: itemPrefix})
					p.tail = true
					next = append(next, p)
					continue
				}
				if p.tail {
					notToken("two word tails")
				}
				k := uint8(itemPrefix)
				if a.kind == atomWordPlus {
					k = itemProper
				}
				p.items = append([]tokItem(nil), p.items...)
				p.items[len(p.items)-1].kind = k
				p.tail = true
				next = append(next, p)
			case atomBoundary:
				if p.inGap {
					if i+1 < len(seq) && seq[i+1].kind == atomWord || i+1 < len(seq) && (seq[i+1].kind == atomWordStar || seq[i+1].kind == atomWordPlus) {
						next = append(next, p) // before a word, after a gap: always true
						continue
					}
					notToken("\\b inside a gap")
				}
				p.bounded = true
				next = append(next, p)
			case atomGap:
				if !p.inGap {
					p.inGap = true
					p.tail, p.bounded = false, false
					p.gaps = append(append([][]gapElem(nil), p.gaps...), nil)
				}
				g := p.gaps[len(p.gaps)-1]
				p.gaps = append([][]gapElem(nil), p.gaps...)
				p.gaps[len(p.gaps)-1] = append(append([]gapElem(nil), g...), a.gap)
				next = append(next, p)
			}
		}
		cur = next
		if len(cur) > maxTokenExpansions {
			notToken("too many expansions")
		}
	}
	var out []builtExpansion
	for _, p := range cur {
		if p.inGap {
			notToken("ends in a gap")
		}
		items := append([]tokItem(nil), p.items...)
		last := &items[len(items)-1]
		if last.kind == itemExact && !p.bounded && !p.tail {
			last.kind = itemOpen
		}
		for k, it := range items {
			if it.lit == "" && it.kind != itemPrefix && it.kind != itemProper {
				notToken("empty word")
			}
			if k == 0 && it.lit == "" {
				notToken("begins with any word")
			}
			if k < len(items)-1 && it.kind == itemOpen {
				items[k].kind = itemExact
			}
		}
		out = append(out, joinOptionalGaps(builtExpansion{items: items, gaps: p.gaps})...)
	}
	return out
}

// gapNullable reports whether a gap can match nothing.
func gapNullable(g []gapElem) bool {
	for _, e := range g {
		if e.min > 0 {
			return false
		}
	}
	return true
}

// joinOptionalGaps returns e and, for each gap that can match nothing, the
// forms with the words around it joined. The gap form comes first; at one
// place only one of the two can match.
func joinOptionalGaps(e builtExpansion) []builtExpansion { return joinOptionalGapsFrom(e, 0) }

// joinOptionalGapsFrom is joinOptionalGaps for the gaps from k on.
func joinOptionalGapsFrom(e builtExpansion, k int) []builtExpansion {
	for ; k < len(e.gaps); k++ {
		if gapNullable(e.gaps[k]) {
			left, right := e.items[k], e.items[k+1]
			if left.kind == itemPrefix || left.kind == itemProper || right.lit == "" {
				notToken("optional gap after a word tail")
			}
			joined := builtExpansion{
				items: append(append(append([]tokItem(nil), e.items[:k]...), tokItem{lit: left.lit + right.lit, kind: right.kind}), e.items[k+2:]...),
				gaps:  append(append([][]gapElem(nil), e.gaps[:k]...), e.gaps[k+1:]...),
			}
			return append(joinOptionalGapsFrom(e, k+1), joinOptionalGapsFrom(joined, k)...)
		}
	}
	return []builtExpansion{e}
}

// FormatTokenTable compiles every expression of the anchor table that is
// expressible over word runs and renders token_table.go; it also returns
// how many expressions compiled, of how many.
func FormatTokenTable(exprs []string) (string, int, int) {
	progs, _, gapSrc, total := tokenTableOf(exprs)
	var b strings.Builder
	for _, p := range progs {
		fmt.Fprintf(&b, "\t{%d, %d, []tokExpansion{\n", p.id, p.caps)
		for _, x := range p.exps {
			b.WriteString("\t\t{[]tokItem{")
			for k, it := range x.items {
				if k > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "{%s, %d}", strconv.Quote(it.lit), it.kind)
			}
			b.WriteString("}, ")
			if len(x.gaps) == 0 {
				b.WriteString("nil")
			} else {
				b.WriteString("[]uint16{")
				for k, n := range x.gaps {
					if k > 0 {
						b.WriteString(", ")
					}
					fmt.Fprintf(&b, "%d", n)
				}
				b.WriteString("}")
			}
			b.WriteString("},\n")
		}
		b.WriteString("\t}},\n")
	}
	b.WriteString("}\n")
	compiled := len(progs)
	var head strings.Builder
	head.WriteString("// Code generated by go run ./internal/anchorgen (go generate ./lint/pattern). DO NOT EDIT.\n\n")
	head.WriteString("package pattern\n\n")
	fmt.Fprintf(&head, "// %d of the anchor table's %d expressions speak only of words and are\n// answered from the document's word runs; see tokenprog.go and tokens.go.\n\n", compiled, total)
	head.WriteString("// tokenGaps are the gaps the expansions name by number.\nvar tokenGaps = [][]gapElem{\n")
	for _, g := range gapSrc {
		head.WriteString("\t" + g + ",\n")
	}
	head.WriteString("}\n\n// tokenPrograms are the token programs, by anchor-table id.\nvar tokenPrograms = []tokenProgram{\n")
	return head.String() + b.String(), compiled, total
}

// tokenTableOf compiles every expression of the anchor table of exprs
// that is expressible over word runs: the programs, the gaps they name by
// number, each gap as token_table.go writes it, and how many expressions
// the table has.
func tokenTableOf(exprs []string) (progs []tokenProgram, gaps [][]gapElem, gapSrc []string, total int) {
	exprs = append([]string(nil), exprs...)
	sort.Strings(exprs)
	gapIDs := map[string]int{}
	prev := ""
	id := int32(-1)
	for i, e := range exprs {
		if i > 0 && e == prev {
			continue
		}
		prev = e
		id++
		total++
		p, err := compileTokenProgram(e)
		if err != nil {
			continue
		}
		prog := tokenProgram{id: id, caps: p.caps}
		for _, x := range p.exps {
			exp := tokExpansion{items: x.items}
			for _, g := range x.gaps {
				var gs strings.Builder
				gs.WriteString("{")
				for j, el := range g {
					if j > 0 {
						gs.WriteString(", ")
					}
					fmt.Fprintf(&gs, "{%s, %d, %d}", strconv.QuoteToASCII(el.set), el.min, el.max)
				}
				gs.WriteString("}")
				n, ok := gapIDs[gs.String()]
				if !ok {
					n = len(gapSrc)
					gapIDs[gs.String()] = n
					gapSrc = append(gapSrc, gs.String())
					gaps = append(gaps, g)
				}
				exp.gaps = append(exp.gaps, uint16(n))
			}
			prog.exps = append(prog.exps, exp)
		}
		progs = append(progs, prog)
	}
	return progs, gaps, gapSrc, total
}
