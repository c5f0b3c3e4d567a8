package ucl

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// CAFALStatementUnidentified reports a § 17500 count, or a UCL count on the
// fraudulent prong, that does not identify the challenged statement.
var CAFALStatementUnidentified = &lint.Check{
	ID:         "ca-fal-statement-unidentified",
	Title:      "California false-advertising count does not identify the statement",
	Severity:   lint.Warning,
	Confidence: 0.6,
	Doc: lint.Doc{
		Requirement: "The FAL reaches untrue or misleading statements disseminated to the public (§ 17500), judged by the reasonable consumer (Williams v. Gerber); federal courts apply Rule 9(b) to California consumer claims grounded in fraud (Kearns), so the statement, where and when it ran, and why it misleads must be pleaded.",
		Authority:   authority.Cite(authority.Section17500, authority.WilliamsGerb, authority.Kearns),
		Insufficient: []string{
			"Defendant made false and misleading statements about its products.",
			"Defendant's marketing misled consumers about the privacy of their data.",
		},
		Sufficient: []string{
			"On its pricing page from January through June 2024 (Ex. 4), Defendant stated 'We never train on your files'; Defendant's own documentation (Ex. 5) shows files were used for training; Plaintiff read the statement before subscribing on February 2, 2024.",
		},
		Fix:     "Quote or attach each statement, give its medium and dates, explain why it is false or misleading to a reasonable consumer, and plead reliance.",
		Message: "The count does not identify the challenged statement (its words, where and when it ran, and why it is false or misleading); federal courts apply Rule 9(b) to California false-advertising claims that sound in fraud (Kearns).",
		Where:   "FAL counts and UCL counts on the fraudulent prong, in any forum",
		Traps: []string{
			"statements quoted in the facts and incorporated",
			"UCL counts on the unlawful or unfair prong only (the recital \"unlawful, unfair or fraudulent\" is not a fraud theory)",
		},
	},
	Run: runCAFALStatement,
}

func runCAFALStatement(p *lint.Pass) {
	c := p.Count()
	fraudTheory := lexicon.CaUclFraudTheory()
	recital := lexicon.CaUclRecital()
	switch {
	case c.Has(legal.ClaimFAL):
	case c.Has(legal.ClaimUCL):
		fraud := false
		for _, s := range p.Own() {
			if fraudTheory.Match(plead.Blank(recital, s.Text)) {
				fraud = true
				break
			}
		}
		if !fraud {
			return
		}
	default:
		return
	}
	dterms := plead.DefendantNames(p.Doc)
	medium := lexicon.CaFalMedium()
	// In federal court Rule 9(b) governs claims grounded in fraud
	// (Kearns): the statement set out in context must also say who made
	// it and why it is false (RULES-FORUM.md §F3.3).
	federal := federalCourt(p)
	var anchor, setOut *document.Sentence
	var lacks []string
	theory := theoryScope(p)
	for _, s := range p.Scope() {
		if !theory(s) || !plead.AdSentence(p, dterms, s) {
			continue
		}
		text := plead.ParagraphText(p.Doc, s) + " " + plead.AdDefinitionsText(p, s)
		sc := plead.ScoreAd(text)
		sc.Medium = sc.Medium || medium.Match(text)
		if sc.Missing() < 2 {
			if !federal {
				return // one statement set out with its context is enough
			}
			missing := falWhoWhyMissing(p, dterms, text)
			if len(missing) == 0 {
				return
			}
			if setOut == nil || len(missing) < len(lacks) {
				setOut, lacks = s, missing
			}
		}
		if anchor == nil && s.Count == p.CountIndex {
			anchor = s
		}
	}
	if setOut != nil {
		p.ReportMissing(plead.PreferOwn(p, []*document.Sentence{setOut}), p.Check.SeverityIn(p.Profile),
			"The count sets out the challenged statement but not "+strings.Join(lacks, " or ")+"; federal courts apply Rule 9(b) to California false-advertising claims that sound in fraud (Kearns).")
		return
	}
	// The sentence that says what was false or misleading carries the
	// finding, before one that only mentions an advertisement.
	for _, s := range p.Own() {
		if !plead.IsIncorporation(p, s) && fraudTheory.Match(plead.Blank(recital, s.Text)) {
			anchor = s
			break
		}
	}
	p.ReportMissing(anchor, p.Check.SeverityIn(p.Profile), "")
}

