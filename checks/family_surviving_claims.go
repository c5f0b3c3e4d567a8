package checks

import "github.com/complaintlint/complaintlint/lint"

// survivingClaims lists the rules of RULES.md §3.H in the order RULES.md gives them.
var survivingClaims = []*lint.Check{
	TradeSecretIdentificationGeneric,
	TradeSecretSecrecyMeasuresMissing,
	TradeSecretMisappropriationFactsMissing,
	ContractProvisionsUnidentified,
	UnjustEnrichmentDuplicative,
}
