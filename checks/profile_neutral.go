package checks

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/lint"
)

// neutralCircuit is RULES-FORUM.md §F1.4 for federal-law rules in a circuit
// with no profile of its own (1st, 3d-8th, 10th, 11th, D.C., Federal) and
// when no caption names the court: the authority is the statute, the
// Supreme Court, and an out-of-circuit case only where the rule rests on it
// as widely followed, labelled with its court. RULES.md's Second Circuit
// and S.D.N.Y. cases (Kelly, Liveperson, Nexans, Time Warner Cable, ...) are
// that forum's law, not the forum's here, so they are left out, and so is
// any message that states an S.D.N.Y. practice. Severity is unchanged: the
// rules whose sole basis is one circuit's doctrine already drop a level
// there (Policy.Circuits).
var neutralCircuit = map[string]lint.Variant{
	"copyright-infringement-period-missing": {
		Change:    "authority",
		Authority: authority.Cite(authority.Rule8, authority.Iqbal, authority.Section507b),
		Message:   "This copyright count never says when the accused copying happened; Rule 8 and Iqbal call for facts showing what Defendant did, and when, and § 507(b) measures the limitations period from the acts.",
	},
	"copyright-accused-acts-unspecified":         {Change: "authority", Authority: authority.Cite(authority.Section106, authority.Iqbal)},
	"copyright-works-ownership-unidentified":     {Change: "authority", Authority: authority.Ownership},
	"copyright-protectable-expression-unalleged": {Change: "authority", Authority: authority.Section102b},
	"copyright-registration-missing":             {Change: "authority", Authority: authority.Cite(authority.Section411, authority.FourthEstate)},
	"dmca-1201-measure-unidentified": {
		Change:    "authority",
		Authority: authority.DMCA,
		Message:   "The DMCA count never names the technological measure (password, encryption, key, handshake, token) that controlled access to the work; courts have dismissed § 1201(a) counts that named none.",
	},
	"dmca-1201-authorized-access":              {Change: "authority", Authority: authority.Circumvention},
	"dmca-1201-mimicry-or-reverse-engineering": {Change: "authority", Authority: authority.Cite(authority.Circumvention, authority.Interop)},
	// § 1202 (RULES-FORUM.md §F4): outside the Second and Ninth Circuits
	// the split among district courts is not the forum's law; the statute
	// and the Supreme Court carry the message.
	"dmca-1202-cmi-unidentified":       {Change: "authority", Authority: authority.Section1202c},
	"dmca-1202-removal-facts-missing":  {Change: "authority", Authority: authority.Section1202},
	"dmca-1202-scienter-unpled":        {Change: "authority", Authority: authority.Section1202b},
	"dmca-1202-standing-injury-unpled": {Change: "authority", Authority: authority.TransUnion},
	"cfaa-exceeds-authorized-access-misuse": {
		Change:    "authority",
		Authority: authority.Cite(authority.CFAAExceeds, authority.VanBuren),
		Message:   "The CFAA exceeds-authorized-access theory rests on misuse of information Defendant was allowed to reach; after Van Buren that is not a violation.",
	},
	"cfaa-without-authorization-unsupported": {Change: "authority", Authority: authority.VanBuren},
	"cfaa-loss-threshold-unpled":             {Change: "authority", Authority: authority.CFAAThreshold},
	"cfaa-loss-not-system-costs":             {Change: "authority", Authority: authority.Cite(authority.CFAALoss, authority.VanBuren)},
	"lanham-ad-content-context-missing": {
		Change:    "authority",
		Authority: authority.LanhamFA,
		Message:   "The false-advertising count does not set out the challenged statement in context (exact words, where, when, to whom); courts read ads as a whole.",
	},
	"lanham-dissemination-not-advertising":            {Change: "authority", Authority: authority.LanhamFA},
	"lanham-falsity-theory-unstated":                  {Change: "authority", Authority: authority.LanhamFA},
	"lanham-materiality-injury-unpled":                {Change: "authority", Authority: authority.Cite(authority.LanhamFA, authority.Lexmark)},
	"lanham-puffery-risk":                             {Change: "authority", Authority: authority.LanhamFA},
	"state-claim-copyright-preemption-risk":           {Change: "authority", Authority: authority.Copyright301},
	"plausibility-information-and-belief-unsupported": {Change: "authority", Authority: authority.Cite(authority.Twombly, authority.Iqbal)},
	"pleading-group-defendants":                       {Change: "authority", Authority: authority.Cite(authority.Rule8, authority.Weiland)},
	"trade-secret-identification-generic":             {Change: "authority", Authority: authority.DTSADefinition},
	"trade-secret-secrecy-measures-missing":           {Change: "authority", Authority: authority.DTSADefinition},
	"trade-secret-misappropriation-facts-missing":     {Change: "authority", Authority: authority.DTSAMisapp},
}

// otherState is RULES-FORUM.md §F1.4 for the state-law rules RULES.md
// writes to New York law that still run on a count governed by another
// state's law, or by none the complaint or flags name: "generic rules
// (contract-provisions-unidentified with neutral wording) may run". Harsco
// states New York's elements of a contract claim, so elsewhere the finding
// rests on what holds in every federal court: Rule 8(a)(2) and Iqbal's
// demand for facts, here the term breached and the conduct that breached
// it. California has its own variant (profile_ninth.go); the New York-only
// rules (unjust-enrichment-duplicative, ny-*) do not run off New York law
// at all.
var otherState = map[string]lint.Variant{
	"contract-provisions-unidentified": {Change: "authority", Authority: authority.Cite(authority.Rule8, authority.Iqbal)},
}
