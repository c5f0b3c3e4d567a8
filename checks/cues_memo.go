package checks

import (
	"runtime"
	"sync"
	"weak"

	"github.com/complaintlint/complaintlint/lint/document"
)

// docMemo caches a value computed from a whole document — the parties, the
// accused products, the registrations — so that the copyright and DMCA rules,
// which run once per count, compute it once per document. Entries are keyed
// by a weak pointer and dropped when the document is collected, so a
// long-running process (the language server) does not accumulate them.
type docMemo[T any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[document.Document]]*memoEntry[T]
}

type memoEntry[T any] struct {
	once sync.Once
	v    T
}

func (c *docMemo[T]) get(d *document.Document, compute func(*document.Document) T) T {
	key := weak.Make(d)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[weak.Pointer[document.Document]]*memoEntry[T]{}
	}
	e, ok := c.m[key]
	if !ok {
		e = &memoEntry[T]{}
		c.m[key] = e
		runtime.AddCleanup(d, func(k weak.Pointer[document.Document]) {
			c.mu.Lock()
			delete(c.m, k)
			c.mu.Unlock()
		}, key)
	}
	c.mu.Unlock()
	e.once.Do(func() { e.v = compute(d) })
	return e.v
}
