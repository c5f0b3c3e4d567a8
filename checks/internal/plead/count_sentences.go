package plead

import (
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Which sentence of a count a rule reads or anchors on: the count's own
// sentences before those it incorporates, whether its own text or its
// whole scope matches a cue list, and where a finding about it sits.

// InCount reports whether a sentence is the count's own.
func InCount(p *lint.Pass, s *document.Sentence) bool { return s != nil && s.Count == p.CountIndex }

// SentenceIndex is a sentence's index in the document, found within its
// paragraph's range.
func SentenceIndex(d *document.Document, s *document.Sentence) int {
	if s.Index >= 0 && s.Index < len(d.Sentences) && &d.Sentences[s.Index] == s {
		return s.Index
	}
	return -1
}

// FirstOwn picks the first sentence of the count's own body that satisfies
// pred, else the first in scope, else nil.
func FirstOwn(p *lint.Pass, scope []*document.Sentence, pred func(*document.Sentence) bool) *document.Sentence {
	for _, s := range scope {
		if s.Count == p.CountIndex && pred(s) {
			return s
		}
	}
	for _, s := range scope {
		if pred(s) {
			return s
		}
	}
	return nil
}

// PreferOwn returns the first sentence of the count's own body, else the
// first sentence.
func PreferOwn(p *lint.Pass, ss []*document.Sentence) *document.Sentence {
	for _, s := range ss {
		if s.Count == p.CountIndex {
			return s
		}
	}
	if len(ss) > 0 {
		return ss[0]
	}
	return nil
}

// ScopeMatches reports whether any sentence of the count scope, read with
// the definitions of the terms it uses, matches l.
func ScopeMatches(p *lint.Pass, l *pattern.Lexicon) bool {
	for _, s := range p.Scope() {
		if l.MatchText(WithTermDefinitionsText(p, s)) {
			return true
		}
	}
	return false
}

// OwnMatches reports whether the heading or a sentence of the count itself
// matches l.
func OwnMatches(p *lint.Pass, l *pattern.Lexicon) bool {
	if l.Match(p.Count().Title) {
		return true
	}
	for _, s := range p.Own() {
		if l.MatchText(s.Indexed()) {
			return true
		}
	}
	return false
}

// OwnAnchor is the count's first own sentence matching l, nil when none
// does (the finding then sits on the heading).
func OwnAnchor(p *lint.Pass, l *pattern.Lexicon) *document.Sentence {
	for _, s := range p.Own() {
		if !IsIncorporation(p, s) && l.MatchText(s.Indexed()) {
			return s
		}
	}
	return nil
}

// AnchorFinding builds a finding on span when it lies in the count, or
// else on fallback (a count sentence, or the heading when nil) with a
// related pointer to span — so a finding about a count sits in the count
// while still showing where the evidence was pleaded.
func AnchorFinding(p *lint.Pass, span lint.Span, spanInCount bool, fallback *document.Sentence, note string) lint.Finding {
	f := lint.Finding{Severity: p.Check.SeverityIn(p.Profile)}
	if spanInCount {
		f.Span = span
		return f
	}
	if fallback != nil {
		f.Span = fallback.Span
	} else if c := p.Count(); c != nil {
		f.Span = lint.HeadingLine(p.Doc, c)
	}
	if note != "" && span.End > span.Start {
		f.Related = append(f.Related, lint.Related{Span: span, Message: note})
	}
	return f
}
