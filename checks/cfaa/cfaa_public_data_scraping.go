package cfaa

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CFAAPublicDataScraping reports a "without authorization" theory about data
// the count itself says was public, with no login or other gate passed.
var CFAAPublicDataScraping = &lint.Check{
	ID:              "cfaa-public-data-scraping",
	Title:           "CFAA \"without authorization\" theory about public data",
	Family:          legal.ClaimCFAA,
	Severity:        lint.Info,
	CircuitSeverity: map[string]lint.Severity{"9": lint.Warning},
	Confidence:      0.6,
	Doc: lint.Doc{
		Requirement: "For a public website with no authentication requirement, the Ninth Circuit has held that the CFAA's \"without authorization\" concept does not apply, even after a cease-and-desist letter (hiQ); continued access after revocation was unauthorized where the data sat behind user logins (Power Ventures).",
		Authority:   authority.Cite(authority.HiQ, authority.PowerVentures),
		Insufficient: []string{
			"Plaintiff's product listings are publicly viewable by anyone. After receiving Plaintiff's March 3 cease-and-desist letter, Defendant continued to scrape the listings without authorization, in violation of 18 U.S.C. § 1030(a)(2)(C).",
			"Defendant's bots accessed Plaintiff's public website in violation of its Terms of Use, and thus without authorization.",
		},
		Sufficient: []string{
			"The pricing dashboard is available only to logged-in subscribers; after Plaintiff terminated Defendant's accounts on May 1, Defendant logged in with a customer's credentials 2,300 times.",
			"Defendant bypassed Plaintiff's login page by replaying expired session tokens to reach member-only pages.",
		},
		Fix:     "Plead the authentication gate the defendant passed (login, paywall, token) and how access was revoked, or rely on contract, trespass or state-law theories.",
		Message: "The count says '<its words for public data>', so the data reads as publicly accessible; in the Ninth Circuit, continued scraping of a public website after a cease-and-desist letter has been held not to be access 'without authorization' (hiQ).",
		Traps: []string{
			"mixed sites (public pages plus a gated API or member area): the count names the gated part",
			"counts under Cal. Penal Code § 502 (another statute; not a CFAA count)",
			"\"without logging in\" and \"no password required\" describe the absence of a gate, not a gate",
		},
	},
	Run: runCFAAPublicDataScraping,
}

func runCFAAPublicDataScraping(p *lint.Pass) {
	public, gate := lexicon.CaCfaaPublic(), lexicon.CaCfaaGate()
	without := lexicon.CfaaWithoutAuthorization()
	if !plead.ScopeMatches(p, without) {
		return
	}
	var at []int
	var anchorIdx = -1
	scope := p.Scope()
	for i, s := range scope {
		text := plead.WithTermDefinitions(p, s)
		if gate.Match(plead.Blank(public, text)) {
			return // a login, password or paywall stood in front of the data
		}
		if anchorIdx < 0 {
			if loc := public.FindText(s.Indexed()); loc != nil {
				anchorIdx, at = i, loc
			}
		}
	}
	if anchorIdx < 0 {
		return
	}
	s := scope[anchorIdx]
	msg := "The count says '" + strings.Join(strings.Fields(s.Text[at[0]:at[1]]), " ") + "', so the data reads as publicly accessible;" + strings.SplitN(p.Check.Doc.Message, ";", 2)[1]
	p.Report(lint.Finding{Span: plead.PhraseSpan(s, at), Severity: p.Check.SeverityIn(p.Profile), Message: msg})
}
