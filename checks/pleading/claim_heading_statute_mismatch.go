package pleading

import (
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
)

// ClaimHeadingStatuteMismatch reports a heading whose citation names one
// provision while the count pleads the elements of another (RULES-FORUM.md
// §F2.1 step 4), or whose only citation is a range the body resolves only
// weakly. The count is classified by what it pleads either way; the
// finding asks the drafter to make the heading say so.
var ClaimHeadingStatuteMismatch = &lint.Check{
	ID:         "claim-heading-statute-mismatch",
	Title:      "Heading cites a provision the count does not plead",
	Severity:   lint.Info,
	Confidence: 0.7,
	Doc: lint.Doc{
		Requirement: "A count is read by the statute it relies on and the elements it pleads. A heading that cites the wrong section invites a motion and confuses the court about which claim is pleaded.",
		Authority:   "none (drafting hygiene)",
		Insufficient: []string{
			"COUNT III — Violation of 17 U.S.C. § 1201, over allegations that Defendant stripped the author's name, title and copyright notice from Plaintiff's articles.",
		},
		Sufficient: []string{
			"COUNT III — Removal of Copyright Management Information, 17 U.S.C. § 1202(b)(1), (b)(3)",
			"COUNT II — Violation of 17 U.S.C. §§ 1201–1205, over allegations of both a bypassed paywall token and removed bylines",
		},
		Fix:     "Cite the operative provision (e.g. § 1202(b)(1)) in the heading; plead separate counts for separate statutes.",
		Message: "The heading cites a provision whose elements the count does not plead.",
		Traps: []string{
			"a remedies section (§ 1203, § 17203) cited beside the liability section",
			"case citations in the body",
			"a range such as §§ 1201–1205 that the body resolves clearly",
		},
	},
	Run: runClaimHeadingStatuteMismatch,
}

func runClaimHeadingStatuteMismatch(p *lint.Pass) {
	c := p.Count()
	span, m := c.HeadingMismatch()
	if m == nil || span.End <= span.Start {
		return
	}
	cited := strings.Join(strings.Fields(p.Doc.SourceSlice(span)), " ")
	msg := fmt.Sprintf("The heading cites '%s' but the count pleads the elements of %s; check that the heading cites the provision the count relies on.", cited, m.Pleaded.Long())
	if m.Range {
		msg = fmt.Sprintf("The heading cites only '%s', and the count's own allegations point only weakly to %s; cite the provision the count relies on.", cited, m.Pleaded.Long())
	}
	p.Report(lint.Finding{Span: span, Severity: p.Check.SeverityIn(p.Profile), Message: msg})
}
