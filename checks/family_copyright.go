package checks

import "github.com/complaintlint/complaintlint/lint"

// copyrightRules lists the rules of RULES.md §3.A in the order RULES.md gives them.
var copyrightRules = []*lint.Check{
	CopyrightInfringementPeriodMissing,
	CopyrightAccusedActsUnspecified,
	CopyrightRegistrationMissing,
	CopyrightWorksOwnershipUnidentified,
	CopyrightProtectableExpressionUnalleged,
	CopyrightRegistrationTimingRemedies,
}
