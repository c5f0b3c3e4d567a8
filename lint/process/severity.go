package process

import "github.com/complaintlint/complaintlint/lint"

// Severity regrades rules: the configuration's severity: map replaces a
// rule's severity in every finding of the rule.
type Severity struct {
	Override map[string]lint.Severity
}

// Name implements Processor.
func (Severity) Name() string { return "severity" }

// Process implements Processor.
func (s Severity) Process(r *lint.FileResult) {
	if len(s.Override) == 0 {
		return
	}
	for i := range r.Findings {
		if sev, ok := s.Override[r.Findings[i].Rule]; ok {
			r.Findings[i].Severity = sev
		}
	}
}
