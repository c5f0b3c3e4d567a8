package legal

import "sync"

// Every count reads its own sentences plus all the facts it incorporates, so
// in a complaint of twenty counts the same factual sentence is tested
// against the same pattern twenty times. Small shared memos make the second
// and later tests a map lookup. They are keyed by the text itself (so a hit
// is always right) and emptied when they grow past a bound, so memory stays
// flat over a long run of files or a long language-server session.

const memoLimit = 1 << 17

// memoMinLen is the shortest text worth memoizing: hashing a shorter one
// costs about as much as matching it.
const memoMinLen = 64

type memoKey struct {
	p *Pattern // nil for Dates
	s string
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

var (
	matchMemo = newMemo[bool]()
	findMemo  = newMemo[[][]int]()
)

// ResetMemo empties the memos. Benchmarks call it between iterations so
// that each iteration pays what linting a new file pays.
func ResetMemo() {
	matchMemo.reset()
	findMemo.reset()
	datesMemo.reset()
}
