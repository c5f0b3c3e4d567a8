package contract

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// agreementSentence reports a sentence about a contract: it names an
// agreement or uses a defined term for one.
func agreementSentence(p *lint.Pass, s *document.Sentence) bool {
	return lexicon.ContractAgreement().MatchText(plead.WithTermDefinitionsText(p, s))
}

// reAgreementBackRef: a provision that points back to a capitalized
// instrument ("Section 4 of those Terms", "under the Agreement").
// A sentence that opens with the section it describes ("Section 5.1
// requires Lumen to pay ...") in a paragraph about one agreement refers
// to that agreement too.
var reAgreementBackRef = pattern.MustPattern(`\b(?:of|under|in) (?:the|those|these|that|this|such|said|its|their) [A-Z][\w-]*|^\s*(?:Section|Article|Clause|Paragraph|§+)\s*\d`)

// agreementParagraph reports a sentence whose paragraph names the agreement
// in another sentence: "Northstar accepted Cascade's API Terms of Service
// ... Section 4 of those Terms forbids automated bulk extraction."
func agreementParagraph(p *lint.Pass, s *document.Sentence) bool {
	para := &p.Doc.Paragraphs[s.Paragraph]
	if para.Number == 0 || para.Heading || !reAgreementBackRef.MatchText(s.Indexed()) {
		return false
	}
	for j := para.FirstSentence; j < para.EndSentence; j++ {
		if t := &p.Doc.Sentences[j]; t != s && agreementSentence(p, t) {
			return true
		}
	}
	return false
}

// reBindingInstrument is a count's own statement that a named instrument is
// a contract: "The Use Policy, acknowledged by Dallaire in exchange for
// continued employment, is a binding agreement". A handbook, policy or
// code of conduct is no agreement by its name; once the pleader says it is
// one, its name identifies the agreement as "the Agreement" would.
var reBindingInstrument = pattern.MustPattern(`(?:^|\b[Tt]he\s+)((?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)(?:,[^.;]{0,160},)?\s+(?:is|was|are|were|constitutes?)\s+(?:a|an)\s+(?:(?:valid|binding|enforceable|legally|written|and)[\s,]+)*(?:agreement|contract)\b`)

// notInstrumentName are the capitalised words that open such a sentence
// without naming anything.
var notInstrumentName = map[string]bool{"This": true, "That": true, "It": true, "These": true, "Those": true,
	"Each": true, "Such": true, "Which": true, "There": true, "Here": true, "Plaintiff": true, "Defendant": true}

// pleadedAgreements returns the names of the instruments the scope pleads
// to be contracts.
func pleadedAgreements(scope []*document.Sentence) []string {
	var names []string
	for _, s := range scope {
		names = append(names, instrumentNames(s.Text)...)
	}
	return names
}

// instrumentNames returns the names a sentence pleads to be contracts.
func instrumentNames(text string) []string {
	var names []string
	for _, m := range reBindingInstrument.FindAllStringSubmatch(text, -1) {
		name := strings.TrimPrefix(m[1], "The ")
		if first, _, _ := strings.Cut(name, " "); notInstrumentName[first] {
			continue // "This is a binding agreement", "Each is a contract"
		}
		names = append(names, name)
	}
	return names
}

// namesPleadedAgreement reports whether a sentence names one of them.
func namesPleadedAgreement(s *document.Sentence, names []string) bool {
	for _, n := range names {
		if strings.Contains(s.Text, n) {
			return true
		}
	}
	return false
}
