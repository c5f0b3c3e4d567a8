package checks

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/contract"
	"github.com/complaintlint/complaintlint/checks/dmca"
	"github.com/complaintlint/complaintlint/checks/interference"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/checks/lanham"
	"github.com/complaintlint/complaintlint/checks/tradesecret"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// elementsDecided maps each rule to the claim elements its findings decide
// (ELEMENTS.md "Rule(s)" and "P / T / M"). The map reads the branch a
// finding came from — its severity as the rule chose it, its message —
// never the pleading: the element chart has no patterns of its own.
var elementsDecided = map[string]func(p *lint.Pass, f *lint.Finding) []lint.ElementMark{
	// §1 Copyright.
	"copyright-registration-missing":             always("copyright.registration"),
	"copyright-accused-acts-unspecified":         always("copyright.acts"),
	"copyright-infringement-period-missing":      always("copyright.period"),
	"copyright-protectable-expression-unalleged": always("copyright.expression"),
	// copyright-works-ownership-unidentified names the absent element in
	// the finding itself (it knows which of the two it did not find).

	// §2 DMCA § 1201.
	"dmca-1201-protected-work-unidentified": always("dmca1201.work"),
	"dmca-1201-measure-unidentified": func(_ *lint.Pass, f *lint.Finding) []lint.ElementMark {
		out := []lint.ElementMark{missing("dmca1201.measure")}
		// Mimicry reported as a Related note of the measure finding
		// decides circumvention as the mimicry rule's own finding would.
		for _, r := range f.Related {
			if r.Message == dmca.MimicryNote {
				out = append(out, missing("dmca1201.circumvention"))
				break
			}
		}
		return out
	},
	"dmca-1201-circumvention-act-missing":      always("dmca1201.circumvention"),
	"dmca-1201-mimicry-or-reverse-engineering": always("dmca1201.circumvention"),
	"dmca-1201-authorized-access":              always("dmca1201.without-authority"),

	// §3 CFAA: error or warning missing, the info branches thin.
	"cfaa-exceeds-authorized-access-misuse":  bySeverity("cfaa.authorization"),
	"cfaa-without-authorization-unsupported": bySeverity("cfaa.authorization"),
	"cfaa-subsection-theory-mismatch":        always("cfaa.violation"),
	"cfaa-loss-threshold-unpled":             bySeverity("cfaa.loss"),
	"cfaa-loss-not-system-costs":             bySeverity("cfaa.loss"),

	// §4 Lanham Act false advertising.
	"lanham-ad-content-context-missing": bySeverity("lanham-fa.statement"),
	"lanham-puffery-risk":               thinOnly("lanham-fa.statement"),
	"lanham-dastar-origin-of-idea": func(p *lint.Pass, _ *lint.Finding) []lint.ElementMark {
		// On a false-association count there is no false-advertising
		// statement element to decide.
		if c := p.Count(); c != nil && !c.Has(legal.ClaimLanhamFA) {
			return nil
		}
		return []lint.ElementMark{thin("lanham-fa.statement")}
	},
	"lanham-falsity-theory-unstated":       always("lanham-fa.falsity"),
	"lanham-dissemination-not-advertising": bySeverity("lanham-fa.advertising"),
	"lanham-materiality-injury-unpled": func(_ *lint.Pass, f *lint.Finding) []lint.ElementMark {
		// Materiality recited in the element's words is thin, not absent.
		if recited, _, ok := strings.Cut(lanham.MsgRecitedMateriality, "%s"); ok && strings.HasPrefix(f.Message, recited) {
			return []lint.ElementMark{thin("lanham-fa.materiality")}
		}
		switch f.Message {
		case lanham.MsgNoMateriality:
			return []lint.ElementMark{missing("lanham-fa.materiality")}
		case lanham.MsgNoInjury:
			return []lint.ElementMark{missing("lanham-fa.injury")}
		case lanham.MsgLiteral: // materiality may be presumed; injury is absent
			return []lint.ElementMark{thin("lanham-fa.materiality"), missing("lanham-fa.injury")}
		case lanham.MsgComparative: // injury may be inferred; materiality is absent
			return []lint.ElementMark{missing("lanham-fa.materiality"), thin("lanham-fa.injury")}
		}
		return []lint.ElementMark{missing("lanham-fa.materiality"), missing("lanham-fa.injury")}
	},

	// §§ 5-6 New York tortious interference: the list the rule's trigger
	// cues chose.
	"ny-interference-third-party-unidentified": func(p *lint.Pass, _ *lint.Finding) []lint.ElementMark {
		th := plead.InterferenceTheoryOf(p)
		var out []lint.ElementMark
		if th.Contract {
			out = append(out, missing("ny-interference-contract.contract"))
		}
		if th.Prospective || !th.Contract || plead.AtWillRelationship(p.Scope()) {
			out = append(out, missing("ny-interference-prospective.relationship"))
		}
		return out
	},
	"ny-interference-contract-breach-missing": func(_ *lint.Pass, f *lint.Finding) []lint.ElementMark {
		switch f.Message {
		case interference.MsgNYNoThirdPartyBreach:
			return []lint.ElementMark{missing("ny-interference-contract.breach")}
		case interference.MsgNYNoKnowledge:
			return []lint.ElementMark{missing("ny-interference-contract.knowledge")}
		}
		return []lint.ElementMark{missing("ny-interference-contract.knowledge"), missing("ny-interference-contract.breach")}
	},
	"ny-interference-wrongful-means-missing": always("ny-interference-prospective.wrongful-means"),
	"ny-interference-at-will-employees": func(p *lint.Pass, f *lint.Finding) []lint.ElementMark {
		id := "ny-interference-prospective.wrongful-means/employees"
		if th := plead.InterferenceTheoryOf(p); th.Contract && !th.Prospective {
			id = "ny-interference-contract.contract/employees"
		}
		if f.Severity == lint.Info {
			return []lint.ElementMark{thin(id)}
		}
		return []lint.ElementMark{missing(id)}
	},

	// §7 New York unfair competition: the finding names both parts.
	"ny-unfair-competition-bad-faith-misappropriation-missing": func(*lint.Pass, *lint.Finding) []lint.ElementMark {
		return []lint.ElementMark{missing("ny-unfair-comp.misappropriation"), missing("ny-unfair-comp.bad-faith")}
	},
	// Preemption risk is a thin mark on the element of the count's family
	// the rule read.
	"state-claim-copyright-preemption-risk": func(p *lint.Pass, _ *lint.Finding) []lint.ElementMark {
		c := p.Count()
		if c == nil {
			return nil
		}
		var out []lint.ElementMark
		if c.Has(legal.ClaimUnfairComp) && p.Law().State == "NY" {
			out = append(out, thin("ny-unfair-comp.misappropriation"))
		}
		if c.Has(legal.ClaimUnjustEnrichment) && p.Law().State != "CA" {
			out = append(out, thin("unjust-enrichment.not-duplicative"))
		}
		if c.Has(legal.ClaimUCL) {
			out = append(out, thin("ca-ucl.practice"))
		}
		return out
	},

	// §8 Trade secrets.
	"trade-secret-identification-generic":   always("trade-secret.identification"),
	"trade-secret-secrecy-measures-missing": bySeverity("trade-secret.secrecy-measures"),
	"trade-secret-misappropriation-facts-missing": func(_ *lint.Pass, f *lint.Finding) []lint.ElementMark {
		if f.Message == tradesecret.MsgTSBeforeDTSA {
			return []lint.ElementMark{thin("trade-secret.misappropriation")}
		}
		return []lint.ElementMark{missing("trade-secret.misappropriation")}
	},

	// §9 Contract: the info branches name performance or damages.
	"contract-provisions-unidentified": func(_ *lint.Pass, f *lint.Finding) []lint.ElementMark {
		switch f.Message {
		case contract.MsgNoPerformance:
			return []lint.ElementMark{missing("contract.performance")}
		case contract.MsgNoDamages:
			return []lint.ElementMark{missing("contract.damages")}
		case contract.MsgNeither:
			return []lint.ElementMark{missing("contract.performance"), missing("contract.damages")}
		}
		return []lint.ElementMark{missing("contract.breach")}
	},

	// §10 Unjust enrichment: a condition, never missing.
	"unjust-enrichment-duplicative": thinOnly("unjust-enrichment.not-duplicative"),

	// §11 Families added with RULES-FORUM.md: a rule's finding is missing,
	// its info or risk branch thin.
	"dmca-1202-cmi-unidentified": bySeverity("dmca1202.cmi"),
	"dmca-1202-removal-facts-missing": func(_ *lint.Pass, f *lint.Finding) []lint.ElementMark {
		switch {
		case strings.HasSuffix(f.Message, dmca.MsgCMIDistributionRest):
			return []lint.ElementMark{missing("dmca1202.act/distribution")}
		case strings.HasSuffix(f.Message, dmca.MsgCMIFalseRest):
			return []lint.ElementMark{missing("dmca1202.act/false-cmi")}
		}
		return []lint.ElementMark{missing("dmca1202.act/removal")}
	},
	"dmca-1202-identicality-risk": thinOnly("dmca1202.act"),
	"dmca-1202-scienter-unpled": func(*lint.Pass, *lint.Finding) []lint.ElementMark {
		// The finding names both knowledge elements.
		return []lint.ElementMark{missing("dmca1202.removal-knowledge"), missing("dmca1202.infringement-knowledge")}
	},
	"dmca-1202-standing-injury-unpled": bySeverity("dmca1202.injury"),
	"ca-interference-relationship-unidentified": func(p *lint.Pass, _ *lint.Finding) []lint.ElementMark {
		th := plead.InterferenceTheoryOf(p)
		var out []lint.ElementMark
		if th.Contract {
			out = append(out, missing("ca-interference-contract.contract"))
		}
		if th.Prospective || !th.Contract || plead.AtWillRelationship(p.Scope()) {
			out = append(out, missing("ca-interference-prospective.relationship"))
		}
		return out
	},
	"ca-interference-independently-wrongful-act-missing": always("ca-interference-prospective.wrongful-act"),
	"ca-interference-at-will-employees":                  always("ca-interference-prospective.wrongful-act/employees"),
	"ca-trade-secret-2019-210-identification":            thinOnly("trade-secret.identification"),
	"ca-ucl-unlawful-predicate-missing":                  bySeverity("ca-ucl.practice"),
	"ca-fal-statement-unidentified": func(p *lint.Pass, _ *lint.Finding) []lint.ElementMark {
		// The FAL's statement, or the UCL's fraudulent prong.
		var out []lint.ElementMark
		if c := p.Count(); c != nil && c.Has(legal.ClaimFAL) {
			out = append(out, missing("ca-fal.statement"))
		}
		if c := p.Count(); c != nil && c.Has(legal.ClaimUCL) {
			out = append(out, missing("ca-ucl.practice"))
		}
		return out
	},
	"ca-cutsa-supersession-risk": func(p *lint.Pass, _ *lint.Finding) []lint.ElementMark {
		if c := p.Count(); c != nil && c.Has(legal.ClaimUCL) {
			return []lint.ElementMark{thin("ca-ucl.practice")}
		}
		return nil
	},
	"ca-ucl-standing-lost-money-property": func(p *lint.Pass, f *lint.Finding) []lint.ElementMark {
		var out []lint.ElementMark
		c := p.Count()
		for _, fam := range []struct {
			claim legal.Claim
			id    string
		}{{legal.ClaimUCL, "ca-ucl.standing"}, {legal.ClaimFAL, "ca-fal.standing"}} {
			if c != nil && c.Has(fam.claim) {
				out = append(out, bySeverity(fam.id)(p, f)...)
			}
		}
		return out
	},
	"ca-ucl-remedy-mismatch": func(p *lint.Pass, _ *lint.Finding) []lint.ElementMark {
		// The FAL's list has no remedy element: there the finding is a note.
		if c := p.Count(); c != nil && c.Has(legal.ClaimUCL) {
			return []lint.ElementMark{missing("ca-ucl.remedy")}
		}
		return nil
	},
	"ca-unjust-enrichment-standalone": thinOnly("unjust-enrichment.quasi-contract"),
}

