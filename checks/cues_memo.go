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
// by a weak pointer and dropped when the document is done (Document.Done)
// or collected, so neither a run over many files nor a long-running process
// (the language server) accumulates them.
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
		drop := func(k weak.Pointer[document.Document]) {
			c.mu.Lock()
			delete(c.m, k)
			c.mu.Unlock()
		}
		runtime.AddCleanup(d, drop, key)
		d.OnDone(func() { drop(key) })
	}
	c.mu.Unlock()
	e.once.Do(func() { e.v = compute(d) })
	return e.v
}
