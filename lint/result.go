package lint

import (
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
)

// FileResult is what linting one file produced: its model, its findings,
// and the error that stopped it (then Doc is nil and Findings empty).
type FileResult struct {
	// Path is the path as the user gave it (or the --stdin-filename).
	Path     string
	Doc      *document.Document
	Findings []Finding
	// Forum is the forum and governing law the rules assumed; nil when the
	// file could not be read.
	Forum *forum.Assumption
	// Trace is what the run recorded for the element chart; nil when the
	// file could not be read, and when the run's outputs show no chart
	// (lint.Options.NoTrace).
	Trace *Trace
	// Err is a file-level failure: unreadable, binary, hostile .docx.
	Err error
	// CheckErrors are checks that panicked on this file; the other checks'
	// findings stand.
	CheckErrors []error
}

// Start and End resolve a finding's span to printable positions.
func (r *FileResult) Start(f Finding) document.Position {
	return r.Doc.Lines.Position(f.Span.Start)
}

// End is the position just past the finding's last character.
func (r *FileResult) End(f Finding) document.Position {
	return r.Doc.Lines.Position(f.Span.End)
}

// AllegationNumber is the "¶ n" a finding sits in, 0 when none and when
// the paragraph's number is an outline number ("¶ 5.1"), which no integer
// names; AllegationLabel has every printed number.
func (r *FileResult) AllegationNumber(f Finding) int {
	return r.allegationPrinted(f).Int()
}

// AllegationLabel is the number a finding's paragraph is printed with, as
// a reader cites it ("12", "5.1"), "" when the paragraph is unnumbered.
func (r *FileResult) AllegationLabel(f Finding) string {
	return r.allegationPrinted(f).String()
}

// AllegationOutline is the outline number ("5.1") a finding's paragraph is
// printed with, "" when it is unnumbered or numbered by integers: the
// machine formats carry it beside the integer they always carried.
func (r *FileResult) AllegationOutline(f Finding) string {
	if n := r.allegationPrinted(f); n.Outline() {
		return n.String()
	}
	return ""
}

func (r *FileResult) allegationPrinted(f Finding) document.Num {
	if r.Doc == nil {
		return document.Num{}
	}
	if ai := r.Doc.AllegationAt(f.Span.Start); ai >= 0 {
		return r.Doc.Allegations[ai].Printed
	}
	return document.Num{}
}

// Failed reports whether the file could not be linted completely.
func (r *FileResult) Failed() bool { return r.Err != nil || len(r.CheckErrors) > 0 }
