package checks

import (
	"github.com/complaintlint/complaintlint/checks/cfaa"
	"github.com/complaintlint/complaintlint/checks/contract"
	"github.com/complaintlint/complaintlint/checks/copyright"
	"github.com/complaintlint/complaintlint/checks/dmca"
	"github.com/complaintlint/complaintlint/checks/interference"
	"github.com/complaintlint/complaintlint/checks/lanham"
	"github.com/complaintlint/complaintlint/checks/pleading"
	"github.com/complaintlint/complaintlint/checks/tradesecret"
	"github.com/complaintlint/complaintlint/checks/ucl"
	"github.com/complaintlint/complaintlint/checks/unfaircomp"
	"github.com/complaintlint/complaintlint/lint"
)

// All is every rule, in the order of RULES.md §3. There is no init-time
// self-registration: a rule exists when one of the section lists below
// names it (a section may take rules from several family packages).
var All = withElements(withForumProfiles(withPolicy(join(
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
))))

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

// forumRules lists the rules of RULES-FORUM.md §F1-F2: the forum notice
// and the heading-citation check of claim classification.
var forumRules = []*lint.Check{
	pleading.ForumAssumed,
	pleading.ClaimHeadingStatuteMismatch,
}

// copyrightRules lists the rules of RULES.md §3.A in the order RULES.md gives them.
var copyrightRules = []*lint.Check{
	copyright.CopyrightInfringementPeriodMissing,
	copyright.CopyrightAccusedActsUnspecified,
	copyright.CopyrightRegistrationMissing,
	copyright.CopyrightWorksOwnershipUnidentified,
	copyright.CopyrightProtectableExpressionUnalleged,
	copyright.CopyrightRegistrationTimingRemedies,
}

// dmcaRules lists the rules of RULES.md §3.B in the order RULES.md gives them.
var dmcaRules = []*lint.Check{
	dmca.DMCA1201MeasureUnidentified,
	dmca.DMCA1201CircumventionActMissing,
	dmca.DMCA1201AuthorizedAccess,
	dmca.DMCA1201MimicryOrReverseEngineering,
	dmca.DMCA1201ProtectedWorkUnidentified,
}

// cfaaRules lists the rules of RULES.md §3.C in the order RULES.md gives them.
var cfaaRules = []*lint.Check{
	cfaa.CFAAExceedsAuthorizedAccessMisuse,
	cfaa.CFAAWithoutAuthorizationUnsupported,
	cfaa.CFAALossThresholdUnpled,
	cfaa.CFAALossNotSystemCosts,
	cfaa.CFAASubsectionTheoryMismatch,
	cfaa.CFAALimitationsWindow,
}

// lanhamRules lists the rules of RULES.md §3.D in the order RULES.md gives them.
var lanhamRules = []*lint.Check{
	lanham.LanhamAdContentContextMissing,
	lanham.LanhamDisseminationNotAdvertising,
	lanham.LanhamFalsityTheoryUnstated,
	lanham.LanhamMaterialityInjuryUnpled,
	lanham.LanhamPufferyRisk,
	lanham.LanhamDastarOriginOfIdea,
}

// nyInterference lists the rules of RULES.md §3.E in the order RULES.md gives them.
var nyInterference = []*lint.Check{
	interference.NYInterferenceAtWillEmployees,
	interference.NYInterferenceThirdPartyUnidentified,
	interference.NYInterferenceWrongfulMeansMissing,
	interference.NYInterferenceContractBreachMissing,
}

// nyUnfairComp lists the rules of RULES.md §3.F in the order RULES.md gives them.
var nyUnfairComp = []*lint.Check{
	unfaircomp.NYUnfairCompetitionBadFaithMisappropriationMissing,
	pleading.StateClaimCopyrightPreemptionRisk,
}

// generalRules lists the rules of RULES.md §3.G in the order RULES.md gives them.
var generalRules = []*lint.Check{
	pleading.PlausibilityConclusoryAllegation,
	pleading.PlausibilityInformationAndBeliefUnsupported,
	pleading.PleadingShotgunIncorporation,
	pleading.PleadingGroupDefendants,
}

// survivingClaims lists the rules of RULES.md §3.H in the order RULES.md gives them.
var survivingClaims = []*lint.Check{
	tradesecret.TradeSecretIdentificationGeneric,
	tradesecret.TradeSecretSecrecyMeasuresMissing,
	tradesecret.TradeSecretMisappropriationFactsMissing,
	contract.ContractProvisionsUnidentified,
	pleading.UnjustEnrichmentDuplicative,
}

// ninthRules lists the rules of RULES-FORUM.md §F3.3 in the order it gives
// them: one Ninth Circuit federal rule, then the California rules.
var ninthRules = []*lint.Check{
	cfaa.CFAAPublicDataScraping,
	interference.CAInterferenceIndependentlyWrongfulActMissing,
	interference.CAInterferenceAtWillEmployees,
	interference.CAInterferenceRelationshipUnidentified,
	ucl.CAUCLStandingLostMoneyProperty,
	ucl.CAUCLUnlawfulPredicateMissing,
	ucl.CAUCLRemedyMismatch,
	ucl.CAFALStatementUnidentified,
	ucl.CACUTSASupersessionRisk,
	tradesecret.CATradeSecret2019210Identification,
	ucl.CAUnjustEnrichmentStandalone,
}

// dmca1202Rules lists the rules of RULES-FORUM.md §F4.
var dmca1202Rules = []*lint.Check{
	dmca.DMCA1202CMIUnidentified,
	dmca.DMCA1202RemovalFactsMissing,
	dmca.DMCA1202ScienterUnpled,
	dmca.DMCA1202IdenticalityRisk,
	dmca.DMCA1202StandingInjuryUnpled,
}
