package forum

import (
	"regexp"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// explicitLawByRegexp is explicitLaw with every pattern run as a plain
// regexp over the whole text: the reference the pre-filtered patterns
// must agree with.
func explicitLawByRegexp(text string) (string, document.Span) {
	best, bestAt := "", document.Span{Start: -1}
	consider := func(st string, m []int) {
		if st == "" || bestAt.Start >= 0 && m[0] >= bestAt.Start {
			return
		}
		best, bestAt = st, document.Span{Start: m[0], End: m[1]}
	}
	for _, m := range reLawOf.Regexp().FindAllStringSubmatchIndex(text, -1) {
		if reIncorporatedUnder.MatchString(text[max(0, m[0]-40):m[0]]) {
			continue
		}
		consider(stateCode(text[m[2]:m[3]]), m)
		break
	}
	if m := reStateLw.Regexp().FindStringSubmatchIndex(text); m != nil {
		consider(stateCode(text[m[2]:m[3]]), m)
	}
	for _, sc := range stateCodes {
		if m := regexp.MustCompile(sc.re.String()).FindStringIndex(text); m != nil {
			consider(sc.state, m)
		}
	}
	if bestAt.Start < 0 {
		return "", document.Span{}
	}
	return best, bestAt
}

func TestExplicitLaw(t *testing.T) {
	filler := strings.Repeat("Defendant sold the goods and kept the money. ", 80)
	cases := []struct{ text, state, quoted string }{
		{"Plaintiff sues under the laws of the State of New York for breach.", "NY", "under the laws of the State of New York"},
		{"This claim arises under\nCalifornia   law.", "CA", "California   law"},
		{"Defendant, a corporation organized under the laws of Delaware, owes damages under Texas common law.", "TX", "Texas common law"},
		{"Defendant violated 815 ILCS 505/2 and Fla. Stat. § 501.204.", "IL", "815 ILCS"},
		{"The same acts violate Fla. Stat. § 501.204.", "FL", "Fla. Stat."},
		{"Defendant violated Cal. Bus. & Prof. Code § 17200 and New York law.", "CA", "Cal. Bus. & Prof. Code"},
		{"Defendant violated N.Y. Gen. Bus. Law § 349.", "NY", "N.Y. Gen. Bus."},
		{filler + "Recovery is proper under Arkansas law." + filler, "AR", "Arkansas law"},
		{"Plaintiff pleads no state's law at all.", "", ""},
	}
	for _, c := range cases {
		st, at := explicitLaw(c.text)
		if st != c.state || c.text[at.Start:at.End] != c.quoted {
			t.Errorf("explicitLaw(%.60q) = %q %q, want %q %q", c.text, st, c.text[at.Start:at.End], c.state, c.quoted)
		}
	}
}

// The pre-filtered patterns find what the plain expressions find, also on
// text with the Kelvin sign and the long s, which (?i) folds to k and s.
func TestExplicitLawAgreesWithRegexp(t *testing.T) {
	phrases := []string{"under the laws of the State of New York", "Kansas law", "Ar\u212aansas law",
		"Ma\u017fsachusetts common law", "organized under the laws of Delaware", "815 ILCS 505/2",
		"Ill. Comp. Stat.", "Cal. Civ. Code", "Business and Professions Code", "N.Y. CPLR", "Del. Code",
		"Tex. Bus. & Com. Code", "governed by the law of Ohio", "the law", "Virginia", "West Virginia law",
		"pursuant to the common laws of Oregon", "Plaintiff", "sold", "\n", ",", "laws of"}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := 0; j < 1+i%9; j++ {
			b.WriteString(phrases[(i*7+j*13+j*j)%len(phrases)])
			b.WriteString([]string{" ", "  ", "\n", ". "}[(i+j)%4])
		}
		text := b.String()
		gotState, gotAt := explicitLaw(text)
		wantState, wantAt := explicitLawByRegexp(text)
		if gotState != wantState || gotAt != wantAt {
			t.Fatalf("on %q: %q %v, regexp %q %v", text, gotState, gotAt, wantState, wantAt)
		}
	}
}
