package document_test

import (
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// restartedText is a complaint whose counts were copied from one another:
// every heading still reads "COUNT I" and each count numbers its
// allegations from 1 again, as a word processor does when each count's list
// is restarted.
const restartedText = `FACTS

1. Plaintiff owns the photographs.

2. Defendant copied them.

3. Defendant sold the copies.

COUNT I - COPYRIGHT INFRINGEMENT

1. Plaintiff incorporates paragraphs 1 through 3.

2. Defendant infringed.

COUNT I - CONTRIBUTORY INFRINGEMENT

1. Plaintiff incorporates paragraphs 1 through 3.

2. Defendant induced the infringement.

COUNT I - VICARIOUS INFRINGEMENT

1. Plaintiff incorporates paragraphs 1 through 7.

2. Defendants profited.
`

// TestRepeatedCountNumeralsOpenNewCounts: a heading whose numeral repeats an
// earlier count's still opens a count, named by its place, while its label
// keeps what the heading says.
func TestRepeatedCountNumeralsOpenNewCounts(t *testing.T) {
	d := document.Build(document.PlainSource("t.txt", []byte(restartedText)))
	if len(d.Counts) != 3 {
		t.Fatalf("got %d counts, want 3", len(d.Counts))
	}
	for i, want := range []string{"I", "II", "III"} {
		c := &d.Counts[i]
		if c.Numeral() != want || c.Label != "I" {
			t.Errorf("count %d: numeral %q label %q, want numeral %q label %q", i, c.Numeral(), c.Label, want, "I")
		}
	}
	if got := d.Counts[2].Title; got != "VICARIOUS INFRINGEMENT" {
		t.Errorf("third count's title = %q", got)
	}
}

// TestRestartedAllegationNumbers: allegations numbered from 1 again in each
// count are separate allegations, and an incorporation range reads the
// numbering as running on: "1 through 3" is the facts, not the first
// allegations of the counts; "1 through 7" reaches the first two counts.
func TestRestartedAllegationNumbers(t *testing.T) {
	d := document.Build(document.PlainSource("t.txt", []byte(restartedText)))
	if len(d.Allegations) != 9 {
		t.Fatalf("got %d allegations, want 9", len(d.Allegations))
	}
	perCount := map[int]int{}
	for _, a := range d.Allegations {
		perCount[a.Count]++
	}
	if perCount[-1] != 3 || perCount[0] != 2 || perCount[1] != 2 || perCount[2] != 2 {
		t.Errorf("allegations per count = %v", perCount)
	}
	for ci, want := range [][]int{{0, 1, 2}, {0, 1, 2}, {0, 1, 2, 3, 4, 5, 6}} {
		c := &d.Counts[ci]
		if !slices.Equal(c.Incorporated, want) {
			t.Errorf("count %d incorporates allegations %v, want %v", ci, c.Incorporated, want)
		}
	}
	if got := d.Counts[1].SweptCounts; len(got) != 0 {
		t.Errorf("count II sweeps in counts %v; its range names only the facts", got)
	}
	if got := d.Counts[2].SweptCounts; !slices.Equal(got, []int{0, 1}) {
		t.Errorf("count III sweeps in counts %v, want [0 1]", got)
	}
}
