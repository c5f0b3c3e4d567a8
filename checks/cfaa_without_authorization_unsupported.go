package checks

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// CFAAWithoutAuthorizationUnsupported reports this pleading gap: access "without authorization"
// alleged with nothing showing Defendant lacked all permission — no
// revocation, no outsider access — often beside a grant of access.
var CFAAWithoutAuthorizationUnsupported = &lint.Check{
	ID:         "cfaa-without-authorization-unsupported",
	Title:      "CFAA \"without authorization\" alleged without revocation or outsider facts",
	Family:     legal.ClaimCFAA,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "Access \"without authorization\" means access with no permission at all — the outer gate (Van Buren; Brekka). A defendant that held permission acts without authorization only after the permission is revoked (Power Ventures). In Liveperson the license undercut any claim of wholly unauthorized access.",
		Authority:   cite(authVanBuren, authBrekka, authPowerVentures, authLiveperson),
		Insufficient: []string{
			"Defendant accessed LP's computers without authorization.",
			"Defendant, without authorization, accessed LP's servers and obtained LP's confidential information.",
			"Defendant's software accessed LP's systems without LP's permission. (while ¶ 20 says LP licensed Defendant to access the platform)",
		},
		Sufficient: []string{
			"On January 10, 2013 LP terminated the Agreement and disabled Defendant's accounts by written notice; from February to June 2013 Defendant logged into LP's production servers with the credentials of a former LP employee, from IP addresses assigned to Defendant.",
			"Defendant never held an account on LP's analytics server; after LP's cease-and-desist letter of March 1, 2013, its script continued to query the server 1,312 times.",
		},
		Fix:     "Plead when and how authorization ended or never existed (termination notice, disabled accounts, misuse of another's credentials) and the access after that point.",
		Message: msgWithoutAuthGrant,
		Traps: []string{
			"outsider hacking with technical detail but no date is reported as info only",
			"a grant of access to a differently named system than the one intruded: the count pleads that Defendant was never let into the intruded one",
			"\"unauthorized access\" used as shorthand in an exceeds-authorized-access count that pleads gate facts",
			"recitals of the statute",
		},
	},
	Run: runCFAAWithoutAuth,
}

const (
	msgWithoutAuthGrant = "The count alleges access 'without authorization' but not how or when Defendant lacked any permission (no revocation, no outsider access facts), and elsewhere pleads that Plaintiff granted access."
	msgWithoutAuthBare  = "The count alleges access 'without authorization' but not how or when Defendant lacked any permission (no revocation, no outsider access facts)."
	msgWithoutAuthWhen  = "The count pleads how Defendant lacked permission (revocation or outsider access) but not when; plead the date authorization ended or the intrusion began, and the access after that point."
)

func runCFAAWithoutAuth(p *lint.Pass) {
	scope := p.Scope()
	terms := defendantNames(p.Doc)
	hits := cfaaAllegations(p, scope, terms, legal.Lex("cfaa.without-authorization"))
	if len(hits) == 0 {
		p.ObserveNotChecked("cfaa.authorization", "neither access theory is pleaded")
		return
	}
	// "Unauthorized access" as shorthand in an exceeds count that pleads
	// gate facts is that theory's label, not a second theory.
	if onlyShorthand(hits) && len(cfaaAllegations(p, scope, terms, legal.Lex("cfaa.exceeds"))) > 0 && gatePleaded(p, scope, terms) {
		return
	}
	sup := withoutAuthSupport(p, scope, terms)
	if sup.how() && sup.timed {
		p.Observe("cfaa.authorization", lint.Pleaded, hits...)
		return
	}
	anchor := preferOwn(p, hits)
	if sup.how() {
		p.ReportMissing(anchor, lint.Info, msgWithoutAuthWhen)
		return
	}
	grant := grantSentence(p, scope, terms)
	if grant != nil && differentSystem(grant, hits) {
		// The complaint pleads what Defendant was let into and that the
		// intrusion was elsewhere: the outer gate to the other system was
		// never opened (RULES.md: pass if the systems differ by name).
		p.Observe("cfaa.authorization", lint.Pleaded, grant)
		return
	}
	f := lint.Finding{Span: anchor.Span, Severity: p.Check.SeverityIn(p.Profile), Missing: true, Message: msgWithoutAuthBare}
	if grant != nil {
		f.Message = msgWithoutAuthGrant
		f.Related = []lint.Related{{Span: grant.Span, Message: "the allegation granting Defendant access"}}
	}
	p.Report(f)
}
