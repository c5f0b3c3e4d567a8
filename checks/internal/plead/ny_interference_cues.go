package plead

import (
	"strings"
	"unicode"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

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

var rePartyWord = legal.MustCompile(`(?i)\b(?:plaintiffs?|defendants?|counterclaim)`)

// WithTermDefinitions is a sentence's text followed by the definitions of the
// defined terms it uses, leaving out the definitions of the parties' own
// names: "Redwood" is defined in a sentence about the plaintiff's business,
// which says nothing about the sentence that uses the name.
// A sentence with nothing to add is returned as it is, without a copy.
func WithTermDefinitions(p *lint.Pass, s *document.Sentence) string {
	var b strings.Builder
	for _, d := range p.Definitions(s) {
		if d.Section == document.SectionCaption || d.Section == document.SectionParties || rePartyWord.MatchText(d.Indexed()) {
			continue
		}
		if b.Len() == 0 {
			b.WriteString(s.Text)
		}
		b.WriteString(" ")
		b.WriteString(d.Text)
	}
	if b.Len() == 0 {
		return s.Text
	}
	return b.String()
}

// RelationshipMention reports a business relationship with customers,
// clients, partners or other third parties (not employees).
func RelationshipMention(text legal.Text) bool {
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

// readPartyNames collects the names the complaint uses for its own parties, so
// that "LivePerson, Inc." is never taken for an identified customer: the
// organisations named in the caption and parties sections, and the defined
// terms given to plaintiffs and defendants.
func readPartyNames(d *document.Document) []string {
	var out []string
	org := lexicon.NyInterferenceOrganization()
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Section != document.SectionCaption && s.Section != document.SectionParties {
			continue
		}
		for _, loc := range org.FindAllText(s.Indexed()) {
			if c := OrgCore(s.Text[loc[0]:loc[1]]); c != "" {
				out = append(out, c)
			}
		}
	}
	for _, def := range d.Definitions {
		s := d.Sentences[def.Sentence]
		if s.Section == document.SectionCaption || s.Section == document.SectionParties || rePartyWord.MatchText(s.Indexed()) {
			if c := OrgCore(def.Term); c != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

var (
	reCorpSuffix = legal.MustPattern(`(?i)[,\s]+(?:inc|llc|corp|ltd|plc|gmbh|ag|llp|n\.a|co|l\.l\.c|l\.p|s\.a|n\.v|corporation|limited)\.?$`)
	reRoleWord   = legal.MustPattern(`(?i)\b(?:plaintiffs?|defendants?|counterclaim-?\w*|the|and|of)\b`)
)

// OrgCore reduces a name to lower-case letters and digits without its
// corporate form or role words: "Plaintiff LivePerson, Inc." -> "liveperson".
func OrgCore(name string) string {
	name = reCorpSuffix.ReplaceAllString(strings.TrimSpace(name), "")
	name = reRoleWord.ReplaceAllString(name, " ")
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
