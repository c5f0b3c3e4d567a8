package dmca

import (
	"slices"
	"strings"
	"sync/atomic"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// DMCA1201AuthorizedAccess flags a § 1201 count whose scope says Plaintiff
// (or its customer) gave Defendant the credentials, license or access it
// used, with no revocation before the access and no separate measure
// defeated: using authorized access is generally not circumvention.
var DMCA1201AuthorizedAccess = &lint.Check{
	ID:         "dmca-1201-authorized-access",
	Title:      "DMCA count rests on access Plaintiff authorized",
	Family:     legal.ClaimDMCA,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "Circumvention must be \"without the authority of the copyright owner\" (17 U.S.C. § 1201(a)(3)(A)). A defendant who uses a password or license the owner issued bypasses permission, not the measure (I.M.S.); in Liveperson the defendant's access came through the parties' licensed relationship, which did not show circumvention.",
		Authority:   authority.Cite(authority.Circumvention, authority.IMS, authority.Egilman, authority.Liveperson),
		Insufficient: []string{
			"Using the administrator credentials LivePerson provided under the Agreement, Defendant accessed the rules server, thereby circumventing LivePerson's technological measures.",
			"Defendant used a customer's login to view LP's dashboards.",
			"Defendant exceeded the scope of its license and thereby circumvented LP's protections.",
		},
		Sufficient: []string{
			"After LP disabled Defendant's accounts on January 10, 2013, Defendant regained access by forging session cookies signed with a key it extracted from the LP client.",
			"Defendant used a key generator to create activation keys LP never issued.",
			"Defendant's scraper solved LP's CAPTCHA with an automated solver to reach the protected reports.",
		},
		Fix:     "Plead access after authorization ended, or the separate measure Defendant defeated (forged keys, decrypted files, bypassed checks); move purpose-based misuse to the contract or trade-secret counts.",
		Message: "The complaint pleads access through credentials or a license Plaintiff issued to Defendant; using authorized access (even for a forbidden purpose) is generally not circumvention under § 1201.",
		Traps: []string{
			"a purchase or subscription of a copy is no authority to decrypt or rip it (VidAngel): no finding when that is the pleaded act",
			"credentials revoked before the access",
			"a separate measure defeated after a legitimate login",
			"grant language in the background of a different count (only the DMCA count's scope is read)",
		},
	},
	Run: runDMCAAuthorizedAccess,
}

var (
	reAsBefore      = pattern.MustCompile(`(?i)\b(?:as|appears?|appeared|seem(?:s|ed)?)\s+(?:if\s+)?(?:\w+\s+)?$`)
	reGrantActive   = pattern.MustCompile(`(?i)^(?:provid|issu|grant|assign|gave|furnish|suppl|shared)`)
	rePassiveBefore = pattern.MustCompile(`(?i)\b(?:was|were|been|being|is|are|had|has|have)\s+(?:\w+\s+)?$`)
)

// dmcaGrant reports a sentence saying Plaintiff (or a customer) gave
// Defendant credentials, a license or access, and returns the phrase.
func dmcaGrant(pt plead.PartyTerms, t pattern.Text) []int {
	if loc := thirdPartyCredential(pt, t); loc != nil {
		return loc
	}
	return dmcaGrantByParty(pt, t)
}

// dmcaGrantByParty is dmcaGrant for a sentence that uses no third party's
// credentials.
func dmcaGrantByParty(pt plead.PartyTerms, t pattern.Text) []int {
	if loc := lexicon.DmcaLicenseExceeded().FindText(t); loc != nil {
		return loc
	}
	obj := lexicon.DmcaGrantObject()
	// The grant must run to Defendant: "LP issued 24/7 accounts", "the
	// credentials LP provided [Defendant]" — not a description of the
	// measure ("tokens issued to clients").
	if !obj.MatchText(t) || !plead.MentionsDefendant(pt.Defendant, t) {
		return nil
	}
	// Credentials Defendant forged or generated were never granted: "sold
	// a program that generates counterfeit license keys ... treating an
	// unregistered copy as licensed" grants nothing.
	for _, loc := range verbMatches(lexicon.DmcaCredentialForged(), t, pt) {
		if plead.ActorBefore(pt, t, loc[0]) != plead.PartyPlaintiff && lexicon.Tpm().MatchText(t) {
			return nil
		}
	}
	for _, loc := range lexicon.DmcaGrant().FindAllText(t) {
		// "treating an unregistered copy as licensed" describes a copy,
		// it grants nothing.
		if reAsBefore.MatchText(t.Slice(0, loc[0])) {
			continue
		}
		switch plead.ActorBefore(pt, t, loc[0]) {
		case plead.PartyPlaintiff, plead.PartyThird:
			return loc
		case plead.PartyDefendant:
			// "credentials issued to 24/7 by LP", "24/7 was granted a
			// license", "24/7 accessed the portal under the Agreement": the
			// grant runs to Defendant when the verb is passive or the phrase
			// names the agreement; "24/7 provided its clients with logins"
			// is no grant by Plaintiff.
			if reGrantActive.MatchText(t.Slice(loc[0], loc[1])) && !rePassiveBefore.MatchText(t.Slice(0, loc[0])) {
				continue
			}
			return loc
		default:
			return loc
		}
	}
	return nil
}

