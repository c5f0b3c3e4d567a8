package checks

import "github.com/complaintlint/complaintlint/lint"

// nyUnfairComp lists the rules of RULES.md §3.F in the order RULES.md gives them.
var nyUnfairComp = []*lint.Check{
	NYUnfairCompetitionBadFaithMisappropriationMissing,
	StateClaimCopyrightPreemptionRisk,
}
