package legal

import "sync"

// Every count reads its own sentences plus all the facts it incorporates, so
// in a complaint of twenty counts the same factual sentence is tested
// against the same pattern twenty times. A small shared memo makes the
// second and later tests a map lookup. It is keyed by the text itself (so a
// hit is always right) and emptied when it grows past a bound, so memory
// stays flat over a long run of files or a long language-server session.

const memoLimit = 1 << 17

type memoKey struct {
	p *Pattern // nil for HasTime
	s string
}

var memo = struct {
	sync.Mutex
	m map[memoKey]bool
}{m: make(map[memoKey]bool)}

func memoGet(k memoKey) (bool, bool) {
	memo.Lock()
	v, ok := memo.m[k]
	memo.Unlock()
	return v, ok
}

func memoPut(k memoKey, v bool) {
	memo.Lock()
	if len(memo.m) >= memoLimit {
		memo.m = make(map[memoKey]bool)
	}
	memo.m[k] = v
	memo.Unlock()
}

// ResetMemo empties the memo. Benchmarks call it between iterations so that
// each iteration pays what linting a new file pays.
func ResetMemo() {
	memo.Lock()
	memo.m = make(map[memoKey]bool)
	memo.Unlock()
}
