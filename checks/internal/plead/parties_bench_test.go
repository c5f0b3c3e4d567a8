package plead

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// BenchmarkPartyReading reads the parties of the 60 KB complaint as the
// rules first ask them (roles, defendant names, the general reading), on a
// document built afresh for each run since the answers live with it; the
// build is not timed.
func BenchmarkPartyReading(b *testing.B) {
	src := linttest.Complaint60KB(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		d := document.Build(document.PlainSource("bench.txt", src))
		b.StartTimer()
		PartyRoles(d)
		DefendantNames(d)
		PartiesFor(d)
		b.StopTimer()
		d.Done()
		b.StartTimer()
	}
}
