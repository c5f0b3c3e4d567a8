package plead

import (
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
)

var reNamedClient = legal.MustPattern(`\b(?:Client|Customer|Partner|Company|Buyer)\s+[A-Z0-9]\b`)

// AdContext scores one challenged statement: which of content, medium,
// time and audience its sentence or numbered paragraph supplies.
type AdContext struct {
	Content, Medium, time, audience bool
}

// Missing counts the parts of the context the text does not supply. The
// Lanham ad-context and FAL statement rules keep the statement with the
// fewest and report it when two or more are missing; the Lanham rule notes
// a single missing part as information.
func (c AdContext) Missing() int {
	n := 0
	for _, ok := range []bool{c.Content, c.Medium, c.time, c.audience} {
		if !ok {
			n++
		}
	}
	return n
}

// MissingNames names the missing parts in the words a message uses ("the
// exact words", "where it ran", "when", "to whom"), in that order, for the
// Lanham ad-context rule's note on a statement missing one part.
func (c AdContext) MissingNames() []string {
	var out []string
	if !c.Content {
		out = append(out, "the exact words")
	}
	if !c.Medium {
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

// ScoreAd scores text (a statement's paragraph, with the definitions it
// uses) for the four parts of an advertisement's context: the words
// (quoted, an exhibit, or a reference to the ad's content), where it ran,
// when (a date other than the year in a document's name), and to whom. The
// Lanham false-advertising and California FAL rules ask the same question
// of a challenged statement, so they score it the same way.
func ScoreAd(text string) AdContext {
	return AdContext{
		Content: quotesStatement(legal.Plain(text)) || HasExhibit(legal.Plain(text)) || lexicon.LanhamContentRef().Match(text),
		// A conversation or meeting is where an oral statement ran; whether
		// it was advertising is lanham-dissemination-not-advertising's
		// question.
		Medium:   lexicon.LanhamMedium().Match(text) || lexicon.LanhamOralSetting().Match(text),
		time:     HasEventTime(text),
		audience: lexicon.LanhamAudience().Match(text) || reNamedClient.MatchString(text) || lexicon.LanhamPublicMedium().Match(text),
	}
}

// ParagraphText is the whole numbered paragraph a sentence sits in: context
// for an ad is usually pleaded around the quoted words, not inside them.
func ParagraphText(d *document.Document, s *document.Sentence) string {
	p := &d.Paragraphs[s.Paragraph]
	return d.Text[p.Span.Start:p.Span.End]
}

// ParagraphIndexed is ParagraphText as a span of the document's index, the
// form to ask the cue patterns about.
func ParagraphIndexed(d *document.Document, s *document.Sentence) legal.Text {
	return d.Indexed(d.Paragraphs[s.Paragraph].Span)
}
