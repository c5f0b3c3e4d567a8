package report

import "testing"

// TestCauseOf: the cause of action as the summary prints it — without the
// heading's parenthetical, in title case when the complaint shouts it.
func TestCauseOf(t *testing.T) {
	cases := map[string]string{
		"COPYRIGHT INFRINGEMENT (17 U.S.C. §§ 106, 501 — Against Corvex)":               "Copyright Infringement",
		"VIOLATION OF THE COMPUTER FRAUD AND ABUSE ACT (18 U.S.C. § 1030(g))":           "Violation of the Computer Fraud and Abuse Act",
		"MISAPPROPRIATION OF TRADE SECRETS, Fla. Stat. § 688.001 et seq. (Against All)": "Misappropriation of Trade Secrets, Fla. Stat. § 688.001 et seq.",
		"Breach of the Implied Covenant (Against Quantix)":                              "Breach of the Implied Covenant",
		"VIOLATION OF THE DMCA": "Violation of the DMCA",
		"(17 U.S.C. § 501)":     "(17 U.S.C. § 501)",
		"":                      "(no cause of action in the heading)",
	}
	for in, want := range cases {
		if got := causeOf(in); got != want {
			t.Errorf("causeOf(%q) = %q, want %q", in, got, want)
		}
	}
}
