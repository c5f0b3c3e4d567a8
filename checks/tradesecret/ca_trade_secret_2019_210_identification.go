package tradesecret

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CATradeSecret2019210Identification notes that a CUTSA count's catch-all
// description of its trade secrets will not serve as the identification
// California requires before trade-secret discovery.
var CATradeSecret2019210Identification = &lint.Check{
	ID:         "ca-trade-secret-2019-210-identification",
	Title:      "CUTSA count's catch-all description will not serve for § 2019.210",
	Family:     legal.ClaimTradeSecret,
	State:      "CA",
	Severity:   lint.Info,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "Before discovery on a CUTSA claim, California requires the plaintiff to identify the trade secrets with reasonable particularity (Cal. Civ. Proc. Code § 2019.210). It is not a pleading element and whether it binds federal courts is unsettled, but a catch-all description will not serve for it.",
		Authority:   authority.Section2019210,
		Insufficient: []string{
			"Plaintiff's trade secrets include, without limitation, its technology, processes and know-how.",
		},
		Sufficient: []string{
			"Plaintiff will serve its § 2019.210 identification; in summary, the secrets are (1) the feature-weighting tables in RankEngine v3 and (2) the 2021–2023 negotiated price schedule for Customers 1–14.",
		},
		Fix:     "Prepare a particular identification now; consider pleading a summary of it.",
		Message: "California requires a reasonably particular identification of trade secrets before trade-secret discovery (§ 2019.210); the complaint's catch-all description will not serve for that.",
		Traps: []string{
			"counts that do not cite CUTSA (DTSA-only counts)",
			"a sealed or served identification referred to in the complaint",
		},
	},
	Run: runCATradeSecret2019210,
}

func runCATradeSecret2019210(p *lint.Pass) {
	cutsa := lexicon.CaTsCutsa()
	if !plead.OwnMatches(p, cutsa) {
		return // DTSA-only: CUTSA's procedure does not reach it
	}
	if plead.ScopeMatches(p, lexicon.CaTsIdentification()) {
		return
	}
	texts, described, defining, mentions := tsDescription(p)
	if len(described) > 0 {
		texts = described
	}
	generic := true
	for _, t := range texts {
		if specificSecret(t) {
			generic = false
		}
	}
	catchAll := lexicon.CaTsCatchAll()
	var anchor *document.Sentence
	for _, list := range [][]*document.Sentence{defining, mentions} {
		for _, s := range list {
			if catchAll.MatchText(s.Indexed()) && (anchor == nil || anchor.Count != p.CountIndex) {
				anchor = s
			}
		}
	}
	if !generic && anchor == nil {
		return
	}
	if anchor == nil {
		for _, s := range append(defining, mentions...) {
			if s.Count == p.CountIndex {
				anchor = s
				break
			}
		}
	}
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}
