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

// CFAALimitationsWindow reports this pleading gap: every access date pleaded is more than two years
// before the complaint's date, with no later discovery of the damage.
var CFAALimitationsWindow = &lint.Check{
	ID:         "cfaa-limitations-window",
	Title:      "CFAA access dates fall outside the two-year limitations period",
	Family:     legal.ClaimCFAA,
	Severity:   lint.Info,
	Confidence: 0.4,
	Doc: lint.Doc{
		Requirement: "A civil CFAA action must be brought within two years of the act complained of or the date of the discovery of the damage (§ 1030(g)).",
		Authority:   authority.CFAAAction,
		Insufficient: []string{
			"Defendant accessed LP's servers without authorization in March and April 2011. (complaint dated May 15, 2014)",
		},
		Sufficient: []string{
			"Defendant accessed LP's servers in March 2011; LP first discovered the intrusion in a security audit on September 3, 2013. (complaint dated May 15, 2014)",
			"Defendant has accessed LP's servers from March 2011 to the present.",
		},
		Fix:     "Plead later access or the date of discovery of the damage.",
		Message: "Every access date pleaded is more than two years before the complaint date; § 1030(g) has a two-year limitations period.",
		Traps: []string{
			"continuing access (\"to the present\", \"continues to access\")",
			"amended complaints, which may relate back to the original filing date, are skipped",
			"a discovery allegation with a date inside the window",
			"complaints without a dated signature block are skipped",
		},
	},
	Run: runCFAALimitations,
}

var reAmendedComplaint = pattern.MustPattern(`(?i)\bamended\s+(?:and\s+supplemental\s+)?complaint\b`)

// isAmendedComplaint reports an amended complaint: its caption or opening
// calls it one.
func isAmendedComplaint(d *document.Document) bool {
	end := len(d.Text)
	if len(d.Allegations) > 0 {
		end = d.Allegations[0].Span.Start
	}
	if end > 4000 {
		end = 4000
	}
	return reAmendedComplaint.MatchText(d.Indexed(document.Span{End: len(d.Text)}).Slice(0, end))
}

func runCFAALimitations(p *lint.Pass) {
	filed, ok := complaintDate(p.Doc)
	if !ok || isAmendedComplaint(p.Doc) {
		return
	}
	window := filed.minusYears(2)
	scope := p.Scope()
	terms := plead.DefendantNames(p.Doc)
	access := lexicon.CfaaAccessAct()
	continuing := lexicon.CfaaContinuing()
	var latest day
	var latestAt *document.Sentence
	for _, s := range scope {
		if !access.MatchText(s.Indexed()) || !nearDefendant(p, terms, s) || isStatuteRecital(p.Doc, terms, s.Indexed()) {
			continue
		}
		// A grant of access ("the 2006 Agreement licensed Defendant to
		// access ...") dates the permission, not an act complained of.
		if isGrant(s.Indexed()) {
			continue
		}
		// A cost sentence ("spent $27,000 in April 2016 investigating the
		// downloads") dates the response, not the access.
		if len(legal.Money(s.Text)) > 0 {
			continue
		}
		if continuing.MatchText(s.Indexed()) && plead.MentionsDefendant(terms, s.Indexed()) {
			return
		}
		if d, ok := latestDay(s.Text); ok && (latestAt == nil || latest.before(d)) {
			latest, latestAt = d, s
		}
	}
	if latestAt == nil || !latest.before(window) {
		return
	}
	discovery := lexicon.CfaaDiscovery()
	for _, s := range scope {
		if !discovery.MatchText(s.Indexed()) {
			continue
		}
		if d, ok := latestDay(s.Text); ok && !d.before(window) {
			return
		}
	}
	p.ReportMissing(latestAt, p.Check.SeverityIn(p.Profile), "")
}
