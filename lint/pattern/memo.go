package pattern

import "sync"

// Every count reads its own sentences plus all the facts it incorporates, so
// in a complaint of twenty counts the same factual sentence is tested
// against the same pattern twenty times. Small memos make the second and
// later tests a map lookup. They are keyed by the text itself, so a hit is
// always right and a sentence repeated anywhere in the document (a
// paragraph pasted twice, a complaint concatenated with its amended
// version) is answered once; keying by place instead cost half as much
// again on such input. They are emptied when they grow past a bound, so
// memory stays flat over a long run of files or a long language-server
// session.

const memoLimit = 1 << 17

// sharedMemoLimit bounds the memos shared by every document's plain
// strings more tightly: they are kept across documents, and on a folder of
// complaints the larger bound held 30 MB of answers about documents
// already done, for no gain in speed.
const sharedMemoLimit = 1 << 15

// memoMinLen is the shortest text worth memoizing: hashing a shorter one
// costs about as much as matching it.
const memoMinLen = 64

// memoMaxLen is the longest text whose answers line by line are worth
// remembering (Lexicon.MatchingLinesText).
const memoMaxLen = 4096

type memoKey struct {
	p *Pattern // nil for Dates
	s string
}

type memo[V any] struct {
	mu sync.Mutex
	m  map[memoKey]V
	// shared: the memo answers for plain strings of any document.
	shared bool
}

func newMemo[V any](shared bool) *memo[V] {
	return &memo[V]{m: make(map[memoKey]V), shared: shared}
}

func (c *memo[V]) get(k memoKey) (V, bool) {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	return v, ok
}

func (c *memo[V]) put(k memoKey, v V) {
	limit := memoLimit
	if c.shared {
		limit = sharedMemoLimit
	}
	c.mu.Lock()
	if len(c.m) >= limit {
		c.m = make(map[memoKey]V)
	}
	c.m[k] = v
	c.mu.Unlock()
}

func (c *memo[V]) reset() {
	c.mu.Lock()
	c.m = make(map[memoKey]V)
	c.mu.Unlock()
}

// memoSet holds one memo per kind of question.
type memoSet struct {
	match   *memo[bool]
	find    *memo[[][]int]
	lexFind *memo[[][]int]
	dates   *memo[[][]int]
}

func newMemoSet(shared bool) *memoSet {
	return &memoSet{newMemo[bool](shared), newMemo[[][]int](shared), newMemo[[][]int](shared), newMemo[[][]int](shared)}
}

func (m *memoSet) reset() {
	m.match.reset()
	m.find.reset()
	m.lexFind.reset()
	m.dates.reset()
}

// globalMemos answer for text that is not part of an indexed document
// (text a rule derived, with some words blanked). They are emptied when a
// document is released (Index.Release): on a folder of complaints they
// otherwise held 33 MB of answers about documents already done.
var globalMemos = newMemoSet(true)

// memoRef is where the answer to one question about one text is kept: a
// slot of its document's per-sentence arrays when the text is exactly one
// of the document's sentences, a map entry keyed by the text otherwise.
type memoRef struct {
	sent  *sentenceMemo // nil unless a sentence
	i     int           // the sentence's number
	k     memoKey
	memos *memoSet
}

// memoFor returns where to remember asking p about t: its document's
// arrays when t is one of the document's sentences, else its document's
// own memos when t is a span of an indexed document, else the shared
// memos. A memo keyed by a text holds the text, and with it the whole
// string it is a slice of; kept per document, the entries go when the
// document does. The shared memos hold the plain strings they are keyed
// by, and with them the text a string was cut from, until they are emptied
// at memoLimit; copying each key instead cost more time and memory on a
// folder of complaints than the texts it kept.
func memoFor(p *Pattern, t Text) memoRef {
	if ix := t.ix; ix != nil {
		if sm, i := ix.sentenceMemo(p, t.off, len(t.s)); sm != nil {
			return memoRef{sent: sm, i: i}
		}
		ix.mu.Lock()
		m := ix.memos
		ix.mu.Unlock()
		if m != nil {
			return memoRef{k: memoKey{p, t.s}, memos: m}
		}
	}
	return memoRef{k: memoKey{p, t.s}, memos: globalMemos}
}

func (r memoRef) getMatch() (bool, bool) {
	if r.sent != nil {
		return r.sent.getMatch(r.i)
	}
	return r.memos.match.get(r.k)
}

func (r memoRef) putMatch(v bool) {
	if r.sent != nil {
		r.sent.putMatch(r.i, v)
		return
	}
	r.memos.match.put(r.k, v)
}

func (r memoRef) getFind() ([][]int, bool) {
	if r.sent != nil {
		return r.sent.getList(&r.sent.find, r.i)
	}
	return r.memos.find.get(r.k)
}

func (r memoRef) putFind(v [][]int) {
	if r.sent != nil {
		r.sent.putList(&r.sent.find, r.i, v)
		return
	}
	r.memos.find.put(r.k, v)
}

func (r memoRef) getLexFind() ([][]int, bool) {
	if r.sent != nil {
		return r.sent.getList(&r.sent.lexFind, r.i)
	}
	return r.memos.lexFind.get(r.k)
}

func (r memoRef) putLexFind(v [][]int) {
	if r.sent != nil {
		r.sent.putList(&r.sent.lexFind, r.i, v)
		return
	}
	r.memos.lexFind.put(r.k, v)
}

// datesMemoFor returns the key and the memos for the dates in t, kept as
// memoFor keeps the answers about text that is not one sentence.
func datesMemoFor(t Text) (memoKey, *memoSet) {
	if ix := t.ix; ix != nil {
		ix.mu.Lock()
		m := ix.memos
		ix.mu.Unlock()
		if m != nil {
			return memoKey{nil, t.s}, m
		}
	}
	return memoKey{nil, t.s}, globalMemos
}

// ResetMemo empties the shared memos. Benchmarks call it between
// iterations so that each iteration pays what linting a new file pays.
func ResetMemo() { globalMemos.reset() }
