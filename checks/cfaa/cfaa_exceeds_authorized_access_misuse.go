package cfaa

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// CFAAExceedsAuthorizedAccessMisuse reports this pleading gap: an "exceeds authorized access" theory
// that rests on misuse of information the defendant was allowed to reach —
// the theory Liveperson rejected and Van Buren closed.
var CFAAExceedsAuthorizedAccessMisuse = &lint.Check{
	ID:         "cfaa-exceeds-authorized-access-misuse",
	Title:      "CFAA \"exceeds authorized access\" theory rests on misuse, not an off-limits area",
	Family:     legal.ClaimCFAA,
	Severity:   lint.Error,
	Confidence: 0.75,
	Doc: lint.Doc{
		Requirement: "One \"exceeds authorized access\" (§ 1030(e)(6)) only by obtaining information in an area of the computer — files, folders, databases — that is off limits to him; the statute asks whether the gate is up or down and does not reach improper purposes (Van Buren). Before Van Buren, Liveperson adopted the same narrow reading: the defendant had licensed access, and misusing information it could reach was not enough.",
		Authority:   authority.Cite(authority.CFAAExceeds, authority.VanBuren, authority.Liveperson),
		Insufficient: []string{
			"Defendant exceeded its authorized access by using information from LP's systems to build a competing product.",
			"In violation of the Agreement's use restrictions, Defendant accessed LP's back-end and used the data for its own benefit.",
			"Defendant accessed LP's systems for an improper purpose, exceeding its authorization.",
			"Defendant's access exceeded the license, which permitted use only to service joint customers.",
		},
		Sufficient: []string{
			"Defendant's agent-level accounts could reach only the Agent Console; on August 5, 2013 Defendant requested the /admin/rules endpoint, which LP's role-based permissions closed to agent accounts, and downloaded 3,400 rule files.",
			"Defendant's account was confined to Client A's data partition; it altered request parameters to pull Client B's and Client C's partitions, which were off limits to it.",
		},
		Fix:     "Plead the specific area (file, folder, database, endpoint, partition) Defendant's access did not extend to and how it got there; if the complaint is really about misuse, rely on contract, trade-secret or unfair-competition counts.",
		Message: "The CFAA exceeds-authorized-access theory rests on misuse of information Defendant was allowed to reach; after Van Buren (and Liveperson's narrow reading) that is not a violation.",
		Traps: []string{
			"purpose facts and gate facts both pleaded: the gate facts carry the theory",
			"\"exceeds authorized access\" only in a recital of the statute while the facts plead access without authorization",
			"the statute's alternative (\"without authorization or exceeded authorized access\") where revocation or outsider access is pleaded with a date",
			"employee cases where role-based restrictions are pleaded",
			"a purpose-based limit (\"not authorized to access the platform for any purpose other than ...\") is not a gate fact",
		},
	},
	Run: runCFAAExceeds,
}

func runCFAAExceeds(p *lint.Pass) {
	scope := p.Scope()
	terms := plead.DefendantNames(p.Doc)
	exceeds := lexicon.CfaaExceeds()
	hits := cfaaAllegations(p, scope, terms, exceeds)
	if len(hits) == 0 {
		p.ObserveNotChecked("cfaa.authorization", "neither access theory is pleaded")
		return
	}
	// The statute's alternative wording, where the complaint really pleads
	// (and supports) access without authorization.
	if alternativePleading(hits) {
		if sup := withoutAuthSupport(p, scope, terms); sup.how() && sup.timed {
			p.Observe("cfaa.authorization", lint.Pleaded, hits...)
			return
		}
	}
	misuse := lexicon.CfaaMisuse()
	var misuseAt *document.Sentence
	for _, pick := range []func(*document.Sentence) bool{
		func(s *document.Sentence) bool { return exceeds.MatchText(s.Indexed()) }, // misuse in the theory sentence itself
		func(s *document.Sentence) bool { return s.Count == p.CountIndex },
		func(*document.Sentence) bool { return true },
	} {
		for _, s := range scope {
			// Misuse by the defendant: "LP invested years to create its
			// platform" is not.
			if pick(s) && misuse.MatchText(s.Indexed()) && nearDefendant(p, terms, s) && !isStatuteRecital(p.Doc, terms, s.Indexed()) {
				misuseAt = s
				break
			}
		}
		if misuseAt != nil {
			break
		}
	}
	if misuseAt == nil || gatePleaded(p, scope, terms) {
		if gatePleaded(p, scope, terms) {
			p.Observe("cfaa.authorization", lint.Pleaded, hits...)
		} else {
			// Neither misuse nor gate facts: the theory is only a label.
			p.Observe("cfaa.authorization", lint.Thin, hits...)
		}
		return
	}
	anchor := plead.PreferOwn(p, hits)
	loc := exceeds.FindText(anchor.Indexed())
	f := lint.Finding{Span: plead.PhraseSpan(anchor, loc), Severity: p.Check.SeverityIn(p.Profile),
		Message: "The CFAA theory " + plead.QuotePhrase(p.Doc, anchor, loc) + " rests on misuse of information Defendant was allowed to reach; after Van Buren" + plead.Liveperson(p, " (and Liveperson's narrow reading)") + " that is not a violation."}
	if misuseAt != anchor {
		f.Related = append(f.Related, lint.Related{Span: misuseAt.Span, Message: "the misuse the theory rests on"})
	}
	p.Report(f)
}
