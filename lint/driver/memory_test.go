package driver

import (
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/lint/input"
)

// TestMemoryBudget: files whose estimates do not fit together are linted
// one after the other; a file larger than the whole budget takes all of
// it and is not refused; small files share it.
func TestMemoryBudget(t *testing.T) {
	m := newMemoryBudget(MemoryBudget)
	big := m.acquire(input.MaxTextSize) // the estimate of the largest text is the whole budget
	if big != MemoryBudget {
		t.Fatalf("largest file took %d of %d", big, MemoryBudget)
	}
	got := make(chan int64)
	go func() { got <- m.acquire(1 << 20) }()
	select {
	case n := <-got:
		t.Fatalf("second file started (%d bytes) while the budget was taken", n)
	case <-time.After(20 * time.Millisecond):
		// Still waiting, as it should; it cannot be proved to wait for
		// ever, only that it starts once the budget is released.
	}
	m.release(big)
	n := <-got
	if want := int64(baseCost + bytesPerByte<<20); n != want {
		t.Errorf("a 1 MiB file took %d, want %d", n, want)
	}
	for range 5 {
		m.acquire(60 << 10) // small files fit together
	}
	m.release(n)
}
