package pleading

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// PlausibilityConclusoryAllegation flags labels and conclusions ("unlawfully",
// "willfully", "as a direct and proximate result ... damaged") with no fact
// that would make them plausible (Twombly, Iqbal). Info per allegation; one
// warning for a count made mostly of such sentences and tied to no specific
// facts.
var PlausibilityConclusoryAllegation = &lint.Check{
	ID:         "plausibility-conclusory-allegation",
	Title:      "Allegation states a legal conclusion without facts",
	Scope:      lint.ScopeDocument,
	Severity:   lint.Info,
	Confidence: 0.4,
	Group:      hygieneGroup,
	Doc: lint.Doc{
		Requirement: "Labels, conclusions and formulaic recitations of the elements do not state a claim; courts set conclusions aside and ask whether the remaining facts make the claim plausible (Twombly; Iqbal). Rule 9(b) lets intent and knowledge be alleged generally, but not as bare conclusions. Each allegation is noted as info; a count whose own allegations are mostly conclusions, and which neither incorporates specific factual paragraphs by number nor uses a defined term from the facts, is a warning.",
		Authority:   authority.Cite(authority.Twombly, authority.Iqbal),
		Insufficient: []string{
			"Defendant unlawfully and willfully infringed Plaintiff's rights.",
			"Defendant acted willfully, maliciously and in bad faith.",
			"Defendant wrongfully misappropriated Plaintiff's intellectual property.",
			"Defendant knowingly and intentionally engaged in unfair business practices.",
			"As a direct and proximate result, Plaintiff has been damaged.",
		},
		Sufficient: []string{
			"On June 3, 2013, a day after receiving LP's cease-and-desist letter, Defendant's CTO e-mailed his engineers: 'keep pulling the LP rules until they cut us off' (Ex. H).",
		},
		Fix:     "Replace or support the label with facts: who did what, when, how, and what shows the intent alleged.",
		Message: msgConclusory,
		Traps: []string{
			"element recitals backed by a cross-reference (\"as alleged in ¶¶ 40-52\")",
			"a conclusion closing an allegation whose other sentences plead the facts (\"... Client C moved its business to Defendant. As a result, Plaintiff has suffered damages.\")",
			"\"willful\" in a request for statutory or enhanced damages when the count pleads facts elsewhere",
			"quoted statutory text, quoted e-mails and statements of the law (\"Section 1201 prohibits ...\")",
			"headings, the caption, jurisdiction and venue recitals, the prayer for relief and the signature block",
		},
	},
	Run: runConclusory,
}

const (
	msgConclusory      = "This allegation states a legal conclusion without the facts that would make it plausible."
	msgConclusoryCount = " Most of this count's own allegations are conclusions like this one, and the count neither incorporates specific factual paragraphs by number nor uses a defined term from the facts."
)

func runConclusory(p *lint.Pass) {
	d := p.Doc
	pt := plead.PartiesFor(d)
	// Does a count's scope plead any concrete fact? (The statutory-damages
	// trap: "willful" in a remedy request is judged by the facts elsewhere.)
	scopeFacts := map[int]bool{}
	countHasFacts := func(ci int) bool {
		v, ok := scopeFacts[ci]
		if !ok {
			for _, si := range d.ScopeSentences(ci) {
				if hasFact(d.Sentences[si].Indexed(), pt) {
					v = true
					break
				}
			}
			scopeFacts[ci] = v
		}
		return v
	}
	cands := map[int]lint.Span{}
	var order []int
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if !plead.AllegationSentence(s) || incorporationSentence(d, i) {
			continue
		}
		loc := conclusoryPhrase(s.Indexed(), pt)
		if loc == nil || allegationHasFacts(d, i, pt) {
			continue
		}
		// The remedy may follow in the next sentence of the same
		// allegation: "Prairie Gate's infringement is willful. Torqueline
		// is entitled to ... statutory damages under § 504(c)."
		if s.Count >= 0 && remedyInAllegation(d, i) && countHasFacts(s.Count) {
			continue
		}
		cands[i] = plead.PhraseSpan(s, loc)
		order = append(order, i)
	}
	if len(order) == 0 {
		return
	}
	// Counts made mostly of conclusions: one warning each, on the first.
	escalated := map[int]bool{}
	for ci := range d.Counts {
		c := &d.Counts[ci]
		n, k := len(c.Sentences), 0
		var own []int
		for _, si := range c.Sentences {
			if _, ok := cands[si]; ok {
				k++
				own = append(own, si)
			}
		}
		if k == 0 || 2*k < n || tiedToFacts(d, ci, pt) {
			continue
		}
		f := lint.Finding{Span: cands[own[0]], Severity: lint.Warning, Message: conclusoryMessage(d, cands[own[0]]) + msgConclusoryCount, Confidence: 0.6}
		for _, si := range own[1:] {
			f.Related = append(f.Related, lint.Related{Span: cands[si], Message: "also conclusory"})
		}
		p.Report(f)
		for _, si := range own {
			escalated[si] = true
		}
	}
	// The other candidates: info, one per allegation.
	seenPara := map[int]bool{}
	for _, si := range order {
		if escalated[si] {
			continue
		}
		s := &d.Sentences[si]
		if seenPara[s.Paragraph] {
			continue
		}
		seenPara[s.Paragraph] = true
		p.Report(lint.Finding{Span: cands[si], Severity: p.Check.SeverityIn(p.Profile), Message: conclusoryMessage(d, cands[si])})
	}
}

