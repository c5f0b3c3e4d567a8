package lint

import (
	"github.com/complaintlint/complaintlint/lint/legal"
)

// Scope says what unit a check runs on.
type Scope int

// Scopes. A count check runs once per count of its family (or of every
// family when Family is empty); a document check runs once per document.
const (
	ScopeCount Scope = iota
	ScopeDocument
)

// Doc is a check's documentation, shown by `explain` and in SARIF help.
type Doc struct {
	// Requirement says what the law requires and why, in a sentence or two.
	Requirement string
	// Authority is the citation string, only from RULES.md, without any
	// unconfirmed pinpoint.
	Authority string
	// Insufficient and Sufficient are example allegations.
	Insufficient []string
	Sufficient   []string
	// Fix says what to add.
	Fix string
	// Message is the default message of a finding.
	Message string
	// Traps lists the false-positive traps the check avoids.
	Traps []string
	// Where, when set, says where the rule runs beyond its claim family and
	// governing law ("only in N.D., C.D., S.D. and E.D. Cal. and D. Haw.").
	Where string
}

// Check is one rule. A check never prints, never opens files and never
// knows the output format: it reads the Pass and reports findings.
type Check struct {
	ID    string
	Title string
	// Family is the claim family whose counts the check reads; empty means
	// every count (for ScopeCount) or the whole document (ScopeDocument).
	Family legal.Claim
	// AlsoFamilies are further families whose counts the check reads (the
	// Dastar rule reads false-association counts as well as
	// false-advertising ones, RULES.md §3.D).
	AlsoFamilies []legal.Claim
	Scope        Scope
	Severity     Severity
	Confidence   float64
	// NY marks rules that apply New York law: they run only on counts New
	// York law governs (RULES-FORUM.md §F1.3). Same as State "NY".
	NY bool
	// State is the state whose law the rule applies ("CA"): the rule runs
	// only on counts that state's law governs. Empty for federal and
	// general rules.
	State string
	// Policy says what the rule's authority rests on, which decides where
	// it runs and how its severity follows the forum (RULES-FORUM.md §F5).
	Policy Policy
	// CircuitSeverity overrides the default severity in named circuits
	// ("11" -> Warning for shotgun pleading).
	CircuitSeverity map[string]Severity
	// Variants say how the rule behaves under other forum profiles, keyed
	// by circuit ("9") for federal-law rules and by state ("CA") for
	// state-law rules (RULES-FORUM.md §F3.2).
	Variants map[string]Variant
	// Notice marks a rule that says what the linter assumed (the forum),
	// not a defect of the pleading: its findings never fail a run.
	Notice bool
	// Group names rules that share a noise budget: of the findings of one
	// group, at most one per paragraph (allegation) is kept — the most
	// serious. The pleading-hygiene rules of RULES.md §3.G form the group
	// "hygiene", so a long complaint shows one hygiene note per allegation
	// rather than several stacked on it.
	Group string
	Doc   Doc
	Run   func(*Pass)
	// Decides maps a finding of the rule to the elements it decides
	// (ELEMENTS.md): missing, or thin for an info or risk branch. Nil for
	// rules that decide no element.
	Decides func(p *Pass, f *Finding) []ElementMark
}

// Policy is a rule's entry in the severity policy (RULES-FORUM.md §F5 and
// §F1.4).
type Policy struct {
	// Circuits, when set, are the circuits whose doctrine is the rule's
	// sole basis (Kelly in the Second Circuit): elsewhere its findings drop
	// one level, unless CircuitSeverity names the circuit.
	Circuits []string
	// FederalPleading marks rules whose authority is a Federal Rule of
	// Civil Procedure (Rules 8, 9(b), 10(b), 12(e)) or Twombly/Iqbal: they
	// do not run on a complaint captioned in a state court.
	FederalPleading bool
}

// LawState is the state whose law the rule applies, "" for none.
func (c *Check) LawState() string {
	if c.State != "" {
		return c.State
	}
	if c.NY {
		return "NY"
	}
	return ""
}

// SeverityIn returns the check's default severity under a profile.
func (c *Check) SeverityIn(p Profile) Severity {
	if s, ok := c.CircuitSeverity[p.Circuit]; ok {
		return s
	}
	if v := c.VariantIn(p); v != nil && v.HasSeverity {
		return v.Severity
	}
	return c.Severity
}

// AuthorityIn is the authority the rule cites under a profile.
func (c *Check) AuthorityIn(p Profile) string {
	if v := c.VariantIn(p); v != nil && v.Authority != "" {
		return v.Authority
	}
	return c.Doc.Authority
}

// MessageIn is the rule's default message under a profile.
func (c *Check) MessageIn(p Profile) string {
	if v := c.VariantIn(p); v != nil && v.Message != "" {
		return v.Message
	}
	return c.Doc.Message
}

// RunsIn reports whether the rule runs at all under a profile: false when
// the profile turns it off or replaces it.
func (c *Check) RunsIn(p Profile) bool {
	v := c.VariantIn(p)
	return v == nil || (!v.Off && v.ReplacedBy == "")
}

// ReadsCount reports whether the check reads a count that has the families
// has reports.
func (c *Check) ReadsCount(has func(legal.Claim) bool) bool {
	if c.Family == "" || has(c.Family) {
		return true
	}
	for _, f := range c.AlsoFamilies {
		if has(f) {
			return true
		}
	}
	return false
}
