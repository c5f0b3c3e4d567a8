package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// A sentence read with the definitions of the defined terms it uses,
// leaving out the parties' own definitions, which say nothing about it.

var rePartyWord = pattern.MustCompile(`(?i)\b(?:plaintiffs?|defendants?|counterclaim)`)

// WithTermDefinitions is a sentence's text followed by the definitions of the
// defined terms it uses, leaving out the definitions of the parties' own
// names: "Redwood" is defined in a sentence about the plaintiff's business,
// which says nothing about the sentence that uses the name.
// A sentence with nothing to add is returned as it is, without a copy.
func WithTermDefinitions(p *lint.Pass, s *document.Sentence) string {
	return DocWithTermDefinitions(p.Doc, s)
}

// DocWithTermDefinitions is WithTermDefinitions for a sentence of doc, for
// a fact of the document that no one rule's pass computes.
func DocWithTermDefinitions(doc *document.Document, s *document.Sentence) string {
	var b strings.Builder
	for _, d := range doc.DefiningSentences(s) {
		if !termDefinition(d) {
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

// termDefinition reports whether WithTermDefinitions adds defining
// sentence d: not a party's definition.
func termDefinition(d *document.Sentence) bool {
	return d.Section != document.SectionCaption && d.Section != document.SectionParties && !rePartyWord.MatchText(d.Indexed())
}

// AnyWithTermDefinitions reports whether ask says yes of s or of one of the
// definitions WithTermDefinitions adds to it, each asked of its own
// sentence: a rule that needs a cue somewhere in the joined text asks this
// first (of a fact remembered per sentence, through the index), and joins
// only when it says yes.
func AnyWithTermDefinitions(p *lint.Pass, s *document.Sentence, ask func(*document.Sentence) bool) bool {
	if ask(s) {
		return true
	}
	for _, d := range p.Definitions(s) {
		if termDefinition(d) && ask(d) {
			return true
		}
	}
	return false
}

// WithTermDefinitionsText is WithTermDefinitions as text to ask the cue
// patterns about: a sentence with nothing to add is its own span of the
// document's index (answered from the index, not scanned), one with
// definitions the joined string.
func WithTermDefinitionsText(p *lint.Pass, s *document.Sentence) pattern.Text {
	return DocWithTermDefinitionsText(p.Doc, s)
}

// DocWithTermDefinitionsText is WithTermDefinitionsText for a sentence of
// doc.
func DocWithTermDefinitionsText(doc *document.Document, s *document.Sentence) pattern.Text {
	t := DocWithTermDefinitions(doc, s)
	if len(t) == len(s.Text) {
		return s.Indexed()
	}
	return pattern.Plain(t)
}

// AdDefinitionsText is the text of the defining sentences of defined terms
// a sentence uses, leaving out the parties' definitions ("Defendant Acme
// Corp. (“Acme”) sells ...") whose dates and audiences say nothing about the
// advertisement.
func AdDefinitionsText(p *lint.Pass, s *document.Sentence) string {
	var b strings.Builder
	for _, d := range p.Definitions(s) {
		if ReDefendantWord.MatchText(d.Indexed()) || RePlaintiffWord.MatchText(d.Indexed()) {
			continue
		}
		b.WriteString(d.Text)
		b.WriteString(" ")
	}
	return b.String()
}
