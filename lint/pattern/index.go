package pattern

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// The rules ask the same question of the same text many times: each count
// reads its own sentences and the facts it incorporates, and each rule tests
// them against several cue lists. Scanning every sentence once per pattern
// costs (patterns × text) and dominated the run time. A document's text is
// therefore indexed once: its ASCII-lower-cased copy and the positions of
// every three-byte (and two-byte) sequence. A pattern's candidate positions
// in the document are then read off the index the first time the pattern
// meets that document, and a question about one sentence, which is a span
// of the document's text, becomes a binary search for the candidates inside
// it. Only those candidates reach the regular expression.
//
// The document model owns its Index and hands out Text values: a string
// together with the index it is a span of and its offset there. A question
// asked with a Text reads the index; a question asked with a plain string
// (text a rule derived: words blanked, definitions appended) scans the
// string, with the same answer.

// Index is one document's text, indexed for the patterns, with everything
// the patterns learn about it: each pattern's candidate places, the token
// pass's matches, and the answers about its sentences. document.Build makes
// one per document and Release drops what it holds when the document is
// done.
type Index struct {
	text string
	// on is false for a text too short or too long to index: its spans
	// are answered as plain strings.
	on    bool
	lower string
	// lowerPos maps a byte of lower to its offset in text when folding
	// changed the length (fold.go); nil otherwise.
	lowerPos []int32
	// spaceRun is the longest run of white space in text, which bounds
	// how far a pattern's try reads (bound.go) in any slice of it.
	spaceRun int

	mu   sync.Mutex
	tri  *gramChains // positions by their three lower-cased bytes
	bi   *gramChains // positions by their two lower-cased bytes
	hits map[*compiled][]int32
	// tableHits are the candidates of every anchor-table pattern, found in
	// one pass on the first question (cuescan.go, hittable.go). Written
	// once under mu; read without it, since every rule of every count asks
	// it and the lock itself had become a sizeable part of a run.
	tableHits atomic.Pointer[hitTable]
	// ready holds each run-time pattern's candidates once found: the
	// lock-free read side of hits, for the same reason.
	ready sync.Map // *compiled -> []int32

	memos *memoSet // answers about spans of this text

	// tok is the token pass's matches (tokens.go); nil once released.
	tok atomic.Pointer[tokenState]

	// sents are the document's sentences and each pattern's answers
	// about them by sentence number (sentmemo.go).
	sents atomic.Pointer[sentenceTable]

	releaseOnce sync.Once
}

// NewIndex indexes a document's text for the patterns. The index is built
// lazily, question by question; Release drops it. A text shorter than a
// scan is worth indexing, or longer than the index's memory bound, gets an
// Index whose spans are answered as plain strings.
func NewIndex(text string) *Index {
	ix := &Index{text: text}
	if len(text) < minIndexed || len(text) > maxIndexed {
		return ix
	}
	ix.on = true
	ix.spaceRun = longestSpaceRun(text)
	ix.hits = map[*compiled][]int32{}
	ix.memos = newMemoSet(false)
	ix.tok.Store(&tokenState{})
	warmOnce.Do(func() { go warm(ix) })
	return ix
}

// Text returns the whole indexed text as a span.
func (ix *Index) Text() Text { return ix.Span(0, len(ix.text)) }

// Span returns text[start:end] as a span of the index. Bounds out of range
// give the empty text, as Document.Slice does.
func (ix *Index) Span(start, end int) Text {
	if start < 0 || end > len(ix.text) || start > end {
		return Text{}
	}
	t := Text{s: ix.text[start:end], off: start}
	if ix.on {
		t.ix = ix
	}
	return t
}

// Release drops what the index holds: its tables, the token matches and
// the remembered answers. Spans handed out before stay usable; their
// questions are then answered by scanning, with the same answers.
func (ix *Index) Release() {
	if ix == nil || !ix.on {
		return
	}
	ix.releaseOnce.Do(func() {
		ix.mu.Lock()
		ix.lower, ix.lowerPos, ix.tri, ix.bi, ix.hits, ix.memos = "", nil, nil, nil, nil, nil
		ix.tableHits.Store(nil)
		ix.ready.Clear()
		ix.sents.Store(nil)
		ix.tok.Store(nil)
		ix.mu.Unlock()
		// The shared memos hold plain strings rules derived from the
		// document's text (and with them what they were cut from); a
		// document done seldom asks again, so they go with it.
		globalMemos.reset()
	})
}

var warmOnce sync.Once

// warm compiles, on another core, the expressions the first document of a
// run is likely to need: those whose anchors occur in it, and those
// without a pre-filter. Compiling them was most of the fixed cost of a
// short run, which the rules would otherwise pay one by one as they first
// meet them, on the critical path. Only patterns made at run time (from a
// user's configuration) are compiled now: the table holds the programs of
// every pattern in the source (progtable.go). Expressions are compiled
// once per process (sync.Once), so a rule that reaches one first simply
// compiles it itself, and later documents find them all ready.
func warm(ix *Index) {
	patterns.Lock()
	all := append([]*Pattern(nil), patterns.all...)
	patterns.Unlock()
	for _, p := range all {
		c := p.get()
		if c.tableID >= 0 {
			// Its programs come from the table, decoded when first
			// tried in a few microseconds: not worth a core.
			continue
		}
		if c.anchors == nil {
			c.plainRe()
			continue
		}
		ix.mu.Lock()
		if ix.hits == nil { // the document is done
			ix.mu.Unlock()
			return
		}
		hits := ix.candidates(c)
		ix.mu.Unlock()
		if hits.any() {
			c.anchoredRe()
		}
	}
}

