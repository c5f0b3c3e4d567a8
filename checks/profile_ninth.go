package checks

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/lint"
)

// authISpot is RULES.md's credential case from the Central District of
// California, whose outcome (not reasoning) is verified.
const authISpot = "iSpot.tv, Inc. v. Teyfukova, No. 2:21-cv-06815 (C.D. Cal. May 22, 2023)"

// ninthCircuit is RULES-FORUM.md §F3.2: how each RULES.md rule behaves in
// the Ninth Circuit (federal-law rules, keyed "9") and under California law
// (state-law rules, keyed "CA"). A rule not listed runs as RULES.md writes
// it. Messages are rewritten only where the RULES.md message rests on a
// Second Circuit or New York authority.
var ninthCircuit = map[string]map[string]lint.Variant{
	"9": {
		"copyright-infringement-period-missing": {
			Change:      "authority + severity",
			Authority:   authority.Cite(authority.Rule8, authority.Iqbal, authority.Section507b),
			Message:     "This copyright count never says when the accused copying happened; Rule 8 and Iqbal call for facts showing what Defendant did, and when, and § 507(b) measures the limitations period from the acts (e.g. Liveperson (S.D.N.Y.) dismissed a software-copying claim for this gap).",
			HasSeverity: true, Severity: lint.Info,
			EscalateWith: "copyright-accused-acts-unspecified", EscalateTo: lint.Warning,
		},
		"copyright-accused-acts-unspecified":         {Change: "authority", Authority: authority.Cite(authority.Section106, authority.Skidmore, authority.MAI)},
		"copyright-works-ownership-unidentified":     {Change: "authority", Authority: authority.Cite(authority.Ownership, authority.Silvers)},
		"copyright-protectable-expression-unalleged": {Change: "authority", Authority: authority.Cite(authority.Section102b, authority.Skidmore, authority.AppleMS)},
		"copyright-registration-timing-remedies":     {Change: "authority", Authority: authority.Cite(authority.Section412, authority.DerekAndrew)},
		"dmca-1201-measure-unidentified": {
			Change:    "authority",
			Authority: authority.Cite(authority.Section1201a3B, authority.MDY),
			Message:   "The DMCA count says Defendant circumvented 'security measures' but never names the technological measure (password, encryption, key, handshake, token) that controlled access to the work; courts have dismissed such counts (e.g. Liveperson (S.D.N.Y.)).",
		},
		"dmca-1201-authorized-access": {Change: "authority", Authority: authority.Cite(authority.Circumvention, authISpot, authority.VidAngel)},
		"cfaa-exceeds-authorized-access-misuse": {
			Change:    "authority",
			Authority: authority.Cite(authority.CFAAExceeds, authority.Nosal, authority.VanBuren),
			Message:   "The CFAA 'exceeds authorized access' theory rests on misuse of information Defendant was allowed to reach; under Nosal (en banc) and Van Buren that is not a violation.",
		},
		"cfaa-without-authorization-unsupported": {Change: "authority", Authority: authority.Cite(authority.VanBuren, authority.Brekka, authority.PowerVentures, authority.HiQ)},
		"cfaa-loss-not-system-costs":             {Change: "authority", Authority: authority.Cite(authority.CFAALoss, authority.VanBuren, authority.Andrews)},
		"lanham-ad-content-context-missing": {
			Change:    "authority",
			Authority: authority.Cite(authority.LanhamFA, authority.SouthlandSod),
			Message:   "The false-advertising count does not set out the challenged statement in context (exact words, where, when, to whom); the first element is a false statement of fact in a commercial advertisement (Southland Sod), and courts read ads as a whole.",
		},
		"lanham-dissemination-not-advertising":            {Change: "authority", Authority: authority.Cite(authority.LanhamFA, authority.Coastal, authority.Ariix)},
		"lanham-falsity-theory-unstated":                  {Change: "authority", Authority: authority.Cite(authority.LanhamFA, authority.SouthlandSod)},
		"lanham-materiality-injury-unpled":                {Change: "authority", Authority: authority.Cite(authority.SouthlandSod, authority.Lexmark)},
		"lanham-puffery-risk":                             {Change: "authority", Authority: authority.Cite(authority.Newcal, authority.CookPerkiss)},
		"lanham-dastar-origin-of-idea":                    {Change: "authority", Authority: authority.Cite(authority.Dastar, authority.BadenSports, authority.Sybersound)},
		"state-claim-copyright-preemption-risk":           {Change: "authority", Authority: authority.Cite(authority.Copyright301, authority.Laws, authority.Kodadek, authority.Montz)},
		"plausibility-conclusory-allegation":              {Change: "authority", Authority: authority.Cite(authority.Twombly, authority.Iqbal, authority.Starr)},
		"plausibility-information-and-belief-unsupported": {Change: "authority", Authority: authority.Cite(authority.Twombly, authority.SooPark)},
		"pleading-shotgun-incorporation":                  {Change: "authority", Authority: authority.Cite(authority.Rule8, authority.McHenry)},
		"pleading-group-defendants":                       {Change: "authority", Authority: authority.Cite(authority.Rule8, authority.Destfino, authority.Swartz)},
		"trade-secret-identification-generic":             {Change: "authority", Authority: authority.Cite(authority.CUTSADef, authority.DTSADefinition, authority.InteliClear, authority.Imax)},
		"trade-secret-secrecy-measures-missing":           {Change: "authority", Authority: authority.Cite(authority.CUTSADef, authority.DTSADefinition)},
		"trade-secret-misappropriation-facts-missing":     {Change: "authority", Authority: authority.Cite(authority.CUTSAMisapp, authority.DTSAMisapp)},
	},
	"CA": {
		"ny-interference-at-will-employees":                        {Change: "replaced", ReplacedBy: "ca-interference-at-will-employees"},
		"ny-interference-third-party-unidentified":                 {Change: "replaced", ReplacedBy: "ca-interference-relationship-unidentified"},
		"ny-interference-wrongful-means-missing":                   {Change: "replaced", ReplacedBy: "ca-interference-independently-wrongful-act-missing"},
		"ny-interference-contract-breach-missing":                  {Change: "off", Off: true},
		"ny-unfair-competition-bad-faith-misappropriation-missing": {Change: "off", Off: true},
		"unjust-enrichment-duplicative":                            {Change: "replaced", ReplacedBy: "ca-unjust-enrichment-standalone"},
		"contract-provisions-unidentified":                         {Change: "authority", Authority: authority.Oasis},
	},
}

// withForumProfiles attaches the profile tables to the rules they name.
// Building the list once at package initialisation is the only time a
// rule's value is written.
func withForumProfiles(list []*lint.Check) []*lint.Check {
	byID := map[string]*lint.Check{}
	for _, c := range list {
		byID[c.ID] = c
	}
	tables := map[string]map[string]lint.Variant{lint.NeutralProfile: neutralCircuit, lint.OtherStateProfile: otherState}
	for key, table := range ninthCircuit {
		tables[key] = table
	}
	for key, table := range tables {
		for id, v := range table {
			c := byID[id]
			if c == nil {
				panic("profile table names unknown rule " + id)
			}
			if c.Variants == nil {
				c.Variants = map[string]lint.Variant{}
			}
			c.Variants[key] = v
		}
	}
	return list
}
