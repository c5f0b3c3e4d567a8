package dmca

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// DMCA1202RemovalFactsMissing reports a § 1202 theory pleaded only in the
// statute's words: removal without how, where or when; distribution without
// which copies or to whom; false CMI without the false statement.
var DMCA1202RemovalFactsMissing = &lint.Check{
	ID:         "dmca-1202-removal-facts-missing",
	Title:      "§ 1202 removal or distribution pleaded without facts",
	Family:     legal.ClaimDMCA1202,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "§ 1202(b)(1) forbids removing or altering CMI; (b)(3) distributing works knowing CMI was removed; § 1202(a) providing or distributing false CMI. Courts dismissed claims with no distribution pleaded (Tremblay) and no facts that the model distributed works without CMI (Kadrey, Nov. 2023); a claim naming the training sets and extraction tools survived (Intercept).",
		Authority:   authority.Cite(authority.Section1202, authority.Tremblay, authority.KadreyNov2023, authority.Intercept),
		Insufficient: []string{
			"Defendants removed or altered Plaintiffs' CMI.",
			"Defendants distributed copies of the Works with CMI removed. (no what/where)",
			"Defendants provided false CMI. (no false statement identified)",
		},
		Sufficient: []string{
			"Defendant built the 'WebText2' training set with an extraction tool that keeps only an article's main text and discards the byline, headline and copyright notice; Exhibit C lists 4,100 of Plaintiff's URLs found in a public replica of that set, with those fields absent.",
			"In response to the prompts in Exhibit D, Defendant's service output the first 600 words of Plaintiff's article verbatim without the author's name or notice. ((b)(3))",
			"Defendant's app displayed 'Image by AcmeArt' under Plaintiff's photographs. ((a), false CMI)",
		},
		Fix:     "Describe the removal (tool, process, dataset, date) and, for (b)(3), the distribution (which copies, to whom, how), with examples.",
		Message: "The count cites § 1202(b)(1) but never says how, where or when CMI was removed; courts have dismissed § 1202(b) claims pleaded only in the statute's words.",
		Traps: []string{
			"removal facts in the background section, incorporated",
			"distribution pleaded on information and belief with concrete output examples elsewhere",
			"each subsection the count cites is judged on its own facts",
		},
	},
	Run: runDMCA1202RemovalFacts,
}

// reFromWork finds where CMI was removed from: "from the Photographs".
var reFromWork = pattern.MustPattern(`(?i)\bfrom (?:the |each |every |all |its |their |[\w'’]+'s? )?(?:[\w-]+ ){0,2}\w+`)

// The rest of each message, after the words that say what the count
// pleads (cmiTheoryWords).
const (
	msgCMIRemovalRest      = " but never says how, where or when CMI was removed; courts have dismissed § 1202(b) claims pleaded only in the statute's words."
	MsgCMIDistributionRest = " but does not say, of the copies distributed without CMI, which copies, where or to whom; courts have dismissed § 1202(b)(3) claims pleaded only in the statute's words."
	MsgCMIFalseRest        = " but does not identify the false statement of authorship, ownership or terms."
)

func runDMCA1202RemovalFacts(p *lint.Pass) {
	th := cmiTheoriesOf(p)
	remove, how := lexicon.CmiRemove(), lexicon.CmiHow()
	distribute, detail := lexicon.CmiDistribute(), lexicon.CmiDistributionDetail()
	falseCMI := lexicon.CmiFalse()
	terms := plead.DefendantWords(p.Doc)
	var removed, distributed, falsified bool
	for _, s := range p.Scope() {
		text := cmiText(p, s)
		// "removed Vega's name and watermark from the Photographs" says
		// what was removed; "removed Plaintiffs' CMI" is the statute's word.
		if remove.Match(text) && (how.Match(text) || legal.HasTime(text) || (namesCMIType(text) && reFromWork.MatchString(text))) {
			removed = true
		}
		// The defendant's distribution, not the plaintiff's publishing.
		if distribute.Match(text) && (detail.Match(text) || plead.HasExhibit(pattern.Plain(text))) && plead.MentionsDefendant(terms, pattern.Plain(legal.Normalize(strings.ToLower(s.Text)))) {
			distributed = true
		}
		if (falseCMI.Match(text) || distribute.Match(text)) && plead.QuotedStatement(s.Indexed()) != nil {
			falsified = true
		}
		if describesOwnAttribution(terms, legal.Normalize(strings.ToLower(s.Text))) {
			falsified = true
		}
	}
	sev := p.Check.SeverityIn(p.Profile)
	if th.removal && !removed {
		a := cmiAnchor(p, remove)
		p.ReportMissing(a, sev, cmiTheoryWords(p, th, a, remove, "(b)(1)")+msgCMIRemovalRest)
	}
	if th.distribution && !distributed {
		a := cmiAnchor(p, distribute)
		p.ReportMissing(a, sev, cmiTheoryWords(p, th, a, distribute, "(b)(3)")+MsgCMIDistributionRest)
	}
	if th.falseCMI && !falsified {
		a := cmiAnchor(p, falseCMI)
		p.ReportMissing(a, sev, cmiTheoryWords(p, th, a, falseCMI, "(a)")+MsgCMIFalseRest)
	}
}

// describesOwnAttribution reports a sentence that describes the false CMI
// instead of quoting it: the copies carry the defendant's own name, logo or
// credit ("the pages carry BrightLark's name and logo, not FlashThread's").
// A defendant's name with "'s" is read as "its own" so that one lexicon
// serves both drafting styles; the sentence must name a defendant, so a
// plaintiff publishing "under its own name" does not count.
func describesOwnAttribution(terms []string, lower string) bool {
	if !plead.MentionsDefendant(terms, pattern.Plain(lower)) {
		return false
	}
	for _, t := range terms {
		lower = strings.ReplaceAll(lower, t+"'s ", "its own ")
	}
	return lexicon.CmiOwnAttribution().Match(lower)
}
