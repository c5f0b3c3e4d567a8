package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// asCLI is the environment variable that makes the test binary run as the
// command (see TestMain).
const asCLI = "COMPLAINTLINT_TEST_AS_CLI"

// peakLimit is the most memory a run may take whatever its input.
const peakLimit = 256 << 20

// asReaper makes the test binary run the command as its own child and
// write that child's resource usage to the file the variable names. The
// kernel starts a process's peak-memory count at the peak of the process
// that spawned it (Go spawns sharing the parent's memory until exec), so a
// child of the test process, which holds the inputs it generated, would
// report the test's peak; a child of this small reaper reports its own.
const asReaper = "COMPLAINTLINT_TEST_REAP"

// childGodebug, set for the reaper, is the GODEBUG of the command it runs
// (gctrace=1 to read the command's heap), so that the reaper's own
// collections are not traced with the command's.
const childGodebug = "COMPLAINTLINT_TEST_CHILD_GODEBUG"

// reap runs the command with the reaper's arguments and standard streams
// and records the child's peak memory and CPU time.
func reap(usageFile string) int {
	cmd := exec.Command(os.Args[0], os.Args[1:]...)
	cmd.Env = append(os.Environ(), asCLI+"=1")
	if v := os.Getenv(childGodebug); v != "" {
		cmd.Env = append(cmd.Env, "GODEBUG="+v)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	_ = cmd.Run() // the exit status is what matters, and is passed on
	if cmd.ProcessState == nil {
		return 125
	}
	var peak int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		peak = ru.Maxrss << 10 // kilobytes on Linux
	}
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if err := os.WriteFile(usageFile, fmt.Appendf(nil, "%d %d", peak, cpu), 0o600); err != nil {
		return 125
	}
	return cmd.ProcessState.ExitCode()
}

// child is one run of the command in a process of its own.
type child struct {
	code     int
	out      string // standard output and standard error
	peak     int64  // peak resident memory, bytes
	cpu      time.Duration
	hungKill bool
}

// runChild runs the command with args (and stdin, when not nil) in a child
// process and measures its peak memory. A child that has not finished
// after two minutes is killed and reported as hung: that is a hang, not a
// slow run, since every input here is refused or linted in seconds.
func runChild(t *testing.T, stdin *os.File, args ...string) child {
	t.Helper()
	return runChildEnv(t, stdin, nil, args...)
}

// runChildEnv is runChild with env added to the reaper's environment.
func runChildEnv(t *testing.T, stdin *os.File, env []string, args ...string) child {
	t.Helper()
	return runChildWithin(t, 2*time.Minute, stdin, env, args...)
}

// runChildWithin is runChildEnv killing the child as hung after limit.
func runChildWithin(t *testing.T, limit time.Duration, stdin *os.File, env []string, args ...string) child {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	usage := filepath.Join(t.TempDir(), "usage")
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), env...), asReaper+"="+usage)
	if stdin != nil {
		cmd.Stdin = stdin
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	c := child{out: out.String(), hungKill: ctx.Err() != nil}
	if cmd.ProcessState == nil {
		t.Fatalf("%v: %v", args, err)
	}
	c.code = cmd.ProcessState.ExitCode()
	b, err := os.ReadFile(usage)
	if err != nil && !c.hungKill {
		t.Fatalf("no resource usage from the child: %v (output %q)", err, c.out)
	}
	var cpu int64
	fmt.Sscan(string(b), &c.peak, &cpu)
	c.cpu = time.Duration(cpu)
	return c
}

// storedDocx writes a .docx whose word/document.xml (stored, not
// compressed, so no ratio limit applies) is head, then rep n times, then
// tail, streaming it so the test itself stays small.
func storedDocx(t *testing.T, path, head, rep string, n int, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	zw := zip.NewWriter(bw)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>COMPLAINT</w:t></w:r></w:p>`+head)
	if n > 0 {
		chunk := strings.Repeat(rep, max(1, (64<<10)/len(rep)))
		per := len(chunk) / len(rep)
		for left := n; left > 0; left -= per {
			if left < per {
				chunk = chunk[:left*len(rep)]
			}
			io.WriteString(w, chunk)
		}
	}
	io.WriteString(w, tail+`</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
}

