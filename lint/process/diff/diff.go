// Package diff is the processor that keeps the findings on the lines a
// change touched (--diff). It runs git, so it lives apart from the other
// processors: the browser build, which cannot run programs, does not link
// it.
package diff

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/gitdiff"
)

// Diff keeps the findings on lines changed since a git revision. A file
// git cannot compare keeps its findings and gets the error, so nothing is
// hidden by a failed comparison.
type Diff struct {
	Rev string
}

// Name implements process.Processor.
func (Diff) Name() string { return "diff" }

// Process implements process.Processor.
func (d Diff) Process(r *lint.FileResult) {
	lines, err := gitdiff.Changed(d.Rev, r.Path)
	if err != nil {
		r.CheckErrors = append(r.CheckErrors, err)
		return
	}
	gitdiff.Filter(r, lines)
}
