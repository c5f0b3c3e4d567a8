package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func gcPercent() int64 {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// TestDeferFirstCollection checks that the start-up target holds until a
// collection has run and that the previous target then comes back, and
// that GOGC, when set, is left alone.
func TestDeferFirstCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "")
	deferFirstCollection()
	if got := gcPercent(); got != startupGCPercent {
		t.Fatalf("after deferFirstCollection the target is %d, want %d", got, startupGCPercent)
	}
	// The cleanup runs on its own goroutine after the collection; the
	// deadline only guards against a hang.
	for deadline := time.Now().Add(30 * time.Second); gcPercent() != 100; {
		if time.Now().After(deadline) {
			t.Fatalf("after collections the target is still %d, want 100 back", gcPercent())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}

	t.Setenv("GOGC", "50")
	debug.SetGCPercent(50)
	deferFirstCollection()
	if got := gcPercent(); got != 50 {
		t.Fatalf("with GOGC=50 the target became %d", got)
	}
}
