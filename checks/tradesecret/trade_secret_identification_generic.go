package tradesecret

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// TradeSecretIdentificationGeneric reports this pleading gap: trade secrets described only by broad
// categories ("technology, know-how, business methods").
var TradeSecretIdentificationGeneric = &lint.Check{
	ID:         "trade-secret-identification-generic",
	Title:      "Trade secrets described only by broad categories",
	Family:     legal.ClaimTradeSecret,
	Severity:   lint.Warning,
	Confidence: 0.55,
	Doc: lint.Doc{
		Requirement: "A trade secret is information that derives independent economic value from not being generally known and that its owner took reasonable measures to keep secret; New York weighs the Ashland factors. S.D.N.Y. courts require the secrets to be identified with enough particularity to separate them from general knowledge in the field. Liveperson's trade-secret count survived because it described specific proprietary methods.",
		Authority:   authority.Cite(authority.DTSADefinition, authority.Ashland, authority.NAtlantic),
		Insufficient: []string{
			"LP's trade secrets include, without limitation, its technology, know-how, business methods, customer information and pricing.",
			"LP's confidential and proprietary information (the 'Trade Secrets').",
			"LP's proprietary platform and everything related to it.",
		},
		Sufficient: []string{
			"(a) the 212 client-specific chat-invitation rules and their weightings in the Design Requirements Documents for Clients A, B and C; (b) the source code of the rules-engine scoring module; (c) LP's conversion data by rule for 2009-2013.",
		},
		Fix:     "Identify each secret by document, module, dataset or client program (without revealing its contents), and say why it is valuable because it is secret.",
		Message: "The trade secrets are described only by broad categories; courts require enough particularity to separate them from general knowledge in the field.",
		Traps: []string{
			"a generic umbrella sentence followed by specific sub-items",
			"secrets identified in the facts section and incorporated",
			"the rule never asks for the secret itself to be disclosed",
		},
	},
	Run: runTradeSecretIdentification,
}

func runTradeSecretIdentification(p *lint.Pass) {
	texts, described, defining, mentions := tsDescription(p)
	if len(described) > 0 {
		texts = described
	}
	for _, t := range texts {
		if specificSecret(t) {
			p.Observe("trade-secret.identification", lint.Pleaded, defining...)
			return
		}
	}
	if describedByName(p, texts) {
		p.Observe("trade-secret.identification", lint.Pleaded, defining...)
		return
	}
	// Anchor on the count's own sentence that says what the secrets are,
	// else on its first mention of them, else on the heading.
	var anchor *document.Sentence
	for _, list := range [][]*document.Sentence{defining, mentions} {
		for _, s := range list {
			if anchor == nil && s.Count == p.CountIndex {
				anchor = s
			}
		}
	}
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}

// reQuotedRecordName finds a name the pleading gives a record in quotes, not in a
// parenthesised definition: Pacific Union's "Deal Pipeline" report.
var reQuotedRecordName = pattern.MustPattern(`["\x{201C}]((?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4}))["\x{201D}]`)

// describedByName reports that the secrets are a record the scope names in
// quotes ("the Deal Pipeline and credit files are trade secrets") and
// whose paragraph there says what it holds concretely: a named document
// with its contents identifies the secret even if the count itself only
// repeats the name.
func describedByName(p *lint.Pass, texts []string) bool {
	parties := append(plead.PlaintiffTerms(p.Doc), plead.DefendantTerms(p.Doc)...)
	for _, s := range p.Scope() {
		for _, m := range reQuotedRecordName.FindAllTextSubmatchIndex(s.Indexed(), -1) {
			name := s.Text[m[2]:m[3]]
			if definitionOpening(s.Text[:m[0]]) || reSecretTerm.MatchString(name) || plead.NamesAny(name, parties) {
				continue
			}
			if !specificSecret(blankName(plead.ParagraphText(p.Doc, s), name)) {
				continue
			}
			for _, t := range texts {
				if strings.Contains(t, name) {
					return true
				}
			}
		}
	}
	return false
}

// definitionOpening reports text that ends where a parenthesised
// definition opens, ("Name") or (the "Name"): such a name is a defined
// term, not a record the pleader describes.
func definitionOpening(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "(") || strings.HasSuffix(strings.ToLower(before), "(the")
}

// blankName removes the name itself, so that a name such as "Pricing
// Module" does not count as the concrete content of its own paragraph.
func blankName(text, name string) string {
	return strings.ReplaceAll(text, name, strings.Repeat(" ", len(name)))
}
