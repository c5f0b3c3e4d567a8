package pattern

import (
	"slices"
	"strings"
	"testing"
)

// allTableExprs lists the anchor table's expressions by table id.
func allTableExprs() []string {
	anchorTable.once.Do(loadAnchorTable)
	out := make([]string, tableLen())
	for id := range out {
		out[id] = tableExpr(int32(id))
	}
	return out
}

// The line index must cut the constant exactly where the generator put
// its separators: every line has its expression and five fields, and
// the expressions are strictly sorted, which the binary search needs.
func TestAnchorTableLines(t *testing.T) {
	exprs := allTableExprs()
	if len(exprs) != strings.Count(anchorTableData, tableLineSep) {
		t.Fatalf("%d lines indexed, table has %d", len(exprs), strings.Count(anchorTableData, tableLineSep))
	}
	for id, e := range exprs {
		line := tableLine(int32(id))
		if strings.Contains(line, tableLineSep) || strings.Count(line, tableFieldSep) != 5 {
			t.Fatalf("line %d is cut wrongly: %q", id, line)
		}
		if tableExpr(int32(id))+tableFieldSep+tableFields(int32(id)) != line {
			t.Fatalf("line %d: expression and fields do not make the line", id)
		}
		if id > 0 && exprs[id-1] >= e {
			t.Fatalf("lines %d and %d are not in order", id-1, id)
		}
		if _, _, got := lookupAnchors(e); got != int32(id) {
			t.Fatalf("lookupAnchors(%q) gives id %d, want %d", e, got, id)
		}
	}
	if _, _, got := lookupAnchors("\x01not in the table"); got != -1 {
		t.Fatalf("an expression outside the table gives id %d", got)
	}
}

// The generated line index must be the one reading the constant finds.
func TestAnchorTableStartsGenerated(t *testing.T) {
	if !slices.Equal(anchorTableStarts[:], indexTableLines(anchorTableData)) {
		t.Fatal("anchorTableStarts does not index anchorTableData: run go generate ./lint/pattern")
	}
}
