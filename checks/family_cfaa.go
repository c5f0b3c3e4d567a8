package checks

import "github.com/complaintlint/complaintlint/lint"

// cfaaRules lists the rules of RULES.md §3.C in the order RULES.md gives them.
var cfaaRules = []*lint.Check{
	CFAAExceedsAuthorizedAccessMisuse,
	CFAAWithoutAuthorizationUnsupported,
	CFAALossThresholdUnpled,
	CFAALossNotSystemCosts,
	CFAASubsectionTheoryMismatch,
	CFAALimitationsWindow,
}
