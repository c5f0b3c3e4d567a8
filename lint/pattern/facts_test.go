package pattern

import (
	"reflect"
	"testing"
)

// TestTableFactsEqualParsed checks that the facts read back from the
// anchor table are those a parse of each expression gives, so that the
// table spares the parse without changing a try.
func TestTableFactsEqualParsed(t *testing.T) {
	anchorTable.once.Do(loadAnchorTable)
	if tableLen() == 0 {
		t.Fatal("empty anchor table")
	}
	stripped := 0
	for id, expr := range allTableExprs() {
		anchors, _ := tableEntry(int32(id))
		got, want := tableFacts(int32(id)), factsOf(expr, anchors == nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%.80q: table %+v, parsed %+v", expr, got, want)
		}
		if got.existsExpr != "" {
			stripped++
		}
	}
	if stripped == 0 {
		t.Error("no table pattern has a yes-or-no form")
	}
}
