package process

import "github.com/complaintlint/complaintlint/lint"

// Sort orders the findings by position, then rule (lint.Sort), so the
// output is the same on every run whatever order the checks ran in.
type Sort struct{}

// Name implements Processor.
func (Sort) Name() string { return "sort" }

// Process implements Processor.
func (Sort) Process(r *lint.FileResult) { lint.Sort(r.Findings) }
