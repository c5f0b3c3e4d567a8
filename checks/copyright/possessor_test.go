package copyright

import (
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// TestPossessorEndsWhereFilters: asking want first gives possessorEnds'
// offsets that want accepts, in the same order, on every sentence of the
// shipped complaints.
func TestPossessorEndsWhereFilters(t *testing.T) {
	kept, dropped := 0, 0
	for _, c := range linttest.ShippedComplaints(t) {
		f, data := c.Path, c.Data
		d := document.Build(document.PlainSource(f, data))
		pt := plead.PartyRoles(d)
		for i := range d.Sentences {
			s := &d.Sentences[i]
			all := possessorEnds(pt, s.Indexed())
			want := func(end int) bool { return reNameAfter.FindTextSubmatchIndex(s.Indexed().From(end)) != nil }
			var filtered []int
			for _, e := range all {
				if want(e) {
					filtered = append(filtered, e)
				}
			}
			if got := possessorEndsWhere(pt, s.Indexed(), want); !slices.Equal(got, filtered) {
				t.Fatalf("%s: sentence %d %q: %v, want %v", f, i, s.Text, got, filtered)
			}
			kept += len(filtered)
			dropped += len(all) - len(filtered)
		}
		d.Done()
	}
	if kept == 0 || dropped == 0 {
		t.Errorf("want possessives kept and dropped, got %d and %d", kept, dropped)
	}
}