// repeatFile writes head then rep n times.
func repeatFile(t *testing.T, path, head, rep string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	bw.WriteString(head)
	for range n {
		bw.WriteString(rep)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
}

// attrs returns n attributes made by format (which takes the index).
func attrFlood(format string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// storedSplitText writes a .docx of just under two million elements, then
// more than 8 MiB of text in runs of 4 KiB.
func storedSplitText(t *testing.T, path string) {
	const runs = 8<<20/4096 + 1
	storedDocx(t, path, "<w:p>", "<w:r/>", 2_000_000-2*runs-10,
		strings.Repeat("<w:r><w:t>"+strings.Repeat("Plaintiff sues. ", 256)+"</w:t></w:r>", runs)+"</w:p>")
}

// TestHostileInputsBounded reproduces the inputs that used to take
// gibibytes of memory or hang: each is now refused with a one-line error
// naming the limit, in a process whose peak memory stays under 256 MiB.
// Times are logged, never asserted.
func TestHostileInputsBounded(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("writes inputs of about 60 MB; the race detector multiplies memory")
	}
	dir := t.TempDir()
	complaint := write(t, dir, "c.txt", []byte(flawed))
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	type attack struct {
		name  string
		setup func(path string)
		args  func(path string) []string
		want  string
	}
	lintIt := func(p string) []string { return []string{"-f", "line", p} }
	attacks := []attack{
		// Millions of empty paragraphs: the paragraph limit refuses them,
		// past the element limit too, found by the scan made before the
		// body is parsed at the paragraph past the limit.
		{"paragraphs.docx", func(p string) { storedDocx(t, p, "", "<w:p/>", 1_900_000, "") }, lintIt,
			"more paragraphs than complaintlint reads in one file (limit 200000)"},
		{"paragraph-flood.docx", func(p string) { storedDocx(t, p, "", "<w:p/>", 9_500_000, "") }, lintIt,
			"more paragraphs than complaintlint reads in one file (limit 200000)"},
		{"namespaces.docx", func(p string) { storedDocx(t, p, "<w:p ", "", 0, attrFlood(`xmlns:a%d="u" `, 3_000_000)+"/>") }, lintIt,
			"an XML tag is longer than Word ever writes"},
		{"attributes.docx", func(p string) { storedDocx(t, p, "<w:p ", "", 0, attrFlood(`a%d="" `, 5_000_000)+"/>") }, lintIt,
			"an XML tag is longer than Word ever writes"},
		{"runs.docx", func(p string) { storedDocx(t, p, "<w:p>", "<w:r/>", 9_000_000, "</w:p>") }, lintIt,
			"more XML elements in word/document.xml than complaintlint reads in one file (limit 2000000)"},
		// Just under the element limit, then past the text or paragraph
		// limit: refused by the scan made before the body is parsed, not
		// after the parser has read two million elements.
		{"elements-then-text.docx", func(p string) {
			storedDocx(t, p, "<w:p>", "<w:r/>", 1_999_990, "<w:r><w:t>"+strings.Repeat("Plaintiff sues. ", 8<<20/16+1)+"</w:t></w:r></w:p>")
		}, lintIt, "more text than complaintlint reads in one file (limit 8 MiB)"},
		{"elements-then-split-text.docx", func(p string) { storedSplitText(t, p) }, lintIt,
			"more text than complaintlint reads in one file (limit 8 MiB)"},
		{"annotate elements-then-split-text.docx", func(p string) { storedSplitText(t, p) },
			func(p string) []string { return []string{"annotate", p, "-o", p + ".reviewed.docx"} },
			"more text than complaintlint reads in one file (limit 8 MiB)"},
		{"elements-then-paragraphs.docx", func(p string) {
			storedDocx(t, p, "<w:p>", "<w:r/>", 1_799_990, "</w:p>"+strings.Repeat("<w:p/>", 200_001))
		}, lintIt, "more paragraphs than complaintlint reads in one file (limit 200000)"},
		{"lines.txt", func(p string) { repeatFile(t, p, "COMPLAINT\n", "a\n", 31_000_000) }, lintIt,
			"more text than complaintlint reads in one file (limit 8 MiB)"},
		{"short-lines.txt", func(p string) { repeatFile(t, p, "COMPLAINT\n", "a\n", 4_000_000) }, lintIt,
			"more lines than complaintlint reads in one file (limit 200000)"},
		{"patterns.yml", func(p string) {
			repeatFile(t, p, "files:\n  exclude:\n", `    - "d/*.txt"`+"\n", 1_200_000)
		}, func(p string) []string { return []string{"--config", p, complaint} },
			"file is larger than the limit for a configuration (256 KiB)"},
		{"config /dev/zero", nil, func(string) []string { return []string{"--config", "/dev/zero", complaint} },
			"not a regular file (a device)"},
		{"baseline /dev/zero", nil, func(string) []string { return []string{"--baseline", "/dev/zero", complaint} },
			"not a regular file (a device)"},
		{"config FIFO", nil, func(string) []string { return []string{"--config", fifo, complaint} },
			"not a regular file (a named pipe)"},
		{"baseline FIFO", nil, func(string) []string { return []string{"--baseline", fifo, complaint} },
			"not a regular file (a named pipe)"},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(a.name, " ", "-"))
			if a.setup != nil {
				a.setup(p)
				defer os.Remove(p)
			}
			c := runChild(t, nil, a.args(p)...)
			t.Logf("exit %d, peak %d MiB, %v CPU: %s", c.code, c.peak>>20, c.cpu.Round(time.Millisecond), strings.TrimSpace(c.out))
			if c.hungKill {
				t.Fatalf("hung")
			}
			if c.code != exitError || !strings.Contains(c.out, a.want) {
				t.Errorf("exit %d, output %q; want exit 2 and %q", c.code, c.out, a.want)
			}
			for _, line := range strings.Split(c.out, "\n") {
				if strings.Contains(line, a.want) && strings.Count(line, ":") > 6 {
					t.Errorf("error line is not a single clear line: %q", line)
				}
			}
			if c.peak > peakLimit {
				t.Errorf("peak memory %d MiB, limit %d MiB", c.peak>>20, peakLimit>>20)
			}
		})
	}
}

