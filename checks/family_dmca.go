package checks

import "github.com/complaintlint/complaintlint/lint"

// dmcaRules lists the rules of RULES.md §3.B in the order RULES.md gives them.
var dmcaRules = []*lint.Check{
	DMCA1201MeasureUnidentified,
	DMCA1201CircumventionActMissing,
	DMCA1201AuthorizedAccess,
	DMCA1201MimicryOrReverseEngineering,
	DMCA1201ProtectedWorkUnidentified,
}
