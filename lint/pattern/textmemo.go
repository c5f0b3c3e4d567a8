package pattern

// A TextMemo keeps a caller's own answer about a text, as a list of
// places ([][]int, as FindAll answers: the dates the vocabulary finds in
// it), where the engine keeps its answers about the same text: with the text's document when the text is a span of an
// indexed one, so that the answer goes when the document does, else in
// the memos shared by every plain string, emptied at their bound.
type TextMemo struct {
	k     memoKey
	memos *memoSet
}

// MemoOf returns where to keep an answer about t, and false when t is too
// short for remembering it to cost less than asking again.
func MemoOf(t Text) (TextMemo, bool) {
	if len(t.s) < memoMinLen {
		return TextMemo{}, false
	}
	k, memos := datesMemoFor(t)
	return TextMemo{k, memos}, true
}

// Get returns the answer kept, if any; the caller must not change it.
func (m TextMemo) Get() ([][]int, bool) { return m.memos.dates.get(m.k) }

// Put keeps v as the answer; the caller must not change it afterwards.
func (m TextMemo) Put(v [][]int) { m.memos.dates.put(m.k, v) }

// Shared reports whether the answer is kept across documents, keyed by
// the text: the key should then be a copy of its own (ask MemoOf of a
// Plain copy), not hold the document the text was cut from.
func (m TextMemo) Shared() bool { return m.memos.dates.shared }
