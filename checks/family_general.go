package checks

import "github.com/complaintlint/complaintlint/lint"

// generalRules lists the rules of RULES.md §3.G in the order RULES.md gives them.
var generalRules = []*lint.Check{
	PlausibilityConclusoryAllegation,
	PlausibilityInformationAndBeliefUnsupported,
	PleadingShotgunIncorporation,
	PleadingGroupDefendants,
}
