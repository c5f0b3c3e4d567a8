package pattern

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// Every pattern in the source and every lexicon line has its anchors in the
// anchor table. Rather than looking each pattern's anchors up in a
// document's gram index the first time the pattern meets the document (a
// walk along the chain of every anchor's first bytes, which on a long
// complaint holds thousands of positions for a common pair like "co"), one
// pass over the document's lower-cased text walks a trie of every anchor
// of the table from each position and records, per pattern, the positions
// where one of its anchors begins. A pattern's question about any slice of
// the document is then a binary search in its sorted list.

// cueTrie is the trie of every anchor in the anchor table. Node n's edges
// are edgeFrom[n] to edgeFrom[n+1] of edgeBytes/edgeNext, sorted by byte;
// the root's are also in rootNext for a direct lookup. endIDs[endFrom[n]:
// endFrom[n+1]] lists the anchor lists one of whose anchors ends at node
// n. The trie is flat arrays so that go generate can write it as static
// data (cue_trie.go), which a process reads without building anything.
type cueTrie struct {
	rootNext  [256]int32
	edgeFrom  []int32 // node -> first edge; one more entry: the number of edges
	edgeBytes string
	edgeNext  []int32
	endFrom   []int32 // node -> first of its lists in endIDs; one more entry
	endIDs    []int32
	patterns  int // anchor lists, the length of a document's hit lists
	// classOf maps a table pattern to its anchor list: patterns with the
	// same anchors share one.
	classOf []int32
	// tableBytes is the length of the anchor table the trie was made
	// from, by which a generated trie left behind by a changed table is
	// recognised (and the trie built at run time instead).
	tableBytes int
}

// ends returns the anchor lists one of whose anchors ends at node.
func (t *cueTrie) ends(node int32) []int32 {
	return t.endIDs[t.endFrom[node]:t.endFrom[node+1]]
}

var cueTrieOnce struct {
	once sync.Once
	trie *cueTrie
}

// tableTrie returns the trie of the anchor table: the one go generate
// wrote (cue_trie.go), or, in the browser build, which goes without it,
// and should it be stale (written for another table), one built on first
// use.
func tableTrie() *cueTrie {
	if t := generatedCueTrie(); t != nil && t.tableBytes == len(anchorTableData) {
		return t
	}
	cueTrieOnce.once.Do(func() {
		anchorTable.once.Do(loadAnchorTable)
		cueTrieOnce.trie = trieOfTable(anchorTableData, anchorTable.starts)
	})
	return cueTrieOnce.trie
}

// trieOfTable builds the trie of the anchor table data whose lines begin
// at starts (and end before the last start).
func trieOfTable(data string, starts []int32) *cueTrie {
	// Patterns with the same anchors (a lexicon line reused, the same
	// cue in several rules) share one list of places: on a long text
	// those lists are most of the index's memory. The anchors field of a
	// line is its list joined, so it is the list's key as it stands.
	classOf := make([]int32, len(starts)-1)
	classes := map[string]int32{}
	var anchors [][]string
	for id := range classOf {
		line := data[starts[id] : starts[id+1]-1]
		_, fields, _ := strings.Cut(line, tableFieldSep)
		_, rest, _ := strings.Cut(fields, tableFieldSep)
		joined, _, _ := strings.Cut(rest, tableFieldSep)
		c, ok := classes[joined]
		if !ok {
			c = int32(len(anchors))
			classes[joined] = c
			anchors = append(anchors, splitList(joined))
		}
		classOf[id] = c
	}
	t := buildCueTrie(anchors)
	t.classOf = classOf
	t.tableBytes = len(data)
	return t
}

// trieAnchor is an anchor of list id; trieAnchors sort by anchor,
// then id.
type trieAnchor struct {
	text string
	id   int32
}

type trieAnchors []trieAnchor

func (a trieAnchors) Len() int { return len(a) }
func (a trieAnchors) Less(i, j int) bool {
	return a[i].text < a[j].text || a[i].text == a[j].text && a[i].id < a[j].id
}
func (a trieAnchors) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

