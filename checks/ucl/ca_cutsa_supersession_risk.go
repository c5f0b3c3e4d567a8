package ucl

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CACUTSASupersessionRisk reports a California count other than the
// trade-secret count whose operative conduct is the same misappropriation
// of confidential information, with no independent fact.
var CACUTSASupersessionRisk = &lint.Check{
	ID:         "ca-cutsa-supersession-risk",
	Title:      "Count rests on the trade-secret misappropriation CUTSA displaces",
	State:      "CA",
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "The California Uniform Trade Secrets Act displaces other civil claims based on misappropriation of a trade secret (§ 3426.7), read to reach claims resting on the same nucleus of facts (Silvaco; K.C. Multimedia). Contract claims are preserved.",
		Authority:   authority.Cite(authority.CUTSASuper, authority.Silvaco, authority.KCMultimedia),
		Insufficient: []string{
			"Defendant unfairly competed by taking and using Plaintiff's confidential customer data and algorithms. (UCL count, same facts as the CUTSA count)",
			"Defendant was unjustly enriched by its use of Plaintiff's proprietary designs.",
		},
		Sufficient: []string{
			"Separately from any trade-secret use, Defendant's sales team told Client B that Plaintiff was insolvent (trade libel).",
			"Defendant breached § 4 of the NDA (contract claims are expressly preserved, § 3426.7(b)).",
		},
		Fix:     "Plead facts independent of the misappropriation (a separate misrepresentation, breach of contract) or drop the count.",
		Message: "This count rests on the same misappropriation of confidential information as the trade-secret count; California courts hold such claims displaced by CUTSA (§ 3426.7; Silvaco).",
		Where:   "California-law UCL, unfair competition, interference, unjust enrichment, conversion and negligence counts, when the complaint pleads trade secrets",
		Traps: []string{
			"contract counts (excluded by the statute)",
			"counts that plead an independent wrong (misrepresentation, passing off, defamation) besides the taking",
			"information pleaded as \"not a trade secret\": courts divide on whether CUTSA still displaces, so the rule still warns",
		},
	},
	Run: runCACUTSASupersession,
}

func runCACUTSASupersession(p *lint.Pass) {
	c := p.Count()
	if countIs(c, legal.ClaimTradeSecret, legal.ClaimContract) {
		return
	}
	displaceable := countIs(c, legal.ClaimUCL, legal.ClaimUnfairComp, legal.ClaimInterference, legal.ClaimUnjustEnrichment) ||
		lexicon.CaCutsaDisplaceableTitle().Match(c.Title)
	if !displaceable || !documentPleadsTradeSecrets(p) {
		return
	}
	object, extra := lexicon.CaCutsaObject(), lexicon.CaCutsaExtra()
	misapp := lexicon.CaCutsaAct()
	var at []int
	var anchor = -1
	own := p.Own()
	for i, s := range own {
		if plead.IsIncorporation(p, s) {
			continue
		}
		if extra.MatchText(s.Indexed()) {
			return // an independent wrong, or a contract
		}
		if anchor < 0 && misapp.MatchText(s.Indexed()) {
			if loc := object.FindText(s.Indexed()); loc != nil {
				anchor, at = i, loc
			}
		}
	}
	if anchor < 0 {
		return
	}
	f := lint.Finding{Span: plead.PhraseSpan(own[anchor], at), Severity: p.Check.SeverityIn(p.Profile)}
	// Information pleaded as confidential "whether or not" a trade secret:
	// the warning stands, but the reader is told the courts divide.
	notTS := lexicon.CaCutsaNotTradeSecret()
	for _, s := range p.Scope() {
		if loc := notTS.FindText(s.Indexed()); loc != nil {
			f.Message = p.Check.Doc.Message + msgCUTSANotTradeSecret
			f.Related = append(f.Related, lint.Related{Span: plead.PhraseSpan(s, loc), Message: "pleaded apart from trade-secret status"})
			break
		}
	}
	p.Report(f)
}

const msgCUTSANotTradeSecret = " The complaint also pleads the information as protected even if it is not a trade secret; courts divide on whether CUTSA displaces claims over such information, so the risk remains."

// documentPleadsTradeSecrets reports a trade-secret count in the complaint,
// or facts that speak of trade secrets.
func documentPleadsTradeSecrets(p *lint.Pass) bool {
	for i := range p.Doc.Counts {
		if p.Doc.Counts[i].Has(legal.ClaimTradeSecret) {
			return true
		}
	}
	ts := lexicon.CaCutsaTradeSecret()
	for _, s := range p.Scope() {
		if ts.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}
