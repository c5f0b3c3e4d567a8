package copyright

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint/document"
)

// TestPossessorEndsWhereFilters: asking want first gives possessorEnds'
// offsets that want accepts, in the same order, on every sentence of the
// shipped complaints.
func TestPossessorEndsWhereFilters(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "complaints", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no shipped complaints: %v", err)
	}
	kept, dropped := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
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
