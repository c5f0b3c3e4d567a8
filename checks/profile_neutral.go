package checks

import "github.com/complaintlint/complaintlint/lint"

// neutralForum is how the copyright and § 1201 rules speak in a forum with
// no profile of its own (RULES-FORUM.md §F1.4): statute text and Supreme
// Court authority, and Second Circuit decisions only as an example labelled
// with their court — never "S.D.N.Y. courts require" to a court in
// Washington or Denver. Severities follow the forum policy as before
// (lint.Check.calibrated); only authority and messages change here.
var neutralForum = map[string]lint.Variant{
	"copyright-infringement-period-missing": {
		Change:    "authority",
		Authority: cite(authRule8, authIqbal, auth507b),
		Message:   "This copyright count never says when the accused copying happened; Rule 8 and Iqbal call for facts showing what Defendant did, and when, and § 507(b) measures the limitations period from the acts (e.g. Liveperson (S.D.N.Y.) dismissed a software-copying claim for this gap).",
	},
	"copyright-accused-acts-unspecified":         {Change: "authority", Authority: cite(auth106, authIqbal)},
	"copyright-registration-missing":             {Change: "authority", Authority: cite(auth411, authFourthEstate)},
	"copyright-works-ownership-unidentified":     {Change: "authority", Authority: authOwnership},
	"copyright-protectable-expression-unalleged": {Change: "authority", Authority: auth102b},
	"dmca-1201-measure-unidentified": {
		Change:    "authority",
		Authority: cite(auth1201a3B, authLiveperson),
		Message:   "The DMCA count never names the technological measure (password, encryption, key, handshake, token) that controlled access to the work; courts have dismissed such counts (e.g. Liveperson (S.D.N.Y.)).",
	},
	"dmca-1201-mimicry-or-reverse-engineering": {Change: "authority", Authority: cite(authCircumvention, authInterop)},
}
