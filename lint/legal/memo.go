package legal

import "sync"

// Every count reads its own sentences plus all the facts it incorporates, so
// in a complaint of twenty counts the same factual sentence is tested
// against the same pattern twenty times. Small memos make the second and
// later tests a map lookup. A slice of an indexed document is keyed by its
// place in the document (offset and length: the same place is the same
// text, so a hit is always right, and no sentence is hashed); other text is
// keyed by the text itself. The memos are emptied when they grow past a
// bound, so memory stays flat over a long run of files or a long
// language-server session.

const memoLimit = 1 << 17

// memoMinLen is the shortest text worth memoizing: hashing a shorter one
// costs about as much as matching it.
const memoMinLen = 64

type memoKey struct {
	p      *Pattern // nil for Dates
	off, n int      // s's place in its indexed document
	s      string   // the text itself, when no index covers it
}

type memo[V any] struct {
	mu sync.Mutex
	m  map[memoKey]V
}

func newMemo[V any]() *memo[V] { return &memo[V]{m: make(map[memoKey]V)} }

func (c *memo[V]) get(k memoKey) (V, bool) {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	return v, ok
}

func (c *memo[V]) put(k memoKey, v V) {
	c.mu.Lock()
	if len(c.m) >= memoLimit {
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
	dates   *memo[[]DateMention]
}

func newMemoSet() *memoSet {
	return &memoSet{newMemo[bool](), newMemo[[][]int](), newMemo[[][]int](), newMemo[[]DateMention]()}
}

func (m *memoSet) reset() {
	m.match.reset()
	m.find.reset()
	m.lexFind.reset()
	m.dates.reset()
}

// globalMemos answer for text that is not part of an indexed document
// (text a rule derived, with some words blanked).
var globalMemos = newMemoSet()

// memoFor returns the key and the memos for asking p about s: its
// document's own memos, keyed by place, when s is part of an indexed
// document. A memo keyed by a text holds the text, and with it the whole
// string it is a slice of; kept per document, the entries go when the
// document does, instead of keeping fifty complaints' texts alive through
// a long run.
func memoFor(p *Pattern, s string) (memoKey, *memoSet) {
	if ix, off := indexOf(s); ix != nil {
		ix.mu.Lock()
		m := ix.memos
		ix.mu.Unlock()
		if m != nil {
			return memoKey{p: p, off: off, n: len(s)}, m
		}
	}
	return memoKey{p: p, s: s}, globalMemos
}

// ResetMemo empties the shared memos. Benchmarks call it between
// iterations so that each iteration pays what linting a new file pays.
func ResetMemo() { globalMemos.reset() }
