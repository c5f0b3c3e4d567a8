package legal

import (
	"strings"
)

// Claim is a claim family a count can plead (RULES.md §2.4).
type Claim string

// The claim families. ClaimOther is a recognised count of no family the
// rules know; checks scoped to "any count" still run on it.
const (
	ClaimCopyright        Claim = "copyright"
	ClaimDMCA             Claim = "dmca1201"
	ClaimDMCA1202         Claim = "dmca1202"
	ClaimCFAA             Claim = "cfaa"
	ClaimLanhamFA         Claim = "lanham-fa"
	ClaimLanhamA          Claim = "lanham-a"
	ClaimInterference     Claim = "ny-interference"
	ClaimUnfairCompNY     Claim = "ny-unfair-comp"
	ClaimCAUCL            Claim = "ca-ucl"
	ClaimCAFAL            Claim = "ca-fal"
	ClaimTradeSecret      Claim = "trade-secret"
	ClaimContract         Claim = "contract"
	ClaimUnjustEnrichment Claim = "unjust-enrichment"
	ClaimOther            Claim = "other"
)

// AllClaims lists the families in a stable order.
var AllClaims = []Claim{ClaimCopyright, ClaimDMCA, ClaimDMCA1202, ClaimCFAA, ClaimLanhamFA, ClaimLanhamA,
	ClaimInterference, ClaimUnfairCompNY, ClaimCAUCL, ClaimCAFAL, ClaimTradeSecret, ClaimContract, ClaimUnjustEnrichment, ClaimOther}

