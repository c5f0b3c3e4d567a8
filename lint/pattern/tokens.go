package pattern

import (
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// The token pass. On the first question a token-compiled pattern
// (tokenprog.go) asks of an indexed document, the document is tokenized by
// prose (through the tokenizer package document registers), its tokens are
// cut into word runs (maximal runs of ASCII word characters, re-joined
// where prose split one, as in "do"+"n't", and restored where prose left a
// character out of every token), and every token program is
// matched over the runs in one pass: a map from each program's first word
// to the expansions it opens. The matches are kept per program, sorted by
// start, and a question about a slice of the document (a sentence, a
// count's scope) becomes a binary search and a walk over the matches
// inside it. The tokens themselves are not kept: only the matches.
// Documents are tokenized a chunk at a time, and runs are dropped once
// every match that could read them is found, so the pass holds a few
// thousand runs at once, whatever the document's length.
//
// The answers are the regexp's, exactly: at each start the first expansion
// in priority order that fits in the slice, leftmost first and without
// overlaps. A slice whose edges cut a word run, and a document that holds
// a rune (?i) folds to an ASCII letter, are answered by the regexp.

// Tokenizer feeds the token spans of text, as start/end pairs, in order, to
// each; it returns false when some tokens could not be placed in the text
// (the pass reads what no token covers from the text itself).
type Tokenizer func(text string, each func(spans []int32)) bool

var tokenizer atomic.Pointer[Tokenizer]

// SetTokenizer registers the tokenizer the token pass reads (package
// document registers prose's). Without one, every question takes the
// regexp path.
func SetTokenizer(t Tokenizer) { tokenizer.Store(&t) }

// tokMatch is a program's match at one start: [start, end) in the
// document, of the first expansion in priority order that matches there.
// end carries altFlag when a lower-priority expansion matches at the same
// start and ends sooner: a slice that ends inside the first match could
// still hold that one, and such a question goes to the regexp.
type tokMatch struct {
	start, end int32
}

const altFlag = -1 << 31

func (m tokMatch) stop() int32 { return m.end &^ altFlag }

// tokenMatches are a document's matches, by program, each list sorted by
// start. A program with more matches than dense allows is left out (nil
// list, dropped set): common words ("and", "the") answer as fast by the
// regexp, and their matches would cost memory for nothing.
type tokenMatches struct {
	byProg  [][]tokMatch
	dropped []bool
}

// maxTokenText is the longest text the token pass reads. On a text of
// several megabytes the pass (prose's tokenizer, then the programs) costs
// more than the regexp path it spares, and its matches (about one byte
// per byte of text) would take the lint past its heap budget of 8 bytes
// per byte (TestLargeComplaintBounded); such a text is answered by the
// regexp alone.
const maxTokenText = 2 << 20

// denseHits: a program keeps its matches while it has at most one per
// denseHits bytes of the text read so far (and minHits in any case).
const (
	denseHits = 1024
	minHits   = 64
)

// tokenEntry is one expansion a first word opens.
type tokenEntry struct {
	prog, exp int32
}

// secondKey joins an expansion's first two words as the pass looks them up.
func secondKey(first, second string) string { return first + "\x00" + second }

// tokenSet is every program's first words, built once per process.
type tokenSet struct {
	exact  wordTable // first words that must be the whole run
	prefix wordTable // first words a run begins with
	// pairs are the expansions whose first two words are both whole runs
	// ("trade secret"), by both: most places where a common first word
	// occurs are then never tried. Their first words are in exact, marked
	// pairFirst.
	pairs    wordTable
	prefLens uint64 // lengths (< 64) of the prefix keys
	longPref bool   // some prefix key is 64 bytes or longer
	maxItems int
	// gapOne[g] holds the ASCII bytes c for which a gap of the one byte c
	// matches tokenGaps[g] (a bit per byte): most gaps are one space.
	gapOne [][2]uint64
	// programs and gaps are the lengths of the tables the set was built
	// from, by which a generated set left behind by changed tables is
	// recognised (and the set built at run time instead).
	programs, gaps int
}

var tokenSetOnce = sync.OnceValue(func() *tokenSet { return buildTokenSet(tokenPrograms, tokenGaps) })

// tokenSetOf returns the token programs' set of first words: the one go
// generate wrote (token_set.go), or, in the browser build, which goes
// without it, and should it be stale, one built on first use.
func tokenSetOf() *tokenSet {
	if ts := generatedTokenSet(); ts != nil && ts.programs == len(tokenPrograms) && ts.gaps == len(tokenGaps) {
		return ts
	}
	return tokenSetOnce()
}

// buildTokenSet indexes the first words of programs, whose gaps are gaps.
func buildTokenSet(programs []tokenProgram, gaps [][]gapElem) *tokenSet {
	ts := &tokenSet{programs: len(programs), gaps: len(gaps)}
	for pi, p := range programs {
		for ei, e := range p.exps {
			ts.maxItems = max(ts.maxItems, len(e.items))
			first := e.items[0]
			en := tokenEntry{prog: int32(pi), exp: int32(ei)}
			if first.kind == itemExact {
				if len(e.items) > 1 && e.items[1].kind == itemExact {
					ts.pairs.add(secondKey(first.lit, e.items[1].lit), en)
					ts.exact.keys[ts.exact.slot(first.lit)].pairFirst = true
					continue
				}
				ts.exact.add(first.lit, en)
				continue
			}
			ts.prefix.add(first.lit, en)
			if len(first.lit) < 64 {
				ts.prefLens |= 1 << len(first.lit)
			} else {
				ts.longPref = true
			}
		}
	}
	ts.exact.done()
	ts.prefix.done()
	ts.pairs.done()
	ts.gapOne = make([][2]uint64, len(gaps))
	for g, gap := range gaps {
		for c := 0; c < utf8.RuneSelf; c++ {
			if gapMatches(string(rune(c)), gap) {
				ts.gapOne[g][c/64] |= 1 << (c % 64)
			}
		}
	}
	return ts
}

// tokenByID maps an anchor-table id to its token program's index, or -1.
var tokenByID = sync.OnceValue(func() []int32 {
	n := int32(0)
	for _, p := range tokenPrograms {
		n = max(n, p.id+1)
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = -1
	}
	for pi, p := range tokenPrograms {
		out[p.id] = int32(pi)
	}
	return out
})

// tokenProgram returns the index of c's token program, or -1.
func (c *compiled) tokenProgram() int32 {
	if ids := tokenByID(); c.tableID >= 0 && int(c.tableID) < len(ids) {
		return ids[c.tableID]
	}
	return -1
}

// tokenState is a document's token pass, done once on first use.
type tokenState struct {
	once sync.Once
	m    *tokenMatches // nil when the document is answered by the regexp
}

// tokenMatchesOf returns the document's token matches, running the pass on
// first use; nil when the document cannot be answered from tokens.
func (ix *Index) tokenMatchesOf() *tokenMatches {
	st := ix.tok.Load()
	if st == nil {
		return nil // released
	}
	st.once.Do(func() { st.m = tokenPass(ix.text) })
	return st.m
}

// tokenPass runs the tokenizer over text and matches every token program.
func tokenPass(text string) *tokenMatches {
	tp := tokenizer.Load()
	if tp == nil || len(text) > maxTokenText || hasFoldRunes(text) {
		return nil
	}
	ts := tokenSetOf()
	p := passState{text: text, ts: ts,
		m:     tokenMatches{byProg: make([][]tokMatch, len(tokenPrograms)), dropped: make([]bool, len(tokenPrograms))},
		count: make([]int32, len(tokenPrograms)), last: make([]int32, len(tokenPrograms))}
	(*tp)(text, func(spans []int32) {
		for k := 0; k+1 < len(spans); k += 2 {
			p.addToken(int(spans[k]), int(spans[k+1]))
		}
		// Every start whose expansions can read only runs already seen.
		p.process(len(p.runs)/2 - ts.maxItems)
	})
	p.addToken(len(text), len(text))
	p.process(len(p.runs) / 2)
	return p.finish()
}

type passState struct {
	text string
	ts   *tokenSet
	runs []int32 // start, end pairs of the runs not yet processed (and their successors)
	// pos is the end of the last token read.
	pos  int
	m    tokenMatches
	cand []progHit
	key  []byte
	// found is every program's matches, in the order found (by start);
	// finish splits them by program, so the pass grows no list per
	// program. count is, per program, its matches in found, and last the
	// index in found of its last one.
	found       []foundMatch
	count, last []int32
}

// foundMatch is a match of program prog.
type foundMatch struct {
	prog int32
	m    tokMatch
}

// progHit is a match found at the current run, before the first of each
// program is kept.
type progHit struct {
	prog, prio, end int32
}

// addToken adds the word runs inside one token. prose leaves a few
// characters out of its tokens (the "s" of "Engine's," after an
// apostrophe, for one): the word characters before the token that no token
// covered are read from the text, so that the runs are exactly the words
// \b sees whatever prose made of them.
func (p *passState) addToken(start, end int) {
	if start < p.pos {
		return // out of order: never from Realign, which moves forward
	}
	from := p.pos
	p.pos = end
	p.addRuns(from, start)
	p.addRuns(start, end)
}

// addRuns adds the word runs of text[start:end], joining the first to the
// run before when nothing parts them.
func (p *passState) addRuns(start, end int) {
	t := p.text
	for i := start; i < end; {
		if !isWordByte(t[i]) {
			i++
			continue
		}
		j := i
		for j < end && isWordByte(t[j]) {
			j++
		}
		if n := len(p.runs); n > 0 && int(p.runs[n-1]) == i {
			p.runs[n-1] = int32(j) // prose split the run ("do" + "n't")
		} else {
			p.runs = append(p.runs, int32(i), int32(j))
		}
		i = j
	}
}

// process matches at each of the first upto runs, then drops them. Before
// the end of the text, upto leaves out the last maxItems runs: a match
// from an earlier run reads none of them but the next ones, and the last
// run can still grow when the next token continues it.
func (p *passState) process(upto int) {
	if upto <= 0 {
		return
	}
	upto = min(upto, len(p.runs)/2)
	for i := range upto {
		p.matchAt(i)
	}
	p.runs = append(p.runs[:0], p.runs[2*upto:]...)
}

func (p *passState) run(i int) (int, int) { return int(p.runs[2*i]), int(p.runs[2*i+1]) }

// matchAt finds every expansion that matches from run i.
func (p *passState) matchAt(i int) {
	rs, re := p.run(i)
	ts := p.ts
	// One loop lower-cases the run and hashes it, looking up each prefix
	// whose length some prefix key has.
	key := p.key[:0]
	h := uint64(fnvOffset)
	p.cand = p.cand[:0]
	for k := rs; k < re; k++ {
		c := lowerByte(p.text[k])
		key = append(key, c)
		h = fnvByte(h, c)
		if n := len(key); n < 64 && ts.prefLens&(1<<n) == 0 || n >= 64 && !ts.longPref {
			continue
		}
		if s := ts.prefix.find(h, key); s != nil {
			for _, e := range ts.prefix.entriesOf(s) {
				p.try(i, e)
			}
		}
	}
	p.key = key
	s := ts.exact.find(h, key)
	if s != nil {
		for _, e := range ts.exact.entriesOf(s) {
			p.try(i, e)
		}
	}
	if s != nil && s.pairFirst && 2*(i+1)+1 < len(p.runs) {
		ns, ne := p.run(i + 1)
		key = append(key, 0)
		h = fnvByte(h, 0)
		for k := ns; k < ne; k++ {
			c := lowerByte(p.text[k])
			key = append(key, c)
			h = fnvByte(h, c)
		}
		p.key = key
		if s := ts.pairs.find(h, key); s != nil {
			for _, e := range ts.pairs.entriesOf(s) {
				p.try(i, e)
			}
		}
	}
	if len(p.cand) == 0 {
		return
	}
	if len(p.cand) > 1 {
		slices.SortFunc(p.cand, func(a, b progHit) int {
			if a.prog != b.prog {
				return int(a.prog - b.prog)
			}
			return int(a.prio - b.prio)
		})
	}
	for k, h := range p.cand {
		if k > 0 && p.cand[k-1].prog == h.prog {
			// A lower-priority match that ends sooner: a slice that cuts
			// the first one could hold it.
			if p.count[h.prog] > 0 && !p.m.dropped[h.prog] {
				if last := &p.found[p.last[h.prog]].m; last.start == int32(rs) && h.end < last.stop() {
					last.end |= altFlag
				}
			}
			continue
		}
		if p.m.dropped[h.prog] {
			continue
		}
		p.last[h.prog] = int32(len(p.found))
		p.found = append(p.found, foundMatch{prog: h.prog, m: tokMatch{start: int32(rs), end: h.end}})
		p.count[h.prog]++
		if n := int(p.count[h.prog]); n > minHits && n > rs/denseHits {
			p.m.dropped[h.prog] = true
		}
	}
}

// try matches one expansion from run i and records it.
func (p *passState) try(i int, e tokenEntry) {
	if p.m.dropped[e.prog] {
		return
	}
	exp := &tokenPrograms[e.prog].exps[e.exp]
	rs, re := p.run(i)
	end, ok := itemEnd(p.text[rs:re], exp.items[0], rs)
	if !ok {
		return
	}
	nruns := len(p.runs) / 2
	for k := 1; k < len(exp.items); k++ {
		if i+k >= nruns {
			return
		}
		_, prevEnd := p.run(i + k - 1)
		ns, ne := p.run(i + k)
		if gap, g := p.text[prevEnd:ns], exp.gaps[k-1]; len(gap) == 1 && gap[0] < utf8.RuneSelf {
			if p.ts.gapOne[g][gap[0]/64]&(1<<(gap[0]%64)) == 0 {
				return
			}
		} else if !gapMatches(gap, tokenGaps[g]) {
			return
		}
		if end, ok = itemEnd(p.text[ns:ne], exp.items[k], ns); !ok {
			return
		}
	}
	p.cand = append(p.cand, progHit{prog: e.prog, prio: e.exp, end: int32(end)})
}

// itemEnd matches a word item against a run at off, returning where the
// match ends.
func itemEnd(run string, it tokItem, off int) (int, bool) {
	if !hasPrefixFold(run, it.lit) {
		return 0, false
	}
	switch it.kind {
	case itemExact:
		return off + len(run), len(run) == len(it.lit)
	case itemPrefix:
		return off + len(run), true
	case itemProper:
		return off + len(run), len(run) > len(it.lit)
	}
	return off + len(it.lit), true // itemOpen
}

// gapMatches reports whether the gap's elements match all of s.
func gapMatches(s string, g []gapElem) bool {
	if len(g) == 0 {
		return s == ""
	}
	e := g[0]
	n := 0
	i := 0
	for {
		if n >= int(e.min) && gapMatches(s[i:], g[1:]) {
			return true
		}
		if e.max >= 0 && n >= int(e.max) || i >= len(s) {
			return false
		}
		r, size := decodeRune(s[i:])
		if !inSet(r, e.set) {
			return false
		}
		i += size
		n++
	}
}

// decodeRune decodes one rune as regexp does (an invalid byte is U+FFFD).
func decodeRune(s string) (rune, int) {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s)
}

