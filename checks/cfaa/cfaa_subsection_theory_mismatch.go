package cfaa

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CFAASubsectionTheoryMismatch reports this pleading gap: a § 1030(a) subsection cited that does not
// fit the theory pleaded — (a)(5)(B)/(C) with only an exceeds theory, (a)(5)
// without damage, (a)(4) without fraud.
var CFAASubsectionTheoryMismatch = &lint.Check{
	ID:         "cfaa-subsection-theory-mismatch",
	Title:      "CFAA subsection cited does not fit the theory pleaded",
	Family:     legal.ClaimCFAA,
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "Section 1030(a)(5)(B) and (C) reach only intentional access without authorization, not access that exceeds authorization, and every (a)(5) theory needs \"damage\" (impairment of data, a program, a system or information). Section 1030(a)(2)(C) and (a)(4) reach both access theories, but (a)(4) needs intent to defraud and obtaining something of value.",
		Authority:   authority.CFAA,
		Insufficient: []string{
			"Defendant exceeded its authorized access and thereby recklessly caused damage, in violation of § 1030(a)(5)(B).",
			"(a)(5)(C) with no impairment of data or systems alleged.",
		},
		Sufficient: []string{
			"(a)(2)(C): Defendant exceeded authorized access by obtaining the off-limits rules database.",
			"(a)(5)(C): after termination, Defendant accessed LP's servers without authorization and corrupted 212 rule files.",
		},
		Fix:     "Match each subsection to its elements, or drop the mismatched subsection.",
		Message: "The subsection cited does not fit the theory pleaded (e.g., (a)(5)(B)-(C) require access without authorization, and (a)(5) requires damage).",
		Traps: []string{
			"a string cite of three or more subsections cites the whole section, not a theory",
			"both access theories pleaded in the alternative",
			"recitals of the statute's text do not plead damage or fraud",
		},
	},
	Run: runCFAASubsection,
}

const (
	msgCFAASubExceeds = "The subsection cited does not fit the theory pleaded: § 1030(a)(5)(B)-(C) require access without authorization, and this count pleads only an exceeds-authorized-access theory."
	msgCFAASubDamage  = "The subsection cited does not fit the theory pleaded: § 1030(a)(5) requires damage (impairment of data, a program, a system or information), and the count pleads none."
	msgCFAASubFraud   = "The subsection cited does not fit the theory pleaded: § 1030(a)(4) requires access with intent to defraud that furthers the fraud and obtains something of value, and the count pleads no fraud."
)

var (
	reCFAAFraud     = pattern.MustPattern(`(?i)\bdefraud\w*|\bfraud\w*`)
	reCFAAActName   = pattern.MustPattern(`(?i)computer fraud and abuse`)
	reCFAAStatutory = pattern.MustPattern(`(?i)(?:18\s*U\.?\s*S\.?\s*C\.?\s*)?§*\s*1030\s*(?:\([a-z0-9]+\)\s*)*`)
)

// pleadsFraud reports "intent to defraud" or fraud facts, not the Act's name.
func pleadsFraud(text string) bool {
	return reCFAAFraud.MatchString(reCFAAActName.ReplaceAllString(text, ""))
}

func runCFAASubsection(p *lint.Pass) {
	cites := cfaaCitations(p)
	if len(cites) == 0 {
		p.ObserveNotChecked("cfaa.violation", "no subsection of § 1030(a) is cited")
		return
	}
	scope := p.Scope()
	terms := plead.DefendantNames(p.Doc)
	exceeds := len(cfaaAllegations(p, scope, terms, lexicon.CfaaExceeds())) > 0
	without := false
	for _, s := range cfaaAllegations(p, scope, terms, lexicon.CfaaWithoutAuthorization()) {
		if !onlyShorthand([]*document.Sentence{s}) {
			without = true
		}
	}
	damage, fraud := false, false
	dmg := lexicon.CfaaDamage()
	for _, s := range scope {
		if isStatuteRecital(p.Doc, terms, s.Indexed()) {
			continue
		}
		// Citations are not facts: "(a)(5)(A)" says nothing of damage.
		text := reCFAAStatutory.ReplaceAllText(s.Indexed(), " ")
		damage = damage || dmg.Match(text)
		fraud = fraud || pleadsFraud(text)
	}
	reported := map[string]bool{}
	report := func(c cfaaCite, sev lint.Severity, msg string) {
		if reported[msg] {
			return
		}
		reported[msg] = true
		p.Report(lint.Finding{Span: c.span, Severity: sev, Message: msg})
	}
	// A count that cites (a)(5) in a string cite and then says, in its own
	// allegations, that the access "caused damage" pleads the (a)(5) theory:
	// the citation is not a mere pointer to the whole section.
	claimsDamage := false
	for _, s := range p.Own() {
		claimsDamage = claimsDamage || reCausedDamage.MatchText(s.Indexed())
	}
	for _, c := range cites {
		if c.inString {
			if c.sub == 5 && claimsDamage && !damage {
				report(c, lint.Info, msgCFAASubDamage)
			}
			continue
		}
		switch c.sub {
		case 5:
			if exceeds && !without && strings.ContainsAny(c.letters, "BC") {
				report(c, p.Check.SeverityIn(p.Profile), msgCFAASubExceeds)
			}
			if !damage {
				report(c, lint.Info, msgCFAASubDamage)
			}
		case 4:
			if !fraud {
				report(c, lint.Info, msgCFAASubFraud)
			}
		}
	}
}

// reCausedDamage matches an allegation that the access caused "damage" (the
// (a)(5) element word; "damages", the remedy, does not match).
var reCausedDamage = pattern.MustCompile(`(?i)\b(?:caus\w*|inflict\w*|result\w* in|did)\s+(?:[\w-]+\s+){0,2}damage\b`)
