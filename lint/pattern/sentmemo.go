package pattern

import (
	"sync"
	"sync/atomic"
)

// The rules ask most of their questions about one sentence of a document
// at a time, and ask the same question about the same sentence once per
// count whose scope holds it. Those answers are kept in arrays indexed by
// the sentence's number, one set of arrays per pattern and document: a
// repeated question costs a binary search over the sentences' starts and
// an array load, not hashing and comparing the whole sentence as a memo
// keyed by its text did.

// sentenceMemo holds one pattern's answers about each sentence of one
// document. Workers linting the document's counts share it; every slot is
// read and written atomically, and two workers that answer the same
// question store the same answer.
type sentenceMemo struct {
	// match holds two bits per sentence: answered, and the answer.
	match []atomic.Uint32

	findOnce, lexFindOnce sync.Once
	find, lexFind         []atomic.Pointer[[][]int]
	n                     int
}

func newSentenceMemo(n int) *sentenceMemo {
	return &sentenceMemo{match: make([]atomic.Uint32, (n+15)/16), n: n}
}

func (m *sentenceMemo) getMatch(i int) (value, ok bool) {
	w := m.match[i/16].Load() >> (2 * (i % 16))
	return w&2 != 0, w&1 != 0
}

func (m *sentenceMemo) putMatch(i int, v bool) {
	bits := uint32(1)
	if v {
		bits |= 2
	}
	m.match[i/16].Or(bits << (2 * (i % 16)))
}

// lists returns the slots of one kind of list answer, made on first use.
func (m *sentenceMemo) lists(kind *[]atomic.Pointer[[][]int]) []atomic.Pointer[[][]int] {
	once := &m.findOnce
	if kind == &m.lexFind {
		once = &m.lexFindOnce
	}
	once.Do(func() { *kind = make([]atomic.Pointer[[][]int], m.n) })
	return *kind
}

func (m *sentenceMemo) getList(kind *[]atomic.Pointer[[][]int], i int) ([][]int, bool) {
	if p := m.lists(kind)[i].Load(); p != nil {
		return *p, true
	}
	return nil, false
}

func (m *sentenceMemo) putList(kind *[]atomic.Pointer[[][]int], i int, v [][]int) {
	m.lists(kind)[i].Store(&v)
}

// sentenceTable is a document's sentences and, by pattern id, each
// pattern's answers about them. It is built once the sentences are known
// and read without a lock by every question.
type sentenceTable struct {
	start, end []int32
	// slot is each sentence's place in the answer arrays: sentences with
	// the same text share one, so that a paragraph pasted twice, or a
	// complaint followed by its amended version, is answered once.
	slot     []int32
	distinct int
	memos    []atomic.Pointer[sentenceMemo]
}

// SetSentences tells the index where its text's sentences lie, as
// ascending, non-overlapping [start, end) byte ranges, so that questions
// about exactly one sentence are remembered by its number. Ranges out of
// order are ignored (their questions go to the memos keyed by text).
func (ix *Index) SetSentences(starts, ends []int32) {
	text := ix.text
	if !ix.on || len(starts) != len(ends) {
		return
	}
	for i := range starts {
		if starts[i] > ends[i] || i > 0 && starts[i] < ends[i-1] {
			return
		}
	}
	patterns.Lock()
	// Room for the patterns made so far and for those a rule makes later
	// (lexicon lines split on first use); any beyond go to the memos
	// keyed by text.
	n := len(patterns.all) + 1024
	patterns.Unlock()
	t := &sentenceTable{start: starts, end: ends, slot: make([]int32, len(starts)), memos: make([]atomic.Pointer[sentenceMemo], n)}
	seen := make(map[string]int32, len(starts))
	for i := range starts {
		s := text[starts[i]:ends[i]]
		k, ok := seen[s]
		if !ok {
			k = int32(len(seen))
			seen[s] = k
		}
		t.slot[i] = k
	}
	t.distinct = len(seen)
	ix.mu.Lock()
	if ix.hits != nil { // not released
		ix.sents.Store(t)
	}
	ix.mu.Unlock()
}

// sentenceMemo returns p's answers about the document's sentences and the
// slot of the sentence that is exactly [off, off+n), or nil when no
// sentence is.
func (ix *Index) sentenceMemo(p *Pattern, off, n int) (*sentenceMemo, int) {
	t := ix.sents.Load()
	if p == nil || t == nil || int(p.id) >= len(t.memos) {
		return nil, 0
	}
	lo, hi := 0, len(t.start)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(t.start[mid]) < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(t.start) || int(t.start[lo]) != off || int(t.end[lo])-off != n {
		return nil, 0
	}
	slot := &t.memos[p.id]
	m := slot.Load()
	if m == nil {
		// Two workers may make one each; the first stored is kept.
		slot.CompareAndSwap(nil, newSentenceMemo(t.distinct))
		m = slot.Load()
	}
	return m, int(t.slot[lo])
}
