package report

import (
	"fmt"
	"io"

	"github.com/complaintlint/complaintlint/lint"
)

// Line writes one finding per line, the shape compilers use and editors,
// Vim's errorformat and CI problem matchers parse:
//
//	path:line:col: severity: message [rule-id]
//
// File errors are written as "path: error: message". Names and messages
// are rendered Visible, so every record is one line.
type Line struct {
	// ShowSuppressed includes suppressed findings, marked as such.
	ShowSuppressed bool
	// OmitErrors leaves out the files that could not be linted: on
	// standard output, where the caller writes them to standard error.
	OmitErrors bool
}

// Report implements Reporter.
func (l Line) Report(w io.Writer, results []lint.FileResult) error {
	for i := range results {
		r := &results[i]
		if r.Err != nil && l.OmitErrors {
			continue
		}
		if r.Err != nil {
			if _, err := fmt.Fprintf(w, "%s: error: %s\n", Visible(r.Path), Visible(r.Err.Error())); err != nil {
				return err
			}
			continue
		}
		for _, f := range r.Findings {
			if f.Suppressed != nil && !l.ShowSuppressed {
				continue
			}
			p := r.Start(f)
			if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s [%s]\n", Visible(r.Path), p.Line, p.Column, f.Severity, Visible(f.Message), Visible(f.Rule)); err != nil {
				return err
			}
		}
		for _, e := range r.CheckErrors {
			if l.OmitErrors {
				break
			}
			if _, err := fmt.Fprintf(w, "%s: error: %s\n", Visible(r.Path), Visible(e.Error())); err != nil {
				return err
			}
		}
	}
	return nil
}
