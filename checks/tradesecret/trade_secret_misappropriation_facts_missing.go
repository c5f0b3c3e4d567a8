package tradesecret

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// TradeSecretMisappropriationFactsMissing reports this pleading gap: a trade-secret count that never
// says how the defendant acquired, used or disclosed the secrets
// improperly, or whose only theory is reverse engineering; and a DTSA count
// all of whose dated acts precede the Act.
var TradeSecretMisappropriationFactsMissing = &lint.Check{
	ID:         "trade-secret-misappropriation-facts-missing",
	Title:      "Trade-secret count pleads no improper acquisition, use or disclosure",
	Family:     legal.ClaimTradeSecret,
	Severity:   lint.Warning,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "Misappropriation is acquisition by improper means, or use or disclosure in breach of a duty of confidence (§ 1839(5)-(6)); reverse engineering and independent derivation are not improper means. New York likewise requires use in breach of an agreement, a confidential relationship or a duty, or after discovery by improper means. The DTSA reaches misappropriation on or after May 11, 2016.",
		Authority:   authority.Cite(authority.DTSAMisapp, authority.NAtlantic),
		Insufficient: []string{
			"Defendant misappropriated LP's trade secrets.",
			"Defendant reverse engineered LP's product and used what it learned. (reverse engineering alone is lawful)",
		},
		Sufficient: []string{
			"Defendant received the Design Requirements Documents under the 2007 Agreement's confidentiality clause and, from 2012, used them to configure its own platform for Clients A and B.",
		},
		Fix:     "Plead how Defendant obtained the secrets (in confidence, by theft, by misrepresentation) and its use or disclosure, with dates.",
		Message: "The count does not say how Defendant acquired, used or disclosed the secrets improperly (reverse engineering alone is not improper means).",
		Traps: []string{
			"acquisition under a confidentiality obligation pleaded in the facts and incorporated",
			"reverse engineering in breach of a license that forbids it is improper",
			"continuing use after May 11, 2016 brings earlier misappropriation within the DTSA",
		},
	},
	Run: runTradeSecretMisappropriation,
}

// MsgTSBeforeDTSA is the info message for a DTSA count that pleads
// improper acts but dates every one of them before May 11, 2016, when the
// Act took effect, and alleges no use continuing past it. The element chart
// (checks/elements.go) matches it to mark misappropriation thin rather than
// missing: the acts are pleaded, only their dates keep them outside the Act.
const MsgTSBeforeDTSA = "This DTSA count dates every act of misappropriation before May 11, 2016, when the Act took effect, and alleges no continuing use after that date."

func runTradeSecretMisappropriation(p *lint.Pass) {
	acts := tsActs(p)
	impropriety := lexicon.TradeSecretImpropriety()
	lawful := lexicon.TradeSecretLawfulMeans()
	var improper []*document.Sentence
	// Paragraph-level answers are computed once per paragraph, not once per
	// sentence (quadratic in a huge paragraph).
	improperPara := map[int]bool{}
	paraImproper := func(s *document.Sentence) bool {
		v, ok := improperPara[s.Paragraph]
		if !ok {
			v = impropriety.MatchText(plead.ParagraphIndexed(p.Doc, s))
			improperPara[s.Paragraph] = v
		}
		return v
	}
	for _, s := range acts {
		text := plead.WithTermDefinitions(p, s)
		if lawful.Match(text) {
			// Reverse engineering is improper only when something else in
			// the sentence makes it so (a license forbidding it); calling
			// the product "confidential" does not.
			rest := plead.Blank(lawful, text)
			if impropriety.Match(reConfidentialWord.ReplaceAllString(rest, " ")) {
				improper = append(improper, s)
			}
			continue
		}
		if impropriety.Match(text) || paraImproper(s) {
			improper = append(improper, s)
		}
	}
	anchorOf := func(list []*document.Sentence) *document.Sentence {
		a := plead.FirstOwn(p, list, func(*document.Sentence) bool { return true })
		if a != nil && a.Count != p.CountIndex {
			return nil
		}
		return a
	}
	if len(improper) == 0 {
		p.ReportMissing(anchorOf(acts), p.Check.SeverityIn(p.Profile), "")
		return
	}
	p.Observe("trade-secret.misappropriation", lint.Pleaded, improper...)
	if !pleadsDTSA(p) {
		return
	}
	// DTSA: every dated act before May 11, 2016 and no continuing use. A
	// dated improper act is needed for the finding, but any act of a
	// defendant dated after the Act took effect ends it, even one whose
	// sentence does not repeat what made it improper: "In June 2020
	// Pelletier sent proposals" is a use after May 11, 2016 although the
	// breach of confidence that taints it is pleaded in another sentence.
	for _, s := range acts {
		for _, m := range legal.DatesText(s.Indexed()) {
			if !beforeDTSA(m) {
				return
			}
		}
	}
	continuing := lexicon.TradeSecretContinuing()
	dated := false
	openEnded := map[int]bool{}
	for _, s := range improper {
		if continuing.MatchText(s.Indexed()) {
			return
		}
		oe, ok := openEnded[s.Paragraph]
		if !ok {
			oe = legal.IsOpenEndedText(plead.ParagraphIndexed(p.Doc, s))
			openEnded[s.Paragraph] = oe
		}
		if oe {
			return
		}
		for _, m := range legal.DatesText(s.Indexed()) {
			if !beforeDTSA(m) {
				return
			}
			dated = true
		}
	}
	if dated {
		p.ReportMissing(anchorOf(improper), lint.Info, MsgTSBeforeDTSA)
	}
}

// pleadsDTSA reports a count brought under the Defend Trade Secrets Act.
func pleadsDTSA(p *lint.Pass) bool {
	dtsa := lexicon.TradeSecretDtsa()
	if dtsa.Match(p.Count().Title) {
		return true
	}
	for _, s := range p.Own() {
		if dtsa.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}
