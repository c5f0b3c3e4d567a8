package process

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/suppress"
)

// Suppress marks the findings a directive in the document or an entry of
// the configuration covers (they stay, marked, for the machine formats)
// and adds a finding for each faulty directive.
type Suppress struct {
	// Known are the rules a directive may name.
	Known   []*lint.Check
	Entries []suppress.Entry
}

// Name implements Processor.
func (Suppress) Name() string { return "suppress" }

// Process implements Processor.
func (s Suppress) Process(r *lint.FileResult) { suppress.Apply(r, s.Known, s.Entries) }