// conclusoryMessage quotes the conclusion the allegation states.
func conclusoryMessage(d *document.Document, span lint.Span) string {
	return "This allegation states a legal conclusion, " + plead.Quote(d, span) + ", without the facts that would make it plausible."
}

// conclusoryPhrase returns where the conclusion sits in a sentence that
// states one without any concrete fact, or nil: the conclusory words
// (CONCL) outside quotation marks, or a formulaic causation-and-harm
// recital. Statements of the law and jurisdiction recitals are skipped.
func conclusoryPhrase(text pattern.Text, pt *plead.GeneralParties) []int {
	if lexicon.PlausibilityLawRecital().MatchText(text) || lexicon.PlausibilityJurisdictionRecital().MatchText(text) {
		return nil
	}
	mt := maskedText(text)
	masked := mt.String()
	var loc []int
	if ms := lexicon.Conclusory().FindAllText(mt); len(ms) > 0 {
		// The first conclusory phrase and those that run on from it
		// ("willfully, maliciously and in bad faith").
		loc = []int{ms[0][0], ms[0][1]}
		for _, m := range ms[1:] {
			gap := strings.TrimSpace(strings.NewReplacer(",", "", "and", "", "or", "", "/", "").Replace(masked[loc[1]:m[0]]))
			if gap != "" {
				break
			}
			loc[1] = m[1]
		}
	} else if f := lexicon.PlausibilityFormula().FindText(mt); f != nil && !harmDescribed(masked[f[1]:]) && !harmNamed(masked[f[1]:], pt) && !lossNamed(masked, f, pt) {
		// A recital matched up to the sentence's end ("..., causing
		// Hearthstone damages.") is quoted without its full stop.
		for f[1] > f[0] && strings.ContainsRune(" .;", rune(masked[f[1]-1])) {
			f[1]--
		}
		loc = f
	} else if r := lexicon.PlausibilityElementRecital().FindText(mt); r != nil {
		// A claim's element in the formula's words ("it would be
		// inequitable for Defendant to retain the benefit"): a conclusion
		// whose facts must come from the sentence or its allegation.
		loc = r
	}
	if loc == nil || recitalHasFact(text, masked, loc, pt) || supportFollows(masked[loc[1]:]) || meansStated(masked[loc[1]:], pt) {
		return nil
	}
	if r := lexicon.PlausibilityReported().FindText(mt); r != nil && r[0] < loc[0] {
		return nil
	}
	return loc
}

// recitalHasFact reports a concrete fact in a sentence holding a conclusion
// at loc. A harm recital that names only the conduct it blames ("has been
// damaged by Vantor's false advertising of Vantor Ignite") is as bare as
// "by Defendant's conduct": the names in that cause say whose conduct, not
// what was lost, so only the other fact markers there count (a sum, a
// date, an exhibit).
func recitalHasFact(text pattern.Text, masked string, loc []int, pt *plead.GeneralParties) bool {
	m := reHarmBy.FindStringSubmatchIndex(masked[loc[1]:])
	if m == nil || !reHarmByConduct.MatchString(masked[loc[1]+m[2]:loc[1]+m[3]]) {
		return hasFact(text, pt)
	}
	cut := loc[1] + m[2]
	return hasFact(text.Slice(0, cut), pt) || factMarker(text.From(cut))
}

// lossNamed reports a recital that ends in a verb of loss ("As a result,
// Halverson lost") followed by a particular thing lost ("the Hollis
// contract"), not a category ("the economic advantage these relationships
// would have produced").
func lossNamed(masked string, f []int, pt *plead.GeneralParties) bool {
	return reEndsInLoss.MatchString(masked[f[0]:f[1]]) && namesSpecificHarm(masked[f[1]:], pt)
}

var reEndsInLoss = pattern.MustPattern(`(?i)\b(?:lost|deprived of)$`)

