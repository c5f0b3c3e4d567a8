package legal

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestClassify: counts read by the operative statute and the elements the
// body pleads (RULES-FORUM.md §F2), including the misreadings found on
// filed complaints.
func TestClassify(t *testing.T) {
	cases := []struct {
		name, heading, body string
		want                []Claim
		low                 bool
		mismatch            string // the heading citation quoted, "" for none
	}{
		{"1201-1205 range over CMI body", "COUNT II — VIOLATION OF 17 U.S.C. §§ 1201–1205",
			"Defendant removed the author's name, the title and the copyright notice from Plaintiff's articles, and distributed copies knowing the copyright management information had been removed.",
			[]Claim{ClaimDMCA1202}, false, ""},
		{"1201-1205 range over both", "COUNT II — VIOLATION OF 17 U.S.C. §§ 1201–1205",
			"Defendant bypassed the paywall by replaying session tokens, circumventing the access control. Defendant also stripped the bylines and the copyright notice from the articles.",
			[]Claim{ClaimDMCA, ClaimDMCA1202}, false, ""},
		{"specific 1201 over CMI body", "COUNT III — Violation of 17 U.S.C. § 1201",
			"Defendant stripped the author's name, the title and the copyright notice from Plaintiff's articles.",
			[]Claim{ClaimDMCA1202}, false, "17 U.S.C. § 1201"},
		{"1202 with remedies section", "REMOVAL OF COPYRIGHT MANAGEMENT INFORMATION (17 U.S.C. §§ 1202, 1203)",
			"Defendant removed the watermark from the photographs.", []Claim{ClaimDMCA1202}, false, ""},
		{"1201 with remedies section", "VIOLATION OF 17 U.S.C. §§ 1201(a)(2), 1203",
			"Defendant traffics in a key generator that circumvents the license-key check.", []Claim{ClaimDMCA}, false, ""},
		{"CMI copyright word not a copyright cue", "COUNT IV — COPYRIGHT MANAGEMENT INFORMATION",
			"Defendant removed the copyright management information.", []Claim{ClaimDMCA1202}, false, ""},
		{"California FAL heading", "FALSE ADVERTISING UNDER CALIFORNIA BUSINESS & PROFESSIONS CODE § 17500",
			"Defendant disseminated untrue or misleading statements likely to deceive reasonable consumers.", []Claim{ClaimFAL}, false, ""},
		{"FAL and UCL together", "VIOLATION OF CAL. BUS. & PROF. CODE §§ 17200 AND 17500",
			"Defendant's untrue or misleading advertising is an unlawful, unfair or fraudulent business practice; Plaintiff lost money or property and seeks restitution.",
			[]Claim{ClaimFAL, ClaimUCL}, false, ""},
		{"UCL by name", "UNFAIR COMPETITION LAW", "Defendant's acts are unlawful, unfair or fraudulent business acts or practices, and Plaintiff seeks restitution.",
			[]Claim{ClaimUCL}, false, ""},
		{"GBL not Lanham", "FALSE ADVERTISING (N.Y. GEN. BUS. LAW § 350)", "Defendant's consumer-oriented advertising was materially misleading.",
			[]Claim{ClaimGBL}, false, ""},
		{"bare Lanham cite over FAL body", "FALSE ADVERTISING — 15 U.S.C. § 1125(a)",
			"Defendant's billboards are untrue or misleading, in violation of Cal. Bus. & Prof. Code § 17500, and deceive reasonable consumers. Plaintiff seeks restitution.",
			[]Claim{ClaimFAL}, false, "15 U.S.C. § 1125(a)"},
		{"Lanham (1)(B)", "FALSE ADVERTISING, 15 U.S.C. § 1125(a)(1)(B)", "Defendant's commercial advertising misrepresents the nature, characteristics and qualities of its goods.",
			[]Claim{ClaimLanhamFA}, false, ""},
		{"Lanham (1)(A)", "FALSE DESIGNATION OF ORIGIN, 15 U.S.C. § 1125(a)(1)(A)", "Defendant's use of the mark causes a likelihood of confusion as to sponsorship.",
			[]Claim{ClaimLanhamA}, false, ""},
		{"bare 1125(a) resolved to (1)(A) by cues", "LANHAM ACT, 15 U.S.C. § 1125(a)", "Defendant's use of a confusingly similar mark causes a likelihood of confusion as to affiliation and sponsorship.",
			[]Claim{ClaimLanhamA}, false, ""},
		{"bare 1125(a) silent body leans false advertising", "LANHAM ACT, 15 U.S.C. § 1125(a)", "Defendant falsely claims to have invented the product.",
			[]Claim{ClaimLanhamFA}, true, ""},
		{"commercial disparagement under its own name is the state tort", "COMMERCIAL DISPARAGEMENT",
			"Defendant's statements about Plaintiff's test kit were false, were published to hospital buyers, and caused Plaintiff pecuniary loss.",
			[]Claim{ClaimOther}, false, ""},
		{"commercial disparagement under the Lanham Act", "COMMERCIAL DISPARAGEMENT (15 U.S.C. § 1125(a)(1)(B))",
			"Defendant's commercial advertising misrepresents the qualities of Plaintiff's test kit.",
			[]Claim{ClaimLanhamFA}, false, ""},
		{"hot news", "HOT NEWS MISAPPROPRIATION", "Defendant free-rides on Plaintiff's time-sensitive research by republishing it within minutes.",
			[]Claim{ClaimUnfairComp}, false, ""},
		{"misappropriation of trade secrets", "MISAPPROPRIATION", "Defendant misappropriated Plaintiff's trade secrets, which derive independent economic value from their secrecy and are protected by reasonable measures.",
			[]Claim{ClaimTradeSecret}, false, ""},
		{"misappropriation of labors", "MISAPPROPRIATION", "Defendant in bad faith misappropriated the results of Plaintiff's labors and expenditures by passing off Plaintiff's reports as its own.",
			[]Claim{ClaimUnfairComp}, false, ""},
		{"contributory copyright", "CONTRIBUTORY COPYRIGHT INFRINGEMENT", "With knowledge of the users' infringement, Defendant materially contributed to it.",
			[]Claim{ClaimCopyright}, false, ""},
		{"vicarious infringement", "VICARIOUS INFRINGEMENT", "Defendant had the right and ability to supervise the infringing conduct and a direct financial benefit from it.",
			[]Claim{ClaimCopyright}, false, ""},
		{"cdafa not cfaa", "VIOLATION OF CAL. PENAL CODE § 502", "Defendant knowingly accessed and without permission used Plaintiff's computer systems.",
			[]Claim{ClaimCDAFA}, false, ""},
		{"cfaa and cdafa pleaded together", "VIOLATION OF 18 U.S.C. § 1030 AND CAL. PENAL CODE § 502", "Defendant accessed a protected computer without authorization and without permission, causing loss.",
			[]Claim{ClaimCFAA, ClaimCDAFA}, false, ""},
		{"CUTSA trade secret", "MISAPPROPRIATION OF TRADE SECRETS (CAL. CIV. CODE § 3426 ET SEQ.)", "Defendant acquired Plaintiff's trade secrets by improper means.",
			[]Claim{ClaimTradeSecret}, false, ""},
		{"contract count mentioning 17 U.S.C.", "BREACH OF CONTRACT", "Defendant breached Section 4 of the License Agreement by copying the Software in violation of 17 U.S.C. § 501.",
			[]Claim{ClaimContract}, false, ""},
		{"other cause of action with contract facts", "CIVIL CONSPIRACY", "Defendants combined to breach the Supply Agreement and divert orders under the contract.",
			[]Claim{ClaimOther}, false, ""},
		{"no heading cause, body decides", "COUNT V", "Defendant accessed Plaintiff's protected computers without authorization and caused loss exceeding $5,000, in violation of 18 U.S.C. § 1030.",
			[]Claim{ClaimCFAA}, false, ""},
		{"unfair competition without statute is common law", "UNFAIR COMPETITION", "Defendant misappropriated Plaintiff's skill, expenditures and labors in bad faith.",
			[]Claim{ClaimUnfairComp}, false, ""},
		{"unfair competition with Lanham", "UNFAIR COMPETITION (15 U.S.C. § 1125(a))", "", []Claim{ClaimLanhamFA}, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			head := c.heading
			cl := Classify(head, c.body)
			if !slices.Equal(cl.Families, c.want) {
				t.Errorf("families %v, want %v (scores %v)", cl.Families, c.want, cl.Scores)
			}
			if cl.Low != c.low {
				t.Errorf("low confidence %v, want %v", cl.Low, c.low)
			}
			got := ""
			if cl.Mismatch != nil {
				got = head[cl.Mismatch.Start:cl.Mismatch.End]
			}
			if got != c.mismatch {
				t.Errorf("heading mismatch %q, want %q", got, c.mismatch)
			}
		})
	}
	if cl := Classify("CONTRIBUTORY COPYRIGHT INFRINGEMENT", "Defendant materially contributed to the users' infringement."); !cl.Secondary {
		t.Error("contributory count not marked secondary")
	}
	if cl := Classify("HOT NEWS MISAPPROPRIATION", "Defendant free-rides on time-sensitive reports."); !cl.HotNews {
		t.Error("hot-news count not marked")
	}
	if cl := Classify("MISAPPROPRIATION OF TRADE SECRETS (CAL. CIV. CODE § 3426)", "Defendant used the trade secrets."); !cl.CUTSA {
		t.Error("CUTSA count not marked")
	}
}

