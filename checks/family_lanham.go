package checks

import "github.com/complaintlint/complaintlint/lint"

// lanhamRules lists the rules of RULES.md §3.D in the order RULES.md gives them.
var lanhamRules = []*lint.Check{
	LanhamAdContentContextMissing,
	LanhamDisseminationNotAdvertising,
	LanhamFalsityTheoryUnstated,
	LanhamMaterialityInjuryUnpled,
	LanhamPufferyRisk,
	LanhamDastarOriginOfIdea,
}
