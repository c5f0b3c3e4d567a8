package checks_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
)

// contractAndRestitution is a complaint with a contract count that
// identifies no provision and an unjust-enrichment count on the same facts,
// not pleaded in the alternative; the caption is added per forum.
const contractAndRestitution = `
COMPLAINT

1. Plaintiff Arbor Freight LLC ("Arbor") hauls produce.

2. Defendant Pell Logistics Inc. ("Pell") brokers freight loads.

3. In 2021 Arbor and Pell signed a carrier agreement. Pell kept the rate sheets Arbor gave it.

COUNT I
BREACH OF CONTRACT

4. Arbor realleges paragraphs 1 through 3.

5. Pell breached the agreement, and Arbor was damaged.

COUNT II
UNJUST ENRICHMENT

6. Arbor realleges paragraphs 1 through 3.

7. Pell was unjustly enriched at Arbor's expense by keeping the rate sheets.
`

// TestStateLawRulesCiteTheGoverningState (RULES-FORUM.md §F1.3-F1.4):
// Harsco and the New York unjust-enrichment cases state New York law. A
// count governed by New York law cites them in any circuit; a count
// governed by Washington or Texas law, or by no known state, gets the
// contract rule with neutral authority (Rule 8, Iqbal) and no New York-only
// rule, in the Second Circuit as well as outside it.
func TestStateLawRulesCiteTheGoverningState(t *testing.T) {
	const sdny = "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n"
	for _, tc := range []struct {
		name    string
		caption string
		opts    lint.Options
		ny      bool
	}{
		{"S.D.N.Y., New York law", sdny, lint.Options{}, true},
		{"W.D. Wash., New York law by flag", "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n", lint.Options{Profile: lint.Profile{State: "NY"}}, true},
		{"W.D. Wash., Washington law", "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n", lint.Options{}, false},
		{"E.D. Tex., Texas law", "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF TEXAS\n", lint.Options{}, false},
		{"S.D.N.Y., Texas law by flag", sdny, lint.Options{Profile: lint.Profile{State: "TX"}}, false},
		{"no caption", "", lint.Options{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, fs := lintText(t, tc.caption+contractAndRestitution, tc.opts)
			var contract, restitution *lint.Finding
			for i := range fs {
				switch fs[i].Rule {
				case "contract-provisions-unidentified":
					contract = &fs[i]
				case "unjust-enrichment-duplicative":
					restitution = &fs[i]
				}
			}
			if contract == nil {
				t.Fatal("no contract-provisions-unidentified finding on a count that identifies no provision")
			}
			harsco := strings.Contains(contract.Authority, "Harsco")
			switch {
			case tc.ny && !harsco:
				t.Errorf("New York-law contract count cites %q, want Harsco", contract.Authority)
			case !tc.ny && contract.Authority != "Fed. R. Civ. P. 8(a)(2); Ashcroft v. Iqbal, 556 U.S. 662 (2009)":
				t.Errorf("contract count under another state's law cites %q, want Rule 8 and Iqbal", contract.Authority)
			}
			if m := secondCircuitWords.FindString(contract.Message); m != "" {
				t.Errorf("contract message names %q: %s", m, contract.Message)
			}
			switch {
			case tc.ny && restitution == nil:
				t.Error("New York-law unjust-enrichment count beside a contract count: no finding")
			case tc.ny && !strings.Contains(restitution.Authority, "Corsello"):
				t.Errorf("unjust-enrichment cites %q, want Corsello", restitution.Authority)
			case !tc.ny && restitution != nil:
				t.Errorf("unjust-enrichment-duplicative ran on a count not governed by New York law (%s): %s", restitution.Profile, restitution.Authority)
			}
		})
	}
}
