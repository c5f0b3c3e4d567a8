package lint

import "testing"

// TestTraceRan holds the trace's record of which rule ran on which count:
// the document (-1), counts on both sides of a 64-count word, and nothing
// it was not told.
func TestTraceRan(t *testing.T) {
	var tr Trace
	marked := []int{-1, 0, 62, 63, 64, 130}
	for _, ci := range marked {
		tr.markRan("rule-a", ci)
	}
	tr.markRan("rule-b", 5)
	for ci := -1; ci <= 200; ci++ {
		want := false
		for _, m := range marked {
			want = want || m == ci
		}
		if got := tr.Ran("rule-a", ci); got != want {
			t.Errorf("rule-a on count %d: ran %v, want %v", ci, got, want)
		}
		if got := tr.Ran("rule-b", ci); got != (ci == 5) {
			t.Errorf("rule-b on count %d: ran %v", ci, got)
		}
	}
	if tr.Ran("rule-c", 0) || tr.Ran("rule-a", -2) {
		t.Error("a rule never run, or a count before the document, reads as run")
	}
}
