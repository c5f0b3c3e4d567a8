package checks

import (
	"regexp"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
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
		Authority:   cite(authLiveperson, authAvis, authTimeWarner),
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

var (
	reChallenged  = legal.MustCompile(`(?i)\b(?:false(?:ly)?|misleading(?:ly)?|untrue|deceptive(?:ly)?|fabricat\w*|misrepresent\w*|bogus|inaccurate)\b`)
	reNamedClient = regexp.MustCompile(`\b(?:Client|Customer|Partner|Company|Buyer)\s+[A-Z0-9]\b`)
)

// adContext scores one challenged statement: which of content, medium,
// time and audience its sentence or numbered paragraph supplies.
type adContext struct {
	content, medium, time, audience bool
}

func (c adContext) missing() int {
	n := 0
	for _, ok := range []bool{c.content, c.medium, c.time, c.audience} {
		if !ok {
			n++
		}
	}
	return n
}

func (c adContext) missingNames() []string {
	var out []string
	if !c.content {
		out = append(out, "the exact words")
	}
	if !c.medium {
		out = append(out, "where it ran")
	}
	if !c.time {
		out = append(out, "when")
	}
	if !c.audience {
		out = append(out, "to whom")
	}
	return out
}

func scoreAd(text string) adContext {
	return adContext{
		content:  quotedStatement(text) != nil || hasExhibit(text),
		medium:   legal.Lex("lanham.medium").Match(text),
		time:     legal.HasTime(text),
		audience: legal.Lex("lanham.audience").Match(text) || reNamedClient.MatchString(text),
	}
}

// paragraphText is the whole numbered paragraph a sentence sits in: context
// for an ad is usually pleaded around the quoted words, not inside them.
func paragraphText(d *document.Document, s *document.Sentence) string {
	p := &d.Paragraphs[s.Paragraph]
	return d.Text[p.Span.Start:p.Span.End]
}

func runLanhamAdContext(p *lint.Pass) {
	var best *document.Sentence
	bestScore := adContext{}
	bestMissing := 5
	stmt := legal.Lex("lanham.statement")
	for _, s := range p.Scope() {
		if !reChallenged.MatchString(s.Text) || !stmt.Match(s.Text) {
			continue
		}
		sc := scoreAd(paragraphText(p.Doc, s) + " " + definitionsText(p, s))
		m := sc.missing()
		// Prefer the count's own sentence when scores tie, so the finding
		// lands in the count.
		if m < bestMissing || (m == bestMissing && best != nil && best.Count != p.CountIndex && s.Count == p.CountIndex) {
			best, bestScore, bestMissing = s, sc, m
		}
	}
	if best == nil {
		// No challenged statement at all: the count never says what was false.
		p.ReportMissing(nil, p.Check.SeverityIn(p.Profile), "")
		return
	}
	switch {
	case bestMissing >= 2:
		p.ReportMissing(best, p.Check.SeverityIn(p.Profile), "")
	case bestMissing == 1:
		p.ReportMissing(best, lint.Info, "The false-advertising count sets out most of the challenged statement's context but not "+
			strings.Join(bestScore.missingNames(), ", ")+"; courts read ads as a whole and Liveperson ordered a Rule 12(e) more definite statement on this point.")
	}
}
