package pattern

import (
	"slices"
	"sort"
	"sync/atomic"
)

// A long complaint holds about 1.7 anchor-table hits per byte of text. As
// one sorted []int32 per anchor list they took about seven bytes per byte
// of text (four per hit, plus what append leaves spare), the largest part
// of a lint's memory. hitTable keeps the same positions in two bytes each:
// the text is cut into blocks of 64 KiB and each block lists, for the
// anchor lists with a hit in it, their positions inside the block as
// uint16, every slice allocated once at its exact size when the block has
// been scanned.
//
// A list with more than one hit per denseGap bytes of a block is not kept
// for that block, only marked: its anchors are so common there that reading
// a sentence's candidates off the index saves little over finding them in
// the sentence itself, which the pattern then does (prefilter.go starts,
// with the same result), while such lists held most of the positions. The
// gap widens with the text: a complaint of a few hundred kilobytes keeps
// the lists that save the most time, a text of several megabytes, whose
// memory is what the limits are about, keeps only the sparser ones.

// hitBlockBits is log2 of the block size: a position inside a block fits
// in a uint16.
const hitBlockBits = 16

// denseGapFor is the mean distance between hits below which a list is not
// kept for a block of a text of n bytes: none up to 1 MiB (every list is
// kept), 256 up to 2 MiB, 512 up to 4 MiB, 1024 beyond. A pattern whose
// list is left out builds its own anchor scanner the first time it is
// asked, a cost each process pays once, which a short complaint would
// feel; on the 6.5 MB input the table takes 22.8 MB keeping every list,
// 8.5 MB at 256, 5.5 MB at 512, 3.7 MB at 1024.
func denseGapFor(n int) int {
	if g := denseGapForced.Load(); g > 0 {
		return int(g)
	}
	switch {
	case n <= 1<<20:
		return 1
	case n <= 2<<20:
		return 256
	case n <= 4<<20:
		return 512
	}
	return 1024
}

// denseGapForced, when set, is the gap for every text: tests set it to
// take the path of a long text on short ones.
var denseGapForced atomic.Int64

// hitTable is every anchor list's positions in one text.
type hitTable struct {
	blocks []hitBlock
	// some has a bit set for each anchor list with at least one hit.
	some []uint64
	// lowerPos maps a position of the scanned (folded) text to its offset
	// in the document's text when folding changed the length; nil
	// otherwise (fold.go).
	lowerPos []int32
	// scanned is the length of the scanned text.
	scanned int
	// denseAt is the most hits of one list a block keeps.
	denseAt int
}

// hitBlock is one block's hits: the positions of list ids[i] are
// pos[ends[i-1]:ends[i]] (from 0 for the first), ascending, relative to
// the block's start.
type hitBlock struct {
	ids  []uint16
	ends []uint32
	pos  []uint16
	// dense lists the lists with too many hits in the block to keep.
	dense []uint16
}

// hitTableBuilder gathers one block's hits at a time. The hits come in
// ascending order of position, every list's mixed with the others'; they
// are kept as they come in one buffer, reused from block to block, and
// split by list once the block is done, so the scan grows no slice per
// list.
type hitTableBuilder struct {
	t *hitTable
	// hits is the block's hits, list<<16 | position, in scan order.
	hits []uint32
	// count is, per list, its hits in this block; while a block is
	// stored, where its next position goes in the block's pos, or -1
	// when the list is too dense to keep.
	count []int32
	// last is, per list with a count, its last position in this block.
	last    []uint16
	touched []uint16 // lists with a hit in this block
}

func newHitTableBuilder(lists, textLen, gap int) *hitTableBuilder {
	if lists > 1<<16 {
		panic("pattern: more anchor lists than a hit table numbers in 16 bits")
	}
	return &hitTableBuilder{
		t: &hitTable{
			blocks:  make([]hitBlock, 0, (textLen>>hitBlockBits)+1),
			some:    make([]uint64, (lists+63)/64),
			scanned: textLen,
			denseAt: (1 << hitBlockBits) / gap,
		},
		// A complaint holds about 1.7 hits per byte.
		hits:  make([]uint32, 0, 2*min(textLen, 1<<hitBlockBits)),
		count: make([]int32, lists),
		last:  make([]uint16, lists),
	}
}

// add records a hit of list id at offset at of the current block; hits of
// a list come in ascending order, and a repeat of the last is dropped.
func (b *hitTableBuilder) add(id int32, at int) {
	if b.count[id] == 0 {
		b.touched = append(b.touched, uint16(id))
	} else if b.last[id] == uint16(at) {
		return
	}
	b.count[id]++
	b.last[id] = uint16(at)
	b.hits = append(b.hits, uint32(id)<<16|uint32(uint16(at)))
}

