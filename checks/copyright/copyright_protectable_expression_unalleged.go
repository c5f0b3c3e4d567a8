package copyright

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

// CopyrightProtectableExpressionUnalleged flags a copyright count whose
// copying allegations describe functions, features or methods — which
// § 102(b) leaves unprotected — without any copying of code, text, screens
// or other expression.
var CopyrightProtectableExpressionUnalleged = &lint.Check{
	ID:         "copyright-protectable-expression-unalleged",
	Title:      "Copyright count alleges copying of functions, not expression",
	Family:     legal.ClaimCopyright,
	Severity:   lint.Warning,
	Confidence: 0.5,
	Doc: lint.Doc{
		Requirement: "Copyright protects expression, not ideas, procedures, processes, systems or methods of operation (17 U.S.C. § 102(b)). A complaint about software should allege copying of code or other expression; in Liveperson an allegation that the defendant copied the entire software module was enough at the pleading stage.",
		Authority:   authority.Cite(authority.Section102b, authority.Altai, authority.Liveperson),
		Insufficient: []string{
			"Defendant copied the functionality and features of LP's platform.",
			"Defendant's software mimics the look and feel and workflow of LP's.",
			"Defendant replicated LP's methods for deciding when to offer a chat.",
			"Defendant's product performs the same functions in the same way.",
		},
		Sufficient: []string{
			"Defendant copied the LP Module in its entirety — all 42 source files.",
			"A side-by-side comparison (Ex. C) shows about 1,200 lines of identical code, including LP's comments, misspellings and variable names.",
			"Defendant's client script contains LP's function names and in-line comments verbatim.",
		},
		Fix:     "Allege what expression was copied (files, code, screens, text), ideally with examples or a side-by-side exhibit; copying an entire module verbatim is enough at this stage.",
		Message: "The copyright count describes copying of functions, features or methods, which § 102(b) leaves unprotected, without alleging copying of code or other expression.",
		Traps: []string{
			"the count pleads both function and code copying",
			"copying of the \"entire\" module or verbatim code is enough (Liveperson)",
			"an algorithm implemented in copied code",
			"a copied work defined elsewhere as source code",
			"copying whole works to train a model (\"copied the entire works to train\") is wholesale copying of expression",
			"descriptions or text copied \"word for word\" are expression, whatever features they describe",
		},
	},
	Run: runCopyrightProtectableExpression,
}

func runCopyrightProtectableExpression(p *lint.Pass) {
	copyVerb := lexicon.CopyrightCopyVerb()
	function := lexicon.CopyrightFunction()
	expression := lexicon.CopyrightExpression()
	pt := plead.PartyRoles(p.Doc)
	ix := newAccusedIndex(p)
	var functional, copying *document.Sentence
	for _, s := range p.Scope() {
		if !copyVerb.MatchText(s.Indexed()) {
			continue
		}
		// Only copying by Defendant (or by its product) is in question.
		if !plead.MentionsDefendant(pt.Defendant, s.Indexed()) && !ix.accusedRef(p, s) {
			continue
		}
		if expression.MatchText(s.Indexed()) || expression.Match(workDefsText(p, s, pt)) || copiesWorkItself(p, s, pt) {
			p.Observe("copyright.expression", lint.Pleaded, s)
			return
		}
		if copying == nil {
			copying = s
		}
		if function.MatchText(s.Indexed()) && (functional == nil || (!plead.InCount(p, functional) && plead.InCount(p, s))) {
			functional = s
		}
	}
	if functional == nil {
		// Copying pleaded with neither function nor expression words is
		// thin; no copying sentence at all leaves nothing to check.
		if copying != nil {
			p.Observe("copyright.expression", lint.Thin, copying)
		} else {
			p.ObserveNotChecked("copyright.expression", "no copying by Defendant is pleaded")
		}
		return
	}
	loc := function.FindText(functional.Indexed())
	f := plead.AnchorFinding(p, plead.PhraseSpan(functional, loc), plead.InCount(p, functional), firstOwnCopy(p),
		"copying of functions or features is pleaded here")
	p.Report(f)
}

// firstOwnCopy is the count's own first sentence about copying or
// infringement, for findings whose evidence sits in the facts.
func firstOwnCopy(p *lint.Pass) *document.Sentence {
	for _, s := range p.Own() {
		if lexicon.CopyrightCopyVerb().MatchText(s.Indexed()) || lexicon.CopyrightAct().MatchText(s.Indexed()) {
			return s
		}
	}
	return nil
}

var (
	reSkipWord = pattern.MustPattern(`(?i)^(?:the|a|an|its|their|his|her|each|every|all|of|this|that|these|those|and|or|in|from|substantial|substantially|large|significant|portions?|parts?|modified|exact|complete|full|whole|unauthori[sz]ed|infringing|copies|copy|versions?)$`)
)

// copiesWorkItself reports a copy verb whose object is the work itself —
// "reproduced VoltraOS", "a modified copy of the firmware", "copied the
// Module" — rather than its features: literal copying of a program is
// copying of expression.
func copiesWorkItself(p *lint.Pass, s *document.Sentence, pt plead.PartyTerms) bool {
	t := s.Text
	function := lexicon.CopyrightFunction()
	for _, m := range lexicon.CopyrightCopyVerb().FindAllText(s.Indexed()) {
		words := strings.Fields(t[m[1]:min(len(t), m[1]+120)])
		for i, w := range words {
			if i > 6 {
				break
			}
			w = strings.Trim(w, ",.;:()“”\"'‘’—")
			if w == "" || reSkipWord.MatchString(w) {
				continue
			}
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
				continue // LP's features: the possessor is not the object
			}
			if function.Match(strings.ToLower(w)) {
				break
			}
			if lexicon.CopyrightLiteralObject().Match(w) {
				return true
			}
			for _, def := range p.Doc.DefinitionsUsed(w) {
				if def.Term == w && !plead.IsPartyWord(pt, w) {
					return true
				}
			}
			break
		}
	}
	return false
}

// workDefsText is the text of the definitions a sentence uses, leaving out
// the sentences that define Defendant's names: "QuickSketch AI LLC
// (“QuickSketch”) sells a drawing assistant app" describes Defendant, not
// what was copied.
func workDefsText(p *lint.Pass, s *document.Sentence, pt plead.PartyTerms) string {
	var b strings.Builder
	for _, def := range p.Doc.DefinitionsUsed(s.Text) {
		if def.Sentence == s.Index || plead.DefendantTermWord(pt, def.Term) {
			continue
		}
		b.WriteString(p.Doc.Sentences[def.Sentence].Text)
		b.WriteString(" ")
	}
	return b.String()
}
