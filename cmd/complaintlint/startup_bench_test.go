//go:build linux || darwin

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkOneLineProcess is the command as a user starts it on a
// one-line draft: a new process each time (this test binary acting as the
// command, see TestMain), with Go's start-up and every linked package's
// initialisation, reading, the model, every rule and the line report. The
// in-process benchmarks reuse one process's compiled patterns and warm
// heap, so they cannot see this, the whole of a short run's cost. Besides
// wall time it reports the child's CPU and its minor page faults (each
// fresh page of heap or of the binary touched), both per run. The test
// binary links a few more packages than the command, so its figures sit a
// little above the command's (.ci/bench times the real binary).
func BenchmarkOneLineProcess(b *testing.B) {
	path := filepath.Join(b.TempDir(), "one.txt")
	if err := os.WriteFile(path, []byte("The plaintiff sues the defendant.\n"), 0o600); err != nil {
		b.Fatal(err)
	}
	var cpu time.Duration
	var faults int64
	runs := 0
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "--format", "line", "--fail-on", "none", path)
		cmd.Env = append(os.Environ(), asCLI+"=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			faults += ru.Minflt
		}
		runs++
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(runs), "cpu-ms/op")
	b.ReportMetric(float64(faults)/float64(runs), "faults/op")
}
