package pattern

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// TestSentenceMemo checks that answers about a document's sentences are
// kept by sentence number, agree with regexp when asked again from several
// workers, and that a slice that is not one sentence is still answered.
func TestSentenceMemo(t *testing.T) {
	sentences := []string{
		"The Defendant circumvented the password gate on March 3, 2021.",
		"Plaintiff owns the copyright in the Work and registered it before suit.",
		"Nothing in this sentence names a measure at all, nor any act at issue.",
		"Plaintiff owns the copyright in the Work and registered it before suit.",
	}
	text := strings.Repeat(" ", minIndexed) + strings.Join(sentences, " ")
	ix := NewIndex(text)
	defer ix.Release()
	var starts, ends []int32
	at := minIndexed
	for _, s := range sentences {
		starts, ends = append(starts, int32(at)), append(ends, int32(at+len(s)))
		at += len(s) + 1
	}
	ix.SetSentences(starts, ends)

	p := MustPattern(`(?i)\b(?:password|copyright)\w*`)
	oracle := regexp.MustCompile(p.String())
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Go(func() {
			for round := 0; round < 3; round++ {
				for i := range sentences {
					s := ix.Span(int(starts[i]), int(ends[i]))
					plain := s.String()
					if got, want := p.MatchText(s), oracle.MatchString(plain); got != want {
						t.Errorf("sentence %d: MatchText %v, regexp %v", i, got, want)
					}
					if got, want := p.FindAllTextSubmatchIndex(s, -1), oracle.FindAllStringSubmatchIndex(plain, -1); !reflect.DeepEqual(got, want) {
						t.Errorf("sentence %d: FindAll %v, regexp %v", i, got, want)
					}
				}
			}
		})
	}
	wg.Wait()

	span := ix.Span(int(starts[1]), int(ends[1]))
	if span.ix != ix || span.off != int(starts[1]) {
		t.Fatal("sentence not a span of its index")
	}
	m, i := ix.sentenceMemo(p, span.off, span.Len())
	if m == nil || i != 1 {
		t.Fatalf("sentence 1 has no memo slot (got %v, %d)", m, i)
	}
	if v, ok := m.getMatch(1); !ok || !v {
		t.Errorf("sentence 1's answer not remembered: %v, %v", v, ok)
	}
	if v, ok := m.getMatch(2); !ok || v {
		t.Errorf("sentence 2's answer not remembered: %v, %v", v, ok)
	}
	// A sentence repeated word for word shares its answers.
	if _, i := ix.sentenceMemo(p, int(starts[3]), int(ends[3]-starts[3])); i != 1 {
		t.Errorf("repeated sentence has slot %d, want the first copy's 1", i)
	}
	// Two sentences together are no sentence: no slot, still answered.
	both := ix.Span(int(starts[0]), int(ends[1]))
	if m, _ := ix.sentenceMemo(p, int(starts[0]), both.Len()); m != nil {
		t.Error("a span of two sentences got a sentence slot")
	}
	if got, want := p.FindAllTextSubmatchIndex(both, -1), oracle.FindAllStringSubmatchIndex(both.String(), -1); !reflect.DeepEqual(got, want) {
		t.Errorf("two sentences: FindAll %v, regexp %v", got, want)
	}
}

// Ranges out of order are ignored rather than misnumbered.
func TestIndexSentencesRejectsOverlap(t *testing.T) {
	text := strings.Repeat("word ", minIndexed)
	ix := NewIndex(text)
	defer ix.Release()
	ix.SetSentences([]int32{0, 5}, []int32{10, 20})
	if ix.sents.Load() != nil {
		t.Error("overlapping sentences were registered")
	}
}

// TestReleaseEmptiesSharedMemos checks that the answers about plain strings
// go when a document is released, so that a folder of complaints does not
// hold the strings rules derived from the files already done, and that a
// string asked about again afterwards gets the same answer.
func TestReleaseEmptiesSharedMemos(t *testing.T) {
	p := MustPattern(`(?i)\bcopyright\w*`)
	derived := "The plaintiff ____ the copyright in the Work and registered it well before this suit."
	if !p.MatchString(derived) {
		t.Fatal("no match in the derived string")
	}
	if _, ok := globalMemos.match.get(memoKey{p, derived}); !ok {
		t.Fatal("the answer about a plain string was not remembered")
	}
	ix := NewIndex(strings.Repeat("The plaintiff sues. ", minIndexed/10))
	ix.Release()
	if _, ok := globalMemos.match.get(memoKey{p, derived}); ok {
		t.Error("the shared memos still hold an answer after a document was released")
	}
	if !p.MatchString(derived) {
		t.Error("the answer changed after the memos were emptied")
	}
}
