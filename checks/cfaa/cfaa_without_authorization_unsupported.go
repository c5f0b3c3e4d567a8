package cfaa

import (
	"slices"
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
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
		Authority:   authority.Cite(authority.VanBuren, authority.Brekka, authority.PowerVentures, authority.Liveperson),
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
			"\"intentionally caused damage without authorization\" (§ 1030(a)(5)(A)): the words qualify the damage, not any access",
		},
	},
	Run: runCFAAWithoutAuth,
}

const (
	msgWithoutAuthGrant = "The count alleges access without authorization but not how or when Defendant lacked any permission (no revocation, no outsider access facts), and elsewhere pleads that Plaintiff granted access."
	msgWithoutAuthBare  = "The count alleges access without authorization but not how or when Defendant lacked any permission (no revocation, no outsider access facts)."
	msgWithoutAuthWhen  = "The count pleads how Defendant lacked permission (revocation or outsider access) but not when; plead the date authorization ended or the intrusion began, and the access after that point."
)

func runCFAAWithoutAuth(p *lint.Pass) {
	scope := p.Scope()
	terms := plead.DefendantNames(p.Doc)
	hits := slices.DeleteFunc(cfaaAllegations(p, scope, terms, lexicon.CfaaWithoutAuthorization()), damageWithoutAuthorization)
	if len(hits) == 0 {
		p.ObserveNotChecked("cfaa.authorization", "neither access theory is pleaded")
		return
	}
	// "Unauthorized access" as shorthand in an exceeds count that pleads
	// gate facts is that theory's label, not a second theory.
	if onlyShorthand(hits) && len(cfaaAllegations(p, scope, terms, lexicon.CfaaExceeds())) > 0 && gatePleaded(p, scope, terms) {
		return
	}
	anchor := plead.PreferOwn(p, hits)
	if ins := insiderGrant(p, scope, terms); ins != nil && !accessAfterPermissionEnded(p, scope, terms) {
		// An employee or administrator let in by Plaintiff: a revocation
		// pleaded somewhere does not help unless the access came after it.
		f := lint.Finding{Span: anchor.Span, Severity: p.Check.SeverityIn(p.Profile), Missing: true, Confidence: 0.7,
			Message: "The count alleges access without authorization by someone Plaintiff let in: " + endSentence(plead.Quote(p.Doc, ins.Span)) +
				" Access by an employee or administrator before that permission ended is not access without authorization (Van Buren; Brekka); the count does not plead access after the permission ended."}
		f.Related = []lint.Related{{Span: ins.Span, Message: "the allegation that Defendant held Plaintiff's access"}}
		p.Report(f)
		return
	}
	sup := withoutAuthSupport(p, scope, terms)
	if sup.how() && sup.timed {
		p.Observe("cfaa.authorization", lint.Pleaded, hits...)
		return
	}
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
	said := "The count alleges access without authorization"
	if loc := lexicon.CfaaWithoutAuthorization().FindText(anchor.Indexed()); loc != nil {
		said = "The count alleges access " + plead.QuotePhrase(p.Doc, anchor, loc)
	}
	f := lint.Finding{Span: anchor.Span, Severity: p.Check.SeverityIn(p.Profile), Missing: true,
		Message: said + " but not how or when Defendant lacked any permission (no revocation, no outsider access facts)."}
	if grant != nil {
		f.Message = said + " but not how or when Defendant lacked any permission (no revocation, no outsider access facts), and elsewhere says Plaintiff granted access: " + plead.Quote(p.Doc, grant.Span) + "."
		f.Related = []lint.Related{{Span: grant.Span, Message: "the allegation granting Defendant access"}}
	}
	p.Report(f)
}