// endBlock stores the current block's hits and clears the scratch.
func (b *hitTableBuilder) endBlock() {
	slices.Sort(b.touched)
	kept, n, dense := 0, 0, 0
	for _, id := range b.touched {
		if int(b.count[id]) > b.t.denseAt {
			dense++
			continue
		}
		kept++
		n += int(b.count[id])
	}
	var blk hitBlock
	if kept > 0 {
		blk.ids, blk.ends, blk.pos = make([]uint16, 0, kept), make([]uint32, 0, kept), make([]uint16, n)
	}
	if dense > 0 {
		blk.dense = make([]uint16, 0, dense)
	}
	end := uint32(0)
	for _, id := range b.touched {
		if int(b.count[id]) > b.t.denseAt {
			blk.dense = append(blk.dense, id)
			b.count[id] = -1
		} else {
			blk.ids = append(blk.ids, id)
			c := uint32(b.count[id])
			b.count[id] = int32(end)
			end += c
			blk.ends = append(blk.ends, end)
		}
		b.t.some[id/64] |= 1 << (id % 64)
	}
	for _, h := range b.hits {
		id := h >> 16
		if at := b.count[id]; at >= 0 {
			blk.pos[at] = uint16(h)
			b.count[id] = at + 1
		}
	}
	for _, id := range b.touched {
		b.count[id] = 0
	}
	b.t.blocks = append(b.t.blocks, blk)
	b.hits = b.hits[:0]
	b.touched = b.touched[:0]
}

// any reports whether list id has a hit anywhere in the text.
func (t *hitTable) any(id int32) bool {
	return t.some[id/64]&(1<<(id%64)) != 0
}

// count is the number of hits of list id kept, for tests.
func (t *hitTable) count(id int32) int {
	n := 0
	for k := range t.blocks {
		n += len(t.blocks[k].list(id))
	}
	return n
}

// list returns list id's positions in the block, relative to its start.
func (b *hitBlock) list(id int32) []uint16 {
	i, ok := slices.BinarySearch(b.ids, uint16(id))
	if !ok {
		return nil
	}
	start := uint32(0)
	if i > 0 {
		start = b.ends[i-1]
	}
	return b.pos[start:b.ends[i]]
}

// scannedOffset turns an offset of the document's text into the first
// position of the scanned text at or after it.
func (t *hitTable) scannedOffset(off int) int {
	if t.lowerPos == nil {
		return min(off, t.scanned)
	}
	return sort.Search(len(t.lowerPos), func(i int) bool { return int(t.lowerPos[i]) >= off })
}

// each calls yield, in ascending order, with every position (an offset of
// the document's text) of list id in [from, to), until yield returns
// false. It returns false, having called yield for none, when the list was
// too dense to keep in a block the range touches.
func (t *hitTable) each(id int32, from, to int, yield func(at int) bool) bool {
	if !t.any(id) || from >= to {
		return true
	}
	lo, hi := t.scannedOffset(from), t.scannedOffset(to)
	for k := lo >> hitBlockBits; k < len(t.blocks) && k<<hitBlockBits < hi; k++ {
		if _, dense := slices.BinarySearch(t.blocks[k].dense, uint16(id)); dense {
			return false
		}
	}
	for k := lo >> hitBlockBits; k < len(t.blocks) && k<<hitBlockBits < hi; k++ {
		ps := t.blocks[k].list(id)
		base := k << hitBlockBits
		if k == lo>>hitBlockBits {
			rel := uint16(lo - base)
			ps = ps[sort.Search(len(ps), func(i int) bool { return ps[i] >= rel }):]
		}
		for _, p := range ps {
			at := base + int(p)
			if at >= hi {
				return true
			}
			if t.lowerPos != nil {
				at = int(t.lowerPos[at])
			}
			if !yield(at) {
				return true
			}
		}
	}
	return true
}

// bytes is the table's size, for tests and measurements.
func (t *hitTable) bytes() int {
	n := len(t.some) * 8
	for _, b := range t.blocks {
		n += 2*cap(b.ids) + 4*cap(b.ends) + 2*cap(b.pos) + 2*cap(b.dense) + 96
	}
	return n
}

// candidateSet is a pattern's candidate positions in an indexed text:
// one list of the text's hit table, or, for a pattern outside the anchor
// table, a sorted list of its own.
type candidateSet struct {
	table *hitTable
	list  int32
	flat  []int32
}

// any reports whether there is a candidate anywhere in the text.
func (c candidateSet) any() bool {
	if c.table != nil {
		return c.table.any(c.list)
	}
	return len(c.flat) > 0
}

// each calls yield with every candidate in [from, to), ascending, until
// yield returns false. It returns false, having called yield for none,
// when the index does not hold the candidates of that range.
func (c candidateSet) each(from, to int, yield func(at int) bool) bool {
	if c.table != nil {
		return c.table.each(c.list, from, to, yield)
	}
	lo := sort.Search(len(c.flat), func(i int) bool { return int(c.flat[i]) >= from })
	for _, h := range c.flat[lo:] {
		if int(h) >= to || !yield(int(h)) {
			return true
		}
	}
	return true
}

// scanTable finds the candidates of every anchor-table pattern in text.
// Text with a Kelvin sign or a long s is scanned in a folded copy, whose
// positions the table maps back; any other is lower-cased as it is read,
// without a copy.
func scanTable(text string) *hitTable {
	return scanTableGap(text, denseGapFor(len(text)))
}

// scanTableGap is scanTable leaving out, per block, the lists with more
// than one hit per gap bytes.
func scanTableGap(text string, gap int) *hitTable {
	if !hasFoldRunes(text) {
		return tableTrie().scan(text, true, gap)
	}
	folded, pos := foldForAnchors(text)
	t := tableTrie().scan(folded, false, gap)
	t.lowerPos = pos
	return t
}
