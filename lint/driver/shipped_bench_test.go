//go:build !(js && wasm)

package driver

import (
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// shippedComplaint is the 60 KB case of .ci/bench: two long complaints
// shipped in testdata, one after the other. Unlike the synthetic source its
// counts plead real claims, so classification and the copyright and DMCA
// rules do the work they do on a user's file.
func shippedComplaint(b *testing.B) []byte {
	b.Helper()
	src := linttest.Complaint60KB(b)
	b.SetBytes(int64(len(src)))
	return src
}

// BenchmarkShippedPipeline is the whole pipeline on the shipped 60 KB
// complaint.
func BenchmarkShippedPipeline(b *testing.B) {
	src := shippedComplaint(b)
	opts := Options{Checks: checks.All}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		pattern.ResetMemo()
		s, err := input.Read("bench.txt", src, "")
		if err != nil {
			b.Fatal(err)
		}
		sink = LintSource(s, opts)
	}
}

// BenchmarkShippedModel builds the document model of the shipped 60 KB
// complaint: paragraphs, counts and their classification, sentences.
func BenchmarkShippedModel(b *testing.B) {
	src := shippedComplaint(b)
	s, err := input.Read("bench.txt", src, "")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		pattern.ResetMemo()
		sink = document.Build(s)
	}
}
