package pattern_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// BenchmarkLintComplaint60KB is the cue engine at work on the complaint
// .ci/bench times as its 60 KB case (the Liveperson reconstruction and the
// twenty-count complaint, one after the other): the document model and
// every rule, each iteration on a fresh document with empty memos, as a
// new file would be. Peak memory is .ci/bench's to measure, on the whole
// process.
//
//	go test ./lint/pattern -run '^$' -bench LintComplaint -benchtime 20x
func BenchmarkLintComplaint60KB(b *testing.B) {
	src := linttest.Complaint60KB(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		pattern.ResetMemo()
		s, err := input.Read("c60.txt", src, "")
		if err != nil {
			b.Fatal(err)
		}
		findings, errs := lint.Run(document.Build(s), checks.All, lint.Options{})
		if len(findings) == 0 || len(errs) > 0 {
			b.Fatalf("%d findings, errors %v", len(findings), errs)
		}
	}
}
