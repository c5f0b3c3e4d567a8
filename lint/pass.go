package lint

import (
	"context"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
)

// Pass is everything a check may read, and the only way it reports.
type Pass struct {
	Check *Check
	Doc   *document.Document
	// Forum is the document's forum and each count's governing law,
	// decided once before any rule runs (RULES-FORUM.md §F1).
	Forum *forum.Assumption
	// Profile is the circuit whose law the federal rules apply ("" when
	// unknown) and the state whose law governs the count under review (the
	// forum state for a document check).
	Profile Profile
	// CountIndex is the count under review, -1 for a document check.
	CountIndex int

	report  func(Finding)
	observe func(Observation)
	ctx     context.Context
}

// Context is done when the lint is given up on (its time budget is spent).
// A check whose work grows with the document may stop early when it is:
// its findings are discarded then anyway.
func (p *Pass) Context() context.Context {
	if p.ctx == nil {
		return context.Background()
	}
	return p.ctx
}

// Count is the count under review, nil for a document check.
func (p *Pass) Count() *document.Count {
	if p.CountIndex < 0 {
		return nil
	}
	return &p.Doc.Counts[p.CountIndex]
}

// Law is the governing law of the count under review (RULES-FORUM.md
// §F1.3); for a document check, no state.
func (p *Pass) Law() forum.Law { return p.Forum.Law(p.CountIndex) }

// Circuit is the circuit whose law the federal rules apply, "" when the
// forum is unknown.
func (p *Pass) Circuit() string { return p.Forum.Circuit() }

// ProfileOf is the profile a check sees on count ci under an assumption.
func ProfileOf(a *forum.Assumption, ci int) Profile {
	if a == nil {
		return Profile{}
	}
	st := a.Law(ci).State
	if ci < 0 {
		st = a.Forum.State
		if a.Settings.State != "" {
			st = a.Settings.State
		}
	}
	return Profile{Circuit: a.Circuit(), State: st}
}

// OnCount is the pass through which a rule reads another count when its
// finding on this count depends on the others (the earliest infringing act
// over every copyright count): the same rule, document, forum and run, on
// count ci with that count's profile. What is reported through it is the
// rule's finding on count ci.
func (p *Pass) OnCount(ci int) *Pass {
	q := *p
	q.CountIndex = ci
	q.Profile = ProfileOf(p.Forum, ci)
	return &q
}

// Own returns the count's own sentences (heading excluded).
func (p *Pass) Own() []*document.Sentence {
	c := p.Count()
	if c == nil {
		return nil
	}
	out := make([]*document.Sentence, len(c.Sentences))
	for i, si := range c.Sentences {
		out[i] = &p.Doc.Sentences[si]
	}
	return out
}

// Scope returns the sentences element checks read: the count's own plus
// those of the allegations it incorporates (RULES.md "count scope").
func (p *Pass) Scope() []*document.Sentence {
	if p.CountIndex < 0 {
		return nil
	}
	idx := p.Doc.ScopeSentences(p.CountIndex)
	out := make([]*document.Sentence, len(idx))
	for i, si := range idx {
		out[i] = &p.Doc.Sentences[si]
	}
	return out
}

// Definitions returns the defining sentences of the defined terms used in
// s, so that "the Access Controls" is read as what it was defined to be.
func (p *Pass) Definitions(s *document.Sentence) []*document.Sentence {
	return p.Doc.DefiningSentences(s)
}

// Report records a finding, filling what the check's metadata already says:
// rule id, severity under the profile, message, authority, fix, confidence,
// the count and a related pointer to the count heading.
func (p *Pass) Report(f Finding) {
	c := p.Check
	f.Rule = c.ID
	v := c.VariantIn(p.Profile)
	if f.Message == "" || (v != nil && v.Message != "" && f.Message == c.Doc.Message) {
		f.Message = c.Doc.Message
		if v != nil && v.Message != "" {
			f.Message = v.Message
		}
	}
	if f.Authority == "" {
		f.Authority = c.Doc.Authority
		if v != nil && v.Authority != "" {
			f.Authority = v.Authority
		}
	}

	if f.Fix == "" {
		f.Fix = c.Doc.Fix
	}
	if f.Confidence == 0 {
		f.Confidence = c.Confidence
	}
	// The elements are decided on the severity the rule chose (its
	// branch), before the forum policy lowers it.
	if f.Elements == nil && c.Decides != nil {
		f.Elements = c.Decides(p, &f)
	}
	f.Severity = p.calibrate(f.Severity)
	f.Profile = p.Forum.ProfileLabel(p.CountIndex)
	f.Notice = c.Notice
	f.CountIndex = -1
	if cnt := p.Count(); cnt != nil {
		f.CountIndex = p.CountIndex
		f.Count = cnt.Name()
		if !f.Span.Overlaps(cnt.Heading) {
			f.Related = append(f.Related, Related{Span: cnt.Heading, Message: cnt.TitledName()})
		}
	} else if ci := p.Doc.CountAt(f.Span.Start); ci >= 0 {
		f.CountIndex = ci
		f.Count = p.Doc.Counts[ci].Name()
	}
	p.report(f)
}

// ReportPhrase reports offending words at span with the default severity.
func (p *Pass) ReportPhrase(span Span) {
	p.Report(Finding{Span: span, Severity: p.Check.SeverityIn(p.Profile)})
}

// ReportMissing reports an absent element, anchored on the sentence that
// should have carried it, or on the count heading when there is none.
func (p *Pass) ReportMissing(anchor *document.Sentence, sev Severity, message string) {
	f := Finding{Severity: sev, Message: message, Missing: true}
	if anchor != nil {
		f.Span = anchor.Span
	} else if c := p.Count(); c != nil {
		f.Span = HeadingLine(p.Doc, c)
	}
	p.Report(f)
}

// HeadingLine is the first line of a count heading, the part worth
// underlining when an element is missing; checks that anchor on the heading
// use it too.
func HeadingLine(d *document.Document, c *document.Count) Span {
	sp := c.Heading
	for i := sp.Start; i < sp.End; i++ {
		if d.Text[i] == '\n' {
			sp.End = i
			break
		}
	}
	for sp.End > sp.Start && (d.Text[sp.End-1] == ' ') {
		sp.End--
	}
	return sp
}

// calibrate applies the severity policy of RULES-FORUM.md §F5 to the
// severity a check chose: a rule resting on one circuit's doctrine drops a
// level outside it (§F1.4); in a forum with no profile an error becomes a
// warning (§F5.2); on a count whose family was assigned at low confidence,
// element rules drop a level (§F2.1). An explicit severity for the circuit
// (CircuitSeverity) stands. Severity never rises here (§F5.4).
func (p *Pass) calibrate(s Severity) Severity {
	s = p.Check.calibrated(s, p.Circuit())
	if c := p.Count(); c != nil && c.LowConfidence() && p.Check.Family != "" {
		s = s.Lower()
	}
	return s
}
