package process

import "github.com/complaintlint/complaintlint/lint"

// MinSeverity drops the findings below a severity (--min-severity).
type MinSeverity struct {
	Min lint.Severity
}

// Name implements Processor.
func (MinSeverity) Name() string { return "min-severity" }

// Process implements Processor.
func (m MinSeverity) Process(r *lint.FileResult) {
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		if f.Severity >= m.Min {
			kept = append(kept, f)
		}
	}
	r.Findings = kept
}
