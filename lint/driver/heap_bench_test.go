//go:build !(js && wasm)

package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// heapWatch samples the heap while a lint runs: the most heap the objects
// took (live and not yet collected) and the most found live by a
// collection. With HEAP_PROFILE_DIR set it also keeps a heap profile taken
// when a collection found a new most-live heap, which shows what the peak
// is made of.
type heapWatch struct {
	stop    chan struct{}
	done    sync.WaitGroup
	peak    uint64 // heap objects, bytes
	live    uint64 // live heap after a collection, bytes
	profile bytes.Buffer
}

func watchHeap(keepProfile bool) *heapWatch {
	w := &heapWatch{stop: make(chan struct{})}
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/cycles/total:gc-cycles"},
	}
	w.done.Add(1)
	go func() {
		defer w.done.Done()
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		var lastCycle uint64
		for {
			metrics.Read(samples)
			w.peak = max(w.peak, samples[0].Value.Uint64())
			if cycle := samples[2].Value.Uint64(); cycle != lastCycle {
				lastCycle = cycle
				if live := samples[1].Value.Uint64(); live > w.live {
					w.live = live
					if keepProfile {
						w.profile.Reset()
						_ = pprof.Lookup("heap").WriteTo(&w.profile, 0)
					}
				}
			}
			select {
			case <-w.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return w
}

func (w *heapWatch) finish() {
	close(w.stop)
	w.done.Wait()
}

var warmHeap sync.Once

// benchInput is the .ci/bench input: the two long sample complaints,
// repeated copies times (1: 65 KB, 10: 650 KB, 100: 6.5 MB).
func benchInput(b *testing.B, copies int) []byte {
	b.Helper()
	one := linttest.Complaint60KB(b)
	return bytes.Repeat(one, copies)
}

// BenchmarkHeapPerByte lints the .ci/bench inputs and reports the heap
// they take per byte of input: peak-B/B is the most the heap held (what
// the process's memory follows), live-B/B the most a collection found
// live, alloc-B/B everything allocated. The bound the command keeps is
// checked on a child process by TestLargeComplaintBounded; this shows
// where a change moves the figures. HEAP_PROFILE_DIR=dir writes the heap
// profile at the live peak of each size for go tool pprof.
func BenchmarkHeapPerByte(b *testing.B) {
	for _, size := range []struct {
		name   string
		copies int
	}{{"65KB", 1}, {"650KB", 10}, {"6.5MB", 100}} {
		b.Run(size.name, func(b *testing.B) {
			src := benchInput(b, size.copies)
			opts := Options{Checks: checks.All}
			// What any run pays once (patterns compiled, lexicons and the
			// sentence model loaded) is not per byte: a first lint pays it.
			warmHeap.Do(func() {
				s, err := input.Read("warm.txt", benchInput(b, 1), "")
				if err != nil {
					b.Fatal(err)
				}
				LintSource(s, opts)
			})
			b.SetBytes(int64(len(src)))
			profDir := os.Getenv("HEAP_PROFILE_DIR")
			var peak, live, alloc float64
			for i := 0; i < b.N; i++ {
				pattern.ResetMemo()
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				w := watchHeap(profDir != "")
				s, err := input.Read("bench.txt", src, "")
				if err != nil {
					b.Fatal(err)
				}
				sink = LintSource(s, opts)
				w.finish()
				runtime.ReadMemStats(&after)
				n := float64(len(src))
				peak = max(peak, float64(w.peak-min(w.peak, before.HeapAlloc))/n)
				live = max(live, float64(w.live-min(w.live, before.HeapAlloc))/n)
				alloc = float64(after.TotalAlloc-before.TotalAlloc) / n
				if profDir != "" {
					if err := os.WriteFile(filepath.Join(profDir, "heap-"+size.name+".pprof"), w.profile.Bytes(), 0o644); err != nil {
						b.Fatal(err)
					}
				}
				sink = nil
			}
			b.ReportMetric(peak, "peak-B/B")
			b.ReportMetric(live, "live-B/B")
			b.ReportMetric(alloc, "alloc-B/B")
		})
	}
}

// BenchmarkHeapHeld lints the 6.5 MB .ci/bench input and reports the heap
// held once every rule has run, the model, the index, the rules' memos
// and facts and their results all still held: held-B/B, read after a
// forced collection by a document-scope check run after all the others
// (one worker, so in order). Unlike live-B/B of BenchmarkHeapPerByte it
// does not depend on when the collector happened to run, so it shows a
// change of a tenth of a byte per byte; it is not the bound itself
// (TestLargeComplaintBounded). HEAP_PROFILE_DIR=dir writes the heap
// profile at that point (heap-held.pprof).
func BenchmarkHeapHeld(b *testing.B) {
	src := benchInput(b, 100)
	var base runtime.MemStats
	var held uint64
	probe := &lint.Check{ID: "heap-probe", Scope: lint.ScopeDocument, Run: func(*lint.Pass) {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		held = m.HeapAlloc - min(m.HeapAlloc, base.HeapAlloc)
		if dir := os.Getenv("HEAP_PROFILE_DIR"); dir != "" {
			var buf bytes.Buffer
			_ = pprof.Lookup("heap").WriteTo(&buf, 0)
			_ = os.WriteFile(filepath.Join(dir, "heap-held.pprof"), buf.Bytes(), 0o644)
		}
	}}
	opts := Options{Checks: append(slices.Clip(checks.All), probe)}
	warm, err := input.Read("warm.txt", benchInput(b, 1), "")
	if err != nil {
		b.Fatal(err)
	}
	LintSource(warm, opts)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		pattern.ResetMemo()
		runtime.GC()
		runtime.ReadMemStats(&base)
		s, err := input.Read("bench.txt", src, "")
		if err != nil {
			b.Fatal(err)
		}
		sink = LintSource(s, opts)
		sink = nil
	}
	b.ReportMetric(float64(held)/float64(len(src)), "held-B/B")
}
