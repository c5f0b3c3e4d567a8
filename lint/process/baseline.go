package process

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/baseline"
)

// Baseline leaves out the findings a baseline file records (--baseline).
// One Baseline serves every file of a run, so that what it says afterwards
// (Outcome: how many were left out, how many recorded findings are fixed)
// covers the whole run.
type Baseline struct {
	m *baseline.Matcher
}

// NewBaseline applies the baseline b, read from a file in dir.
func NewBaseline(b *baseline.File, dir string) *Baseline {
	return &Baseline{m: b.Matcher(dir)}
}

// Name implements Processor.
func (*Baseline) Name() string { return "baseline" }

// Process implements Processor.
func (b *Baseline) Process(r *lint.FileResult) { b.m.Apply(r) }

// Outcome is what the baseline did over the files processed so far.
func (b *Baseline) Outcome() baseline.Outcome { return b.m.Outcome() }