// inSet reports whether r lies in one of set's ranges (rune pairs).
func inSet(r rune, set string) bool {
	for set != "" {
		lo, n := utf8.DecodeRuneInString(set)
		hi, m := utf8.DecodeRuneInString(set[n:])
		if lo <= r && r <= hi {
			return true
		}
		set = set[n+m:]
	}
	return false
}

// finish splits the matches by program, every list at its length in one
// array: they are kept for the document's life.
func (p *passState) finish() *tokenMatches {
	n := int32(0)
	for prog, c := range p.count {
		if c == 0 || p.m.dropped[prog] {
			p.count[prog] = -1
			continue
		}
		p.count[prog] = n // where the program's next match goes
		n += c
	}
	all := make([]tokMatch, n)
	for _, f := range p.found {
		if at := p.count[f.prog]; at >= 0 {
			all[at] = f.m
			p.count[f.prog] = at + 1
		}
	}
	start := int32(0)
	for prog, end := range p.count {
		if end >= 0 {
			p.m.byProg[prog] = all[start:end:end]
			start = end
		}
	}
	p.found = nil
	return &p.m
}

// tokenView returns the matches of program prog that start inside t, and
// t's offset in its document; ok is false when tokens cannot answer for t.
func tokenView(t Text, prog int32) (ms []tokMatch, off int, ok bool) {
	ix, off, s := t.ix, t.off, t.s
	if prog < 0 || ix == nil || len(s) == 0 {
		return nil, 0, false
	}
	tm := ix.tokenMatchesOf()
	if tm == nil {
		return nil, 0, false
	}
	text := ix.text
	end := off + len(s)
	// A slice that cuts a word run sees a shorter word than the document.
	if off > 0 && isWordByte(text[off-1]) && isWordByte(text[off]) ||
		end < len(text) && isWordByte(text[end-1]) && isWordByte(text[end]) {
		return nil, 0, false
	}
	if tm.dropped[prog] {
		return nil, 0, false
	}
	all := tm.byProg[prog]
	lo := sort.Search(len(all), func(i int) bool { return int(all[i].start) >= off })
	hi := lo + sort.Search(len(all)-lo, func(i int) bool { return int(all[lo+i].start) >= end })
	return all[lo:hi], off, true
}

