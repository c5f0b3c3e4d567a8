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
func (l Line) Report(w io.Writer, results []lint.FileResult) error { return streamAll(l, w, results) }

// Start implements Streamer: every line is a file's own.
func (l Line) Start(w io.Writer, _ int) Stream { return &lineStream{l: l, w: w} }

type lineStream struct {
	l Line
	w io.Writer
}

func (s *lineStream) Finish() error { return nil }
func (s *lineStream) Close()        {}

func (s *lineStream) File(r *lint.FileResult) error {
	l, w := s.l, s.w
	if r.Err != nil && l.OmitErrors {
		return nil
	}
	if r.Err != nil {
		_, err := fmt.Fprintln(w, ErrorLine(r.Path, r.Err))
		return err
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
		if _, err := fmt.Fprintln(w, ErrorLine(r.Path, e)); err != nil {
			return err
		}
	}
	return nil
}

// ErrorLine is a file's error as one line, "path: error: message", the
// shape compilers print: the line format's record, and what the command
// line and the browser build say about a file they could not lint.
func ErrorLine(path string, err error) string {
	return Visible(path) + ": error: " + Visible(err.Error())
}
