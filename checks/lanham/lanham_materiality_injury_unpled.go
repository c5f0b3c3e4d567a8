package lanham

import (
	"fmt"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// LanhamMaterialityInjuryUnpled reports this pleading gap: the count pleads neither why buyers care
// about the statements nor how they cost Plaintiff sales or reputation.
var LanhamMaterialityInjuryUnpled = &lint.Check{
	ID:         "lanham-materiality-injury-unpled",
	Title:      "False-advertising count pleads no materiality or injury facts",
	Family:     legal.ClaimLanhamFA,
	Severity:   lint.Warning,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "The misrepresentation must be material — about an inherent quality or characteristic of the product (NBA v. Motorola) — and the plaintiff must plead an injury to a commercial interest in reputation or sales proximately caused by the deception (Lexmark). In the transferred LivePerson case, the \"first smart chat\" claim later failed at summary judgment for want of materiality evidence.",
		Authority:   authority.Cite(authority.NBA, authority.Lexmark),
		Insufficient: []string{
			"LP has been damaged.",
			"LP has suffered irreparable harm.",
		},
		Sufficient: []string{
			"Enterprise buyers treat predictive targeting as a primary purchasing criterion; Client B's June 2013 RFP scored 'first-to-market predictive chat' as a requirement. After Acme's campaign, Client B and Client C moved their chat business to Acme, costing LP about $2.3 million a year.",
		},
		Fix:     "Plead the purchasing criteria the statement concerns and the customers or sales lost because of it.",
		Message: "The count does not plead why the statements matter to buyers or how they caused Plaintiff lost sales or reputational harm.",
		Traps: []string{
			"comparative ads naming Plaintiff: injury is inferred more readily, so a missing injury allegation alone is not reported and both missing is info",
			"literally false claims: some courts presume materiality, so the finding stays at info",
		},
	},
	Run: runLanhamMateriality,
}

// The info messages of the branches where one element is pleaded, recited
// or presumed. The element chart (checks/elements.go) tells from the
// message whether materiality and injury are missing or thin, so each
// branch has its own exact text.
const (
	// MsgNoMateriality is for injury pleaded and materiality not.
	MsgNoMateriality = "The count does not plead why the statements matter to buyers (the purchasing criterion they concern), only that Plaintiff was harmed."
	// MsgRecitedMateriality is for injury pleaded and materiality only
	// recited in the element's words; %s is the recital, quoted. The chart
	// matches the text before %s and marks materiality thin.
	MsgRecitedMateriality = "The count's only word on materiality is '%s', which recites the element without the purchasing criterion the statements concern or why buyers care."
	// MsgNoInjury is for materiality pleaded and injury not, with no
	// statement about Plaintiff from which injury could be inferred.
	MsgNoInjury = "The count does not plead how the statements caused Plaintiff lost sales or reputational harm (customers diverted, sales lost)."
	// MsgLiteral is for neither pleaded but literal falsity pleaded, so
	// materiality may be presumed (thin) while injury is missing.
	MsgLiteral = "The count does not plead why the statements matter to buyers or how they caused Plaintiff lost sales or reputational harm; it pleads literal falsity, for which some courts presume materiality, but plead why buyers care and what was lost."
	// MsgComparative is for neither pleaded but statements about
	// Plaintiff, so injury may be inferred (thin) while materiality is
	// missing.
	MsgComparative = "The count does not plead why the statements matter to buyers or how they caused Plaintiff lost sales or reputational harm; the statements name Plaintiff, so injury may be inferred, but plead why buyers care."
)

func runLanhamMateriality(p *lint.Pass) {
	if !lanhamFAApplies(p) {
		p.ObserveNotChecked("lanham-fa.materiality", "the count pleads a trademark theory, not false advertising")
		p.ObserveNotChecked("lanham-fa.injury", "the count pleads a trademark theory, not false advertising")
		return
	}
	scope := p.Scope()
	materiality, injury := false, false
	matLex, injLex := lexicon.LanhamMateriality(), lexicon.LanhamInjury()
	var matAt, injAt *document.Sentence
	// Why buyers care must be about the statements the count challenges:
	// when the count points at paragraphs by number, a reason buyers care
	// stated in another incorporated paragraph concerns other statements.
	focus := challengeFocusOf(p)
	for _, s := range scope {
		if matAt == nil && matLex.MatchText(s.Indexed()) && focus.challenged(p, s) {
			matAt = s
		}
		if injAt == nil && injLex.MatchText(s.Indexed()) {
			injAt = s
		}
	}
	materiality, injury = matAt != nil, injAt != nil
	// "Influence materially purchasing decisions" recites the element
	// without saying why buyers care, which Ameritox (M.D. Fla. 2012) held
	// does not plead materiality: the element is there in words only.
	var recital *document.Sentence
	if materiality {
		p.Observe("lanham-fa.materiality", lint.Pleaded, matAt)
	} else if recital = plead.FirstOwn(p, scope, func(s *document.Sentence) bool {
		return lexicon.LanhamMaterialityRecital().MatchText(s.Indexed()) && focus.challenged(p, s)
	}); recital != nil {
		p.Observe("lanham-fa.materiality", lint.Thin, recital)
	}
	if recital != nil && injury {
		// Quote the recital whole: "are material" through "purchasing
		// decisions" when one sentence says both.
		locs := lexicon.LanhamMaterialityRecital().FindAllText(recital.Indexed())
		loc := []int{locs[0][0], locs[0][1]}
		if end := locs[len(locs)-1][1]; end-loc[0] <= 80 {
			loc[1] = end
		}
		p.Report(lint.Finding{
			Span:     lint.Span{Start: recital.Span.Start + loc[0], End: recital.Span.Start + loc[1]},
			Severity: lint.Info,
			Message:  fmt.Sprintf(MsgRecitedMateriality, recital.Text[loc[0]:loc[1]]),
			Missing:  true,
		})
		return
	}
	// A recital with no injury either: the injury is what is missing.
	materiality = materiality || recital != nil
	if injury {
		p.Observe("lanham-fa.injury", lint.Pleaded, injAt)
	}
	if materiality && injury {
		return
	}
	// Comparative or disparaging statements about Plaintiff: injury is
	// inferred more readily.
	pterms := plead.PlaintiffTerms(p.Doc)
	comparative := false
	dterms := plead.DefendantNames(p.Doc)
	for _, s := range scope {
		// A statement about Plaintiff, not a sentence saying the statements
		// harmed Plaintiff ("Helix's false claims have damaged Aurora").
		if plead.StatementSentence(p, dterms, s) && mentionsPlaintiff(pterms, s.Indexed()) && !plead.ReHarm.MatchText(s.Indexed()) {
			comparative = true
			break
		}
	}
	// Literal falsity pleaded: some courts presume materiality; keep info.
	literal := false
	for _, s := range scope {
		literal = literal || lexicon.LanhamLiteral().MatchText(s.Indexed())
	}
	anchor := plead.FirstOwn(p, p.Own(), func(s *document.Sentence) bool { return plead.ReHarm.MatchText(s.Indexed()) })
	switch {
	case !materiality && !injury:
		if comparative {
			p.ReportMissing(anchor, lint.Info, MsgComparative)
			return
		}
		if literal {
			p.ReportMissing(anchor, lint.Info, MsgLiteral)
			return
		}
		p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
	case !materiality:
		p.ReportMissing(anchor, lint.Info, MsgNoMateriality)
	case !injury && !comparative:
		p.ReportMissing(anchor, lint.Info, MsgNoInjury)
	}
}
