package pattern

import "testing"

// TestAnchorTableLookup checks what lookupAnchors' binary search relies
// on: the table's expressions are strictly increasing (sorted, no
// duplicates), and every one is found at its own line.
func TestAnchorTableLookup(t *testing.T) {
	anchorTable.once.Do(loadAnchorTable)
	exprs := allTableExprs()
	if len(exprs) < 200 {
		t.Fatalf("the anchor table has only %d lines", len(exprs))
	}
	for i := 1; i < len(exprs); i++ {
		if exprs[i-1] >= exprs[i] {
			t.Fatalf("table lines %d and %d are out of order: %q, %q", i-1, i, exprs[i-1], exprs[i])
		}
	}
	for i, e := range exprs {
		if _, _, id := lookupAnchors(e); id != int32(i) {
			t.Errorf("%q: found at %d, want %d", e, id, i)
		}
	}
	if _, _, id := lookupAnchors(`no\s+such\s+cue\s+pattern`); id != -1 {
		t.Errorf("an expression missing from the table was found at %d", id)
	}
}
