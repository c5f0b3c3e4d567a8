package unfaircomp

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// NYUnfairCompetitionBadFaithMisappropriationMissing reports this pleading gap: a New York unfair
// competition count that pleads the label but neither bad-faith
// misappropriation nor passing off.
var NYUnfairCompetitionBadFaithMisappropriationMissing = &lint.Check{
	ID:         "ny-unfair-competition-bad-faith-misappropriation-missing",
	Title:      "NY unfair-competition count pleads no bad-faith misappropriation",
	Family:     legal.ClaimUnfairComp,
	Severity:   lint.Warning,
	Confidence: 0.55,
	NY:         true,
	Doc: lint.Doc{
		Requirement: "The essence of New York common-law unfair competition is the bad-faith misappropriation of the labors and expenditures of another; bad faith is central. New York courts describe two main theories: passing off, and misappropriation of the plaintiff's confidential information, trade secrets or other commercial advantage. Liveperson's unfair-competition count survived on bad-faith misappropriation of LP's confidential technology.",
		Authority:   authority.Cite(authority.JeffreyMilstein, authority.SaratogaVichy),
		Insufficient: []string{
			"Defendant's acts constitute unfair competition under New York common law.",
			"Defendant competed unfairly by offering a similar product at a lower price.",
			"Defendant's conduct was unfair, deceptive and in bad faith.",
		},
		Sufficient: []string{
			"Defendant obtained LP's client-specific targeting rules only through its co-marketing role, promised in § 7 of the 2007 Agreement to use them only for joint clients, and then — knowing of that promise — loaded them into its own platform to win Client A and Client B.",
			"Defendant's chat window displayed LP's name and logo to shoppers while routing chats to Defendant's agents. (passing off)",
		},
		Fix:     "Identify what was misappropriated (confidential data, rules, code, goodwill), how Defendant got and used it, and the facts showing bad faith.",
		Message: "New York unfair competition requires bad-faith misappropriation (or passing off); the count pleads only the label.",
		Traps: []string{
			"counts titled \"unfair competition\" that are really Lanham Act § 43(a) counts are routed to the Lanham rules",
			"California UCL and other states' unfair-competition counts are skipped unless they cite New York law",
			"the misappropriation and the facts showing bad faith pleaded in the facts section and incorporated",
			"the bare phrase \"bad faith\" is not a fact showing it",
		},
	},
	Run: runNYUnfairCompetition,
}

func runNYUnfairCompetition(p *lint.Pass) {
	if plead.PleadsOtherStateLaw(p) {
		return
	}
	// Hot-news misappropriation has its own elements (time-sensitive
	// facts, free riding, direct competition, a threat to the service);
	// bad faith is not one of them.
	if hotNewsCount(p) {
		return
	}
	interest := lexicon.NyUnfairInterest()
	use := lexicon.NyUnfairUseVerb()
	passing := lexicon.NyUnfairPassingOff()
	confusion := lexicon.NyUnfairConfusion()
	badFaith := lexicon.NyUnfairBadFaithFacts()
	// The misappropriation and the facts showing bad faith must be pleaded
	// together: in one numbered paragraph (or one sentence of the count).
	seen := map[int]bool{}
	for _, s := range p.Scope() {
		if seen[s.Paragraph] {
			continue
		}
		seen[s.Paragraph] = true
		text := plead.ParagraphText(p.Doc, s) + " " + plead.WithTermDefinitions(p, s)
		if passing.Match(text) {
			p.Observe("ny-unfair-comp.misappropriation", lint.Pleaded, s)
			p.Observe("ny-unfair-comp.bad-faith", lint.Pleaded, s)
			return
		}
		misapp := false
		for _, t := range paragraphSentenceTexts(p, s) {
			if (interest.Match(t) && use.Match(t)) || confusion.Match(t) {
				misapp = true
				break
			}
		}
		if misapp && badFaith.Match(text) {
			p.Observe("ny-unfair-comp.misappropriation", lint.Pleaded, s)
			p.Observe("ny-unfair-comp.bad-faith", lint.Pleaded, s)
			return
		}
	}
	anchor := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool { return reUnfairLabel.MatchText(s.Indexed()) })
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}

var reUnfairLabel = pattern.MustCompile(`(?i)\b(?:unfair\w*|compet\w*|misappropriat\w*|bad faith)\b`)

// paragraphSentenceTexts returns the texts (with definitions) of the
// sentences of s's paragraph.
func paragraphSentenceTexts(p *lint.Pass, s *document.Sentence) []string {
	para := &p.Doc.Paragraphs[s.Paragraph]
	var out []string
	for i := para.FirstSentence; i < para.EndSentence; i++ {
		out = append(out, plead.WithTermDefinitions(p, &p.Doc.Sentences[i]))
	}
	return out
}

var (
	reHotNews       = pattern.MustCompile(`(?i)\bhot[- ]news\b`)
	reTimeSensitive = pattern.MustCompile(`(?i)\btime[- ]sensitiv\w*|\bbreaking[- ]news\b`)
	reFreeRide      = pattern.MustCompile(`(?i)\bfree[- ]?rid\w*`)
)

// hotNewsCount reports a hot-news misappropriation count: so headed, or
// pleading time-sensitive facts and free riding in its own allegations.
func hotNewsCount(p *lint.Pass) bool {
	if c := p.Count(); c != nil && reHotNews.MatchString(c.Title) {
		return true
	}
	ts, fr := false, false
	for _, s := range p.Own() {
		ts = ts || reTimeSensitive.MatchText(s.Indexed()) || reHotNews.MatchText(s.Indexed())
		fr = fr || reFreeRide.MatchText(s.Indexed())
	}
	return ts && fr
}
