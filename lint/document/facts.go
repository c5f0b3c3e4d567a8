package document

import (
	"encoding/binary"
	"sync"
	"sync/atomic"
)

// A Fact is something the rules read off a whole document — its parties,
// the acts it accuses, the registrations it pleads — computed once per
// document on first use and kept with the document, so rules that run once
// per count share it without a cache of their own. A Fact is declared once
// (a package-level variable) and holds no state; its values live in each
// Document until the document is done.
type Fact[T any] struct {
	name    string
	compute func(*Document) T
}

// NewFact declares a fact; name says what it is, for whoever reads a
// stack trace.
func NewFact[T any](name string, compute func(*Document) T) *Fact[T] {
	return &Fact[T]{name: name, compute: compute}
}

// factValue is one fact's value in one document.
type factValue[T any] struct {
	once sync.Once
	v    T
}

// Of is the fact's value for d, computed on the first call; concurrent
// callers (checks run on several workers) wait for that one computation.
func (f *Fact[T]) Of(d *Document) T {
	e, _ := d.facts.LoadOrStore(f, &factValue[T]{})
	fv := e.(*factValue[T])
	fv.once.Do(func() { fv.v = f.compute(d) })
	return fv.v
}

// Name is what the fact is.
func (f *Fact[T]) Name() string { return f.name }

// DefiningSentences returns the defining sentences of the defined terms
// used in s (s itself left out), so that "the Access Controls" is read as
// what it was defined to be.
//
// The rules ask it of the same sentences again and again (every rule of
// every count that incorporates them), so each sentence's answer is kept
// with the document until it is done. Callers must not change the result.
func (d *Document) DefiningSentences(s *Sentence) []*Sentence {
	if s.Index < 0 || s.Index >= len(d.Sentences) || &d.Sentences[s.Index] != s {
		return d.definingSentences(s) // not one of d's own sentences
	}
	memo := definingFact.Of(d)
	slots := memo.slots
	if p := slots[s.Index].Load(); p != nil {
		return *p
	}
	out := d.definingSentences(s)
	if len(out) == 0 {
		// Most sentences use no defined term: they share one empty
		// answer instead of holding a slice header each, which on a long
		// complaint is a megabyte kept until the lint is done.
		slots[s.Index].Store(&noDefiningSentences)
		return nil
	}
	slots[s.Index].Store(memo.share(out))
	return out
}

// definingMemo is each sentence's defining sentences once asked. The
// sentences that use the same defined terms, most of those that use any,
// share one answer.
type definingMemo struct {
	slots []atomic.Pointer[[]*Sentence]

	mu     sync.Mutex
	shared map[string]*[]*Sentence // by the answer's sentence numbers
}

// share returns the answer equal to out that an earlier sentence holds,
// or out's, now shared.
func (m *definingMemo) share(out []*Sentence) *[]*Sentence {
	key := make([]byte, 0, 4*len(out))
	for _, s := range out {
		key = binary.LittleEndian.AppendUint32(key, uint32(s.Index))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if p, ok := m.shared[string(key)]; ok {
		return p
	}
	if m.shared == nil {
		m.shared = map[string]*[]*Sentence{}
	}
	m.shared[string(key)] = &out
	return &out
}

// noDefiningSentences is the answer every sentence without defined terms
// shares.
var noDefiningSentences []*Sentence

// definingFact holds each sentence's defining sentences once asked.
var definingFact = NewFact("defining sentences", func(d *Document) *definingMemo {
	return &definingMemo{slots: make([]atomic.Pointer[[]*Sentence], len(d.Sentences))}
})

func (d *Document) definingSentences(s *Sentence) []*Sentence {
	var out []*Sentence
	for _, def := range d.DefinitionsUsed(s.Text) {
		if def.Sentence != s.Index {
			out = append(out, &d.Sentences[def.Sentence])
		}
	}
	return out[:len(out):len(out)]
}
