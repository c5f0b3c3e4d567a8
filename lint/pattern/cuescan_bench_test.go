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
		edgeFrom: make([]int32, len(nodes)+1),
		endFrom:  make([]int32, len(nodes)+1),
		patterns: len(anchors),
	}
	for i, n := range nodes {
		t.endIDs = append(t.endIDs, n.ends...)
		t.endFrom[i+1] = int32(len(t.endIDs))
		keys := make([]byte, 0, len(n.next))
		for b := range n.next {
			keys = append(keys, b)
		}
		slices.Sort(keys)
		t.edgeBytes += string(keys)
		for _, b := range keys {
			t.edgeNext = append(t.edgeNext, n.next[b])
		}
		t.edgeFrom[i+1] = int32(len(t.edgeBytes))
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
	if !slices.Equal(a.ends(x), b.ends(y)) {
		t.Fatalf("at %q: lists %v, want %v", path, b.ends(y), a.ends(x))
	}
	ea := a.edgeBytes[a.edgeFrom[x]:a.edgeFrom[x+1]]
	eb := b.edgeBytes[b.edgeFrom[y]:b.edgeFrom[y+1]]
	if ea != eb {
		t.Fatalf("at %q: edges %q, want %q", path, eb, ea)
	}
	for i, c := range []byte(ea) {
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

// TestGeneratedCueTrie holds cue_trie.go, node for node, to the trie built
// from anchor_table.go at run time, and checks that tableTrie serves it.
// After changing a pattern or a lexicon, run go generate ./lint/pattern.
func TestGeneratedCueTrie(t *testing.T) {
	gen := generatedCueTrie()
	if gen == nil {
		t.Skip("this build goes without the generated trie")
	}
	anchorTable.once.Do(loadAnchorTable)
	want := trieOfTable(anchorTableData, anchorTable.starts)
	if gen.tableBytes != want.tableBytes || gen.patterns != want.patterns {
		t.Fatalf("cue_trie.go is of a table of %d bytes and %d anchor lists, anchor_table.go has %d and %d: run go generate ./lint/pattern",
			gen.tableBytes, gen.patterns, want.tableBytes, want.patterns)
	}
	if len(gen.edgeFrom) != len(want.edgeFrom) || len(gen.endFrom) != len(want.endFrom) {
		t.Fatalf("cue_trie.go has %d nodes, want %d: run go generate ./lint/pattern", len(gen.edgeFrom)-1, len(want.edgeFrom)-1)
	}
	if gen.rootNext != want.rootNext {
		t.Fatal("cue_trie.go's root edges differ: run go generate ./lint/pattern")
	}
	for n := range int32(len(want.edgeFrom) - 1) {
		ge, we := gen.edgeBytes[gen.edgeFrom[n]:gen.edgeFrom[n+1]], want.edgeBytes[want.edgeFrom[n]:want.edgeFrom[n+1]]
		if ge != we || !slices.Equal(gen.edgeNext[gen.edgeFrom[n]:gen.edgeFrom[n+1]], want.edgeNext[want.edgeFrom[n]:want.edgeFrom[n+1]]) {
			t.Fatalf("node %d: edges %q, want %q: run go generate ./lint/pattern", n, ge, we)
		}
		if !slices.Equal(gen.ends(n), want.ends(n)) {
			t.Fatalf("node %d: lists %v, want %v: run go generate ./lint/pattern", n, gen.ends(n), want.ends(n))
		}
	}
	if !slices.Equal(gen.classOf, want.classOf) {
		t.Fatal("cue_trie.go's anchor list of each pattern differs: run go generate ./lint/pattern")
	}
	if tableTrie() != gen {
		t.Fatal("tableTrie does not serve the generated trie")
	}
}

// TestCueTrieStep checks step against the edges of every node of the
// table's trie, for every byte.
func TestCueTrieStep(t *testing.T) {
	tr := tableTrie()
	for n := range int32(len(tr.edgeFrom) - 1) {
		edges := tr.edgeBytes[tr.edgeFrom[n]:tr.edgeFrom[n+1]]
		for c := range 256 {
			want := int32(-1)
			if i := strings.IndexByte(edges, byte(c)); i >= 0 {
				want = tr.edgeNext[int(tr.edgeFrom[n])+i]
			}
			if got := tr.step(n, byte(c)); got != want {
				t.Fatalf("node %d, byte %q: step gives %d, want %d", n, rune(c), got, want)
			}
		}
	}
}
