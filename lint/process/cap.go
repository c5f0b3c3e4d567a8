package process

import (
	"fmt"

	"github.com/complaintlint/complaintlint/lint"
)

// CapRule is the rule of the finding that stands for the findings a cap
// left out.
const CapRule = "too-many-findings"

// Cap keeps at most Max findings of a file (--max-findings; 0: no cap),
// the first ones in order, and puts after them one finding saying how many
// were left out, so a pasted-in exhibit cannot flood a report or an
// editor.
type Cap struct {
	Max int
}

// Name implements Processor.
func (Cap) Name() string { return "cap" }

// Process implements Processor.
func (c Cap) Process(r *lint.FileResult) {
	if c.Max <= 0 || len(r.Findings) <= c.Max {
		return
	}
	left := len(r.Findings) - c.Max
	last := r.Findings[c.Max-1]
	r.Findings = append(r.Findings[:c.Max:c.Max], lint.Finding{
		Rule: CapRule, Severity: lint.Info, Span: lint.Span{Start: last.Span.Start, End: last.Span.Start},
		Message:    fmt.Sprintf("%d more findings not shown (limit %d per file); fix the ones above or raise --max-findings", left, c.Max),
		CountIndex: -1,
	})
}
