//go:build unix

package input

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"
)

// overLimitDocx is a .docx past one of the reader's limits, as an attacker
// would make it: word/document.xml stored, not compressed, so that no ratio
// limit refuses it first, and as large as the file size limit allows.
type overLimitDocx struct {
	name string
	make func(testing.TB) []byte
	want string // in the refusal
}

// storedDocument is a .docx whose word/document.xml is the document's
// opening, then rep n times, then tail, stored.
func storedDocument(tb testing.TB, head, rep string, n int, tail string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	buf.Grow(len(head) + len(rep)*n + len(tail) + 4096)
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	if err != nil {
		tb.Fatal(err)
	}
	var xml strings.Builder
	xml.WriteString("<w:document " + wNS + "><w:body>" + para("", "COMPLAINT") + head)
	for range n {
		xml.WriteString(rep)
	}
	xml.WriteString(tail + "</w:body></w:document>")
	if _, err := w.Write([]byte(xml.String())); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func attributeFlood(format string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// overLimitDocxFiles are the attacks of the hostile-input suite, each past
// a different limit, and the ones that reach a limit only after the most
// work another limit allows (elements up to their limit, then text).
var overLimitDocxFiles = []overLimitDocx{
	{"runs", func(tb testing.TB) []byte { return storedDocument(tb, "<w:p>", "<w:r/>", 9_000_000, "</w:p>") },
		"more XML elements in word/document.xml"},
	{"paragraphs", func(tb testing.TB) []byte { return storedDocument(tb, "", "<w:p/>", 1_900_000, "") },
		"more paragraphs than"},
	{"paragraph-flood", func(tb testing.TB) []byte { return storedDocument(tb, "", "<w:p/>", 9_500_000, "") },
		"more XML elements in word/document.xml"},
	{"attributes", func(tb testing.TB) []byte {
		return storedDocument(tb, "<w:p ", "", 0, attributeFlood(`a%d="" `, 5_000_000)+"/>")
	}, "an XML tag is longer"},
	{"namespaces", func(tb testing.TB) []byte {
		return storedDocument(tb, "<w:p ", "", 0, attributeFlood(`xmlns:a%d="u" `, 3_000_000)+"/>")
	}, "an XML tag is longer"},
	{"elements-then-text", func(tb testing.TB) []byte {
		return storedDocument(tb, "<w:p>", "<w:r/>", docxLimit.maxElements-10,
			"<w:r><w:t>"+strings.Repeat("Plaintiff sues. ", MaxTextSize/16+1)+"</w:t></w:r></w:p>")
	}, "more text than"},
}

// cpuTime is the CPU time the process has used, garbage collection
// included.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRefuseOverLimitDocx measures how long refusing each over-limit
// .docx takes, in CPU time (cpu-ms/op, every thread of the process) as
// well as wall time, for the lint reader and for annotate's layout reader.
// Refusal is meant to take well under a second of CPU; the figure is
// reported, never asserted.
func BenchmarkRefuseOverLimitDocx(b *testing.B) {
	for _, c := range overLimitDocxFiles {
		b.Run(c.name, func(b *testing.B) {
			data := c.make(b)
			for _, r := range []struct {
				name string
				read func() error
			}{
				{"lint", func() error { _, err := ReadDocx("hostile.docx", data); return err }},
				{"layout", func() error { _, _, err := ReadDocxLayout("hostile.docx", data); return err }},
			} {
				b.Run(r.name, func(b *testing.B) {
					b.SetBytes(int64(len(data)))
					start := cpuTime(b)
					b.ResetTimer()
					for range b.N {
						if err := r.read(); err == nil || !strings.Contains(err.Error(), c.want) {
							b.Fatalf("error %v, want %q", err, c.want)
						}
					}
					b.StopTimer()
					b.ReportMetric(float64(cpuTime(b)-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
				})
			}
		})
	}
}
