package pattern

import "testing"

// BenchmarkFirstUse measures what a process pays, in time and allocations,
// the first time it uses each pattern of the table: the compiled pattern
// and the matchers of the forms its tries run.
func BenchmarkFirstUse(b *testing.B) {
	anchorTable.once.Do(loadAnchorTable)
	exprs := allTableExprs()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, e := range exprs {
			c := (&Pattern{expr: e}).get()
			if c.anchors != nil {
				c.existsOf()
			} else {
				c.facts()
				c.plainRe()
			}
		}
	}
	b.ReportMetric(float64(len(exprs)), "patterns")
}
