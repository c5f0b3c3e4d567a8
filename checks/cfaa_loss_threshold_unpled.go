package checks

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// CFAALossThresholdUnpled flags a civil CFAA count without $5,000 of loss in a
// one-year period, the usual gateway to § 1030(g).
var CFAALossThresholdUnpled = &lint.Check{
	ID:         "cfaa-loss-threshold-unpled",
	Title:      "CFAA count never pleads $5,000 of loss in one year",
	Family:     legal.ClaimCFAA,
	Severity:   lint.Error,
	Confidence: 0.8,
	Doc: lint.Doc{
		Requirement: "A civil CFAA claim under § 1030(g) almost always rests on the factor in § 1030(c)(4)(A)(i)(I): loss to one or more persons during any one-year period aggregating at least $5,000 in value. A jurisdictional amount in controversy or \"damages to be determined at trial\" does not plead it.",
		Authority:   cite(authCFAAThreshold, authNexans),
		Insufficient: []string{
			"LP has suffered damages in an amount to be determined at trial.",
			"LP has suffered loss and damage.",
			"LP's damages exceed $75,000, exclusive of interest and costs.",
		},
		Sufficient: []string{
			"Within twelve months after discovering the intrusion in March 2013, LP paid $48,200 to CyberFirm LLC for forensic investigation, spent about 310 hours of security-engineer time (about $41,000) assessing the intrusion, and $12,500 rotating credentials and rebuilding the affected server — well over $5,000.",
			"LP's agent console was unavailable for six hours on May 2, 2013, causing $22,000 in service credits and lost revenue.",
		},
		Fix:     "Plead the dollar amount of cognizable loss (response, investigation, damage assessment, restoration, or revenue lost because of an interruption of service) incurred within one year.",
		Message: "The CFAA count never alleges at least $5,000 of 'loss' within a one-year period, the usual gateway to a civil claim under § 1030(g).",
		Traps: []string{
			"loss pleaded in the facts section and incorporated",
			"the § 1332 amount in controversy (\"$75,000, exclusive of interest and costs\") is not CFAA loss",
			"counts under the other § 1030(c)(4)(A)(i) factors (physical injury, public safety, government computers)",
		},
	},
	Run: runCFAALossThreshold,
}

const msgCFAAOneYear = "The CFAA count pleads a loss figure but not that it was incurred within a one-year period, as § 1030(c)(4)(A)(i)(I) requires."

var reHarm = legal.MustCompile(`(?i)\b(?:damage[sd]?|harm(?:ed)?|injur\w*|loss(?:es)?|lost|suffer\w*|costs?|incurred|spent|paid)\b`)

func runCFAALossThreshold(p *lint.Pass) {
	scope := p.Scope()
	for _, s := range scope {
		if legal.Lex("cfaa.other-factor").Match(s.Text) {
			return
		}
	}
	lossWord := legal.Lex("loss.word")
	met := false
	for i, s := range scope {
		if legal.Lex("loss.threshold").Match(s.Text) && !legal.IsJurisdictionalAmount(s.Text) {
			met = true
			break
		}
		for _, a := range legal.Money(s.Text) {
			if a.Value < 5000 || legal.IsJurisdictionalAmount(s.Text) {
				continue
			}
			for j := i - 2; j <= i+2; j++ {
				if j >= 0 && j < len(scope) && lossWord.Match(scope[j].Text) && !legal.IsJurisdictionalAmount(scope[j].Text) {
					met = true
				}
			}
		}
		if met {
			break
		}
	}
	harm := firstOwn(p, p.Own(), func(s *document.Sentence) bool { return reHarm.MatchString(s.Text) })
	if !met {
		p.ReportMissing(harm, p.Check.SeverityIn(p.Profile), "")
		return
	}
	for _, s := range scope {
		if legal.Lex("loss.one-year").Match(s.Text) {
			return
		}
	}
	p.ReportMissing(harm, lint.Info, msgCFAAOneYear)
}
