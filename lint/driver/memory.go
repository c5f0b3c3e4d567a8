package driver

import (
	"sync"

	"github.com/complaintlint/complaintlint/lint/input"
)

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

func (m *memoryBudget) release(n int64) {
	m.mu.Lock()
	m.free += n
	m.mu.Unlock()
	m.cond.Broadcast()
}