var (
	// Any credential word; the literal pre-filter makes this cheap.
	reCredentialWord = pattern.MustCompile(`(?i)\b(?:credential|pass(?:word|code)|log-?in|user ?name|user ?id|account|key|token)`)
	// "her sister's password", "a dealer's login".
	rePossessedCredential = pattern.MustPattern(`(?i)\b([\w-]+)(?:'s|’s|s'|s’)\s+(?:own\s+|valid\s+|legitimate\s+|active\s+|service\s+)?(?:credentials?|log-?ins?|pass(?:word|code)s?|user\s?names?|accounts?|api\s+keys?|access\s+tokens?)\b`)
	// "the password of her sister", "credentials belonging to a dealer".
	reCredentialOf = pattern.MustPattern(`(?i)\b(?:credentials?|log-?ins?|pass(?:word|code)s?|accounts?|user\s?names?)\s+(?:of|belonging\s+to|issued\s+to|assigned\s+to)\s+(?:a\s+|an\s+|her\s+|his\s+|their\s+|its\s+|one\s+of\s+)?([\w-]+)`)
)

// thirdPartyCredential finds Defendant's use of credentials that belong to
// someone other than the parties: the [dmca.third-party-credential]
// phrases, or any credential possessed by a person who is neither party.
func thirdPartyCredential(pt plead.PartyTerms, t pattern.Text) []int {
	// Cheap rejection first: most sentences name no credential at all.
	if !reCredentialWord.MatchText(t) {
		return nil
	}
	if loc := lexicon.DmcaThirdPartyCredential().FindText(t); loc != nil {
		return loc
	}
	notParty := func(w string) bool {
		switch strings.ToLower(w) {
		case "its", "their", "his", "her", "own", "the", "plaintiff", "plaintiffs", "defendant", "defendants", "company", "user", "per-user":
			return false
		}
		return !plead.IsPartyWord(pt, w) && !plead.RePlaintiffWord.MatchString(w) && !plead.ReDefendantWord.MatchString(w)
	}
	for _, m := range rePossessedCredential.FindAllTextSubmatchIndex(t, -1) {
		owner := t.String()[m[2]:m[3]]
		if notParty(owner) || otherDefendant(pt, t.String()[:m[0]], owner) {
			return m[:2]
		}
	}
	for _, m := range reCredentialOf.FindAllTextSubmatchIndex(t, -1) {
		if notParty(t.String()[m[2]:m[3]]) {
			return m[:2]
		}
	}
	return nil
}

// accessFacts is what one sentence says about authorization, computed once
// per document: the grant phrase, a third party's credentials, a revocation
// of credentials (Defendant's or a third party's), and a measure other than
// the granted credential defeated.
type accessFacts struct {
	grant, third          []int
	revoked, revokedThird bool
	separate              bool
}

// any reports whether the sentence has any of the facts.
func (f *accessFacts) any() bool {
	return f.grant != nil || f.third != nil || f.revoked || f.revokedThird || f.separate
}

// accessFact holds each sentence's accessFacts once asked: a count's rules
// ask about the sentences of its scope, not about every sentence of a long
// complaint. Most sentences have none of the facts; they share one empty
// answer.
var accessFact = document.NewFact("authorized access facts", func(d *document.Document) []atomic.Pointer[accessFacts] {
	return make([]atomic.Pointer[accessFacts], len(d.Sentences))
})

var noAccessFacts accessFacts

