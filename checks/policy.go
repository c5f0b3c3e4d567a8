package checks

import (
	"github.com/complaintlint/complaintlint/lint"
)

// severityPolicy is the rule side of RULES-FORUM.md §F5 and §F1.4: what
// each rule's authority rests on, which decides where it runs and how its
// severity follows the forum. Rules not listed rest on statute text or the
// Supreme Court and keep their severity in every profiled circuit; in a
// circuit with no profile an error becomes a warning (lint.Pass applies
// that for every rule).
var severityPolicy = map[string]struct {
	lint.Policy
	// State is the state whose law the rule applies, for rules whose file
	// does not say so itself.
	State string
}{
	// Kelly is a Second Circuit district-court test: error only there
	// (§F5.1, §F6 problem 5).
	"copyright-infringement-period-missing": {Policy: lint.Policy{Circuits: []string{"2"}}},
	// Federal pleading rules do not govern a state-court complaint (§F1.4).
	"plausibility-conclusory-allegation":              {Policy: lint.Policy{FederalPleading: true}},
	"plausibility-information-and-belief-unsupported": {Policy: lint.Policy{FederalPleading: true}},
	"pleading-group-defendants":                       {Policy: lint.Policy{FederalPleading: true}},
	"pleading-shotgun-incorporation":                  {Policy: lint.Policy{FederalPleading: true}},
	// Its requirement and message are New York's (Corsello).
	"unjust-enrichment-duplicative": {State: "NY"},
}

// withPolicy sets each rule's policy from severityPolicy.
func withPolicy(list []*lint.Check) []*lint.Check {
	for _, c := range list {
		p, ok := severityPolicy[c.ID]
		if !ok {
			continue
		}
		c.Policy = p.Policy
		if p.State != "" && c.State == "" {
			c.State = p.State
		}
	}
	return list
}
