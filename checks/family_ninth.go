package checks

import "github.com/complaintlint/complaintlint/lint"

// ninthRules lists the rules of RULES-FORUM.md §F3.3 in the order it gives
// them: one Ninth Circuit federal rule, then the California rules.
var ninthRules = []*lint.Check{
	CFAAPublicDataScraping,
	CAInterferenceIndependentlyWrongfulActMissing,
	CAInterferenceAtWillEmployees,
	CAInterferenceRelationshipUnidentified,
	CAUCLStandingLostMoneyProperty,
	CAUCLUnlawfulPredicateMissing,
	CAUCLRemedyMismatch,
	CAFALStatementUnidentified,
	CACUTSASupersessionRisk,
	CATradeSecret2019210Identification,
	CAUnjustEnrichmentStandalone,
}

// dmca1202Rules lists the rules of RULES-FORUM.md §F4.
var dmca1202Rules = []*lint.Check{
	DMCA1202CMIUnidentified,
	DMCA1202RemovalFactsMissing,
	DMCA1202ScienterUnpled,
	DMCA1202IdenticalityRisk,
	DMCA1202StandingInjuryUnpled,
}