// minIndexed is the shortest text worth an index; below it a scan is as
// fast as the lookups. maxIndexed bounds the index's memory (at most
// about four bytes per byte of text, hittable.go): a larger text, which
// no complaint is, is scanned instead, more slowly but in the memory the
// model needs anyway.
const (
	minIndexed = 2048
	maxIndexed = 16 << 20
)

func gram3(s string, i int) uint32 {
	return uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
}

func gram2(s string, i int) uint32 { return uint32(s[i])<<8 | uint32(s[i+1]) }

// candidates returns every position of the indexed text where one of the
// pattern's anchors occurs, ascending. Called with ix.mu held.
func (ix *Index) candidates(p *compiled) candidateSet {
	if p.tableID >= 0 {
		t := ix.tableHits.Load()
		if t == nil {
			t = scanTable(ix.text)
			ix.tableHits.Store(t)
		}
		return candidateSet{table: t, list: tableTrie().classOf[p.tableID]}
	}
	if h, ok := ix.hits[p]; ok {
		return candidateSet{flat: h}
	}
	if ix.lower == "" {
		ix.lower, ix.lowerPos = foldForAnchors(ix.text)
	}
	var out []int32
	for _, a := range p.anchors {
		chains := &ix.tri
		if len(a) == 2 {
			chains = &ix.bi
		}
		if *chains == nil {
			*chains = newGramChains(ix.lower, len(a) == 2)
		}
		out = (*chains).find(ix.lower, a, out)
	}
	ix.unfold(out)
	slices.Sort(out)
	out = dedupe(out)
	ix.hits[p] = out
	ix.ready.Store(p, out)
	return candidateSet{flat: out}
}

// found returns the pattern's candidates when an earlier question found
// them, without taking ix.mu: both tables are immutable once stored. A
// question that races the index's release may still read them, which
// answers as the text itself would.
func (ix *Index) found(p *compiled) (candidateSet, bool) {
	if p.tableID >= 0 {
		if t := ix.tableHits.Load(); t != nil {
			return candidateSet{table: t, list: tableTrie().classOf[p.tableID]}, true
		}
		return candidateSet{}, false
	}
	if h, ok := ix.ready.Load(p); ok {
		return candidateSet{flat: h.([]int32)}, true
	}
	return candidateSet{}, false
}

// unfold turns positions in ix.lower into positions in ix.text.
func (ix *Index) unfold(at []int32) {
	if ix.lowerPos == nil {
		return
	}
	for i, a := range at {
		at[i] = ix.lowerPos[a]
	}
}

// gramChains lists the positions of a text by their first two or three
// bytes without a map: head holds, per bucket, the last position (plus
// one) whose bytes fall in it, and next links each position to the
// previous one in the same bucket. The bytes are hashed into about one
// bucket per four positions, and find checks the text itself.
type gramChains struct {
	two   bool
	shift uint32 // 32 - log2(buckets)
	head  []int32
	next  []int32
}

func (g *gramChains) bucket(s string, i int) uint32 {
	if g.two {
		return (gram2(s, i) * 2654435761) >> g.shift
	}
	return (gram3(s, i) * 2654435761) >> g.shift
}

func newGramChains(lower string, two bool) *gramChains {
	n := 3
	if two {
		n = 2
	}
	g := &gramChains{two: two, next: make([]int32, len(lower))}
	// About one bucket per four positions keeps the chains of rare grams
	// free of others' positions on a long text, and the index of a short
	// text (a few KiB) small: a fixed 65,536 buckets cost more to clear
	// than indexing the text did.
	bits := 10
	for bits < 24 && 1<<bits < len(lower)/4 {
		bits++
	}
	g.head, g.shift = make([]int32, 1<<bits), uint32(32-bits)
	for i := 0; i+n <= len(lower); i++ {
		b := g.bucket(lower, i)
		g.next[i] = g.head[b]
		g.head[b] = int32(i + 1)
	}
	return g
}

// find appends to out every position where a occurs in lower.
func (g *gramChains) find(lower, a string, out []int32) []int32 {
	for at := g.head[g.bucket(a, 0)]; at != 0; at = g.next[at-1] {
		if strings.HasPrefix(lower[at-1:], a) {
			out = append(out, at-1)
		}
	}
	return out
}

func dedupe(xs []int32) []int32 {
	if len(xs) < 2 {
		return xs
	}
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// indexedStarts is starts answered from the index when t is a span of an
// indexed text; ok is false otherwise.
func (p *compiled) indexedStarts(t Text) (out []int, ok bool) {
	ix, off, s := t.ix, t.off, t.s
	if ix == nil || len(s) == 0 {
		return nil, false
	}
	hits, ok := ix.found(p)
	if !ok {
		ix.mu.Lock()
		if ix.hits == nil { // released meanwhile
			ix.mu.Unlock()
			return nil, false
		}
		hits = ix.candidates(p)
		ix.mu.Unlock()
	}
	held := hits.each(off, off+len(s), func(h int) bool {
		at := h - off
		// The anchor must begin a word of s when the pattern starts with
		// \b; s's first byte always does, as it would for s alone.
		if !p.wordStart || at == 0 || isWordByte(s[at-1]) != isWordByte(s[at]) {
			out = append(out, at)
		}
		return true
	})
	return out, held
}
