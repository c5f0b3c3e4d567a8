package plead

import (
	"github.com/complaintlint/complaintlint/lint"
)

// Liveperson picks the words a message built by a rule uses for RULES.md's
// S.D.N.Y. example: inSecondCircuit under the Second Circuit profile, where
// Liveperson is the forum's own law; elsewhere the alternative (none given:
// nothing), so no message states an S.D.N.Y. ruling as the forum's.
func Liveperson(p *lint.Pass, inSecondCircuit string, elsewhere ...string) string {
	if p.Profile.Circuit == "2" {
		return inSecondCircuit
	}
	if len(elsewhere) > 0 {
		return elsewhere[0]
	}
	return ""
}
