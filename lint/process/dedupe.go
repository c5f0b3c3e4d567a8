package process

import "github.com/complaintlint/complaintlint/lint"

// Dedupe drops exact repeats (same rule, span, message and count), which
// arise when one sentence is in the scope of a check twice; the first one
// is kept. Repeated boilerplate at different places is never merged: each
// place keeps its finding. Nor are two counts' findings on one sentence
// they share (a statement set out in the facts both counts incorporate):
// each count has the gap, and its element chart points at its own finding.
type Dedupe struct{}

// Name implements Processor.
func (Dedupe) Name() string { return "dedupe" }

// Process implements Processor.
func (Dedupe) Process(r *lint.FileResult) {
	if len(r.Findings) < 2 {
		return
	}
	type key struct {
		rule    string
		span    lint.Span
		message string
		count   int
	}
	seen := make(map[key]bool, len(r.Findings))
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		k := key{f.Rule, f.Span, f.Message, f.CountIndex}
		if seen[k] {
			continue
		}
		seen[k] = true
		kept = append(kept, f)
	}
	r.Findings = kept
}
