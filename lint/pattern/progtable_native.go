//go:build !js

package pattern

import "github.com/complaintlint/complaintlint/lint/pattern/internal/progmatch"

// What reads prog_table.go, which the browser build goes without
// (prog_table_js.go has its stand-ins).

// tableProg returns the table's program of form k of pattern id: slices
// of the table, nothing decoded or copied.
func tableProg(id int32, k int) (progmatch.Prog, bool) {
	i := int(id)*formCount + k
	if id < 0 || i >= len(progTableEnds) {
		return progmatch.Prog{}, false
	}
	start := uint32(0)
	if i > 0 {
		start = progTableEnds[i-1]
	}
	end := progTableEnds[i]
	if start == end {
		return progmatch.Prog{}, false
	}
	h := progTableHeads[i]
	return progmatch.Prog{
		Inst:      progTableInsts[start:end:end],
		Classes:   progTableClasses[:],
		Start:     int(h & 0xffff),
		NumCap:    int(h >> 16 & 0xff),
		NumSubexp: int(h >> 24),
	}, true
}

// tableByteFacts returns the byte facts of table pattern id as go
// generate worked them out, which a run would otherwise parse the
// expression for, and whether the table has them.
func tableByteFacts(id int32) (byteFacts, bool) {
	if id < 0 || int(id) >= len(progTableByteFacts) {
		return byteFacts{}, false
	}
	w := progTableByteFacts[id]
	if w&byteFactsKnownBit == 0 {
		return byteFacts{}, false
	}
	f := byteFacts{wordStart: w&byteFactsWordBit != 0}
	if i := w & byteFactsSetMask; i > 0 {
		f.first = &progTableByteSets[i-1]
	}
	if i := w >> byteFactsSetBits & byteFactsSetMask; i > 0 {
		f.stops = &progTableByteSets[i-1]
	}
	return f, true
}

// indexedTableID returns expr's id in the anchor table (whose lines are
// the same sorted expressions as prog_table.go's), or -1 when the table
// does not hold it, by the generated hash index: one hash of expr, where
// a binary search compared a dozen table lines with it. ok is false where
// there is no index (the js build).
func indexedTableID(expr string) (id int32, ok bool) {
	index := progTableExprIndex[:] // a slice: the js build's array is empty
	if len(index) == 0 {
		return -1, false
	}
	mask := uint32(len(index) - 1)
	h := exprHash(expr)
	for i := h & mask; ; i = (i + 1) & mask {
		v := index[i]
		if v == 0 {
			return -1, true
		}
		if v&0xffff0000 == h&0xffff0000 && tableExpr(int32(v&0xffff-1)) == expr {
			return int32(v&0xffff - 1), true
		}
	}
}