// accessFactsOf returns the access facts of d's i-th sentence, computed
// the first time they are asked (two workers may both compute them: the
// answer is the same).
func accessFactsOf(d *document.Document, i int) *accessFacts {
	slot := &accessFact.Of(d)[i]
	if f := slot.Load(); f != nil {
		return f
	}
	f := computeAccessFacts(d, &d.Sentences[i])
	if !f.any() {
		f = &noAccessFacts
	}
	slot.Store(f)
	return f
}

var reOwnCredential = pattern.MustCompile(`(?i)\b(?:its own|their own|defendants?'s?)\b`)

// computeAccessFacts returns what sentence s of d says about authorization.
func computeAccessFacts(d *document.Document, s *document.Sentence) *accessFacts {
	var f accessFacts
	if s.Heading {
		return &f
	}
	pt := plead.PartyRoles(d)
	t := dmcaText(s)
	// dmcaGrant asks thirdPartyCredential first: asked once here.
	f.third = thirdPartyCredential(pt, t)
	f.grant = f.third
	if f.grant == nil {
		f.grant = dmcaGrantByParty(pt, t)
	}
	rev := lexicon.DmcaRevocation()
	obj := lexicon.DmcaGrantObject()
	third := lexicon.PartyThird()
	for _, m := range rev.FindAllText(t) {
		f.revoked = f.revoked || obj.MatchText(t)
		// "LP disabled the customer's account", "the client's key was
		// revoked" — not "after its own keys were revoked".
		after := t.Slice(m[1], min(t.Len(), m[1]+50))
		before := t.Slice(max(0, m[0]-50), m[0])
		if (third.MatchText(after) && !reOwnCredential.MatchText(after)) || (third.MatchText(before) && !reOwnCredential.MatchText(before)) {
			f.revokedThird = true
		}
	}
	if f.grant == nil {
		f.separate = separateMeasure(d, s, t, pt)
	}
	return &f
}

// separateMeasure reports a circumvention by Defendant of a measure other
// than the credential it was given, in s or an adjacent sentence; or a
// credential Defendant forged, stole or generated, which was never
// granted. t is s's DMCA text.
func separateMeasure(d *document.Document, s *document.Sentence, t pattern.Text, pt plead.PartyTerms) bool {
	tpm := lexicon.Tpm()
	for _, loc := range verbMatches(lexicon.DmcaCircumventStrong(), t, pt) {
		if plead.ActorBefore(pt, t, loc[0]) == plead.PartyPlaintiff {
			continue
		}
		if neighbourNamesOtherMeasure(d, s) {
			return true
		}
	}
	for _, loc := range verbMatches(lexicon.DmcaCredentialForged(), t, pt) {
		if plead.ActorBefore(pt, t, loc[0]) != plead.PartyPlaintiff && tpm.MatchText(t) {
			return true
		}
	}
	return false
}

// neighbourNamesOtherMeasure reports a measure word that is not a
// credential ([tpm] but not [dmca.credential-tpm]) in s or the sentences
// just before and after it in its section (headings excluded; see
// neighbours), asked of each sentence's span rather than of their joined
// text.
func neighbourNamesOtherMeasure(d *document.Document, s *document.Sentence) bool {
	tpm := lexicon.Tpm()
	cred := lexicon.DmcaCredentialTpm()
	i := plead.SentenceIndex(d, s)
	for j := i - 1; j <= i+1; j++ {
		if j < 0 || j >= len(d.Sentences) {
			continue
		}
		o := &d.Sentences[j]
		if o.Heading || o.Section != s.Section {
			continue
		}
		t := blankStatute(o.Indexed())
		for _, m := range tpm.FindAllText(t) {
			if !cred.Match(t.String()[m[0]:m[1]]) {
				return true
			}
		}
	}
	return false
}

