package checks

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// CFAALossNotSystemCosts flags a CFAA count whose pleaded harms are lost
// clients, goodwill or the value of data rather than the costs of
// responding to and repairing an intrusion.
var CFAALossNotSystemCosts = &lint.Check{
	ID:         "cfaa-loss-not-system-costs",
	Title:      "CFAA \"loss\" is lost business, not computer-related costs",
	Family:     legal.ClaimCFAA,
	Severity:   lint.Error,
	Confidence: 0.7,
	Doc: lint.Doc{
		Requirement: "\"Loss\" under § 1030(e)(11) is the reasonable cost of responding to an offense, assessing damage and restoring data or systems, plus revenue lost because of an interruption of service. Lost profits from misused data and the cost of assessing business impact are not loss (Nexans); Liveperson's CFAA damage theory of lost clients and misused data did not plead it.",
		Authority:   cite(authCFAALoss, authNexans, authVanBuren),
		Insufficient: []string{
			"As a result of Defendant's unauthorized access, LP lost major clients and suffered harm to its goodwill and reputation exceeding $5,000.",
			"The value of LP's trade secrets was diminished by millions of dollars.",
			"Defendant was unjustly enriched by its access.",
			"LP lost revenue when clients moved to Defendant's platform.",
		},
		Sufficient: []string{
			"LP incurred $30,000 on incident response, including forensic imaging and log review to determine which servers Defendant reached.",
			"LP spent $8,500 restoring altered rule files to their pre-intrusion state.",
			"LP lost $22,000 in revenue because its service was down for six hours.",
		},
		Fix:     "Plead computer-related costs (forensics, damage assessment, restoration, security remediation) or interruption-of-service revenue, with amounts; keep lost customers and IP value for the other counts.",
		Message: "The only harms pleaded for the CFAA count (lost clients, goodwill, value of trade secrets) are not 'loss' under § 1030(e)(11), which covers costs of responding to and repairing the intrusion and revenue lost from an interruption of service.",
		Traps: []string{
			"harms listed for other counts in a shared damages paragraph are attributed by scope",
			"investigation costs to learn what data was taken count as loss",
			"lost revenue counts when it was caused by an interruption of service",
		},
	},
	Run: runCFAALossNotSystemCosts,
}

const msgCFAALossMixed = "The CFAA count mixes cognizable loss (response, investigation, restoration costs) with harms § 1030(e)(11) does not cover (lost clients, goodwill, value of information); make sure the $5,000 is computed from the cognizable categories."

// harmKind classifies one sentence's harms.
func harmKind(text string) (cognizable bool, non []int) {
	if legal.Lex("loss.cognizable").Match(text) {
		cognizable = true
	}
	nonc := legal.Lex("loss.noncognizable")
	for _, loc := range nonc.FindAll(text) {
		phrase := text[loc[0]:loc[1]]
		// Lost revenue is loss when an interruption of service caused it.
		if legal.Lex("loss.interruption").Match(text) && reLostRevenue.MatchString(phrase) {
			cognizable = true
			continue
		}
		return cognizable, loc
	}
	return cognizable, nil
}

var reLostRevenue = legal.MustCompile(`(?i)^lost (?:revenues?|profits|income)$`)

func runCFAALossNotSystemCosts(p *lint.Pass) {
	// Harm sentences of the count itself decide; incorporated facts can add
	// cognizable costs (a forensic bill pleaded in the background section)
	// but their talk of lost clients belongs to the other counts.
	var firstNon *document.Sentence
	var nonLoc []int
	cognizable := false
	for _, s := range p.Own() {
		if !reHarm.MatchString(s.Text) {
			continue
		}
		cog, non := harmKind(s.Text)
		cognizable = cognizable || cog
		if non != nil && firstNon == nil {
			firstNon, nonLoc = s, non
		}
	}
	if firstNon == nil {
		return
	}
	if !cognizable {
		for _, s := range p.Scope() {
			if s.Count == p.CountIndex {
				continue
			}
			if cog, _ := harmKind(s.Text); cog && len(legal.Money(s.Text)) > 0 {
				cognizable = true
				break
			}
		}
	}
	span := phraseSpan(firstNon, nonLoc)
	if cognizable {
		p.Report(lint.Finding{Span: span, Severity: lint.Info, Message: msgCFAALossMixed})
		return
	}
	p.Report(lint.Finding{Span: span, Severity: p.Check.SeverityIn(p.Profile)})
}