// TestClassifyDeclaratoryAndMisappropriation: a declaratory count is no
// claim family's; a bare misappropriation heading is unfair competition
// unless the body pleads trade secrets.
func TestClassifyDeclaratoryAndMisappropriation(t *testing.T) {
	if cl := Classify("DECLARATORY JUDGMENT OF NON-INFRINGEMENT (28 U.S.C. § 2201; 17 U.S.C. § 501)", "Defendant accused Plaintiff of infringement."); !slices.Equal(cl.Families, []Claim{ClaimOther}) {
		t.Errorf("declaratory count read as %v", cl.Families)
	}
	if cl := Classify("MISAPPROPRIATION (New York common law)", "Defendant copied the LP Rules into its product."); !slices.Equal(cl.Families, []Claim{ClaimUnfairComp}) {
		t.Errorf("bare misappropriation read as %v", cl.Families)
	}
}

// TestClassifyOperativeStatute: the statute the heading names is the cause;
// statutes the body cites as the UCL's predicates are not second claims;
// mark claims without confusion and other states' consumer statutes are
// families of their own, never read by the Lanham rules.
func TestClassifyOperativeStatute(t *testing.T) {
	cases := []struct {
		name, heading, body string
		want                []Claim
	}{
		{"UCL borrowing the computer-access statute", "SIXTH CLAIM (Violation of California Business and Professions Code Section 17200, et seq.)",
			"Norvale's scraping is unlawful because it violates Cal. Penal Code § 502(c)(1): it knowingly accessed the archive and without permission copied member posts. It is also unfair. Plaintiff lost money and property, namely licence fees.",
			[]Claim{ClaimUCL}},
		{"UCL borrowing the CFAA", "COUNT IV — UNFAIR COMPETITION (Cal. Bus. & Prof. Code § 17200)",
			"The conduct is an unlawful business practice because Defendant accessed Plaintiff's protected computers without authorization in violation of 18 U.S.C. § 1030, causing loss.",
			[]Claim{ClaimUCL}},
		{"UCL borrowing the Lanham Act", "Count Three: Unfair Competition Law, Bus. & Prof. Code § 17200",
			"Defendant's labels violate 15 U.S.C. § 1125(a)(1)(B) and are therefore unlawful; they also deceive members of the public. Plaintiff seeks restitution.",
			[]Claim{ClaimUCL}},
		{"CDAFA heading still its own claim", "VIOLATION OF CALIFORNIA PENAL CODE § 502",
			"Defendant knowingly accessed the archive and without permission took member data, which is also an unfair business practice.",
			[]Claim{ClaimCDAFA}},
		{"federal dilution", "COUNT V — DILUTION OF A FAMOUS MARK, 15 U.S.C. § 1125(c)",
			"The HALCYON mark became famous long before Defendant's first use. Defendant's HALCYONE mark blurs its distinctiveness; consumers will be confused.",
			[]Claim{ClaimDilution}},
		{"dilution by section 43(c) with trademark in the heading", "Trademark Dilution Under Section 43(c) of the Lanham Act",
			"The mark is widely recognized by the general consuming public of the United States and Defendant's use tarnishes it.",
			[]Claim{ClaimDilution}},
		{"infringement and dilution in one heading", "TRADEMARK INFRINGEMENT AND DILUTION (15 U.S.C. §§ 1114, 1125(c))",
			"Defendant's use of the mark is likely to cause confusion and dilutes the famous mark by blurring.",
			[]Claim{ClaimLanhamA, ClaimDilution}},
		{"cybersquatting", "CLAIM 4: Anticybersquatting Consumer Protection Act, 15 U.S.C. § 1125(d)",
			"Defendant registered halcyon-store.net with a bad faith intent to profit from the HALCYON mark.",
			[]Claim{ClaimCybersquatting}},
		{"California dilution statute", "INJURY TO BUSINESS REPUTATION AND DILUTION (Cal. Bus. & Prof. Code § 14247)",
			"The mark is famous in California and Defendant's use is likely to cause dilution by blurring.",
			[]Claim{ClaimDilution}},
		{"New York dilution statute", "DILUTION UNDER N.Y. GEN. BUS. LAW § 360-l",
			"Defendant's use of a similar mark is likely to dilute the distinctive quality of Plaintiff's mark.",
			[]Claim{ClaimDilution}},
		{"New York GBL 349 deceptive practices", "Deceptive Acts and Practices — GBL § 349",
			"Defendant's consumer-oriented labels misled buyers about the product's origin; its false advertising caused them injury.",
			[]Claim{ClaimGBL}},
		{"Delaware deceptive trade practices", "COUNT III (Delaware Uniform Deceptive Trade Practices Act, 6 Del. C. § 2532)",
			"Defendant's advertisements misrepresent the characteristics of its trackers and are literally false and misleading.",
			[]Claim{ClaimStateConsumer}},
		{"Illinois consumer fraud act", "VIOLATION OF THE ILLINOIS CONSUMER FRAUD AND DECEPTIVE BUSINESS PRACTICES ACT (815 ILCS 505/2)",
			"Defendant's commercial advertising misrepresents the nature and qualities of its filters; consumers were deceived.",
			[]Claim{ClaimStateConsumer}},
		{"Illinois citation alone, lower case", "COUNT V",
			"Defendant's labels are deceptive acts in violation of 815 ilcs 505/2, and purchasers relied on them.",
			[]Claim{ClaimStateConsumer}},
		{"Massachusetts chapter 93A", "Unfair and Deceptive Practices, Mass. Gen. Laws ch. 93A",
			"Defendant's false statements in its advertising were unfair and deceptive acts in trade or commerce.",
			[]Claim{ClaimStateConsumer}},
		{"hot news with confidential sources is not trade secrets", "COUNT II — HOT-NEWS MISAPPROPRIATION",
			"Plaintiff's analysts gather time-sensitive rating changes from confidential sources at great expense; Defendant free-rides by republishing each change before the market opens.",
			[]Claim{ClaimUnfairComp}},
		{"trade secret with news words is trade secrets", "MISAPPROPRIATION OF TRADE SECRETS (18 U.S.C. § 1836)",
			"The unpublished story budget is a trade secret protected by reasonable measures; Defendant acquired it by improper means before the news broke.",
			[]Claim{ClaimTradeSecret}},
		{"inducement count", "Inducement of Copyright Infringement",
			"Defendant promoted its ripping tool for copying Plaintiff's films, and users reproduced the films.",
			[]Claim{ClaimCopyright}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl := Classify(c.heading, c.body)
			if !slices.Equal(cl.Families, c.want) {
				t.Errorf("families %v, want %v (scores %v)", cl.Families, c.want, cl.Scores)
			}
			if cl.Mismatch != nil {
				t.Errorf("heading mismatch reported: %+v", *cl.Mismatch)
			}
		})
	}
	if cl := Classify("Inducement of Copyright Infringement", "Defendant promoted its tool for copying."); !cl.Secondary {
		t.Error("inducement count not marked secondary")
	}
	if cl := Classify("COUNT II — HOT-NEWS MISAPPROPRIATION", "Defendant free-rides on time-sensitive rating changes."); !cl.HotNews {
		t.Error("hot-news count not marked")
	}
}

// TestSplitSentencesEqualsRegexp checks the byte-by-byte sentence cutter
// against the regular expression it replaces, on random text made of the
// bytes that decide a cut.
func TestSplitSentencesEqualsRegexp(t *testing.T) {
	re := regexp.MustCompile(`[.;!?](?:\s+|$)|\n\s*\n`)
	oracle := func(s string) []string {
		var out []string
		last := 0
		for _, m := range re.FindAllStringIndex(s, -1) {
			out = append(out, s[last:m[1]])
			last = m[1]
		}
		if last < len(s) {
			out = append(out, s[last:])
		}
		return out
	}
	pieces := []string{"a", "Word", ".", ";", "!", "?", " ", "\n", "\t", "\r", "\f", "\v", "\n\n", " \n ", "§", "”", "U.S.C.", "et seq."}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.Intn(14); j >= 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := splitSentences(s), oracle(s); !slices.Equal(got, want) {
			t.Fatalf("%q: cut %q, regexp %q", s, got, want)
		}
	}
}