// federalCourt reports a complaint read as filed in a federal district
// court: its caption names one, or --circuit says so.
func federalCourt(p *lint.Pass) bool {
	if p.Forum == nil {
		return false
	}
	f := p.Forum.Forum
	return f.Kind == forum.KindFederal || (f.Source == forum.SourceFlag && f.Kind != forum.KindState)
}

// falWhoWhyMissing names what Rule 9(b) adds to a statement set out in
// context: who made it (a defendant named in the statement's paragraph)
// and why it is false (a reason anywhere in the count's scope, or beside
// the statement).
func falWhoWhyMissing(p *lint.Pass, dterms []string, text string) []string {
	var out []string
	if !plead.MentionsDefendant(dterms, pattern.Plain(text)) {
		out = append(out, "who made it")
	}
	why := lexicon.LanhamReason().Match(text) || lexicon.LanhamReasonNear().Match(text) || lexicon.CaFalReason().Match(text)
	// A weaker reason ("untrue, because no attorney handles ...") counts
	// beside a falsity word, as for lanham-falsity-theory-unstated.
	falsity := lexicon.LanhamChallenged()
	for _, o := range p.Scope() {
		if why {
			break
		}
		why = lexicon.LanhamReason().MatchText(o.Indexed()) || lexicon.CaFalReason().MatchText(o.Indexed()) ||
			falsity.MatchText(o.Indexed()) && lexicon.LanhamReasonNear().MatchText(o.Indexed())
	}
	if !why {
		out = append(out, "why it is false or misleading")
	}
	return out
}

// theoryScope says which sentences of the count's scope can hold the
// statement its fraud theory rests on. A count that incorporates every
// allegation above sweeps in letters, notices and quotations that have
// nothing to do with what it says was misleading ("Defendant's letter
// stating that it was terminating the agreement"); a statement there
// counts only when the count ties it to its theory: the count's own
// paragraphs, the paragraphs it points at by number, the paragraphs that
// define a term its own paragraphs use, a paragraph holding words the
// count quotes again, a paragraph that itself calls the statement false or
// misleading, or every statement pleaded before when the count points
// back at "the representations alleged above". A count that incorporates by number
// or section has already chosen its facts.
func theoryScope(p *lint.Pass) func(*document.Sentence) bool {
	c := p.Count()
	if c == nil || !c.Blanket {
		return func(*document.Sentence) bool { return true }
	}
	above := lexicon.CaFalStatementsAbove()
	for _, s := range p.Own() {
		if !plead.IsIncorporation(p, s) && above.MatchText(s.Indexed()) {
			return func(*document.Sentence) bool { return true }
		}
	}
	tied := map[int]bool{} // paragraph indices
	for n := range plead.PointedAllegations(p.Doc, p.CountIndex) {
		for i := range p.Doc.Allegations {
			if a := &p.Doc.Allegations[i]; a.Number == n {
				tied[a.Paragraph] = true
			}
		}
	}
	for _, s := range p.Own() {
		tied[s.Paragraph] = true
		for _, d := range p.Definitions(s) {
			tied[d.Paragraph] = true
		}
	}
	// A statement the count quotes again is the one it rests on.
	var quoted []string
	for _, s := range p.Own() {
		for _, q := range plead.Quotations(s.Indexed()) {
			if w := strings.TrimSpace(s.Text[q.Start:q.End]); len(w) >= 3 {
				quoted = append(quoted, strings.ToLower(w))
			}
		}
	}
	challenged := lexicon.LanhamChallenged()
	return func(s *document.Sentence) bool {
		if tied[s.Paragraph] {
			return true
		}
		para := plead.ParagraphText(p.Doc, s)
		lower := strings.ToLower(para)
		for _, q := range quoted {
			if strings.Contains(lower, q) {
				return true
			}
		}
		return challenged.Match(para)
	}
}