// TestLanguageServerLargeBuffer: a 57 MB buffer sent to the language
// server is skipped and the user told, within the memory limit; the
// session goes on to a clean shutdown.
func TestLanguageServerLargeBuffer(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("sends a 57 MB message; the race detector multiplies memory")
	}
	in, err := os.Create(filepath.Join(t.TempDir(), "messages"))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	send := func(v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(in, "Content-Length: %d\r\n\r\n%s", len(b), b)
	}
	send(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": map[string]any{"capabilities": map[string]any{}}})
	send(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{
		"uri": "file:///big.txt", "languageId": "plaintext", "version": 1,
		"text": "COUNT I\n" + strings.Repeat("1. Defendant copied the Module and sold it.\n", 57<<20/44)}}})
	send(map[string]any{"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
	send(map[string]any{"jsonrpc": "2.0", "method": "exit"})
	if _, err := in.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	c := runChild(t, in, "lsp")
	t.Logf("exit %d, peak %d MiB, %v CPU", c.code, c.peak>>20, c.cpu.Round(time.Millisecond))
	if c.hungKill {
		t.Fatalf("hung")
	}
	if c.code != 0 || !strings.Contains(c.out, "window/showMessage") || !strings.Contains(c.out, "documents over 4 MiB are not linted in the editor") {
		t.Errorf("exit %d, output %.500q", c.code, c.out)
	}
	if strings.Contains(c.out, "publishDiagnostics") {
		t.Errorf("the large buffer was linted")
	}
	if c.peak > peakLimit {
		t.Errorf("peak memory %d MiB, limit %d MiB", c.peak>>20, peakLimit>>20)
	}
}

// heapTrace is what the runtime's gctrace lines ("A->B->C MB": heap when
// a collection started, when it ended, and marked live) say about a
// process's heap, in bytes, each the most over its collections:
//   - marked: C, which counts as live everything allocated while the
//     collection ran, garbage or not;
//   - retained: C less what was allocated while it ran (B-A), the heap
//     that was still in use from before the collection: what the lint
//     holds, without the allocation that happened to overlap the mark;
//   - peak: A, the largest heap a collection started at, about twice the
//     live heap under the collector's default pacing.
type heapTrace struct {
	collections            int
	marked, retained, peak int64
}

var reGCTrace = regexp.MustCompile(`(?m)^gc \d+ @.*?: .*? (\d+)->(\d+)->(\d+) MB`)

func readHeapTrace(out string) heapTrace {
	var h heapTrace
	for _, m := range reGCTrace.FindAllStringSubmatch(out, -1) {
		start, _ := strconv.ParseInt(m[1], 10, 64)
		end, _ := strconv.ParseInt(m[2], 10, 64)
		live, _ := strconv.ParseInt(m[3], 10, 64)
		h.collections++
		h.peak = max(h.peak, start<<20)
		h.marked = max(h.marked, live<<20)
		h.retained = max(h.retained, (live-max(0, end-start))<<20)
	}
	return h
}

// heapPerByteLimit is the most heap a lint may hold in use per byte of
// its input (issue 15): the model, the pattern index and the rules' memos
// and results together, read as heapTrace.retained. It keeps the largest
// accepted text well inside peakLimit under the collector's pacing.
const heapPerByteLimit = 8

// untracedHeapPerByteLimit is heapPerByteLimit for a run whose outputs
// show no element chart (lines, SARIF), which records no trace of the
// rules' observations: the model, the index and the rules' memos alone.
// Measured at 6.3 to 6.6 bytes per byte (the traced JSON and HTML runs
// at 6.7 to 6.9); the limit leaves a byte per byte for the collector's
// timing, and catches the model growing back.
const untracedHeapPerByteLimit = 7.6

// reportHeapPerByteMargin is the most heap, per byte of text, a machine
// or HTML report may hold beyond what the same lint holds reporting
// lines: the reports are written a record at a time, so what they hold
// does not grow with the complaint's counts and findings. (Built whole,
// the JSON report of the large complaint held 5 B/B more than lines, the
// HTML page 6.5 B/B more.) The JSON and HTML runs also hold the trace the
// element chart is built from, which a line run does not record: 0.3 to
// 0.5 B/B of the margin.
const reportHeapPerByteMargin = 1

// TestLargeComplaintBounded: a real complaint just under the text limit
// (the sample complaints repeated to 7.5 MB, 90,000 lines, 3,450 counts)
// is linted in full, with findings, within the memory limit, as lines, as
// JSON, as SARIF and as an HTML page. Each run holds at most
// heapPerByteLimit bytes of heap per byte of text (untracedHeapPerByteLimit
// for lines and SARIF; read from the runtime's trace of each collection),
// and another report at most
// reportHeapPerByteMargin more than the line report. CPU time is logged, never asserted.
func TestLargeComplaintBounded(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("lints 7.5 MB four times: several seconds of CPU each")
	}
	var one []byte
	for _, name := range []string{"liveperson-fac.txt", "twenty-counts.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "complaints", name))
		if err != nil {
			t.Fatal(err)
		}
		one = append(one, b...)
	}
	var text []byte
	for len(text)+len(one) < 7_500_000 {
		text = append(text, one...)
	}
	p := write(t, t.TempDir(), "large.txt", text)
	n := float64(len(text))
	retained := map[string]int64{}
	for _, format := range []struct {
		name, findings string
		limit          float64 // heap per byte
	}{{"line", "copyright-", untracedHeapPerByteLimit}, {"json", `"rule"`, heapPerByteLimit}, {"sarif", `"ruleId"`, untracedHeapPerByteLimit}, {"html", `class="finding`, heapPerByteLimit}} {
		t.Run(format.name, func(t *testing.T) {
			c := runChildEnv(t, nil, []string{childGodebug + "=gctrace=1"}, "-f", format.name, p)
			h := readHeapTrace(c.out)
			t.Logf("%d bytes: exit %d, peak RSS %d MiB (%.1f bytes per byte); heap retained %d MiB (%.1f B/B), marked %d MiB (%.1f B/B), largest at a collection %d MiB (%.1f B/B), %d collections; %v CPU",
				len(text), c.code, c.peak>>20, float64(c.peak)/n, h.retained>>20, float64(h.retained)/n, h.marked>>20, float64(h.marked)/n,
				h.peak>>20, float64(h.peak)/n, h.collections, c.cpu.Round(time.Millisecond))
			if c.hungKill {
				t.Fatalf("hung")
			}
			if c.code != exitFindings || !strings.Contains(c.out, format.findings) {
				t.Errorf("exit %d, output %.300q", c.code, c.out)
			}
			if c.peak > peakLimit {
				t.Errorf("peak memory %d MiB, limit %d MiB", c.peak>>20, peakLimit>>20)
			}
			if h.collections == 0 {
				t.Fatalf("no collection traced: %.300q", c.out)
			}
			if float64(h.retained) > format.limit*n {
				t.Errorf("heap in use %d MiB is %.1f bytes per byte of text, limit %.1f", h.retained>>20, float64(h.retained)/n, format.limit)
			}
			retained[format.name] = h.retained
		})
	}
	line, ok := retained["line"]
	if !ok {
		return
	}
	for _, name := range []string{"json", "sarif", "html"} {
		if r, ok := retained[name]; ok && float64(r-line) > reportHeapPerByteMargin*n {
			t.Errorf("%s report holds %d MiB of heap beyond the line report's %d MiB: %.1f bytes per byte of text, limit %d",
				name, (r-line)>>20, line>>20, float64(r-line)/n, reportHeapPerByteMargin)
		}
	}
}

