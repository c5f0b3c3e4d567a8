package pleading

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// ForumAssumed says once per document which court and which state's law
// the rules assumed, from what, and how to change it (RULES-FORUM.md
// §F1.4). Its words come only from what was found: the caption quoted from
// the pleading, the district, circuit and default state, and each count
// whose governing law differs with the reason for it.
var ForumAssumed = &lint.Check{
	ID:         "forum-assumed",
	Title:      "Forum and governing law assumed",
	Scope:      lint.ScopeDocument,
	Severity:   lint.Info,
	Confidence: 1.0,
	Notice:     true,
	Doc: lint.Doc{
		Requirement: "Which circuit's law the federal rules apply, and which state's law governs each state-law count, decide which rules run and what they cite. The caption decides the forum; a count's own words or a choice-of-law clause can name another state's law; the forum state's law is only a default, since a federal court applies the forum's choice-of-law rules.",
		Authority:   "none (engine notice)",
		Insufficient: []string{
			"(a draft with no caption: federal rules use circuit-neutral authority and state-law rules run only where a count names its state's law)",
		},
		Sufficient: []string{
			"UNITED STATES DISTRICT COURT / NORTHERN DISTRICT OF CALIFORNIA (read as N.D. Cal., Ninth Circuit, California law by default)",
		},
		Fix:     "Set --circuit/--state (or profile: in .complaintlint.yml) if the assumption is wrong.",
		Message: "No court caption was recognized.",
		Traps: []string{
			"quotes only caption words found in the pleading; a district read from an abbreviation quotes the abbreviation",
			"fires once per document, never per count",
		},
	},
	Run: runForumAssumed,
}

func runForumAssumed(p *lint.Pass) {
	msg, spans, notes := p.Forum.Notice(p.Doc)
	at := p.Forum.Forum.Caption.Span
	if at.End <= at.Start {
		// No caption: the notice sits on the document's first line.
		at = firstLine(p.Doc)
	}
	f := lint.Finding{Span: at, Severity: lint.Info, Message: msg}
	for i, sp := range spans {
		f.Related = append(f.Related, lint.Related{Span: sp, Message: notes[i]})
	}
	p.Report(f)
}

// firstLine is the span of the document's first non-blank line.
func firstLine(d *document.Document) document.Span {
	for i := 1; i <= d.Lines.Lines(); i++ {
		sp := d.Lines.LineSpan(i)
		t := d.Text[sp.Start:sp.End]
		if trimmed := strings.TrimSpace(t); trimmed != "" {
			start := sp.Start + strings.Index(t, trimmed)
			return document.Span{Start: start, End: start + len(trimmed)}
		}
	}
	return document.Span{}
}
