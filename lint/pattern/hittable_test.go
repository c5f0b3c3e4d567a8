package pattern

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// plainHits is the list scan the hit table replaced: per anchor list, every
// position of text (in the document's offsets) where one of its anchors
// begins, found by walking the trie from each byte of the folded text.
func plainHits(tr *cueTrie, text string) [][]int {
	lower, pos := foldForAnchors(text)
	hits := make([][]int, tr.patterns)
	for i := 0; i+1 < len(lower); i++ {
		node := tr.rootNext[lower[i]]
		for j := i + 1; node >= 0; j++ {
			for _, id := range tr.ends(node) {
				at := i
				if pos != nil {
					at = int(pos[i])
				}
				if h := hits[id]; len(h) == 0 || h[len(h)-1] != at {
					hits[id] = append(h, at)
				}
			}
			if j == len(lower) {
				break
			}
			node = tr.step(node, lower[j])
		}
	}
	return hits
}

// collect returns list id's positions in [from, to); held is false when
// the table did not keep them (a block too dense), and then none were
// given.
func collect(t *hitTable, id int32, from, to int) (out []int, held bool) {
	held = t.each(id, from, to, func(at int) bool {
		out = append(out, at)
		return true
	})
	if !held && out != nil {
		panic("positions given for a range not held")
	}
	return out, held
}

// denseIn reports whether a list with the positions want has more hits
// than a block keeps in a block that [from, to) touches; blocks are cut in
// the scanned (folded) text.
func denseIn(t *hitTable, want []int, from, to int) bool {
	if from >= to {
		return false
	}
	perBlock := map[int]int{}
	for _, at := range want {
		perBlock[t.scannedOffset(at)>>hitBlockBits]++
	}
	lo, hi := t.scannedOffset(from), t.scannedOffset(to)
	for k := lo >> hitBlockBits; k<<hitBlockBits < hi; k++ {
		if perBlock[k] > t.denseAt {
			return true
		}
	}
	return false
}

// TestHitTableAgreesWithPlainLists: on a text of several 64 KiB blocks,
// with and without the runes folding shortens, every anchor list of the
// table yields the positions the plain scan finds, over the whole text and
// over random windows, including windows that straddle a block's edge.
func TestHitTableAgreesWithPlainLists(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3<<hitBlockBits+1000 {
		b.Write(linttest.Complaint60KB(t))
	}
	plain := b.String()
	// The Kelvin sign and long s in place of letters, more often near the
	// blocks' edges, where a shifted position would cross into the next.
	r := rand.New(rand.NewPCG(1, 2))
	var fb strings.Builder
	for i := 0; i < len(plain); i++ {
		edge := (i+40)%(1<<hitBlockBits) < 80
		switch c := plain[i]; {
		case (c == 'k' || c == 'K') && (edge || r.IntN(3) == 0):
			fb.WriteString(kelvinSign)
		case c == 's' && (edge || r.IntN(20) == 0):
			fb.WriteString(longS)
		default:
			fb.WriteByte(c)
		}
	}
	tr := tableTrie()
	// Shifted so that words, not only spaces, sit at the blocks' edges.
	texts := []string{plain, fb.String()}
	for _, shift := range []int{1, 2, 5, 9} {
		texts = append(texts, plain[shift:])
	}
	edgeHits, whole, denseLists := 0, 0, 0
	for _, text := range texts {
		table := scanTableGap(text, 128)
		want := plainHits(tr, text)
		for _, h := range want {
			for _, at := range h {
				if at%(1<<hitBlockBits) == 1<<hitBlockBits-1 {
					edgeHits++
				}
			}
		}
		for id := range want {
			id := int32(id)
			got, held := collect(table, id, 0, len(text))
			if held == denseIn(table, want[id], 0, len(text)) {
				t.Fatalf("list %d: held %v with %d positions", id, held, len(want[id]))
			}
			if held {
				whole++
				if !slices.Equal(got, want[id]) {
					t.Fatalf("list %d: %d positions, want %d", id, len(got), len(want[id]))
				}
			} else {
				denseLists++
			}
			if table.any(id) != (len(want[id]) > 0) {
				t.Fatalf("list %d: any is %v with %d positions", id, table.any(id), len(want[id]))
			}
		}
		windows := 0
		for range 1500 {
			id := int32(r.IntN(len(want)))
			if len(want[id]) == 0 {
				continue
			}
			from := r.IntN(len(text))
			if r.IntN(2) == 0 { // just before a block's edge
				from = (r.IntN(len(text)>>hitBlockBits)+1)<<hitBlockBits - r.IntN(300)
			}
			to := min(len(text), from+r.IntN(1000))
			var w []int
			for _, at := range want[id] {
				if at >= from && at < to {
					w = append(w, at)
				}
			}
			got, held := collect(table, id, from, to)
			if held == denseIn(table, want[id], from, to) {
				t.Fatalf("list %d in [%d, %d): held %v", id, from, to, held)
			}
			if held && !slices.Equal(got, w) {
				t.Fatalf("list %d in [%d, %d): %v, want %v", id, from, to, got, w)
			}
			windows++
		}
		if windows < 400 {
			t.Errorf("only %d windows checked", windows)
		}
	}
	if whole < 1000 || denseLists == 0 {
		t.Errorf("%d lists compared whole, %d too dense to hold: the text does not test both", whole, denseLists)
	}
	if edgeHits == 0 {
		t.Errorf("no hit on a block's last byte: the test does not reach the edges")
	}
}