// Short is the label used in count names: "Count III (CFAA)".
func (c Claim) Short() string {
	switch c {
	case ClaimCopyright:
		return "Copyright"
	case ClaimDMCA:
		return "DMCA § 1201"
	case ClaimDMCA1202:
		return "DMCA § 1202"
	case ClaimCAUCL:
		return "California UCL"
	case ClaimCAFAL:
		return "California FAL"
	case ClaimCFAA:
		return "CFAA"
	case ClaimLanhamFA:
		return "Lanham Act false advertising"
	case ClaimLanhamA:
		return "Lanham Act § 43(a)(1)(A)"
	case ClaimInterference:
		return "Tortious interference"
	case ClaimUnfairCompNY:
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

const usc = `\s*U\.?\s*S\.?\s*C\.?\s*(?:A\.\s*)?(?:§{1,2}|sections?|secs?\.)?\s*`

var (
	reStatCopyright = MustPattern(`(?i)\b17` + usc + `(?:101|106|201|411|501|502|503|504|505)\b|\bcopyright act\b`)
	reStatDMCA      = MustPattern(`(?i)\b17` + usc + `120[13]\b`)
	reStat1202      = MustPattern(`(?i)\b17` + usc + `1202\b`)
	reStatCFAA      = MustPattern(`(?i)\b18` + usc + `1030\b`)
	reStatLanhamFA  = MustPattern(`(?i)\b15` + usc + `1125\s*\(a\)(?:\s*\(1\)\s*\(B\))?|§\s*43\s*\(a\)|\blanham act\b`)
	reStatLanhamA   = MustPattern(`(?i)1125\s*\(a\)\s*\(1\)\s*\(A\)|\b15` + usc + `1114\b`)
	reStatDTSA      = MustPattern(`(?i)\b18` + usc + `18(?:36|39)\b`)
	reFedLanham     = MustPattern(`(?i)\b15` + usc + `\d|\blanham\b`)

	reHeadCopyright = MustPattern(`(?i)\bcopyright`)
	reHeadDMCAish   = MustPattern(`(?i)digital millennium|\bdmca\b|\b120[123]\b|circumvent|anti-?circumvention`)
	reHeadDMCA      = MustPattern(`(?i)digital millennium|\bdmca\b|anti-?circumvention|circumvention of (?:technological|copyright protection)`)
	reHead1202      = MustPattern(`(?i)\b1202\b|copyright management information`)
	reHeadSecondary = MustPattern(`(?i)\b(?:contributory|vicarious|induced|inducement of) (?:copyright )?infringement`)
	reHeadCFAA      = MustPattern(`(?i)computer fraud and abuse|\bcfaa\b`)
	reHeadLanhamFA  = MustPattern(`(?i)\blanham act\b|false advertising|§\s*43\s*\(a\)|commercial disparagement|false (?:and misleading )?(?:advertising|promotion)`)
	reHeadLanhamA   = MustPattern(`(?i)trademark|trade dress|passing off|false designation|false association|false endorsement`)
	reHeadInterfer  = MustPattern(`(?i)interference`)
	reHeadUnfair    = MustPattern(`(?i)unfair competition|\bmisappropriation\b`)
	reHeadTrade     = MustPattern(`(?i)trade secrets?|defend trade secrets|\bdtsa\b|misappropriation of (?:confidential|proprietary)`)
	reHeadContract  = MustPattern(`(?i)breach of (?:the |an |its )?(?:\w+[- ]){0,4}(?:contract|agreement|covenant|license|warranty)|breach of (?:the )?implied covenant|\bcontract\b`)
	reHeadUE        = MustPattern(`(?i)unjust enrichment|quantum meruit|restitution`)
	reHead1201      = MustPattern(`(?i)\b1201\b|circumvent|anti-?circumvention|technological (?:protection )?measure`)
	reCMI           = MustPattern(`(?i)copyright management information|\bCMI\b|\b1202\b`)
	reCircumvention = MustPattern(`(?i)circumvent|technological (?:protection )?measures?\b|\b1201\b`)
	reUCL           = MustPattern(`(?i)\b17200\b|unfair competition law|\bUCL\b`)
	reFAL           = MustPattern(`(?i)\b17500\b|false advertising law|\bFAL\b`)
	reCalBus        = MustPattern(`(?i)\bcal(?:ifornia|\.)?\s*bus(?:iness|\.)?\s*(?:&|and)\s*prof(?:essions|\.)?\s*code`)
	reCALaw         = MustPattern(`(?i)\bcal(?:ifornia|\.)\s*(?:bus(?:iness|\.)?\s*(?:&|and)\s*prof(?:essions|\.)?|civ(?:il|\.)?(?:\s*proc(?:edure|\.)?)?|penal|lab(?:or|\.)?)\s*code|california (?:common )?law|(?:common )?laws? of (?:the state of )?california|california uniform trade secrets act|\bCUTSA\b|california (?:unfair competition|false advertising) law`)
	reNYLaw         = MustPattern(`(?i)new york (?:common )?law|n\.y\.\s*(?:gen\.\s*bus\.|common law)|under the (?:common )?law of (?:the state of )?new york|new york general business law`)
)

// Recognize returns the claim families a count pleads, from its heading
// (which wins ties) and the statutes cited in its body. The first family
// returned is the count's primary claim.
func Recognize(heading, body string) []Claim {
	var out []Claim
	add := func(c Claim) {
		for _, x := range out {
			if x == c {
				return
			}
		}
		out = append(out, c)
	}
	h := heading
	switch {
	case reHead1202.MatchString(h):
		// A CMI count (RULES-FORUM.md §F2.2): § 1201 too only when the
		// heading names circumvention as well.
		if reHead1201.MatchString(h) {
			add(ClaimDMCA)
		}
		add(ClaimDMCA1202)
	case reHeadDMCA.MatchString(h) || reStatDMCA.MatchString(h):
		// A bare "Digital Millennium Copyright Act" or a range of sections:
		// the body's cues decide between §§ 1201 and 1202.
		cmi, circ := reCMI.MatchString(body), reCircumvention.MatchString(body)
		if circ || !cmi {
			add(ClaimDMCA)
		}
		if cmi {
			add(ClaimDMCA1202)
		}
	case reHeadCopyright.MatchString(h) && !reHeadDMCAish.MatchString(h), reHeadSecondary.MatchString(h):
		add(ClaimCopyright)
	}
	// California's statutes (§ 17200, § 17500) are never Lanham Act or New
	// York common-law counts.
	calUCL := reUCL.MatchString(h) || (reHeadUnfair.MatchString(h) && (reCalBus.MatchString(h) || reUCL.MatchString(body)))
	calFAL := reFAL.MatchString(h) || (reHeadLanhamFA.MatchString(h) && !reFedLanham.MatchString(h) && (reCalBus.MatchString(h) || reFAL.MatchString(body)))
	if reHeadCFAA.MatchString(h) || reStatCFAA.MatchString(h) {
		add(ClaimCFAA)
	}
	if reHeadTrade.MatchString(h) || reStatDTSA.MatchString(h) {
		add(ClaimTradeSecret)
	}
	if reHeadLanhamA.MatchString(h) && !reHeadLanhamFA.MatchString(h) {
		add(ClaimLanhamA)
	}
	if (reHeadLanhamFA.MatchString(h) && !calFAL && !calUCL) || (reHeadUnfair.MatchString(h) && reFedLanham.MatchString(h)) {
		add(ClaimLanhamFA)
	}
	if calUCL {
		add(ClaimCAUCL)
	}
	if calFAL {
		add(ClaimCAFAL)
	}
	if reHeadInterfer.MatchString(h) {
		add(ClaimInterference)
	}
	if reHeadUnfair.MatchString(h) && !reFedLanham.MatchString(h) && !reHeadTrade.MatchString(h) && !calUCL {
		add(ClaimUnfairCompNY)
	}
	if reHeadUE.MatchString(h) {
		add(ClaimUnjustEnrichment)
	}
	if reHeadContract.MatchString(h) && !reHeadInterfer.MatchString(h) {
		add(ClaimContract)
	}
	// Statutes in the body only decide when the heading said nothing the
	// table recognises: a contract count that mentions 17 U.S.C. in passing
	// must stay a contract count.
	if len(out) == 0 {
		b := body
		switch {
		case reStatDMCA.MatchString(b) && !reHead1202.MatchString(h) && !reStat1202.MatchString(b):
			add(ClaimDMCA)
		case reStat1202.MatchString(b):
			add(ClaimDMCA1202)
		case reStatCFAA.MatchString(b):
			add(ClaimCFAA)
		case reStatLanhamA.MatchString(b):
			add(ClaimLanhamA)
		case reStatLanhamFA.MatchString(b):
			add(ClaimLanhamFA)
		case reStatDTSA.MatchString(b):
			add(ClaimTradeSecret)
		case reStatCopyright.MatchString(b):
			add(ClaimCopyright)
		}
	}
	if len(out) == 0 {
		add(ClaimOther)
	}
	return out
}

// CitesCaliforniaLaw reports whether text names California law or cites a
// California code, which makes California law govern the count
// (RULES-FORUM.md §F1.3, step 2).
func CitesCaliforniaLaw(text string) bool { return reCALaw.MatchString(text) }

// CitesNewYorkLaw reports whether text invokes New York law, which turns on
// the NY-tagged rules whatever the configured profile says.
func CitesNewYorkLaw(text string) bool { return reNYLaw.MatchString(text) }

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
