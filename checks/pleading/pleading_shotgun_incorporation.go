package pleading

import (
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
)

// PleadingShotgunIncorporation flags a count that re-alleges every preceding
// paragraph, earlier counts included (Weiland type 1). Info by default; a
// warning in the Eleventh Circuit, whose shotgun-pleading doctrine Weiland
// states.
var PleadingShotgunIncorporation = &lint.Check{
	ID:              "pleading-shotgun-incorporation",
	Title:           "Count incorporates every preceding count (shotgun pleading)",
	Severity:        lint.Info,
	CircuitSeverity: map[string]lint.Severity{"11": lint.Warning},
	Confidence:      0.9,
	Group:           hygieneGroup,
	Doc: lint.Doc{
		Requirement: "A count that adopts all preceding counts is the first of the four kinds of shotgun pleading Weiland describes; each later count silently includes every earlier claim, against Rules 8(a)(2), 8(d)(1) and 10(b). The Eleventh Circuit polices this as a doctrine of its own (warning there); the Second Circuit has no equivalent doctrine but enforces Rule 8's \"short and plain\" and \"simple, concise, and direct\" requirements (Salahuddin) and Rule 10(b) (info elsewhere).",
		Authority:   authority.Cite(authority.Weiland, authority.Rules8and10),
		Insufficient: []string{
			"Plaintiff repeats and realleges each and every allegation in the preceding paragraphs as if fully set forth herein. (opening Count V, sweeping in Counts I-IV)",
			"Plaintiff incorporates by reference all prior paragraphs of this Complaint.",
		},
		Sufficient: []string{
			"Plaintiff incorporates paragraphs 12-48 (Factual Allegations) as if set forth here.",
			"A count that restates the specific facts it relies on.",
		},
		Fix:     "Incorporate only the factual paragraphs each count relies on (e.g., '¶¶ 12-48').",
		Message: msgShotgun,
		Traps: []string{
			"the first count (nothing precedes it)",
			"ranges that stop at the end of the facts section",
			"\"incorporates the definitions in ¶ 1\"",
		},
	},
	Run: runShotgun,
}

const msgShotgun = "Each count adopts every preceding count, so each later count silently includes every earlier claim — the Weiland shotgun pattern."

// shotgunCircuitNote names the circuit rule the finding's severity rests on.
func shotgunCircuitNote(circuit string) string {
	switch circuit {
	case "11":
		return " In the Eleventh Circuit this is a shotgun pleading under Weiland (type 1), which draws motions to replead."
	case "2":
		return " The Second Circuit has no shotgun-pleading doctrine of its own (Weiland is Eleventh Circuit law), but courts there apply Rule 8's short-and-plain-statement requirement and Rule 10(b) to such pleadings (Salahuddin)."
	}
	return " Weiland is Eleventh Circuit law; elsewhere the pattern draws objections under Rules 8(a)(2), 8(d)(1) and 10(b)."
}

// shotgunAuthoritySecondCircuit is the authority line in the Second
// Circuit, made once: a long complaint reports one finding per count.
var shotgunAuthoritySecondCircuit = authority.Cite(authority.Weiland, authority.Salahuddin, authority.Rules8and10)

func runShotgun(p *lint.Pass) {
	c := p.Count()
	if c == nil || c.IncorporationSentence < 0 || len(c.SweptCounts) == 0 {
		return
	}
	auth := p.Check.Doc.Authority
	if p.Profile.Circuit == "2" {
		auth = shotgunAuthoritySecondCircuit
	}
	inc := plead.Quote(p.Doc, p.Doc.Sentences[c.IncorporationSentence].Span)
	msg := msgShotgun + " This count's incorporation: " + inc + "."
	if forward := c.SweptCounts[len(c.SweptCounts)-1] > c.Index; forward {
		var names []string
		for _, ci := range c.SweptCounts {
			names = append(names, "Count "+p.Doc.Counts[ci].Numeral())
		}
		msg = fmt.Sprintf("This count incorporates %s, which reaches forward into the allegations of %s, so it silently includes later claims — the Weiland shotgun pattern.", inc, joinAnd(names))
	} else if len(c.SweptCounts) < c.Index || !c.Blanket {
		// An explicit range that reaches into earlier counts ("paragraphs 1
		// through 7 and 9", ¶ 9 being Count I's): it does not adopt every
		// preceding count, whatever their number.
		var names []string
		for _, ci := range c.SweptCounts {
			names = append(names, "Count "+p.Doc.Counts[ci].Numeral())
		}
		msg = fmt.Sprintf("This count incorporates %s, which takes in the allegations of %s, so it silently includes an earlier claim — the Weiland shotgun pattern.", inc, joinAnd(names))
	}
	p.Report(lint.Finding{
		Span:      p.Doc.Sentences[c.IncorporationSentence].Span,
		Severity:  p.Check.SeverityIn(p.Profile),
		Message:   msg + shotgunCircuitNote(p.Profile.Circuit),
		Authority: auth,
	})
}

// joinAnd joins names as prose: "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
