package legal

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Claim is a claim family a count can plead (RULES-FORUM.md §F2.2, which
// replaces RULES.md §2.4).
type Claim string

// The claim families. ClaimOther is a recognised count of no family the
// rules know; checks scoped to "any count" still run on it. Families
// without rules of their own (ClaimCDAFA, ClaimGBL, ClaimDilution,
// ClaimCybersquatting, ClaimStateConsumer) are still assigned, so that
// another family's rules never read their counts.
const (
	ClaimCopyright Claim = "copyright"
	ClaimDMCA      Claim = "dmca1201"
	ClaimDMCA1202  Claim = "dmca1202"
	ClaimCFAA      Claim = "cfaa"
	ClaimCDAFA     Claim = "ca-cdafa"
	ClaimLanhamFA  Claim = "lanham-fa"
	ClaimLanhamA   Claim = "lanham-a"
	ClaimUCL       Claim = "ca-ucl"
	ClaimFAL       Claim = "ca-fal"
	ClaimGBL       Claim = "ny-gbl"
	// ClaimDilution is trademark dilution, federal (15 U.S.C. § 1125(c))
	// or state (Cal. Bus. & Prof. Code § 14247, N.Y. Gen. Bus. Law §
	// 360-l): fame and blurring or tarnishment, not confusion.
	ClaimDilution Claim = "trademark-dilution"
	// ClaimCybersquatting is 15 U.S.C. § 1125(d): a domain name registered
	// with a bad-faith intent to profit from a mark.
	ClaimCybersquatting Claim = "cybersquatting"
	// ClaimStateConsumer is a consumer-protection or deceptive-practices
	// statute of a state other than California's UCL/FAL and New York's
	// GBL §§ 349-350 (a Uniform Deceptive Trade Practices Act, a consumer
	// fraud act): never a Lanham Act count.
	ClaimStateConsumer    Claim = "state-consumer"
	ClaimInterference     Claim = "interference"
	ClaimUnfairComp       Claim = "common-law-unfair-comp"
	ClaimTradeSecret      Claim = "trade-secret"
	ClaimContract         Claim = "contract"
	ClaimUnjustEnrichment Claim = "unjust-enrichment"
	ClaimOther            Claim = "other"

	// ClaimUnfairCompNY is the earlier name of ClaimUnfairComp: the family
	// is common-law unfair competition, whose governing state picks the
	// rules (New York's under New York law).
	ClaimUnfairCompNY = ClaimUnfairComp
)

// AllClaims lists the families in a stable order.
var AllClaims = []Claim{ClaimCopyright, ClaimDMCA, ClaimDMCA1202, ClaimCFAA, ClaimCDAFA, ClaimLanhamFA, ClaimLanhamA,
	ClaimDilution, ClaimCybersquatting, ClaimUCL, ClaimFAL, ClaimGBL, ClaimStateConsumer, ClaimInterference, ClaimUnfairComp, ClaimTradeSecret, ClaimContract,
	ClaimUnjustEnrichment, ClaimOther}

// StateOf is the state whose statute defines the family ("CA" for the UCL),
// or "" for federal and common-law families.
func (c Claim) StateOf() string {
	switch c {
	case ClaimUCL, ClaimFAL, ClaimCDAFA:
		return "CA"
	case ClaimGBL:
		return "NY"
	}
	return ""
}

// Short is the label used in count names: "Count III (CFAA)".
func (c Claim) Short() string {
	switch c {
	case ClaimCopyright:
		return "Copyright"
	case ClaimDMCA:
		return "DMCA § 1201"
	case ClaimDMCA1202:
		return "DMCA § 1202"
	case ClaimCFAA:
		return "CFAA"
	case ClaimCDAFA:
		return "Cal. Penal Code § 502"
	case ClaimLanhamFA:
		return "Lanham Act false advertising"
	case ClaimLanhamA:
		return "Lanham Act § 43(a)(1)(A)"
	case ClaimUCL:
		return "UCL"
	case ClaimFAL:
		return "California false advertising"
	case ClaimGBL:
		return "N.Y. GBL"
	case ClaimDilution:
		return "Trademark dilution"
	case ClaimCybersquatting:
		return "Cybersquatting"
	case ClaimStateConsumer:
		return "State consumer statute"
	case ClaimInterference:
		return "Tortious interference"
	case ClaimUnfairComp:
		return "Unfair competition"
	case ClaimTradeSecret:
		return "Trade secrets"
	case ClaimContract:
		return "Breach of contract"
	case ClaimUnjustEnrichment:
		return "Unjust enrichment"
	}
	return "Other"
}

// Long names the family in a sentence: "removal of copyright management
// information (17 U.S.C. § 1202)".
func (c Claim) Long() string {
	switch c {
	case ClaimCopyright:
		return "copyright infringement"
	case ClaimDMCA:
		return "circumvention (17 U.S.C. § 1201)"
	case ClaimDMCA1202:
		return "removal or falsification of copyright management information (17 U.S.C. § 1202)"
	case ClaimCFAA:
		return "the Computer Fraud and Abuse Act"
	case ClaimCDAFA:
		return "California Penal Code § 502"
	case ClaimLanhamFA:
		return "Lanham Act false advertising"
	case ClaimLanhamA:
		return "Lanham Act false association or trademark infringement"
	case ClaimUCL:
		return "California's Unfair Competition Law"
	case ClaimFAL:
		return "California's False Advertising Law"
	case ClaimGBL:
		return "New York General Business Law §§ 349-350"
	case ClaimDilution:
		return "trademark dilution"
	case ClaimCybersquatting:
		return "cybersquatting (15 U.S.C. § 1125(d))"
	case ClaimStateConsumer:
		return "a state consumer-protection statute"
	case ClaimInterference:
		return "tortious interference"
	case ClaimUnfairComp:
		return "common-law unfair competition"
	case ClaimTradeSecret:
		return "trade-secret misappropriation"
	case ClaimContract:
		return "breach of contract"
	case ClaimUnjustEnrichment:
		return "unjust enrichment"
	}
	return "no recognised claim"
}

var (
	reHeadCopyright = pattern.MustPattern(`(?i)\bcopyright`)
	reHeadSecondary = pattern.MustPattern(`(?i)\b(?:contributory|vicarious|induced|inducement of) (?:copyright )?infringement`)
	reHeadInterfer  = pattern.MustPattern(`(?i)interference`)
	reHeadContract  = pattern.MustPattern(`(?i)breach of (?:the |an |its )?(?:\w+[- ]){0,4}(?:contract|agreement|covenant|license|warranty)|breach of (?:the )?implied covenant|\bcontract\b`)
	// A sales warranty (U.C.C. §§ 2-313 to 2-315): the affirmation on a
	// label or the merchantability the law implies, not a negotiated
	// agreement with provisions to cite.
	reHeadSalesWarranty = pattern.MustPattern(`(?i)\b(?:express|implied)[ ]+warrant(?:y|ies)\b|\bwarrant(?:y|ies)[ ]+of[ ]+(?:merchantability|fitness)\b|magnuson`)
	reHeadAgreement     = pattern.MustPattern(`(?i)\b(?:contract|agreement|covenant|license|licence)\b`)
	reHeadUE            = pattern.MustPattern(`(?i)unjust enrichment|quantum meruit|restitution`)
	reNYLaw             = pattern.MustPattern(`(?i)new york (?:common )?law|n\.y\.\s*(?:gen\.\s*bus\.|common law)|under the (?:common )?law of (?:the state of )?new york|new york general business law`)
)

// Recognize returns the claim families a count pleads, the primary first
// (see Classify).
func Recognize(heading, body string) []Claim { return Classify(heading, body).Families }

// CitesNewYorkLaw reports whether text invokes New York law, which turns on
// the NY-tagged rules whatever the configured profile says.
func CitesNewYorkLaw(text string) bool { return reNYLaw.MatchString(text) }

// CitesNewYorkLawText is CitesNewYorkLaw of t.
func CitesNewYorkLawText(t pattern.Text) bool { return reNYLaw.MatchText(t) }

// IsSalesWarranty reports a count heading that pleads a sales warranty
// ("Breach of Express Warranty", merchantability, Magnuson-Moss). Such a count
// is not a negotiated agreement with provisions to cite, but it is a contract
// claim all the same (U.C.C. Article 2), which an unjust-enrichment count
// resting on the same sale duplicates.
func IsSalesWarranty(heading string) bool { return reHeadSalesWarranty.MatchString(heading) }

// Normalize folds curly quotes and non-breaking spaces to their plain forms
// so that patterns need only one spelling. The result has the same byte
// length as the input only when no replacement changed width, so callers
// that need offsets must not use it for positions.
func Normalize(s string) string {
	if !strings.ContainsAny(s, "\u2018\u2019\u201c\u201d\u00a0") {
		return s
	}
	return normalizer.Replace(s)
}

var normalizer = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u00a0", " ")
