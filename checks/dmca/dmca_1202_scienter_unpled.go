package dmca

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// DMCA1202ScienterUnpled reports a § 1202 count that recites the two
// knowledge elements without facts for both.
var DMCA1202ScienterUnpled = &lint.Check{
	ID:         "dmca-1202-scienter-unpled",
	Title:      "§ 1202 count recites the double scienter without facts",
	Family:     legal.ClaimDMCA1202,
	Severity:   lint.Warning,
	Confidence: 0.55,
	Doc: lint.Doc{
		Requirement: "§ 1202(b) requires knowledge or intent as to the removal and knowledge, or reasonable grounds to know, that it will induce, enable, facilitate or conceal infringement. The second needs an affirmative showing, such as a pattern of conduct or modus operandi; a general possibility that removal might aid infringement is not enough (Stevens). In the Second Circuit concealing the defendant's own infringement suffices (Mango). Conclusory knowledge allegations were dismissed in Tremblay and Andersen; facts showing a purpose to conceal survived in Kadrey and Intercept.",
		Authority:   authority.Cite(authority.Section1202b, authority.Stevens, authority.Mango, authority.KadreyMar2025),
		Insufficient: []string{
			"Defendants knew or had reasonable grounds to know that removing CMI would induce, enable, facilitate, or conceal infringement. (alone)",
			"Defendants intentionally removed CMI. (no facts)",
			"Removing CMI makes infringement easier to accomplish.",
		},
		Sufficient: []string{
			"Defendant chose an extraction tool that discards bylines and notices although an alternative preserving them was available, after internal testing showed its model reproduced notices verbatim when trained on them (Ex. F); removal thus concealed that the model was trained on Plaintiff's articles.",
			"After a licensing demand in March 2023 identified Plaintiff's notices, Defendant continued to strip them from newly collected articles.",
		},
		Fix:     "Plead facts for both mental states: the deliberate choice or instruction behind the removal, and why Defendant knew it would conceal or facilitate infringement (pattern, internal knowledge, notice).",
		Message: "The count recites § 1202(b)'s knowledge elements without facts showing that Defendant removed CMI knowingly and knew or had reason to know the removal would induce, enable, facilitate or conceal infringement (Stevens).",
		Traps: []string{
			"scienter facts in the background section, incorporated",
			"facts pleaded on information and belief with a stated basis",
			"automated processes whose effect Defendant is pleaded to have known",
			"\"knowingly\", \"intentionally\" and the statute's own words are not facts",
		},
	},
	Run: runDMCA1202Scienter,
}

func runDMCA1202Scienter(p *lint.Pass) {
	k1, k2 := lexicon.CmiKnowledgeRemoval(), lexicon.CmiKnowledgeImpact()
	var removal, impact bool
	for _, s := range p.Scope() {
		text := cmiText(p, s)
		removal = removal || k1.Match(text)
		impact = impact || k2.Match(text)
	}
	if removal && impact {
		return
	}
	p.ReportMissing(cmiAnchor(p, lexicon.CmiScienterWords()), p.Check.SeverityIn(p.Profile), "")
}
