package tradesecret

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// TradeSecretSecrecyMeasuresMissing reports this pleading gap: a trade-secret count that never says
// what was done to keep the information secret.
var TradeSecretSecrecyMeasuresMissing = &lint.Check{
	ID:         "trade-secret-secrecy-measures-missing",
	Title:      "Trade-secret count describes no secrecy measures",
	Family:     legal.ClaimTradeSecret,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "Information is a trade secret only if its owner took reasonable measures to keep it secret (§ 1839(3)(A); the Ashland factor on the extent of those measures). The Second Circuit has affirmed dismissal where the complaint did not plead that the party given access was bound to keep it confidential.",
		Authority:   authority.Cite(authority.DTSADefinition, authority.TurretLabs, authority.Ashland),
		Insufficient: []string{
			"(no secrecy facts at all)",
			"LP takes reasonable measures to protect its trade secrets.",
		},
		Sufficient: []string{
			"Access to the rules engine is limited by role-based permissions to 14 engineers; all employees and partners sign NDAs; § 7 of the 2007 Agreement required Defendant to keep LP Confidential Information confidential and use it only for joint clients; the documents are marked 'LP Confidential'.",
		},
		Fix:     "Plead the concrete secrecy measures, especially the confidentiality obligation binding the defendant or whoever gave it access.",
		Message: "The count does not describe the measures taken to keep the information secret (NDAs, access limits, confidentiality terms binding Defendant).",
		Traps: []string{
			"confidentiality obligations pleaded in the contract count or the facts and incorporated",
			"the bare phrase \"reasonable measures\" is reported as information only",
		},
	},
	Run: runTradeSecretSecrecy,
}

const (
	msgTSReasonableOnly = "The count speaks of secrecy measures only in general terms and does not describe them (NDAs, access limits, confidentiality terms binding Defendant)."
	msgTSGeneralPolicy  = "The count's only secrecy measure is a policy addressed to the workforce at large; it does not describe measures that bound Defendant or limited access (NDAs, access limits, confidentiality terms Defendant agreed to)."
)

// generalPolicyOnly reports a sentence whose only secrecy cue is a
// workplace policy nobody is said to have signed or agreed to ("the
// Employee Handbook states that employees must keep company information
// confidential"): a policy that binds no one in particular is a measure
// described in general terms. A concrete measure in the same sentence
// (passwords, an NDA, access limits) or an assent makes it a pleaded one.
func generalPolicyOnly(text string) bool {
	if !lexicon.TradeSecretGeneralPolicy().Match(text) || lexicon.TradeSecretPolicyAssent().Match(text) {
		return false
	}
	return !lexicon.TradeSecretSecrecy().Match(plead.Blank(lexicon.TradeSecretGeneralPolicyWords(), text))
}

var reProtectWord = pattern.MustCompile(`(?i)\b(?:protect\w*|secur\w*|safeguard\w*|measures?|precautions?|secre(?:t|cy))\b`)

func runTradeSecretSecrecy(p *lint.Pass) {
	secrecy := lexicon.TradeSecretSecrecy()
	reasonable := lexicon.TradeSecretReasonableOnly()
	scope := p.Scope()
	var bare, policy []*document.Sentence
	for _, s := range scope {
		text := plead.WithTermDefinitions(p, s)
		if secrecy.Match(text) {
			if generalPolicyOnly(text) {
				policy = append(policy, s)
				continue
			}
			p.Observe("trade-secret.secrecy-measures", lint.Pleaded, s)
			return
		}
		if reasonable.MatchText(s.Indexed()) {
			bare = append(bare, s)
		}
	}
	if a := plead.FirstOwn(p, append(policy, bare...), func(*document.Sentence) bool { return true }); a != nil {
		msg := msgTSReasonableOnly
		if len(policy) > 0 {
			msg = msgTSGeneralPolicy
		}
		p.ReportMissing(a, lint.Info, msg)
		return
	}
	if incorporatesUnseen(p) {
		// An excerpt: the secrecy measures may be pleaded in incorporated
		// paragraphs the text does not contain.
		p.ObserveNotChecked("trade-secret.secrecy-measures", "the count incorporates paragraphs this text does not contain")
		return
	}
	mention := lexicon.TradeSecretMention()
	anchor := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool { return reProtectWord.MatchText(s.Indexed()) })
	if anchor == nil {
		anchor = plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool { return mention.MatchText(s.Indexed()) })
	}
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}
