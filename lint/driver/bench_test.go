//go:build !(js && wasm)

package driver

import (
	"io"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/pattern"
	"github.com/complaintlint/complaintlint/lint/report"
)

var sink any

func benchSource(b *testing.B, size int) []byte {
	b.Helper()
	src := []byte(syntheticComplaint(size))
	b.SetBytes(int64(len(src)))
	return src
}

// BenchmarkPipeline60KB is the whole pipeline on a 60 KB complaint: read,
// model, sentences, every rule.
func BenchmarkPipeline60KB(b *testing.B) {
	src := benchSource(b, 60<<10)
	opts := Options{Checks: checks.All}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		pattern.ResetMemo() // each iteration pays what a new file pays
		s, err := input.Read("bench.txt", src, "")
		if err != nil {
			b.Fatal(err)
		}
		sink = LintSource(s, opts)
	}
}

func BenchmarkRead(b *testing.B) {
	src := benchSource(b, 60<<10)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s, _ := input.Read("bench.txt", src, "")
		sink = s
	}
}

// BenchmarkModel builds the document model (paragraphs, sections, counts,
// sentences, incorporation, definitions).
func BenchmarkModel(b *testing.B) {
	src := benchSource(b, 60<<10)
	s, _ := input.Read("bench.txt", src, "")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = document.Build(s)
	}
}

func BenchmarkTokens(b *testing.B) {
	src := benchSource(b, 60<<10)
	s, _ := input.Read("bench.txt", src, "")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := document.Build(s)
		sink = d.Tokens()
	}
}

// BenchmarkRules runs each rule family alone on a prebuilt model.
func BenchmarkRules(b *testing.B) {
	src := benchSource(b, 60<<10)
	s, _ := input.Read("bench.txt", src, "")
	d := document.Build(s)
	families := map[string][]*lint.Check{}
	for _, c := range checks.All {
		fam := string(c.Family)
		if fam == "" {
			fam = "general"
		}
		families[fam] = append(families[fam], c)
	}
	for fam, cs := range families {
		b.Run(fam, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				pattern.ResetMemo()
				fs, _ := lint.Run(d, cs, lint.Options{})
				sink = fs
			}
		})
	}
}

func BenchmarkReporters(b *testing.B) {
	src := benchSource(b, 60<<10)
	s, _ := input.Read("bench.txt", src, "")
	res := []lint.FileResult{LintSource(s, Options{Checks: checks.All})}
	reporters := map[string]report.Reporter{
		"text": report.Text{}, "line": report.Line{}, "json": report.JSON{},
		"sarif": report.SARIF{}, "github": report.GitHub{}, "checkstyle": report.Checkstyle{},
		"html": report.HTML{},
	}
	for name, r := range reporters {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := r.Report(io.Discard, res); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
