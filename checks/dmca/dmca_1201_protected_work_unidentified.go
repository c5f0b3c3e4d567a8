package dmca

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// DMCA1201ProtectedWorkUnidentified notes a § 1201 count whose measure
// guards only systems, servers or data — not a copyrighted work, which
// § 1201(a)(1)(A) requires.
var DMCA1201ProtectedWorkUnidentified = &lint.Check{
	ID:         "dmca-1201-protected-work-unidentified",
	Title:      "DMCA count does not say which copyrighted work the measure protects",
	Family:     legal.ClaimDMCA,
	Severity:   lint.Info,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "Section 1201(a)(1)(A) forbids circumventing a measure that controls access to \"a work protected under this title\"; systems, servers and raw data are not themselves copyrighted works.",
		Authority:   authority.Cite(authority.DMCAWork),
		Insufficient: []string{
			"Defendant circumvented the password protection on LP's systems and obtained LP's customer data.",
			"...to access LP's servers.",
		},
		Sufficient: []string{
			"...to access the copyrighted source code of the LP rules engine (Reg. No. TX 7-654-321) stored on the server.",
		},
		Fix:     "Say which copyrighted work sat behind the measure.",
		Message: "The count describes access to systems or data but not to a copyrighted work, which § 1201(a) requires.",
		Traps: []string{
			"a database pleaded as a copyrightable compilation",
			"the work named through a defined term (\"the Rules Engine\")",
		},
	},
	Run: runDMCAProtectedWork,
}

func runDMCAProtectedWork(p *lint.Pass) {
	circ := lexicon.Circumvent()
	access := lexicon.DmcaAccessVerb()
	tpm := lexicon.Tpm()
	generic := lexicon.TpmGeneric()
	work := lexicon.DmcaWorkNoun()
	system := lexicon.DmcaSystemNoun()
	pt := plead.PartyRoles(p.Doc)
	scope := p.Scope()
	object := func(s *document.Sentence) bool {
		t := dmcaText(s)
		return !plead.IsIncorporation(p, s) && (hasVerb(circ, t, pt) || access.MatchText(t) || tpm.MatchText(t) || generic.MatchText(t))
	}
	hasWork := func(s *document.Sentence) bool {
		t := dmcaText(s)
		if work.MatchText(t) || work.Match(defsText(p, s, pt)) {
			return true
		}
		for _, loc := range system.FindAllText(t) {
			if pleadedAsWork(scope, strings.ToLower(t.String()[loc[0]:loc[1]])) {
				return true
			}
		}
		return false
	}
	// The count's own description of what the measure guards decides; the
	// facts decide only when the count says nothing about it.
	sentences := scope
	for _, s := range p.Own() {
		if object(s) {
			sentences = p.Own()
			break
		}
	}
	acts := func(s *document.Sentence) bool {
		t := dmcaText(s)
		return hasVerb(circ, t, pt) || access.MatchText(t)
	}
	better := func(s, than *document.Sentence) bool {
		if plead.InCount(p, s) != plead.InCount(p, than) {
			return plead.InCount(p, s)
		}
		return acts(s) && !acts(than)
	}
	var first *document.Sentence
	var firstLoc []int
	anyObject := false
	for _, s := range sentences {
		if !object(s) {
			continue
		}
		anyObject = true
		if hasWork(s) {
			p.Observe("dmca1201.work", lint.Pleaded, s)
			return
		}
		// Prefer the count's own sentence, and a sentence of access or
		// circumvention over a description of the measure.
		if loc := system.FindText(dmcaText(s)); loc != nil && (first == nil || better(s, first)) {
			first, firstLoc = s, loc
		}
	}
	if first == nil {
		if !anyObject {
			p.ObserveNotChecked("dmca1201.work", "no access, circumvention or measure sentence names what it guards")
		} else {
			// Neither a work nor only systems: "software" or "content".
			p.Observe("dmca1201.work", lint.Thin)
		}
		return
	}
	p.Report(plead.AnchorFinding(p, plead.PhraseSpan(first, firstLoc), plead.InCount(p, first), circumventionSentence(p),
		"the access described here reaches systems or data, not a work"))
}

// pleadedAsWork reports that the complaint pleads a system noun ("the
// database") as itself a copyrighted work: "the database is an original
// compilation protected by copyright".
func pleadedAsWork(scope []*document.Sentence, noun string) bool {
	noun = strings.TrimSuffix(noun, "s")
	for _, s := range scope {
		low := strings.ToLower(s.Text)
		if strings.Contains(low, noun) && lexicon.DmcaWorkClaim().MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}
