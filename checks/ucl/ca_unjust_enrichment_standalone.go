package ucl

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CAUnjustEnrichmentStandalone notes a California unjust-enrichment count
// pleaded as a standalone claim, not as quasi-contract for restitution.
var CAUnjustEnrichmentStandalone = &lint.Check{
	ID:         "ca-unjust-enrichment-standalone",
	Title:      "California unjust enrichment pleaded as a standalone claim",
	Family:     legal.ClaimUnjustEnrichment,
	State:      "CA",
	Severity:   lint.Info,
	Confidence: 0.45,
	Doc: lint.Doc{
		Requirement: "Many California courts do not recognize unjust enrichment as a standalone cause of action, but a court may construe it as a quasi-contract claim for restitution, and it is not dismissible merely as duplicative (Astiana). Quasi-contract is unavailable where an enforceable express contract covers the same subject (Paracor); a claim resting on trade-secret misuse is displaced by CUTSA (Silvaco), and one resting on copying risks preemption (Kadrey).",
		Authority:   authority.Cite(authority.Astiana, authority.Paracor),
		Insufficient: []string{
			"Defendant has been unjustly enriched at Plaintiff's expense. (standalone label; no restitution theory)",
			"Defendant was unjustly enriched by training its model on Plaintiff's works.",
		},
		Sufficient: []string{
			"In quasi-contract, and in the alternative to Count V, Plaintiff seeks restitution of the $310,000 in licence fees Defendant retained after the Agreement was rescinded for fraud.",
		},
		Fix:     "Recast as quasi-contract/restitution with the benefit conferred and why retention is unjust.",
		Message: "Many California courts do not recognize unjust enrichment as a standalone claim; plead it as quasi-contract for restitution (Astiana), in the alternative to any contract, and not resting only on copying or trade-secret misuse.",
		Traps: []string{
			"counts under another state's law",
			"counts already labelled quasi-contract or restitution",
		},
	},
	Run: runCAUnjustEnrichmentStandalone,
}

func runCAUnjustEnrichmentStandalone(p *lint.Pass) {
	if plead.OwnMatches(p, lexicon.CaUeRestitution()) {
		return
	}
	enriched := lexicon.UnjustEnrichmentEnriched()
	anchor := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool { return enriched.MatchText(s.Indexed()) })
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), ueStandaloneMessage(p))
}

const (
	msgUEPreemption = " It rests on copying the works the copyright count sues on, which also risks preemption under 17 U.S.C. § 301 (see state-claim-copyright-preemption-risk)."
	msgUECUTSA      = " It rests on the use of the information the trade-secret claim covers, which CUTSA displaces (§ 3426.7; see ca-cutsa-supersession-risk)."
)

// ueStandaloneMessage is the rule's message with a pointer to the
// preemption or CUTSA risk when the count's own allegations rest on copying
// a work the complaint sues on in copyright, or on using information it
// pleads as trade secrets (RULES-FORUM.md §F3.3); "" for the plain message.
func ueStandaloneMessage(p *lint.Pass) string {
	var copyright, secrets bool
	for i := range p.Doc.Counts {
		if i == p.CountIndex {
			continue
		}
		copyright = copyright || p.Doc.Counts[i].Has(legal.ClaimCopyright)
		secrets = secrets || p.Doc.Counts[i].Has(legal.ClaimTradeSecret)
	}
	copyVerb, extra := lexicon.PreemptionCopyVerb(), lexicon.PreemptionExtraElement()
	misapp, object := lexicon.CaCutsaAct(), lexicon.CaCutsaObject()
	var copies, uses bool
	for _, s := range p.Own() {
		if plead.IsIncorporation(p, s) {
			continue
		}
		text := plead.WithTermDefinitions(p, s)
		copies = copies || (copyright && copyVerb.MatchText(s.Indexed()) && !extra.Match(text))
		uses = uses || (secrets && misapp.MatchText(s.Indexed()) && object.Match(text))
	}
	msg := ""
	if copies {
		msg += msgUEPreemption
	}
	if uses {
		msg += msgUECUTSA
	}
	if msg == "" {
		return ""
	}
	return p.Check.Doc.Message + msg
}
