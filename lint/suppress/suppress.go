// Package suppress silences findings an attorney has decided to accept,
// always with a reason, and keeps them in the results marked as suppressed
// (machine formats show them; text and line output hide them and the text
// summary counts them).
//
// Suppressions come from two places:
//
//   - the configuration file's suppress entries (path, rule, reason and an
//     optional anchor text), the primary way: nothing is typed into the
//     pleading;
//
//   - directives in Markdown HTML comments, which a Markdown renderer never
//     shows:
//
//     <!-- complaintlint-disable-next-line RULE[, RULE] -- reason -->
//     <!-- complaintlint-disable RULE[, RULE] -- reason -->
//     <!-- complaintlint-enable RULE[, RULE] -->
//
// Plain text and Word files have no comments a filing would hide, so a
// directive there is reported rather than honoured. A directive without a
// reason, naming an unknown rule, or malformed is itself a finding and
// suppresses nothing it cannot name.
package suppress

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/fingerprint"
)

// Suppression kinds recorded in Finding.Suppressed.Kind.
const (
	KindInline = "inline" // a directive in the document
	KindConfig = "config" // a suppress entry in the configuration file
)

// Entry is a configuration suppression.
type Entry struct {
	Rule   string
	Reason string
	// Text, when set, limits the entry to findings whose flagged span or
	// the sentence containing it contains this text (compared ignoring
	// case, white space runs and typographic quotes).
	Text string
	// Applies reports whether the entry covers the file at path (as the
	// result's Path). Nil applies to every file.
	Applies func(path string) bool
}

// Apply marks the findings of r that a directive or one of entries covers,
// and adds findings about faulty directives. known lists the rules a
// directive may name. The added findings are not filtered or graded here:
// they go on through the rest of the run's processors (enable, severity,
// minimum severity, sort) like any check's findings.
func Apply(r *lint.FileResult, known []*lint.Check, entries []Entry) {
	if r.Doc == nil {
		return
	}
	ids := make(map[string]bool, len(known))
	for _, c := range known {
		ids[c.ID] = true
	}
	d := r.Doc
	dirs, problems := parseDirectives(d, ids)
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed != nil {
			continue
		}
		for _, dv := range dirs {
			if dv.covers(d, f) {
				f.Suppressed = &lint.Suppression{Kind: KindInline, Justification: dv.reason}
				break
			}
		}
		if f.Suppressed != nil {
			continue
		}
		for _, e := range entries {
			if e.covers(r, f) {
				f.Suppressed = &lint.Suppression{Kind: KindConfig, Justification: e.Reason}
				break
			}
		}
	}
	// A faulty directive is added after the marking, so neither another
	// directive nor an entry can silence it: it is fixed by fixing it.
	for _, p := range problems {
		if ci := d.CountAt(p.Span.Start); ci >= 0 {
			p.CountIndex, p.Count = ci, d.Counts[ci].Name()
		} else {
			p.CountIndex = -1
		}
		r.Findings = append(r.Findings, p)
	}
}

func (e Entry) covers(r *lint.FileResult, f *lint.Finding) bool {
	if e.Rule != f.Rule || (e.Applies != nil && !e.Applies(r.Path)) {
		return false
	}
	if e.Text == "" {
		return true
	}
	want := fold(e.Text)
	if strings.Contains(fold(r.Doc.SourceSlice(f.Span)), want) {
		return true
	}
	for i := range r.Doc.Sentences {
		s := &r.Doc.Sentences[i]
		if s.Span.Start > f.Span.Start {
			break
		}
		if s.Span.Contains(f.Span.Start) && strings.Contains(fold(r.Doc.SourceSlice(s.Span)), want) {
			return true
		}
	}
	return false
}

// fold is the comparison form of anchor text: what rewrapping, a word
// processor's smart quotes or a capitalised first word would change is
// ignored.
func fold(s string) string { return strings.ToLower(fingerprint.Normalize(s)) }

// lineOf is the 1-based line of an offset.
func lineOf(d *document.Document, off int) int { return d.Lines.Position(off).Line }
