package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint"
)

// DefendantTermWord reports that w is one of Defendant's names.
func DefendantTermWord(pt PartyTerms, w string) bool {
	for _, t := range pt.Defendant {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// InNinthCircuit reports a count read under the Ninth Circuit profile
// (RULES-FORUM.md §F3).
func InNinthCircuit(p *lint.Pass) bool { return p.Profile.Circuit == "9" }
