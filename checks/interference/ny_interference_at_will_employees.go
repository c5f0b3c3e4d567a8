package interference

import (
	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// NYInterferenceAtWillEmployees reports this pleading gap: an interference theory built on hiring away
// the plaintiff's employees, with no restrictive covenant and no wrongful
// means. Reported on the employee sentences only, so a count that also
// covers customer relationships is not failed as a whole.
var NYInterferenceAtWillEmployees = &lint.Check{
	ID:         "ny-interference-at-will-employees",
	Title:      "Interference theory rests on hiring at-will employees",
	Family:     legal.ClaimInterference,
	Severity:   lint.Warning,
	Confidence: 0.65,
	NY:         true,
	Doc: lint.Doc{
		Requirement: "Under New York law, hiring away a competitor's at-will employees is not tortious interference unless the hirer used wrongful means (fraud, threats, an independent tort) or acted solely to injure, or the employees were bound by enforceable restrictive covenants or fixed terms that the hiring caused them to breach.",
		Authority:   authority.Cite(authority.ColemanMorris, authority.HeadquartersBuick, authority.GuardLife, authority.Carvel),
		Insufficient: []string{
			"Defendant poached at least five of LP's key engineers.",
			"Defendant systematically raided LP's workforce, luring employees with higher salaries.",
			"Defendant induced LP's employees to resign and join Defendant.",
			"Defendant maliciously solicited LP's employees knowing they had LP's confidential information.",
		},
		Sufficient: []string{
			"Each of the five engineers signed a Non-Competition and Non-Solicitation Agreement (Ex. F) barring work for a competitor for 12 months; Defendant knew of the agreements (LP's notice letters of April 2, 2013) and hired all five within 60 days, causing their breach.",
			"To induce the departures, Defendant's VP told the engineers that LP would lose Client A and announce layoffs — statements he knew were false.",
			"Defendant recruited the engineers to obtain LP's source code and had them download the rules-engine repository before resigning.",
		},
		Fix:     "Plead the employees' non-compete/non-solicit or fixed-term agreements and Defendant's knowledge, or the specific wrongful means used (misrepresentations, inducing theft of confidential information); otherwise drop the employee theory.",
		Message: "Hiring away at-will employees is not tortious interference under New York law unless wrongful means (fraud, threats, an independent tort) or a breached restrictive covenant is pleaded.",
		Traps: []string{
			"counts that also cover client relationships: only the employee sentences are reported",
			"restrictive covenants or fixed terms pleaded in the facts and incorporated",
			"wrongful means (misrepresentations to the employees, inducing them to take source code) pleaded with the hiring",
			"the defendant's own staff (\"Defendant's engineers\") are not the plaintiff's employees",
			"counts under another state's law (New York rule)",
		},
	},
	Run: runNYAtWillEmployees,
}

const msgNYCovenantNoKnowledge = "The employees' restrictive covenants are pleaded, but not that Defendant knew of them; interference with those agreements under New York law requires Defendant's knowledge."

// mayConcernEmployees reports a sentence with an employee, covenant or
// at-will word: the scope walk of runNYAtWillEmployees skips a sentence
// when neither it nor a definition it uses has one (employeeMention needs
// an employee word, matchWithout a covenant word).
var mayConcernEmployees = document.NewSentenceFact("employee, covenant or at-will words", func(d *document.Document, s *document.Sentence) bool {
	t := s.Indexed()
	return lexicon.NyInterferenceEmployee().MatchText(t) || lexicon.NyInterferenceCovenant().MatchText(t) || lexicon.NyInterferenceEmployeeAtWill().MatchText(t)
})

func runNYAtWillEmployees(p *lint.Pass) {
	if plead.PleadsOtherStateLaw(p) {
		return
	}
	terms := plead.DefendantTerms(p.Doc)
	hiring := lexicon.NyInterferenceHiring()
	act := lexicon.NyInterferenceAct()
	// The count's own employee sentences: the employee strand of its theory.
	var ownEmp []*document.Sentence
	for _, s := range p.Own() {
		if employeeMention(terms, s.Indexed()) && (hiring.MatchText(s.Indexed()) || act.MatchText(s.Indexed()) || reRelationshipWord.MatchText(s.Indexed())) {
			ownEmp = append(ownEmp, s)
		}
	}
	if len(ownEmp) == 0 {
		return
	}
	// What the complaint says about those employees anywhere in scope:
	// sentences about them and sentences pleading covenants.
	covenant := lexicon.NyInterferenceCovenant()
	notCovenant := lexicon.NyInterferenceNotCovenant()
	knowledge := lexicon.NyInterferenceKnowledge()
	atWill := lexicon.NyInterferenceEmployeeAtWill()
	var hasCovenant, knew, explicitAtWill, ownAtWill, ownCovenant bool
	for _, s := range p.Scope() {
		// Only a text with an employee, covenant or at-will word can say
		// anything below: asked of the sentence and of each definition it
		// uses (remembered per sentence) before joining them.
		if !plead.AnyWithTermDefinitions(p, s, func(o *document.Sentence) bool { return mayConcernEmployees.Of(p.Doc, o) }) {
			continue
		}
		// Asked of the sentence's span of the index when no definition is
		// added: the same text, answered without a scan.
		tt := plead.WithTermDefinitionsText(p, s)
		emp := employeeMention(terms, tt)
		cov := matchWithout(covenant, notCovenant, tt)
		if !emp && !cov && !atWill.MatchText(tt) {
			continue
		}
		if emp {
			for _, c := range employeeClauseSpans(terms, tt) {
				if wrongfulMeansText(c) {
					return
				}
			}
		}
		if cov {
			hasCovenant = true
			ownCovenant = ownCovenant || s.Count == p.CountIndex
			if knowledge.MatchText(tt) {
				knew = true
			}
		}
		// "... a team of nine engineers. Seven of them were employed at
		// will": the employees may be named in the sentence before.
		if atWill.MatchText(tt) && (emp || employeeMention(terms, plead.ParagraphIndexed(p.Doc, s))) {
			explicitAtWill = true
			ownAtWill = ownAtWill || s.Count == p.CountIndex
		}
	}
	// Where the complaint says the hired employees were at will (or had
	// signed no covenant), a covenant it pleads for someone else — a
	// departing executive's non-compete — is not the count's theory unless
	// the count itself invokes it.
	if explicitAtWill && !ownCovenant {
		hasCovenant, knew = false, false
	}
	if hasCovenant && !knew {
		// A covenant pleaded in one sentence and the knowledge in another
		// ("Defendant knew of the agreements").
		for _, s := range p.Scope() {
			if knowledge.MatchText(s.Indexed()) && reAgreementWord.MatchText(s.Indexed()) {
				knew = true
				break
			}
		}
	}
	if hasCovenant && knew {
		return
	}
	anchor := ownEmp[0]
	for _, s := range ownEmp {
		if employeeTheorySentence(terms, s.Indexed()) {
			anchor = s
			break
		}
	}
	f := lint.Finding{Span: anchor.Span, Severity: p.Check.SeverityIn(p.Profile), Missing: true}
	switch {
	case hasCovenant:
		f.Severity, f.Message = lint.Info, msgNYCovenantNoKnowledge
	case ownAtWill && ownTheoryIsOnlyEmployees(terms, p.Own()):
		// The count itself calls the employees at-will and pleads nothing
		// else: the theory fails on its own terms. (At-will status told
		// only in the facts is a warning: the count may rest on more.)
		f.Severity = lint.Error
	}
	for _, s := range ownEmp {
		if s != anchor {
			f.Related = append(f.Related, lint.Related{Span: s.Span, Message: "also about hiring the plaintiff's employees"})
		}
	}
	p.Report(f)
}

var (
	reRelationshipWord = pattern.MustCompile(`(?i)\brelations?(?:hips?)?\b`)
	reAgreementWord    = pattern.MustCompile(`(?i)\b(?:agreements?|covenants?|contracts?|non-?compet\w*|non-?solicit\w*)\b`)
)