// TestReadHeapTrace reads the runtime's gctrace format.
func TestReadHeapTrace(t *testing.T) {
	out := "gc 1 @0.004s 2%: 0.011+1.2+0.020 ms clock, 0.022+0.4/1.1/0.8+0.041 ms cpu, 3->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\n" +
		`{"rule": "x"}` + "\n" +
		"gc 2 @0.010s 3%: 0.010+2.0+0.010 ms clock, 0.020+0/2/1+0.020 ms cpu, 40->42->21 MB, 42 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n"
	h := readHeapTrace(out)
	if h.collections != 2 || h.marked != 21<<20 || h.retained != 19<<20 || h.peak != 40<<20 {
		t.Errorf("%+v", h)
	}
}

// severalLargeFiles is how many large complaints TestSeveralLargeComplaintsBounded
// lints in one run, and largeFileSize about how large each is.
const (
	severalLargeFiles = 8
	largeFileSize     = 6_000_000
)

// TestSeveralLargeComplaintsBounded (issue 15): eight distinct complaints
// of about 6 MB each, linted in one run as lines on standard output and as
// a JSON file at once, stay within the memory limit: each file's result is
// written to every output as soon as it and the files before it are
// linted, then dropped, so the run holds a few documents at a time, not
// all eight. (When every result was held until the reports were written,
// this run peaked at 260 MiB and took 104 s of CPU, the collector working
// at its limit; streamed, 131 MiB.) The files are linted one after another
// (two do not fit the memory budget together), 40 to 60 s of CPU in all; a
// busy machine gets ten minutes before the run counts as hung.
// CPU time and the heap are logged, never asserted.
func TestSeveralLargeComplaintsBounded(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("lints eight 6 MB complaints: tens of seconds of CPU")
	}
	var pieces [][]byte
	for _, name := range []string{"liveperson-fac.txt", "twenty-counts.txt", "ninth-circuit.txt", "sample-complaint.md"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "complaints", name))
		if err != nil {
			t.Fatal(err)
		}
		pieces = append(pieces, b)
	}
	dir := t.TempDir()
	args := []string{"-f", "line", "-f", "json=" + filepath.Join(dir, "out.json")}
	largest := 0
	for i := 0; i < severalLargeFiles; i++ {
		// Each file is its own: its own opening paragraph, and the sample
		// complaints repeated in its own order.
		text := fmt.Appendf(nil, "Draft %d of the complaint, prepared for review.\n\n", i+1)
		for k := 0; len(text) < largeFileSize; k++ {
			text = append(text, pieces[(i+k)%len(pieces)]...)
		}
		largest = max(largest, len(text))
		args = append(args, write(t, dir, fmt.Sprintf("draft-%d.txt", i+1), text))
	}
	c := runChildWithin(t, 10*time.Minute, nil, []string{childGodebug + "=gctrace=1"}, args...)
	h := readHeapTrace(c.out)
	n := float64(largest)
	t.Logf("%d files of up to %d bytes: exit %d, peak RSS %d MiB; heap retained %d MiB (%.1f B/B of the largest), largest at a collection %d MiB, %d collections; %v CPU",
		severalLargeFiles, largest, c.code, c.peak>>20, h.retained>>20, float64(h.retained)/n, h.peak>>20, h.collections, c.cpu.Round(time.Millisecond))
	if c.hungKill {
		t.Fatalf("hung")
	}
	if c.code != exitFindings {
		t.Errorf("exit %d, output %.300q", c.code, c.out)
	}
	for i := 1; i <= severalLargeFiles; i++ {
		if !strings.Contains(c.out, fmt.Sprintf("draft-%d.txt:", i)) {
			t.Errorf("no finding of draft-%d.txt on standard output", i)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "out.json"))
	if err != nil || !bytes.Contains(b, []byte(`"rule"`)) || !bytes.Contains(b, []byte(fmt.Sprintf("draft-%d.txt", severalLargeFiles))) {
		t.Errorf("out.json: %d bytes without the last file's findings (%v)", len(b), err)
	}
	if c.peak > peakLimit {
		t.Errorf("peak memory %d MiB, limit %d MiB", c.peak>>20, peakLimit>>20)
	}
}
