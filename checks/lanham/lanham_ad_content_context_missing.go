package lanham

import (
	"strings"

	"github.com/complaintlint/complaintlint/checks/internal/authority"
	"github.com/complaintlint/complaintlint/checks/internal/plead"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

// LanhamAdContentContextMissing flags a false-advertising count that does not set
// out the challenged statement in context — what was said, where, when and
// to whom. Liveperson ordered a Rule 12(e) more definite statement on it.
var LanhamAdContentContextMissing = &lint.Check{
	ID:         "lanham-ad-content-context-missing",
	Title:      "False-advertising count does not set out the ad in context",
	Family:     legal.ClaimLanhamFA,
	Severity:   lint.Warning,
	Confidence: 0.7,
	Doc: lint.Doc{
		Requirement: "Courts read an advertisement as a whole, in its full context, to decide whether it is false or misleading. Liveperson let the Lanham Act claim stand but ordered a more definite statement giving the challenged advertising's content, where and when it ran, and to whom.",
		Authority:   authority.Cite(authority.Liveperson, authority.Avis, authority.TimeWarner),
		Insufficient: []string{
			"Defendant has falsely advertised that its platform was the first predictive chat platform.",
			"Defendant made false and misleading statements to customers and prospective customers about its products and LP's products.",
			"Defendant disseminated fabricated performance metrics about LP.",
			"Defendant's marketing materials misrepresent the capabilities of its software.",
		},
		Sufficient: []string{
			"In a press release titled 'Acme Launches the Industry's First Smart Chat', issued on PR Newswire on March 4, 2013 (Ex. D), and on its home page from March 2013 through at least May 2014, Defendant stated: 'the industry's first smart chat that uses prediction and real-time decisioning'.",
			"At the eTail West trade show in February 2014, Defendant handed about 400 attendees a two-page brochure (Ex. E) stating 'LivePerson conversion rate: 0.8% — Acme: 3.1%'.",
		},
		Fix:     "Quote or attach each challenged statement and say where it ran, when, and to which audience.",
		Message: "The false-advertising count does not set out the challenged statement in context (exact words, where, when, to whom); courts read ads as a whole and Liveperson ordered a Rule 12(e) more definite statement on this point.",
		Traps: []string{
			"statements pleaded in the facts and incorporated",
			"an attached exhibit satisfies the content element even when not quoted",
			"comparative advertising quoted in a table",
		},
	},
	Run: runLanhamAdContext,
}

// tableAfter returns the text of a table that follows a sentence's
// paragraph ("... the following false comparison:" then a Markdown or
// tab-separated table): comparative ads are often quoted that way.
func tableAfter(d *document.Document, s *document.Sentence) string {
	if !strings.HasSuffix(strings.TrimSpace(s.Text), ":") || s.Paragraph+1 >= len(d.Paragraphs) {
		return ""
	}
	next := &d.Paragraphs[s.Paragraph+1]
	t := d.Text[next.Span.Start:next.Span.End]
	if lines := strings.Split(strings.TrimSpace(t), "\n"); len(lines) >= 2 &&
		(strings.HasPrefix(strings.TrimSpace(lines[0]), "|") || strings.Contains(lines[0], "\t")) {
		return t
	}
	return ""
}

func runLanhamAdContext(p *lint.Pass) {
	if !lanhamFAApplies(p) {
		p.ObserveNotChecked("lanham-fa.statement", "the count pleads a trademark theory, not false advertising")
		return
	}
	var best *document.Sentence
	bestScore := plead.AdContext{}
	bestMissing := 5
	dterms := plead.DefendantNames(p.Doc)
	type adKey struct {
		para        int
		defs, table string
	}
	scored := map[adKey]plead.AdContext{}
	for _, s := range p.Scope() {
		// A challenged statement ("Defendant falsely advertised ...") or the
		// allegation that sets out what Defendant said ("Defendant stated:
		// '...'"), wherever the falsity itself is pleaded.
		if !plead.AdSentence(p, dterms, s) {
			continue
		}
		table := tableAfter(p.Doc, s)
		// Sentences of one paragraph share its text: score it once per
		// paragraph (and definitions), not once per sentence, which was
		// quadratic in a huge paragraph.
		defs := plead.AdDefinitionsText(p, s)
		k := adKey{s.Paragraph, defs, table}
		sc, ok := scored[k]
		if !ok {
			if defs == "" && table == "" {
				// The paragraph alone, scored once for every count.
				sc = plead.ParagraphAdContext(p.Doc, s)
			} else {
				sc = plead.ScoreAd(plead.ParagraphText(p.Doc, s) + " " + defs + " " + table)
			}
			scored[k] = sc
		}
		if table != "" {
			sc.Content = true
		}
		m := sc.Missing()
		// Prefer the count's own sentence when scores tie, so the finding
		// lands in the count.
		if m < bestMissing || (m == bestMissing && best != nil && best.Count != p.CountIndex && s.Count == p.CountIndex) {
			best, bestScore, bestMissing = s, sc, m
		}
	}
	if best == nil {
		// No challenged statement at all: the count never says what was false.
		p.ReportMissing(nil, p.Check.SeverityIn(p.Profile), "")
		noteRule9b(p)
		return
	}
	switch {
	case bestMissing >= 2:
		// Every statement lacks most of its context: the count's own
		// challenged statement is where the reader should look.
		if own := plead.PreferOwn(p, challengedStatements(p.Own())); own != nil {
			best = own
		}
		p.ReportMissing(best, p.Check.SeverityIn(p.Profile), "")
		noteRule9b(p)
	case bestMissing == 0:
		p.Observe("lanham-fa.statement", lint.Pleaded, best)
	case bestMissing == 1:
		p.ReportMissing(best, lint.Info, "The false-advertising count sets out most of the challenged statement's context but not "+
			strings.Join(bestScore.MissingNames(), ", ")+"; courts read ads as a whole"+plead.Liveperson(p, " and Liveperson ordered a Rule 12(e) more definite statement on this point", "")+".")
		noteRule9b(p)
	}
}

// noteRule9b adds, in the Ninth Circuit, an info note to a count whose
// statement lacks context and which itself pleads fraud: some N.D. and
// C.D. Cal. courts then apply Rule 9(b) (Kearns). The district courts are
// split on Lanham claims, so the note never raises the finding
// (RULES-FORUM.md §F3.1: no rule fails a Lanham count because of Rule
// 9(b)).
func noteRule9b(p *lint.Pass) {
	if p.Profile.Circuit != "9" {
		return
	}
	fraud := lexicon.LanhamFraudWords()
	for _, s := range p.Own() {
		if plead.IsIncorporation(p, s) {
			continue
		}
		if loc := fraud.FindText(s.Indexed()); loc != nil {
			span := plead.PhraseSpan(s, loc)
			p.Report(lint.Finding{Span: span, Severity: lint.Info, Confidence: 0.5, Authority: authority.Kearns,
				Message: "The count pleads fraud (" + plead.Quote(p.Doc, span) + "); some N.D. and C.D. Cal. courts apply Rule 9(b) to false-advertising claims that sound in fraud (Kearns), which asks for who made each statement, what it said, when and where it ran, and why it is false."})
			return
		}
	}
}
