package pattern

import (
	"slices"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// tableAnchorLists is the anchor table's distinct anchor lists, as
// tableTrie gathers them.
func tableAnchorLists() [][]string {
	anchorTable.once.Do(loadAnchorTable)
	seen := map[string]bool{}
	var anchors [][]string
	for id := range tableLen() {
		list, _ := tableEntry(int32(id))
		if key := strings.Join(list, tableListSep); !seen[key] {
			seen[key] = true
			anchors = append(anchors, list)
		}
	}
	return anchors
}

// BenchmarkBuildCueTrie is building the trie of the anchor table, paid
// once per process before the first document's scan.
//
//	go test ./lint/pattern -run '^$' -bench BuildCueTrie -benchmem
func BenchmarkBuildCueTrie(b *testing.B) {
	anchors := tableAnchorLists()
	n := 0
	for _, l := range anchors {
		n += len(l)
	}
	b.ReportMetric(float64(n), "anchors")
	b.ReportAllocs()
	for b.Loop() {
		buildCueTrie(anchors)
	}
}

// buildCueTrieByMaps is the straightforward construction, a map of edges
// per node, that buildCueTrie must agree with.
func buildCueTrieByMaps(anchors [][]string) *cueTrie {
	type buildNode struct {
		next map[byte]int32
		ends []int32
	}
	nodes := []buildNode{{next: map[byte]int32{}}}
	for id, list := range anchors {
		for _, a := range list {
			n := int32(0)
			for i := 0; i < len(a); i++ {
				child, ok := nodes[n].next[a[i]]
				if !ok {
					child = int32(len(nodes))
					nodes[n].next[a[i]] = child
					nodes = append(nodes, buildNode{next: map[byte]int32{}})
				}
				n = child
			}
			if e := nodes[n].ends; len(e) == 0 || e[len(e)-1] != int32(id) {
				nodes[n].ends = append(nodes[n].ends, int32(id))
			}
		}
	}
	t := &cueTrie{
		edgeFrom:  make([]int32, len(nodes)),
		edgeCount: make([]int32, len(nodes)),
		ends:      make([][]int32, len(nodes)),
		patterns:  len(anchors),
	}
	for i, n := range nodes {
		t.ends[i] = n.ends
		keys := make([]byte, 0, len(n.next))
		for b := range n.next {
			keys = append(keys, b)
		}
		slices.Sort(keys)
		t.edgeFrom[i], t.edgeCount[i] = int32(len(t.edgeBytes)), int32(len(keys))
		for _, b := range keys {
			t.edgeBytes = append(t.edgeBytes, b)
			t.edgeNext = append(t.edgeNext, n.next[b])
		}
	}
	for i := range t.rootNext {
		t.rootNext[i] = -1
	}
	for b, child := range nodes[0].next {
		t.rootNext[b] = child
	}
	return t
}

// sameTrie reports whether the tries below nodes x of a and y of b have the
// same edges and the same lists ending at each node.
func sameTrie(t *testing.T, a, b *cueTrie, x, y int32, path string) {
	t.Helper()
	if !slices.Equal(a.ends[x], b.ends[y]) {
		t.Fatalf("at %q: lists %v, want %v", path, b.ends[y], a.ends[x])
	}
	ea := a.edgeBytes[a.edgeFrom[x] : a.edgeFrom[x]+a.edgeCount[x]]
	eb := b.edgeBytes[b.edgeFrom[y] : b.edgeFrom[y]+b.edgeCount[y]]
	if !slices.Equal(ea, eb) {
		t.Fatalf("at %q: edges %q, want %q", path, eb, ea)
	}
	for i, c := range ea {
		sameTrie(t, a, b, a.edgeNext[int(a.edgeFrom[x])+i], b.edgeNext[int(b.edgeFrom[y])+i], path+string(c))
	}
}

// TestBuildCueTrie holds the sorted construction to the map-based one on
// the whole anchor table and on lists that share anchors and prefixes.
func TestBuildCueTrie(t *testing.T) {
	for _, anchors := range [][][]string{
		tableAnchorLists(),
		{{"ab", "abc"}, {"abc", "b"}, {"ab"}, {"x", "ab", "ab"}, {}},
	} {
		want, got := buildCueTrieByMaps(anchors), buildCueTrie(anchors)
		if want.rootNext != [256]int32{} && (len(got.edgeFrom) != len(want.edgeFrom) || len(got.edgeBytes) != len(want.edgeBytes)) {
			t.Fatalf("%d nodes and %d edges, want %d and %d", len(got.edgeFrom), len(got.edgeBytes), len(want.edgeFrom), len(want.edgeBytes))
		}
		for c := range 256 {
			if (want.rootNext[c] < 0) != (got.rootNext[c] < 0) {
				t.Fatalf("root edge %q differs", rune(c))
			}
		}
		sameTrie(t, want, got, 0, 0, "")
	}
}

func BenchmarkBuildCueTrieByMaps(b *testing.B) {
	anchors := tableAnchorLists()
	b.ReportAllocs()
	for b.Loop() {
		buildCueTrieByMaps(anchors)
	}
}

// BenchmarkScanTable is one pass of the anchor trie over the 60 KB
// complaint, the first question any document asks of its index.
//
//	go test ./lint/pattern -run '^$' -bench ScanTable -benchmem
func BenchmarkScanTable(b *testing.B) {
	text := linttest.Complaint60KB(b)
	s := string(text)
	tableTrie()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		scanTable(s)
	}
}
