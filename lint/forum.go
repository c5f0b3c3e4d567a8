package lint

import (
	"github.com/complaintlint/complaintlint/lint/document"
)

// Variant is how a rule behaves under a forum profile other than the one
// RULES.md is written for (the Second Circuit and New York): RULES-FORUM.md
// §F3.2 says, rule by rule, whether it runs unchanged, with other authority
// or severity, is replaced by another rule, or does not run.
type Variant struct {
	// Change is the §F3.2 column as `rules --profile` prints it:
	// "authority", "severity", "authority + severity", "replaced", "off".
	Change string
	// Off: the rule does not run. ReplacedBy names the rule that reads the
	// same element instead (the rule is off too).
	Off        bool
	ReplacedBy string
	// Authority and Message replace the rule's defaults when set; a message
	// the rule builds itself is kept.
	Authority string
	Message   string
	// HasSeverity sets the default severity to Severity.
	HasSeverity bool
	Severity    Severity
	// EscalateWith raises a finding to EscalateTo when the named rule also
	// reports on the same count ("warning only when the accused acts are
	// unspecified too").
	EscalateWith string
	EscalateTo   Severity
}

// variant returns the rule's behaviour under the profile for a count
// governed by state law st, or nil when RULES.md applies as written. A
// variant keyed by a state ("CA") answers for state-law rules; one keyed by
// a circuit ("9") for federal-law rules.
func (c *Check) variant(circuit, st string) *Variant {
	if v, ok := c.Forum[st]; ok && st != "" {
		return &v
	}
	if v, ok := c.Forum[circuit]; ok && circuit != "" {
		return &v
	}
	return nil
}

// VariantIn is the rule's behaviour under a profile (nil: as RULES.md).
func (c *Check) VariantIn(p Profile) *Variant { return c.variant(p.Circuit, p.State) }

// GoverningState is the state whose law governs a count (RULES-FORUM.md
// §F1.3, steps 2 and 4): the state whose law or code the count names in its
// heading or own text, else the profile's state. A count naming both New
// York and California law keeps the profile's state when it is one of them.
func GoverningState(doc *document.Document, ci int, prof Profile) string {
	if ci < 0 || ci >= len(doc.Counts) {
		return prof.State
	}
	c := &doc.Counts[ci]
	ny, ca := c.CitesNY, c.CitesCA
	switch {
	case ca && ny:
		if prof.State == "NY" || prof.State == "CA" {
			return prof.State
		}
		return "CA"
	case ca:
		return "CA"
	case ny:
		return "NY"
	}
	return prof.State
}

// ForumProfileName names the profile a finding was produced under, as
// RULES-FORUM.md §F5.6 prints it: "9th/CA", "2d/NY"; "neutral" for a
// circuit with no profile of its own.
func ForumProfileName(circuit, st string) string {
	var cir string
	switch circuit {
	case "2":
		cir = "2d"
	case "9":
		cir = "9th"
	default:
		cir = "neutral"
	}
	if st == "" {
		return cir
	}
	return cir + "/" + st
}
