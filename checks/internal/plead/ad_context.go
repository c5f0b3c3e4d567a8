package plead

import (
	"sync/atomic"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/legal/lexicon"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

var reNamedClient = pattern.MustPattern(`\b(?:Client|Customer|Partner|Company|Buyer)\s+[A-Z0-9]\b`)

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
func ScoreAd(text string) AdContext { return scoreAdText(pattern.Plain(text)) }

// scoreAdText is ScoreAd of t, asked through t's index when t is a span of
// the document's.
func scoreAdText(t pattern.Text) AdContext {
	return AdContext{
		// The indexed questions first: the quotation forms are scanned.
		Content: HasExhibit(t) || lexicon.LanhamContentRef().MatchText(t) || quotesStatement(t),
		// A conversation or meeting is where an oral statement ran; whether
		// it was advertising is lanham-dissemination-not-advertising's
		// question.
		Medium:   lexicon.LanhamMedium().MatchText(t) || lexicon.LanhamOralSetting().MatchText(t),
		time:     hasEventTimeText(t),
		audience: lexicon.LanhamAudience().MatchText(t) || reNamedClient.MatchText(t) || lexicon.LanhamPublicMedium().MatchText(t),
	}
}

// ParagraphAdContext is ScoreAd of the numbered paragraph s sits in
// (ParagraphText), scored once per paragraph and document through the
// document's index: every Lanham count whose scope reaches the paragraph
// asks the same question of it.
func ParagraphAdContext(d *document.Document, s *document.Sentence) AdContext {
	slot := &paragraphAdFact.Of(d)[s.Paragraph]
	if c := slot.Load(); c != nil {
		return *c
	}
	c := scoreAdText(ParagraphIndexed(d, s))
	slot.Store(&c)
	return c
}

// paragraphAdFact holds each paragraph's ad context once scored (two
// workers may both score it first: the answer is the same).
var paragraphAdFact = document.NewFact("paragraph ad context", func(d *document.Document) []atomic.Pointer[AdContext] {
	return make([]atomic.Pointer[AdContext], len(d.Paragraphs))
})

// ParagraphText is the whole numbered paragraph a sentence sits in: context
// for an ad is usually pleaded around the quoted words, not inside them.
func ParagraphText(d *document.Document, s *document.Sentence) string {
	p := &d.Paragraphs[s.Paragraph]
	return d.Text[p.Span.Start:p.Span.End]
}

// ParagraphIndexed is ParagraphText as a span of the document's index, the
// form to ask the cue patterns about.
func ParagraphIndexed(d *document.Document, s *document.Sentence) pattern.Text {
	return d.Indexed(d.Paragraphs[s.Paragraph].Span)
}
