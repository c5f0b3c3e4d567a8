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

// AllegationNumber is the "¶ n" a finding sits in, 0 when none.
func (r *FileResult) AllegationNumber(f Finding) int {
	if r.Doc == nil {
		return 0
	}
	if ai := r.Doc.AllegationAt(f.Span.Start); ai >= 0 {
		return r.Doc.Allegations[ai].Number
	}
	return 0
}

// Failed reports whether the file could not be linted completely.
func (r *FileResult) Failed() bool { return r.Err != nil || len(r.CheckErrors) > 0 }