// TestHitTableSmallerThanLists: on complaints' text the table keeping
// every list takes at most 60% of what the plain lists' positions alone
// took (four bytes each), and at a gap of 512 under 1.5 bytes per byte of
// text.
func TestHitTableSmallerThanLists(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3<<hitBlockBits {
		b.Write(linttest.Complaint60KB(t))
	}
	text := b.String()
	positions := 0
	for _, h := range plainHits(tableTrie(), text) {
		positions += len(h)
	}
	all, sparse := scanTableGap(text, 1).bytes(), scanTableGap(text, 512).bytes()
	t.Logf("%d bytes of text: %d positions (%d bytes as int32); table %d bytes keeping every list (%.2f per byte), %d at a gap of 512 (%.2f)",
		len(text), positions, 4*positions, all, float64(all)/float64(len(text)), sparse, float64(sparse)/float64(len(text)))
	if all*10 > 4*positions*6 || sparse*2 > 3*len(text) {
		t.Errorf("table %d and %d bytes for %d positions in %d bytes of text", all, sparse, positions, len(text))
	}
}

// TestDenseGapGrowsWithText: every list is kept up to 1 MiB of text (a
// gap of one byte), then the gap widens to 1024.
func TestDenseGapGrowsWithText(t *testing.T) {
	for _, c := range []struct{ n, gap int }{{0, 1}, {65 << 10, 1}, {1 << 20, 1}, {1<<20 + 1, 256}, {2 << 20, 256}, {2<<20 + 1, 512}, {4 << 20, 512}, {4<<20 + 1, 1024}, {8 << 20, 1024}} {
		if got := denseGapFor(c.n); got != c.gap {
			t.Errorf("denseGapFor(%d) = %d, want %d", c.n, got, c.gap)
		}
	}
}

// TestHitTableStopsWhenAsked: each stops at the first false from yield.
func TestHitTableStopsWhenAsked(t *testing.T) {
	text := strings.Repeat("The defendant copied the work. ", 10) + strings.Repeat("- ", 5000)
	table := scanTableGap(text, 128)
	for id := int32(0); id < int32(tableTrie().patterns); id++ {
		if table.count(id) < 3 {
			continue
		}
		n := 0
		if !table.each(id, 0, len(text), func(int) bool { n++; return n < 2 }) {
			continue
		}
		if n != 2 {
			t.Fatalf("list %d: yield called %d times after asking to stop at 2", id, n)
		}
		return
	}
	t.Fatal("no list with three hits")
}
