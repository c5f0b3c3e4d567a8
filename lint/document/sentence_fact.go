package document

import "sync/atomic"

// A SentenceFact is a yes-or-no question a rule asks about sentences — does
// it plead an act, does it carry a date — answered for each sentence the
// first time it is asked and remembered with the document until it is
// done. Unlike a Fact holding every sentence's answer, sentences nobody
// asks about are never looked at: rules ask about a count's acts and their
// neighbours, not about every sentence of a long complaint.
type SentenceFact struct {
	answers *Fact[[]atomic.Uint32]
	ask     func(*Document, *Sentence) bool
}

// NewSentenceFact declares a sentence fact; name says what it is, for
// whoever reads a stack trace. ask must answer the same for the same
// sentence each time (two workers may both ask it first).
func NewSentenceFact(name string, ask func(*Document, *Sentence) bool) *SentenceFact {
	return &SentenceFact{
		answers: NewFact(name, func(d *Document) []atomic.Uint32 { return make([]atomic.Uint32, len(d.Sentences)) }),
		ask:     ask,
	}
}

// The answers as stored: 0 is not asked yet.
const (
	sentenceNo  = 1
	sentenceYes = 2
)

// Of is the answer for s, a sentence of d; a sentence that is not one of
// d's own (built by hand) is answered each time.
func (f *SentenceFact) Of(d *Document, s *Sentence) bool {
	if s.Index < 0 || s.Index >= len(d.Sentences) || &d.Sentences[s.Index] != s {
		return f.ask(d, s)
	}
	slot := &f.answers.Of(d)[s.Index]
	switch slot.Load() {
	case sentenceYes:
		return true
	case sentenceNo:
		return false
	}
	v := f.ask(d, s)
	if v {
		slot.Store(sentenceYes)
	} else {
		slot.Store(sentenceNo)
	}
	return v
}

// Name is what the fact is.
func (f *SentenceFact) Name() string { return f.answers.Name() }
