package document

import (
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

func TestSentenceFactAsksEachSentenceOnce(t *testing.T) {
	var calls atomic.Int32
	dated := NewSentenceFact("dated", func(d *Document, s *Sentence) bool {
		calls.Add(1)
		return strings.Contains(s.Text, "2020")
	})
	d := Build(PlainSource("a.txt", []byte("1. It began in 2020.\n2. It goes on.\n3. It ended in 2021.\n")))
	if len(d.Sentences) < 3 {
		t.Fatalf("want three sentences, got %d", len(d.Sentences))
	}
	want := make([]bool, len(d.Sentences))
	for i := range d.Sentences {
		want[i] = strings.Contains(d.Sentences[i].Text, "2020")
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := range d.Sentences {
				if got := dated.Of(d, &d.Sentences[i]); got != want[i] {
					t.Errorf("sentence %d %q: got %v, want %v", i, d.Sentences[i].Text, got, want[i])
				}
			}
		})
	}
	wg.Wait()
	// Workers racing on a sentence may both ask it; after that it is
	// remembered.
	before := calls.Load()
	if before < int32(len(d.Sentences)) || before > 4*int32(len(d.Sentences)) {
		t.Errorf("asked %d times for %d sentences", before, len(d.Sentences))
	}
	for i := range d.Sentences {
		dated.Of(d, &d.Sentences[i])
	}
	if calls.Load() != before {
		t.Errorf("asked again after every sentence was answered (%d, then %d)", before, calls.Load())
	}
	// Only the sentences asked about are looked at.
	e := Build(PlainSource("b.txt", []byte("1. It began in 2020.\n2. It goes on.\n3. It ended in 2021.\n")))
	calls.Store(0)
	dated.Of(e, &e.Sentences[1])
	if calls.Load() != 1 {
		t.Errorf("one question asked %d sentences", calls.Load())
	}
	// A sentence built by hand is answered, not remembered in a slot of
	// another sentence.
	hand := Sentence{Text: "in 2020", Index: 0}
	if !dated.Of(e, &hand) || dated.Of(e, &e.Sentences[0]) != want[0] {
		t.Error("a hand-built sentence shares a document sentence's answer")
	}
	// Done drops the answers.
	e.Done()
	calls.Store(0)
	dated.Of(e, &e.Sentences[1])
	if calls.Load() != 1 {
		t.Errorf("after Done the answer was not asked again")
	}
}