// tokenMatch answers MatchString from tokens.
func (c *compiled) tokenMatch(t Text) (found, ok bool) {
	ms, off, ok := tokenView(t, c.tokenProgram())
	if !ok {
		return false, false
	}
	end := int32(off + len(t.s))
	for _, m := range ms {
		if m.stop() <= end {
			return true, true
		}
		if m.end < 0 {
			return false, false // a shorter match may fit: ask the regexp
		}
	}
	return false, true
}

// tokenFindAll answers FindAllStringIndex from tokens (n < 0: all); with
// subs, only for a pattern without groups, whose submatches are the match.
func (c *compiled) tokenFindAll(t Text, n int, subs bool) (out [][]int, ok bool) {
	prog := c.tokenProgram()
	if prog < 0 || subs && tokenPrograms[prog].caps > 0 {
		return nil, false
	}
	at, ends, ok := c.tokenTries(t)
	if !ok {
		return nil, false
	}
	from := 0
	for k := range at {
		if n >= 0 && len(out) == n {
			break
		}
		if at[k] < from {
			continue
		}
		out = append(out, []int{at[k], ends[k]})
		from = ends[k]
	}
	return out, true
}

// tokenTries answers, from tokens, a try at every place in s: each place
// where the pattern matches, with the match's end (overlapping matches
// included, as tries at each place would find them).
func (c *compiled) tokenTries(t Text) (at, ends []int, ok bool) {
	ms, off, ok := tokenView(t, c.tokenProgram())
	if !ok {
		return nil, nil, false
	}
	limit := int32(off + len(t.s))
	for _, m := range ms {
		if m.stop() > limit {
			if m.end < 0 {
				return nil, nil, false // a shorter match may fit: ask the regexp
			}
			continue
		}
		at, ends = append(at, int(m.start)-off), append(ends, int(m.stop())-off)
	}
	return at, ends, true
}
