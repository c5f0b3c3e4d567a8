package plead

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// What the forum and the governing law decide: the circuit profile a
// count is read under, a state court, another state's law pleaded, and the
// words a message uses for authority that binds one forum only.

// InNinthCircuit reports a count read under the Ninth Circuit profile
// (RULES-FORUM.md §F3).
func InNinthCircuit(p *lint.Pass) bool { return p.Profile.Circuit == "9" }

// InStateCourt reports a complaint captioned in a state court: Article III
// standing and the federal equitable-remedy rule do not apply.
func InStateCourt(p *lint.Pass) bool { return p.Forum.StateCourt() }

// PleadsOtherStateLaw reports a count that pleads another state's law and not
// New York's: the New York-tagged rules leave it alone whatever the profile.
func PleadsOtherStateLaw(p *lint.Pass) bool {
	c := p.Count()
	if c == nil || c.CitesNY {
		return false
	}
	other := lexicon.NyOtherStateLaw()
	if other.Match(c.Title) {
		return true
	}
	for _, s := range p.Own() {
		if other.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}

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
