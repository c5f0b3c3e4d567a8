package pleading

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// UnjustEnrichmentDuplicative reports this pleading gap: an unjust-enrichment count beside a contract
// count, not pleaded in the alternative.
var UnjustEnrichmentDuplicative = &lint.Check{
	ID:         "unjust-enrichment-duplicative",
	Title:      "Unjust-enrichment count duplicates the contract count",
	Family:     legal.ClaimUnjustEnrichment,
	Severity:   lint.Info,
	Confidence: 0.45,
	Doc: lint.Doc{
		Requirement: "Unjust enrichment requires that the defendant was enriched at the plaintiff's expense and that equity and good conscience require restitution. New York treats it as unavailable where it simply duplicates a conventional contract or tort claim, and a valid written contract governing the subject precludes quasi-contract recovery; Rule 8(d) allows pleading it in the alternative. Liveperson's unjust-enrichment count survived.",
		Authority:   authority.Cite(authority.Corsello, authority.ClarkFitzpatrick),
		Insufficient: []string{
			"Defendant was unjustly enriched by the wrongful conduct described above. (same facts as the contract and tort counts; the contract's validity is not disputed)",
		},
		Sufficient: []string{
			"In the alternative, to the extent Defendant's use of LP's technology after the Agreement expired in 2012 falls outside any contract, Defendant was enriched by ... at LP's expense, and equity requires restitution.",
		},
		Fix:     "Mark the count as pleaded in the alternative and identify the benefit that falls outside the contract.",
		Message: "The unjust-enrichment count rests on the same facts as the contract/tort counts; New York treats it as unavailable where it merely duplicates them — plead it in the alternative and say why the contract may not cover it.",
		Traps: []string{
			"counts pleaded in the alternative (\"In the Alternative\" in the heading counts)",
			"the contract's scope or validity disputed, or conduct after it expired or was terminated",
			"only complaints that also plead a contract count (a sales-warranty count is one)",
		},
	},
	Run: runUnjustEnrichmentDuplicative,
}

func runUnjustEnrichmentDuplicative(p *lint.Pass) {
	// A sales-warranty count is a contract claim too (U.C.C. Article 2),
	// though the contract rules do not ask it for a provision: an
	// unjust-enrichment count over the same purchase duplicates it.
	hasContract := false
	for i := range p.Doc.Counts {
		o := &p.Doc.Counts[i]
		if i != p.CountIndex && (o.Has(legal.ClaimContract) || legal.IsSalesWarranty(o.Title)) {
			hasContract = true
			break
		}
	}
	if !hasContract {
		p.Observe("unjust-enrichment.not-duplicative", lint.Pleaded)
		return
	}
	alt := lexicon.UnjustEnrichmentAlternative()
	if alt.Match(p.Count().Title) {
		p.Observe("unjust-enrichment.not-duplicative", lint.Pleaded)
		return
	}
	own := p.Own()
	for _, s := range own {
		if alt.MatchText(plead.WithTermDefinitionsText(p, s)) {
			p.Observe("unjust-enrichment.not-duplicative", lint.Pleaded, s)
			return
		}
	}
	enriched := lexicon.UnjustEnrichmentEnriched()
	anchor := plead.FirstOwn(p, own, func(s *document.Sentence) bool { return enriched.MatchText(s.Indexed()) })
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}