// supportFollows reports a conclusion that the same sentence goes on to
// support: the words right after it open a clause of at least four words
// saying what it rests on, with a colon or dash ("acted in bad faith: it
// knew the Manual was Metropolitan's ...") or a support word ("in bad
// faith, knowing the content was Registrar's"; "unlawful because it
// infringes Plaintiffs' copyrights"). The clause is read as the pleader's
// facts, unless it is a label itself; whether they suffice is for the
// element rules.
func supportFollows(rest string) bool {
	t := strings.TrimLeft(rest, " ,")
	switch {
	case strings.HasPrefix(t, ":"), strings.HasPrefix(t, "—"), strings.HasPrefix(t, "–"), strings.HasPrefix(t, "--"):
		t = strings.TrimLeft(t, ":—–- ")
	default:
		loc := lexicon.PlausibilitySupportLead().Find(t)
		if loc == nil || loc[0] != 0 {
			return false
		}
		t = t[loc[1]:]
	}
	// A clause that is itself a label ("knowing that its conduct was
	// unlawful") supports nothing.
	return len(strings.Fields(t)) >= 4 && !lexicon.Conclusory().Match(t)
}

// tiedToFacts reports whether a count ties itself to specific facts: it
// incorporates factual paragraphs by number, one of its own allegations
// cites them by number, or its own allegations use a defined term (not a
// party's name) that the facts section defines or uses.
func tiedToFacts(d *document.Document, ci int, pt *plead.GeneralParties) bool {
	c := &d.Counts[ci]
	if c.IncorporationSentence >= 0 && !c.Blanket && plead.RefersOutside(d, d.Sentences[c.IncorporationSentence].Indexed()) {
		// An excerpt: the count incorporates numbered paragraphs the text
		// does not contain, so it may well be tied to facts we cannot see.
		return true
	}
	if c.IncorporationSentence >= 0 && !c.Blanket {
		for _, ai := range c.Incorporated {
			switch d.Allegations[ai].Section {
			case document.SectionFacts, document.SectionOther:
				return true
			}
		}
	}
	// An allegation of the count that rests on numbered facts ("as alleged
	// in paragraphs 6 through 11") ties the count to them as an
	// incorporation by number does.
	for _, si := range c.Sentences {
		if si == c.IncorporationSentence {
			continue
		}
		for _, ai := range d.NamedAllegations(d.Sentences[si].Text) {
			switch d.Allegations[ai].Section {
			case document.SectionFacts, document.SectionOther:
				return true
			}
		}
	}
	for _, def := range d.Definitions {
		if pt.Terms[def.Term] {
			continue
		}
		used := false
		for _, si := range c.Sentences {
			if strings.Contains(d.Sentences[si].Text, def.Term) {
				used = true
				break
			}
		}
		if !used {
			continue
		}
		if d.Sentences[def.Sentence].Section == document.SectionFacts {
			return true
		}
		for i := range d.Sentences {
			if d.Sentences[i].Section == document.SectionFacts && strings.Contains(d.Sentences[i].Text, def.Term) {
				return true
			}
		}
	}
	return false
}

// allegationHasFacts reports whether another sentence of the same numbered
// allegation pleads a concrete fact: "Client C would have awarded its
// program to LivePerson. As a result, LivePerson has suffered damages." is
// one allegation whose conclusion its own facts support.
func allegationHasFacts(d *document.Document, si int, pt *plead.GeneralParties) bool {
	s := &d.Sentences[si]
	para := &d.Paragraphs[s.Paragraph]
	for j := para.FirstSentence; j < para.EndSentence; j++ {
		if j != si && hasFact(d.Sentences[j].Indexed(), pt) {
			return true
		}
	}
	return false
}

var (
	reHarmBy        = pattern.MustPattern(`(?i)^\s*(?:by|through|in the form of|because of)\s+(.{25,})`)
	reHarmByConduct = pattern.MustPattern(`(?i)^(?:(?:the|its|their|such|this|these|that)\s+)?(?:defendants?(?:'s|’s|')?|\w+(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}(?:conduct|actions?|acts|infringement|violations?|breach(?:es)?|misappropriation|interference|advertising|advertisements?|(?:mis)?representations?|statements?|disparagement|defamation|practices|scheme|competition))|^(?:(?:the|its|their|such|this|these|that)\s+)?(?:conduct|actions?|acts|infringement|wrongful|unlawful|misconduct|violations?|conspiracy|breach(?:es)?|misappropriation|interference|fraud|foregoing|above|aforesaid|said|reason)\b`)
)

// harmDescribed reports a harm recital that goes on to say what the harm
// is ("have been injured by loss of control over their reputation for
// accuracy"), as opposed to one that only names its cause in a label ("has
// been damaged by Defendant's conduct").
func harmDescribed(rest string) bool {
	m := reHarmBy.FindStringSubmatch(rest)
	return m != nil && !reHarmByConduct.MatchString(m[1])
}

// remedyInAllegation reports a request for a remedy (statutory or enhanced
// damages, fees) in the sentence or elsewhere in its allegation.
func remedyInAllegation(d *document.Document, si int) bool {
	remedy := lexicon.PlausibilityRemedy()
	s := &d.Sentences[si]
	if remedy.MatchText(s.Indexed()) {
		return true
	}
	para := &d.Paragraphs[s.Paragraph]
	for j := para.FirstSentence; j < para.EndSentence; j++ {
		if remedy.MatchText(d.Sentences[j].Indexed()) {
			return true
		}
	}
	return false
}