func missing(id string) lint.ElementMark { return lint.ElementMark{ID: id, Status: lint.Missing} }
func thin(id string) lint.ElementMark    { return lint.ElementMark{ID: id, Status: lint.Thin} }

// always: every finding of the rule says the element is missing.
func always(id string) func(*lint.Pass, *lint.Finding) []lint.ElementMark {
	return func(*lint.Pass, *lint.Finding) []lint.ElementMark { return []lint.ElementMark{missing(id)} }
}

// bySeverity: the rule's info branch is thin, its warning and error
// branches missing.
func bySeverity(id string) func(*lint.Pass, *lint.Finding) []lint.ElementMark {
	return func(_ *lint.Pass, f *lint.Finding) []lint.ElementMark {
		if f.Severity == lint.Info {
			return []lint.ElementMark{thin(id)}
		}
		return []lint.ElementMark{missing(id)}
	}
}

// thinOnly: a risk the rule reports weakens the element without making it
// absent.
func thinOnly(id string) func(*lint.Pass, *lint.Finding) []lint.ElementMark {
	return func(*lint.Pass, *lint.Finding) []lint.ElementMark { return []lint.ElementMark{thin(id)} }
}

// withElements attaches each rule's element map.
func withElements(list []*lint.Check) []*lint.Check {
	for _, c := range list {
		if d, ok := elementsDecided[c.ID]; ok {
			c.Decides = d
		}
	}
	return list
}
