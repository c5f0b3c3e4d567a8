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

// CAInterferenceAtWillEmployees reports a California interference theory of
// hiring away the plaintiff's at-will employees with no independently
// wrongful act; a non-compete does not supply one in California.
var CAInterferenceAtWillEmployees = &lint.Check{
	ID:         "ca-interference-at-will-employees",
	Title:      "California employee-raiding theory without an independently wrongful act",
	Family:     legal.ClaimInterference,
	State:      "CA",
	Severity:   lint.Warning,
	Confidence: 0.65,
	Doc: lint.Doc{
		Requirement: "In California, inducing at-will employees to leave is actionable only with an independently wrongful act; merely offering them jobs is not (Reeves). Employee non-compete covenants are void (§ 16600; Edwards), so their breach does not supply the wrong.",
		Authority:   authority.Cite(authority.Reeves, authority.Edwards, authority.Section16600),
		Insufficient: []string{
			"Defendant raided Plaintiff's engineering team by offering higher salaries.",
			"Defendant induced four engineers to resign in breach of their non-competition agreements. (in California a non-compete is void and does not supply the wrong)",
		},
		Sufficient: []string{
			"Before resigning, and at Defendant's direction, the engineers downloaded Plaintiff's source repository to personal drives (misappropriation under Cal. Civ. Code § 3426.1), which Defendant then used.",
			"Defendant's recruiter told the team that Plaintiff would miss payroll in July, which he knew was false.",
		},
		Fix:     "Plead the independent wrong (trade-secret theft, fraud, breach of fiduciary duty) or drop the employee theory.",
		Message: "In California, hiring away at-will employees is actionable only with an independently wrongful act (Reeves); an employee non-compete is void under § 16600 and does not supply one.",
		Traps: []string{
			"non-compete and non-solicitation covenants do not pass here, unlike under New York law",
			"the defendant's own staff (\"Defendant's engineers\") are not the plaintiff's employees",
			"a wrongful act aimed at customers does not cure the employee theory",
		},
	},
	Run: runCAAtWillEmployees,
}

func runCAAtWillEmployees(p *lint.Pass) {
	terms := plead.DefendantTerms(p.Doc)
	hiring := lexicon.NyInterferenceHiring()
	staff := lexicon.CaInterferenceStaff()
	isStaff := func(text string) bool { return employeeMention(terms, pattern.Plain(text)) || staff.Match(text) }
	var ownEmp []*document.Sentence
	for _, s := range p.Own() {
		if employeeTheorySentence(terms, s.Indexed()) || (isStaff(s.Text) && hiring.MatchText(s.Indexed())) {
			ownEmp = append(ownEmp, s)
		}
	}
	if len(ownEmp) == 0 {
		return
	}
	// A wrong in a clause about the employees passes, or in a sentence
	// about them that speaks of no customer; a covenant does not.
	wrongful, not := lexicon.CaInterferenceWrongful(), lexicon.NyInterferenceNotWrongful()
	covenant := lexicon.CaInterferenceCovenant()
	isWrong := func(text string) bool { return matchWithout(wrongful, not, pattern.Plain(plead.Blank(covenant, text))) }
	for _, s := range p.Scope() {
		text := plead.WithTermDefinitions(p, s)
		if !isStaff(text) {
			continue
		}
		if !plead.RelationshipMention(pattern.Plain(text)) && isWrong(text) {
			return
		}
		for _, c := range employeeClauses(terms, text) {
			if isWrong(c) {
				return
			}
		}
	}
	f := lint.Finding{Span: ownEmp[0].Span, Severity: p.Check.SeverityIn(p.Profile), Missing: true}
	for _, s := range ownEmp[1:] {
		f.Related = append(f.Related, lint.Related{Span: s.Span, Message: "also about hiring the plaintiff's employees"})
	}
	p.Report(f)
}
