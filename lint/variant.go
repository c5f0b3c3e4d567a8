package lint

import (
	"slices"

	"github.com/complaintlint/complaintlint/lint/forum"
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

// NeutralProfile keys the variant a rule takes in a circuit with no
// profile of its own, or when the forum is unknown (RULES-FORUM.md §F1.4):
// RULES.md cites Second Circuit and S.D.N.Y. cases, which elsewhere are
// neither the forum's law nor "widely followed" practice, so there the rule
// speaks with circuit-neutral authority (statute, Supreme Court).
const NeutralProfile = "neutral"

// OtherStateProfile keys the variant a state-law rule written to New York
// law (RULES.md) takes on a count governed by the law of a state that has
// no variant of its own, or by no known state (RULES-FORUM.md §F1.4: such
// generic rules run "with neutral wording"): a New York case is not that
// state's law, whichever circuit the court sits in.
const OtherStateProfile = "other-state"

// variant returns the rule's behaviour under the profile for a count
// governed by state law st, or nil when RULES.md applies as written. A
// variant keyed by a state ("CA") answers for state-law rules; one keyed by
// a circuit ("9") for federal-law rules; the neutral one for federal-law
// rules in every circuit without a profile.
func (c *Check) variant(circuit, st string) *Variant {
	if v, ok := c.Variants[st]; ok && st != "" {
		return &v
	}
	if v, ok := c.Variants[OtherStateProfile]; ok && st != "NY" {
		return &v
	}
	if v, ok := c.Variants[circuit]; ok && circuit != "" {
		return &v
	}
	if v, ok := c.Variants[NeutralProfile]; ok && !forum.HasProfile(circuit) {
		return &v
	}
	return nil
}

// VariantIn is the rule's behaviour under a profile (nil: as RULES.md).
func (c *Check) VariantIn(p Profile) *Variant { return c.variant(p.Circuit, p.State) }

// SeverityUnder is the severity the rule's findings take by default under a
// profile, after the forum's severity policy: what `rules --profile` lists.
func (c *Check) SeverityUnder(p Profile) Severity { return c.calibrated(c.SeverityIn(p), p.Circuit) }

// calibrated applies the forum side of the severity policy (RULES-FORUM.md
// §F5, §F1.4) to a severity: a rule resting on one circuit's doctrine drops
// a level outside it; in a forum with no profile an error becomes a
// warning. An explicit severity for the circuit (CircuitSeverity) stands.
func (c *Check) calibrated(s Severity, circuit string) Severity {
	if _, set := c.CircuitSeverity[circuit]; set {
		return s
	}
	if len(c.Policy.Circuits) > 0 && !slices.Contains(c.Policy.Circuits, circuit) {
		return s.Lower()
	}
	if !forum.HasProfile(circuit) && s == Error {
		return Warning
	}
	return s
}
