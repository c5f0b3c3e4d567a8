package document

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestFactIsComputedOncePerDocument(t *testing.T) {
	var calls atomic.Int32
	words := NewFact("words", func(d *Document) int { calls.Add(1); return len(d.Text) })
	lines := NewFact("lines", func(d *Document) int { return d.Lines.Lines() })
	a := Build(PlainSource("a.txt", []byte("1. One.\n2. Two.\n")))
	b := Build(PlainSource("b.txt", []byte("1. One.\n")))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if words.Of(a) != len(a.Text) {
				t.Error("wrong value")
			}
		})
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("computed %d times for one document, want once", calls.Load())
	}
	if words.Of(b) != len(b.Text) || calls.Load() != 2 {
		t.Errorf("another document shares the first one's value (%d computations)", calls.Load())
	}
	if lines.Of(a) != a.Lines.Lines() || words.Of(a) != len(a.Text) {
		t.Error("two facts of one document mixed up")
	}
	// Done drops the values; the document stays usable and a fact asked
	// again is computed again.
	a.Done()
	if words.Of(a) != len(a.Text) || calls.Load() != 3 {
		t.Errorf("after Done: %d computations, want the value computed again", calls.Load())
	}
}
