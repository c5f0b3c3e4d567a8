package plead

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// What an interference count pleads (New York and California, ELEMENTS.md
// §§ 5-6): an existing contract, prospective relations or both, and
// whether the contracts are terminable at will.

// interferenceTheory is what an interference count pleads: interference with
// an existing contract, with prospective (or at-will) relations, or both.
type interferenceTheory struct {
	Contract, Prospective bool
}

// InterferenceTheoryOf reads the theory from the heading, which wins; only a
// heading that says neither ("TORTIOUS INTERFERENCE") defers to the body.
func InterferenceTheoryOf(p *lint.Pass) interferenceTheory {
	pro, con := lexicon.NyInterferenceProspective(), lexicon.NyInterferenceContract()
	h := p.Count().Title
	t := interferenceTheory{Contract: con.Match(h), Prospective: pro.Match(h)}
	if !t.Contract && !t.Prospective {
		for _, s := range p.Own() {
			t.Contract = t.Contract || con.MatchText(s.Indexed())
			t.Prospective = t.Prospective || pro.MatchText(s.Indexed())
		}
	}
	// The theory picks the element list the chart shows (ELEMENTS.md
	// §§ 5-6); at-will contracts take the prospective list.
	prefix := "ny-interference"
	if p.Law().State == "CA" {
		prefix = "ca-interference"
	}
	if t.Contract {
		p.SelectList(prefix + "-contract")
	}
	if t.Prospective || (t.Contract && AtWillRelationship(p.Scope())) {
		p.SelectList(prefix + "-prospective")
	}
	return t
}

// RelationshipMention reports a business relationship with customers,
// clients, partners or other third parties (not employees).
func RelationshipMention(text pattern.Text) bool {
	return lexicon.NyInterferenceRelationship().MatchText(text)
}

// AtWillRelationship reports that a count's customer contracts are terminable
// at will: such contracts take the prospective-relations standard.
func AtWillRelationship(scope []*document.Sentence) bool {
	at := lexicon.NyInterferenceAtWill()
	con := lexicon.NyInterferenceContract()
	employment := lexicon.NyInterferenceAtWillEmployment()
	for _, s := range scope {
		if at.MatchText(s.Indexed()) && (RelationshipMention(s.Indexed()) || con.MatchText(s.Indexed())) && !employment.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}