// authorizedGrant returns the allegation that Plaintiff (or a customer) gave
// Defendant the credentials or licence it used, when nothing pleaded takes
// the access outside that grant (a separate measure defeated, or the grant
// revoked): the count then pleads authorized access, not circumvention.
func authorizedGrant(p *lint.Pass) (grantSent *document.Sentence, grantAt []int, byThirdParty bool) {
	var grant, third *document.Sentence
	var grantLoc, thirdLoc []int
	separate, revokedAny, revokedThird := false, false, false
	onlyOthers := otherDefendantsOnly(p)
	for _, s := range p.Scope() {
		i := plead.SentenceIndex(p.Doc, s)
		if i < 0 {
			continue
		}
		f := accessFactsOf(p.Doc, i)
		if f.grant != nil && (grant == nil || (!plead.InCount(p, grant) && plead.InCount(p, s))) {
			grant, grantLoc = s, f.grant
		}
		if f.third != nil && (third == nil || (!plead.InCount(p, third) && plead.InCount(p, s))) {
			third, thirdLoc = s, f.third
		}
		// A count brought against some defendants is not answered by what
		// another did or had done to it: the integrator's re-enabling of
		// accounts the provider disabled says nothing of the dealers who
		// handed over their passwords (Counterclaim II "Against the Dealer
		// Counterclaim-Defendants").
		if onlyOthers(s.Text) {
			continue
		}
		separate = separate || f.separate
		revokedAny = revokedAny || f.revoked
		revokedThird = revokedThird || f.revokedThird
		if separate {
			break // a measure defeated beside the grant: no grant to report
		}
	}
	// What the signals found about the element, for the chart; only this
	// rule's own run records it (the measure rule reads the grant too).
	observe := func(st lint.ElementStatus, why string) {
		if p.Check.ID != "dmca-1201-authorized-access" {
			return
		}
		if st == lint.NotChecked {
			p.ObserveNotChecked("dmca1201.without-authority", why)
			return
		}
		p.Observe("dmca1201.without-authority", st)
	}
	if grant == nil || separate {
		if separate || revokedAny {
			observe(lint.Pleaded, "")
		} else {
			observe(lint.NotChecked, "no grant of access and no revocation is pleaded")
		}
		return nil, nil, false
	}
	// Revoking Defendant's own credentials does not cure access through a
	// customer's still-valid ones (I.M.S.): a third party's credentials
	// count as revoked only when the revocation names them.
	if third != nil {
		grant, grantLoc = third, thirdLoc
		if revokedThird {
			observe(lint.Pleaded, "")
			return nil, nil, false
		}
		return grant, grantLoc, true
	} else if revokedAny {
		observe(lint.Pleaded, "")
		return nil, nil, false
	}
	return grant, grantLoc, false
}

func runDMCAAuthorizedAccess(p *lint.Pass) {
	// A trafficking count (§ 1201(a)(2), (b)) is about offering the tool:
	// whether its maker was let in is beside the point.
	if lexicon.DmcaTrafficking().Match(p.Count().Title) {
		return
	}
	grant, grantLoc, _ := authorizedGrant(p)
	if grant == nil || purchaseThenDecrypt(p, grant) {
		return
	}
	f := plead.AnchorFinding(p, plead.PhraseSpan(grant, grantLoc), plead.InCount(p, grant), circumventionSentence(p),
		"Plaintiff's grant of access is pleaded here")
	f.Missing = false
	p.Report(f)
}

// otherDefendant reports that owner is a defendant other than the one
// acting in head: "Marsh ... logging in with Natarajan's password" uses a
// co-defendant's credentials, which Plaintiff issued to her, not to him.
func otherDefendant(pt plead.PartyTerms, head, owner string) bool {
	if !plead.IsPartyWord(pt, owner) || !plead.DefendantTermWord(pt, owner) {
		return false
	}
	first, at := "", len(head)
	for _, d := range pt.Defendant {
		if i := strings.Index(head, d); i >= 0 && i < at {
			first, at = d, i
		}
	}
	return first != "" && !strings.EqualFold(first, owner)
}

// otherDefendantsOnly returns a test for sentences that name a defendant
// the count's heading leaves out ("Against Routebridge" leaves out the
// dealers) and none it names. It never matches when the count is brought
// against every defendant or the heading names none.
func otherDefendantsOnly(p *lint.Pass) func(string) bool {
	pt := plead.PartyRoles(p.Doc)
	others, all := plead.OtherDefendants(p, pt)
	if all || len(others) == 0 {
		return func(string) bool { return false }
	}
	var named []string
	for _, t := range pt.Defendant {
		if !slices.Contains(others, t) {
			named = append(named, t)
		}
	}
	if len(named) == 0 {
		return func(string) bool { return false }
	}
	has := func(text string, terms []string) bool {
		low := strings.ToLower(text)
		for _, t := range terms {
			if len(plead.WordIndexes(low, strings.ToLower(t))) > 0 {
				return true
			}
		}
		return false
	}
	return func(text string) bool { return has(text, others) && !has(text, named) }
}
