package dmca

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// DMCA1202IdenticalityRisk notes, in the California districts and Hawaii, a
// § 1202 count alleging CMI removal only from copies that are not identical
// to the work.
var DMCA1202IdenticalityRisk = &lint.Check{
	ID:         "dmca-1202-identicality-risk",
	Title:      "§ 1202 count alleges removal only from non-identical copies",
	Family:     legal.ClaimDMCA1202,
	Severity:   lint.Info,
	Confidence: 0.4,
	Doc: lint.Doc{
		Requirement: "A line of Northern and Central District of California decisions (and one from Hawaii) holds that § 1202(b) is violated only where CMI is removed from an identical copy of the work (Kirk Kara; Frost-Tsuji; Doe v. GitHub; Andersen). Other courts reject the requirement, and the question is on interlocutory appeal to the Ninth Circuit (Doe v. GitHub, No. 24-7700). The rule runs only in N.D., C.D., S.D. and E.D. Cal. and D. Haw.",
		Authority:   authority.Cite(authority.KirkKara, authority.FrostTsuji, authority.DoeGitHub, authority.Andersen, authority.DoeGitHubApp),
		Insufficient: []string{
			"The model's outputs are substantially similar to Plaintiffs' code but omit the licence notice.",
			"Outputs paraphrase Plaintiffs' articles without the author's name.",
		},
		Sufficient: []string{
			"Defendant copied each Work in its entirety into its training corpus and removed the header comments from those complete copies.",
			"The output in Exhibit D reproduces 480 consecutive words of the Article verbatim without the byline.",
		},
		Fix:     "If true, plead the identical copies (e.g. complete training copies, verbatim outputs) from which CMI was removed.",
		Message: "Some California federal courts require that CMI be removed from an identical copy of the work; this count alleges removal only from non-identical copies. The rule is unsettled and on appeal to the Ninth Circuit.",
		Where:   "only in N.D., C.D., S.D. and E.D. Cal. and D. Haw. (from the caption)",
		Traps: []string{
			"counts that plead identical training copies as well as non-identical outputs",
			"districts outside California and Hawaii (the rule does not run)",
		},
	},
	Run: runDMCA1202Identicality,
}

func runDMCA1202Identicality(p *lint.Pass) {
	if !identicalityDistricts[district(p)] {
		return
	}
	nonIdentical, identical := lexicon.CmiNonidentical(), lexicon.CmiIdentical()
	cmi := lexicon.CmiType()
	mention, remove := lexicon.CmiMention(), lexicon.CmiRemove()
	var at []int
	atIdx := -1
	scope := p.Scope()
	for i, s := range scope {
		text := plead.WithTermDefinitions(p, s)
		if identical.Match(text) {
			return
		}
		if atIdx >= 0 && scope[atIdx].Count == p.CountIndex {
			continue
		}
		if !cmi.Match(text) && !mention.Match(text) && !remove.Match(text) {
			continue
		}
		if loc := nonIdentical.FindText(s.Indexed()); loc != nil {
			atIdx, at = i, loc
		}
	}
	if atIdx < 0 {
		return
	}
	p.Report(lint.Finding{Span: plead.PhraseSpan(scope[atIdx], at), Severity: p.Check.SeverityIn(p.Profile)})
}
