package checks

import "github.com/complaintlint/complaintlint/lint"

// nyInterference lists the rules of RULES.md §3.E in the order RULES.md gives them.
var nyInterference = []*lint.Check{
	NYInterferenceAtWillEmployees,
	NYInterferenceThirdPartyUnidentified,
	NYInterferenceWrongfulMeansMissing,
	NYInterferenceContractBreachMissing,
}
