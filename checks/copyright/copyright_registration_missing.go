package copyright

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CopyrightRegistrationMissing flags a copyright count when the complaint
// pleads no issued registration (or refusal): an error when it pleads a
// pending application, a warning when it says nothing about registration.
var CopyrightRegistrationMissing = &lint.Check{
	ID:         "copyright-registration-missing",
	Title:      "No issued copyright registration pleaded",
	Family:     legal.ClaimCopyright,
	Severity:   lint.Error,
	Confidence: 0.85,
	Doc: lint.Doc{
		Requirement: "Under 17 U.S.C. § 411(a) no infringement action on a United States work may be brought until registration (or preregistration) has been made, or registration has been refused with notice to the Register. Registration occurs when the Copyright Office registers the work, not when the application is filed (Fourth Estate). Kelly requires the complaint to allege that the copyrights were registered.",
		Authority:   authority.Cite(authority.Section411, authority.FourthEstate, authority.Kelly),
		Insufficient: []string{
			"Plaintiff has applied to register its copyright in the Software.",
			"Plaintiff's application for registration is pending.",
			"Plaintiff owns valid copyrights in its platform.",
			"Plaintiff's works are protected under common-law and federal copyright.",
		},
		Sufficient: []string{
			"The Copyright Office registered the LP Chat Server v4.2 source code, Reg. No. TX 7-654-321, effective March 3, 2013 (Ex. A).",
			"On May 1, 2024 the Register refused registration; Plaintiff has served notice of this action and a copy of the complaint on the Register under § 411(a).",
			"The Work is a foreign work first published in Germany; § 411(a) does not apply.",
		},
		Fix:     "Plead the registration number and effective date for each work (attach certificates), or plead refusal plus notice to the Register, or why § 411(a) does not apply.",
		Message: "The complaint does not allege an issued copyright registration (or refusal); after Fourth Estate, a pending application does not satisfy § 411(a).",
		Traps: []string{
			"trademark registrations (\"U.S. Reg. No. 4,123,456\") are not copyright registrations",
			"foreign works, preregistered works, refused registrations and live broadcasts",
			"registrations listed in an exhibit (\"see Exhibit A\")",
			"DMCA § 1201 counts need no registration (the rule does not run on them)",
			"declaratory-judgment counts by an accused infringer",
		},
	},
	Run: runCopyrightRegistrationMissing,
}

// Confidence by what the complaint says: a pleaded pending application is
// near-certain trouble; silence may be an oversight in an excerpt.
const (
	confRegPending = 0.85
	confRegSilent  = 0.6
)

func runCopyrightRegistrationMissing(p *lint.Pass) {
	c := p.Count()
	if c.Primary() == legal.ClaimDMCA {
		return
	}
	own := p.Own()
	for _, s := range own {
		if lexicon.DefendantDenies().MatchText(s.Indexed()) {
			return
		}
	}
	if lexicon.CopyrightForeignLaw().Match(c.Title) || anyMatch(own, lexicon.CopyrightForeignLaw()) {
		return
	}
	ev := registrationIn(p.Doc)
	if ev.exempt {
		p.Observe("copyright.registration", lint.Pleaded)
		return
	}
	if len(ev.issued) > 0 {
		// A registration elsewhere does not cover a different work: when
		// this count sues only on a work whose application is pleaded as
		// pending, the pending application is what counts (I.M.S.).
		ev.pending = pendingForCount(p, ev)
		if len(ev.pending) == 0 {
			// "Registered" or a certificate without a number is thin.
			st := lint.Thin
			for _, s := range ev.issued {
				if lexicon.CopyrightRegNumber().MatchText(s.Indexed()) {
					st = lint.Pleaded
				}
			}
			p.Observe("copyright.registration", st, ev.issued...)
			return
		}
	}
	// The sentence that should carry the registration: the count's own
	// allegation of ownership or of a valid copyright.
	pt := plead.PartyRoles(p.Doc)
	anchor := plead.FirstOwn(p, own, func(s *document.Sentence) bool {
		return s.Count == p.CountIndex && !plead.IsIncorporation(p, s) && lexicon.CopyrightOwnership().MatchText(s.Indexed()) && reCopyrightWord.MatchText(s.Indexed())
	})
	if anchor == nil || !plead.InCount(p, anchor) {
		anchor = plead.FirstOwn(p, own, func(s *document.Sentence) bool {
			return s.Count == p.CountIndex && !plead.IsIncorporation(p, s) && reCopyrightWord.MatchText(s.Indexed()) && (ccMentionsPlaintiff(pt, s.Indexed()) || lexicon.CopyrightAct().MatchText(s.Indexed()))
		})
		if anchor != nil && !plead.InCount(p, anchor) {
			anchor = nil
		}
	}
	if anchor == nil {
		// Else the count's copying sentence, which the registration
		// qualifies.
		for _, s := range own {
			if anchor == nil && !plead.IsIncorporation(p, s) && isAct(s.Indexed()) {
				anchor = s
			}
		}
	}
	if len(ev.pending) > 0 {
		pm := ev.pending[0]
		for _, m := range ev.pending {
			if plead.InCount(p, m.s) {
				pm = m
				break
			}
		}
		f := plead.AnchorFinding(p, plead.PhraseSpan(pm.s, pm.loc), plead.InCount(p, pm.s), anchor,
			"the pending application is pleaded here")
		f.Missing = true
		f.Severity = p.Check.SeverityIn(p.Profile)
		f.Confidence = confRegPending
		if len(ev.issued) > 0 {
			f.Message = "The count sues on a work whose registration is pleaded only as " + plead.QuotePhrase(p.Doc, pm.s, pm.loc) +
				"; the registrations pleaded for other works do not cover it, and after Fourth Estate a pending application does not satisfy § 411(a)."
		}
		p.Report(f)
		return
	}
	f := lint.Finding{Severity: lint.Warning, Missing: true, Confidence: confRegSilent}
	if anchor != nil {
		f.Span = anchor.Span
	} else {
		f.Span = lint.HeadingLine(p.Doc, c)
	}
	p.Report(f)
}

// pendingForCount keeps the pending applications for works that this count
// sues on and that no pleaded registration covers: the work terms of the
// pending sentences, less those of the registration sentences, that the
// count's own text uses while naming no registered work.
func pendingForCount(p *lint.Pass, ev registrationEvidence) []pendingMention {
	d := p.Doc
	issuedWorks := map[string]bool{}
	for _, s := range ev.issued {
		for _, w := range workTerms(d, s.Text) {
			issuedWorks[w] = true
		}
	}
	ownWorks := map[string]bool{}
	for _, s := range p.Own() {
		for _, w := range workTerms(d, s.Text) {
			ownWorks[w] = true
		}
	}
	// Each work needs its own registration: a count that sues on three
	// registered programs and a fourth whose application is pending fails
	// as to the fourth (Micro Focus v. ISO, D. Del. 2015), so registered
	// works beside it do not excuse it.
	var out []pendingMention
	for _, m := range ev.pending {
		for _, w := range workTerms(d, m.s.Text) {
			if ownWorks[w] && !issuedWorks[w] {
				out = append(out, m)
				break
			}
		}
	}
	return out
}