// insiderGrant returns the sentence of the scope that makes Defendant an
// insider: administrative privileges or credentials held in a job Plaintiff
// gave it ("As database administrator, Roe held administrative privileges
// over the servers"), or nil.
func insiderGrant(p *lint.Pass, scope []*document.Sentence, terms []string) *document.Sentence {
	insider := lexicon.CfaaInsider()
	employment := lexicon.CfaaEmployment()
	// A count against one of several defendants reads that defendant's
	// position only: another defendant's job does not make this one an
	// insider.
	targets := plead.CountTargets(p.Count(), plead.PartiesFor(p.Doc))
	for _, s := range scope {
		if isStatuteRecital(p.Doc, terms, s.Indexed()) || !nearDefendant(p, terms, s) || lexicon.CfaaWithoutAuthorization().MatchText(s.Indexed()) {
			continue
		}
		// The insider is a person Plaintiff employed: a licensee with
		// administrator credentials is the ordinary grant of access.
		if !employment.MatchText(plead.ParagraphIndexed(p.Doc, s)) {
			continue
		}
		at := -1
		if loc := insider.FindText(s.Indexed()); loc != nil && !negatedBefore(s.Text, loc[0]) {
			at = loc[0]
		} else if loc := employment.FindText(s.Indexed()); loc != nil && isGrant(s.Indexed()) {
			at = loc[0]
			// "As Managing Director, Holloway had a login to ...": the
			// title comes before the name, so read the subject at the grant.
			if g := grantAt(s.Indexed()); g > at {
				at = g
			}
		}
		if at < 0 {
			continue
		}
		if targets != nil && !subjectIsTarget(s.Text[:at], terms, targets) {
			continue
		}
		return s
	}
	return nil
}

// accessAfterPermissionEnded reports that the scope places Defendant's
// access after its permission ended, or that it got in as an outsider would
// (another person's credentials, an exploit): an access sentence that says
// so, or an access dated later than the pleaded end of the permission.
func accessAfterPermissionEnded(p *lint.Pass, scope []*document.Sentence, terms []string) bool {
	after := lexicon.CfaaAfterRevocation()
	outsider := lexicon.CfaaOutsider()
	var ended, accessed []monthDate
	// A count against one of several defendants asks when that
	// defendant's permission ended: another defendant's resignation or
	// disabled account says nothing about this one's access.
	targets := plead.CountTargets(p.Count(), plead.PartiesFor(p.Doc))
	for _, s := range scope {
		if isStatuteRecital(p.Doc, terms, s.Indexed()) || !nearDefendant(p, terms, s) || !aboutTarget(p, terms, targets, s) {
			continue
		}
		access := lexicon.CfaaAccessAct().MatchText(s.Indexed())
		if access && (after.MatchText(s.Indexed()) || outsider.MatchText(s.Indexed())) {
			return true
		}
		ds := monthDates(s.Indexed())
		if revocationCue(s.Indexed()) {
			ended = append(ended, ds...)
		} else if access {
			accessed = append(accessed, ds...)
		}
	}
	for _, a := range accessed {
		for _, e := range ended {
			if e.before(a) {
				return true
			}
		}
	}
	return false
}

// subjectIsTarget reports that the defendant named last in head (the words
// before an insider cue) is one the count is against.
func subjectIsTarget(head string, terms, targets []string) bool {
	best, who := -1, ""
	for _, t := range terms {
		if i := strings.LastIndex(head, t); i > best {
			best, who = i, t
		}
	}
	if best < 0 {
		return false
	}
	return plead.NamesAny(who, targets)
}

// aboutTarget reports that a sentence concerns a defendant the count is
// against: it names one, or names no defendant and its paragraph names one
// (or none). Without targets every sentence qualifies.
func aboutTarget(p *lint.Pass, terms, targets []string, s *document.Sentence) bool {
	if targets == nil {
		return true
	}
	for _, text := range []string{s.Text, plead.ParagraphText(p.Doc, s)} {
		named := false
		for _, t := range terms {
			if len(plead.TermIndexes(text, t)) == 0 {
				continue
			}
			named = true
			if plead.NamesAny(t, targets) {
				return true
			}
		}
		if named {
			return false
		}
	}
	return true
}

// reDamageWithoutAuth is the (a)(5)(A) phrase, "intentionally causes damage
// without authorization": there the words qualify the damage, not any
// access, and an employee who plants a wiping program is within it however
// lawful his access was (the statute's text). Only "without authorization"
// said of access is this rule's business.
var reDamageWithoutAuth = pattern.MustPattern(`(?i)\bdamage[sd]?\s+(?:(?:to|on|upon)\s+[^,.;]{1,60}?\s+)?without\s+(?:any\s+)?authori[sz]ation`)

// damageWithoutAuthorization reports a sentence whose every "without
// authorization" qualifies damage caused.
func damageWithoutAuthorization(s *document.Sentence) bool {
	if !reDamageWithoutAuth.MatchString(s.Text) {
		return false
	}
	return !lexicon.CfaaWithoutAuthorization().Match(reDamageWithoutAuth.ReplaceAllString(s.Text, " "))
}
