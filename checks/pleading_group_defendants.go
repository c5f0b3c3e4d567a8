package checks

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"

	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// PleadingGroupDefendants flags, in a case against two or more named defendants,
// a count that attributes every act to "Defendants" collectively and none
// to any one of them (Atuahene; Weiland type 4).
var PleadingGroupDefendants = &lint.Check{
	ID:         "pleading-group-defendants",
	Title:      "Count lumps the defendants together",
	Severity:   lint.Warning,
	Confidence: 0.6,
	Group:      hygieneGroup,
	Doc: lint.Doc{
		Requirement: "Where there are several defendants, lumping them together without a factual basis to distinguish their conduct fails Rule 8 (Atuahene), and asserting claims against multiple defendants without saying who did what is the fourth kind of shotgun pleading Weiland describes. The rule runs on documents naming two or more defendants in the caption or the Parties section; it is downgraded to info where the complaint pleads alter-ego, agency or conspiracy facts that make liability joint.",
		Authority:   cite(authAtuahene, authWeiland),
		Insufficient: []string{
			"Defendants accessed Plaintiff's servers and copied its code.",
			"Defendants, and each of them, disseminated false statements.",
			"The Defendants conspired to misappropriate Plaintiff's trade secrets.",
		},
		Sufficient: []string{
			"Acme Corp., through its VP of Engineering John Doe, accessed ...; Acme Holdings, its parent, approved and funded the project in a May 2013 board resolution (Ex. J).",
		},
		Fix:     "Say which defendant did each act (and through whom); plead agency, alter-ego or conspiracy facts if liability is joint.",
		Message: msgGroupDefendants,
		Traps: []string{
			"single-defendant cases (the rule is inert)",
			"alter-ego or conspiracy theories pleaded with facts showing joint action (info)",
			"\"Defendants\" defined as a single corporate family with explicit agency allegations (info)",
			"Doe defendants are not counted as named defendants",
		},
	},
	Run: runGroupDefendants,
}

const msgGroupDefendants = "The count attributes every act to 'Defendants' collectively, so no defendant can tell what it is accused of doing."

func runGroupDefendants(p *lint.Pass) {
	d := p.Doc
	pt := partiesFor(d)
	if pt.named < 2 {
		return
	}
	var first *document.Sentence
	var at actorMention
	for _, si := range p.Count().Sentences {
		s := &d.Sentences[si]
		if !allegationSentence(s) || incorporationSentence(d, si) {
			continue
		}
		if ms := collectiveActs(s.Text, pt); len(ms) > 0 {
			first, at = s, ms[0]
			break
		}
	}
	if first == nil {
		return
	}
	relationship := map[int]bool{} // per paragraph: pleads the defendants' relationship
	for _, s := range p.Scope() {
		if s.Heading || !individualActs(s.Text, pt) {
			continue
		}
		// What one defendant does for another in pleading their relationship
		// ("Turner runs it from Pecos Holdings' office ... Pecos Operations is
		// the alter ego of Pecos Holdings") is not conduct the count
		// complains of.
		rel, ok := relationship[s.Paragraph]
		if !ok {
			body := paragraphBody(d, s)
			rel = lexicon.GroupJoint().Match(body) || lexicon.GroupFamily().Match(body)
			relationship[s.Paragraph] = rel
		}
		if rel {
			continue
		}
		return
	}
	sev := p.Check.SeverityIn(p.Profile)
	if jointLiabilityPleaded(p, pt) {
		sev = lint.Info
	}
	p.Report(lint.Finding{Span: lint.Span{Start: first.Span.Start + at.start, End: first.Span.Start + at.end}, Severity: sev})
}

// jointLiabilityPleaded reports alter-ego, agency or conspiracy allegations
// in the count's scope that make collective pleading defensible: such an
// allegation with a concrete fact in the same paragraph, or a corporate
// family (parent, subsidiary) together with an explicit agency or alter-ego
// allegation.
func jointLiabilityPleaded(p *lint.Pass, pt *parties) bool {
	d := p.Doc
	joint, family := false, false
	for _, s := range p.Scope() {
		if s.Heading {
			continue
		}
		if lexicon.GroupJoint().Match(s.Text) {
			joint = true
			if hasFact(paragraphBody(d, s), pt) {
				return true
			}
		}
		family = family || lexicon.GroupFamily().Match(s.Text)
	}
	return joint && family
}

// paragraphBody is the text of the paragraph a sentence sits in, without its
// allegation number.
func paragraphBody(d *document.Document, s *document.Sentence) string {
	para := &d.Paragraphs[s.Paragraph]
	return d.Text[max(para.NumberEnd, para.Span.Start):para.Span.End]
}