// buildCueTrie builds the trie; anchors[id] is anchor list id.
//
// It is built without a map per node: the anchors are sorted, each shares
// with the one before the path of their common prefix and adds nodes for
// the rest, whose edges are then grouped by node (children arrive in byte
// order).
func buildCueTrie(anchors [][]string) *cueTrie {
	n := 0
	for _, list := range anchors {
		n += len(list)
	}
	all := make(trieAnchors, 0, n)
	for id, list := range anchors {
		for _, a := range list {
			all = append(all, trieAnchor{a, int32(id)})
		}
	}
	// sort.Sort rather than slices.SortFunc: the sort a generic function
	// would instantiate for this type alone is some 7 KB of code, which
	// the browser build, the one that builds the trie, would download.
	sort.Sort(all)
	type edge struct {
		from int32
		b    byte
		to   int32
	}
	edges := make([]edge, 0, n) // grows once or twice: a node per few anchors' bytes
	nodes := int32(1)
	// endNode[k] and endID[k]: list endID[k] has an anchor ending at node
	// endNode[k]; a node's entries are consecutive, ids ascending, and
	// the nodes ascending (a node is made before any node below it, and
	// the anchors come in order).
	endNode := make([]int32, 0, len(all))
	endID := make([]int32, 0, len(all))
	path := []int32{0} // path[k] is the node of the previous anchor's first k bytes
	prev := ""
	for _, a := range all {
		lcp := 0
		for lcp < len(a.text) && lcp < len(prev) && a.text[lcp] == prev[lcp] {
			lcp++
		}
		path = path[:lcp+1]
		for k := lcp; k < len(a.text); k++ {
			edges = append(edges, edge{path[k], a.text[k], nodes})
			path = append(path, nodes)
			nodes++
		}
		prev = a.text
		n := path[len(a.text)]
		if k := len(endNode); k == 0 || endNode[k-1] != n || endID[k-1] != a.id {
			endNode = append(endNode, n)
			endID = append(endID, a.id)
		}
	}
	t := &cueTrie{
		edgeFrom: make([]int32, nodes+1),
		endFrom:  make([]int32, nodes+1),
		endIDs:   endID,
		edgeNext: make([]int32, len(edges)),
		patterns: len(anchors),
	}
	// Count each node's edges at edgeFrom[node+1], then sum.
	for _, e := range edges {
		t.edgeFrom[e.from+1]++
	}
	for n := 1; n < len(t.edgeFrom); n++ {
		t.edgeFrom[n] += t.edgeFrom[n-1]
	}
	edgeBytes := make([]byte, len(edges))
	fill := slices.Clone(t.edgeFrom[:nodes])
	for _, e := range edges {
		edgeBytes[fill[e.from]] = e.b
		t.edgeNext[fill[e.from]] = e.to
		fill[e.from]++
	}
	t.edgeBytes = string(edgeBytes)
	for _, n := range endNode {
		t.endFrom[n+1]++
	}
	for n := 1; n < len(t.endFrom); n++ {
		t.endFrom[n] += t.endFrom[n-1]
	}
	for i := range t.rootNext {
		t.rootNext[i] = -1
	}
	for _, e := range edges {
		if e.from == 0 {
			t.rootNext[e.b] = e.to
		}
	}
	return t
}

// step follows node's edge for byte b, or returns -1. Past the root (see
// rootNext) a node has one edge on average and rarely more than a few: a
// walk along the sorted edges beats a binary search.
func (t *cueTrie) step(node int32, b byte) int32 {
	for i := t.edgeFrom[node]; i < t.edgeFrom[node+1]; i++ {
		if c := t.edgeBytes[i]; c >= b {
			if c == b {
				return t.edgeNext[i]
			}
			return -1
		}
	}
	return -1
}

// scan returns, per anchor list, the ascending positions of text where
// one of its anchors begins. With lowerBytes, ASCII letters of text are
// lower-cased as they are read (the anchors are lower case), so the scan
// needs no lower-cased copy of the text; without it, text is already
// folded. A block leaves out the lists with more than one hit per gap
// bytes (hittable.go).
func (t *cueTrie) scan(text string, lowerBytes bool, gap int) *hitTable {
	b := newHitTableBuilder(t.patterns, len(text), gap)
	for start := 0; start < len(text); start += 1 << hitBlockBits {
		end := min(start+1<<hitBlockBits, len(text)-1)
		for i := start; i < end; i++ {
			c := text[i]
			if lowerBytes {
				c = lowerByte(c)
			}
			node := t.rootNext[c]
			for j := i + 1; node >= 0; j++ {
				for _, id := range t.endIDs[t.endFrom[node]:t.endFrom[node+1]] {
					b.add(id, i-start)
				}
				if j == len(text) {
					break
				}
				c := text[j]
				if lowerBytes {
					c = lowerByte(c)
				}
				node = t.step(node, c)
			}
		}
		b.endBlock()
	}
	return b.t
}

// loadAnchorTable sets the anchor table's line index: the lines, in the
// table's sorted order, are read when first needed (tableExpr, tableEntry)
// as slices of the constant. go generate writes the index with the table;
// should the two disagree, the constant is read to find its lines.
func loadAnchorTable() {
	starts := anchorTableStarts[:]
	if int(starts[len(starts)-1]) != len(anchorTableData) {
		starts = indexTableLines(anchorTableData)
	}
	anchorTable.starts = starts
}

// indexTableLines returns where each line of data begins, and len(data).
func indexTableLines(data string) []int32 {
	// One pass over the constant: counting the lines first would read it
	// twice. Lines average over 200 bytes, so the estimate rarely grows.
	starts := make([]int32, 1, len(data)/192+1)
	for off := 0; ; {
		i := strings.IndexByte(data[off:], tableLineSep[0])
		if i < 0 {
			break
		}
		off += i + 1
		starts = append(starts, int32(off))
	}
	return starts
}
