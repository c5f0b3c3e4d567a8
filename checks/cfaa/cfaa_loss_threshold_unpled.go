package cfaa

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
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
		Authority:   authority.Cite(authority.CFAAThreshold, authority.Nexans),
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
		Message: "The CFAA count never alleges at least $5,000 of loss within a one-year period, the usual gateway to a civil claim under § 1030(g).",
		Traps: []string{
			"loss pleaded in the facts section and incorporated",
			"the § 1332 amount in controversy (\"$75,000, exclusive of interest and costs\") is not CFAA loss",
			"counts under the other § 1030(c)(4)(A)(i) factors (physical injury, public safety, government computers)",
		},
	},
	Run: runCFAALossThreshold,
}

const msgCFAAOneYear = "The CFAA count pleads a loss figure but not that it was incurred within a one-year period, as § 1030(c)(4)(A)(i)(I) requires."

func runCFAALossThreshold(p *lint.Pass) {
	scope := p.Scope()
	terms := plead.DefendantNames(p.Doc)
	// A recital of the statute ("a civil action lies where the loss
	// aggregates at least $5,000") pleads nothing about this plaintiff.
	var facts []*document.Sentence
	for _, s := range scope {
		if !isStatuteRecital(p.Doc, terms, s.Indexed()) {
			facts = append(facts, s)
		}
	}
	for _, s := range facts {
		if lexicon.CfaaOtherFactor().MatchText(s.Indexed()) {
			p.Observe("cfaa.loss", lint.Pleaded, s)
			return
		}
	}
	lossWord := lexicon.LossWord()
	var met []*document.Sentence // sentences that plead the $5,000
	for i, s := range facts {
		if legal.IsJurisdictionalAmount(s.Text) {
			continue
		}
		if lexicon.LossThreshold().MatchText(s.Indexed()) {
			met = append(met, s)
			continue
		}
		for _, a := range legal.Money(s.Text) {
			if a.Value < 5000 {
				continue
			}
			near := false
			for j := i - 2; j <= i+2; j++ {
				if j >= 0 && j < len(facts) && lossWord.MatchText(facts[j].Indexed()) && !legal.IsJurisdictionalAmount(facts[j].Text) {
					near = true
				}
			}
			if near {
				met = append(met, s)
				break
			}
		}
	}
	harm := lossAnchor(p, terms)
	if len(met) == 0 {
		sev, conf := plead.AbsenceSeverity(p)
		f := lint.Finding{Severity: sev, Confidence: conf, Missing: true}
		if harm != nil {
			f.Span = harm.Span
		} else {
			f.Span = lint.HeadingLine(p.Doc, p.Count())
		}
		p.Report(f)
		return
	}
	for _, s := range facts {
		if lexicon.LossOneYear().MatchText(s.Indexed()) {
			p.Observe("cfaa.loss", lint.Pleaded, append(met, s)...)
			return
		}
	}
	// A loss pleaded with dates that fit in one year ("on May 2, 2013 ...
	// $22,000") is incurred within a one-year period.
	for _, s := range met {
		if withinOneYear(s.Indexed()) {
			p.Observe("cfaa.loss", lint.Pleaded, s)
			return
		}
	}
	if met[0].Count == p.CountIndex {
		harm = met[0]
	}
	p.ReportMissing(harm, lint.Info, msgCFAAOneYear)
}

var reLossClaim = pattern.MustCompile(`(?i)\b(?:suffer\w*|loss(?:es)?|damages|lost|incurred|spent|paid|costs?|injur\w*|harm(?:ed)?)\b`)

// lossAnchor is the count's own sentence that should carry the $5,000: one
// with a dollar figure, else one that claims loss or damages, else any harm
// sentence — never a recital of the statute.
func lossAnchor(p *lint.Pass, terms []string) *document.Sentence {
	own := p.Own()
	for _, pred := range []func(*document.Sentence) bool{
		func(s *document.Sentence) bool { return len(legal.Money(s.Text)) > 0 },
		func(s *document.Sentence) bool { return reLossClaim.MatchText(s.Indexed()) },
		func(s *document.Sentence) bool { return plead.ReHarm.MatchText(s.Indexed()) },
	} {
		for _, s := range own {
			if pred(s) && !isStatuteRecital(p.Doc, terms, s.Indexed()) && s.Allegation >= 0 && !plead.IsIncorporation(p, s) {
				return s
			}
		}
	}
	return nil
}

// withinOneYear reports that text carries dates and all of them fall in a
// span of at most twelve months.
func withinOneYear(text pattern.Text) bool {
	var lo, hi day
	found := false
	for _, dm := range legal.DatesText(text) {
		l, h, ok := dateBounds(dm)
		if !ok {
			continue
		}
		if !found || l.before(lo) {
			lo = l
		}
		if !found || hi.before(h) {
			hi = h
		}
		found = true
	}
	if !found {
		return false
	}
	return (hi.y*12+hi.m)-(lo.y*12+lo.m) < 12
}
