package driver

import (
	"sync"

	"github.com/complaintlint/complaintlint/lint/input"
)

// MemoryLimit is the heap size past which the garbage collector works
// harder rather than let the program grow: with the input limits and the
// memory budget, it keeps a run within a quarter of a gibibyte. The command
// line and the browser build both set it.
const MemoryLimit = 200 << 20

// MemoryBudget is how much memory the files being linted at once may hold
// between them. A lint holds about bytesPerByte bytes per byte of its
// text; files are started only while their estimates fit, so however many
// workers run, a folder of large files is linted a few at a time within a
// quarter of a gibibyte rather than all at once. A file larger than the
// whole budget is linted alone.
const MemoryBudget = 160 << 20

// bytesPerByte and baseCost make a file's estimate: the document model,
// the text index and the checks' caches per byte of text, plus what any
// file costs.
const (
	bytesPerByte = 20
	baseCost     = 2 << 20
)

// memoryBudget is a counting semaphore over bytes.
type memoryBudget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int64
	size int64
	// turn is the next target that may take its share, for a stream,
	// which takes shares in target order (see acquireInTurn).
	turn int
}

func newMemoryBudget(size int64) *memoryBudget {
	m := &memoryBudget{free: size, size: size}
	m.cond = sync.NewCond(&m.mu)
	return m
}

// acquire waits until the estimate for a file of fileSize bytes fits and
// takes it; it returns what to release.
func (m *memoryBudget) acquire(fileSize int64) int64 {
	n := min(baseCost+bytesPerByte*min(fileSize, input.MaxTextSize), m.size)
	m.mu.Lock()
	defer m.mu.Unlock()
	for m.free < n {
		m.cond.Wait()
	}
	m.free -= n
	return n
}

// acquireInTurn is acquire for target turn of a stream, which holds a
// file's share until its result has been written, and so must hand out
// shares in target order: a later file holding memory while it waits to
// be written could otherwise starve the earlier file it waits for. A
// target not read from disk (stdin, a path that failed) takes its turn
// with no share (sized false).
func (m *memoryBudget) acquireInTurn(turn int, fileSize int64, sized bool) int64 {
	var n int64
	if sized {
		n = min(baseCost+bytesPerByte*min(fileSize, input.MaxTextSize), m.size)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for m.turn != turn || m.free < n {
		m.cond.Wait()
	}
	m.free -= n
	m.turn++
	m.cond.Broadcast()
	return n
}

func (m *memoryBudget) release(n int64) {
	m.mu.Lock()
	m.free += n
	m.mu.Unlock()
	m.cond.Broadcast()
}
