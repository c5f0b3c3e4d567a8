package checks

import "github.com/complaintlint/complaintlint/lint"

// All is every rule, in the order of RULES.md §3. There is no init-time
// self-registration: a rule exists when its family's list names it.
var All = withForumProfiles(withPolicy(join(
	forumRules,      // RULES-FORUM.md §F1-F2
	copyrightRules,  // §3.A
	dmcaRules,       // §3.B
	cfaaRules,       // §3.C
	lanhamRules,     // §3.D
	nyInterference,  // §3.E
	nyUnfairComp,    // §3.F
	generalRules,    // §3.G
	survivingClaims, // §3.H
	ninthRules,      // RULES-FORUM.md §F3.3
	dmca1202Rules,   // RULES-FORUM.md §F4
)))

func join(lists ...[]*lint.Check) []*lint.Check {
	var out []*lint.Check
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// ByID finds a rule.
func ByID(id string) *lint.Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}
