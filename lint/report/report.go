// Package report writes lint results in the formats people and tools read.
// Each format is a small type writing to an io.Writer; none of them knows
// how findings were produced.
//
// Every format can also be written a file at a time (Streamer): the
// command line hands each file's result to its outputs as soon as it and
// every file before it are linted, and drops it once written, so a run
// over many large complaints holds one or a few documents at a time, not
// all of them. What a format prints after the last file or before the
// first (totals, the rule catalog, GitHub's most-serious-first order) it
// keeps as small counts, or writes to a spool it copies out at the end.
package report

import (
	"io"

	"github.com/complaintlint/complaintlint/lint"
)

// Reporter writes the results of one run.
type Reporter interface {
	Report(w io.Writer, results []lint.FileResult) error
}

// Streamer is a Reporter that can also be written one file at a time.
// Start begins the report of a run over files files on w; the Stream it
// returns takes each file's result in order. The output is byte for byte
// what Report writes for the same results.
type Streamer interface {
	Reporter
	Start(w io.Writer, files int) Stream
}

// Stream is a report being written a file at a time.
type Stream interface {
	// File writes one file's part of the report. It keeps nothing of r
	// that grows with the document (no model, no findings), and what it
	// writes to the report's writer it has written before it returns, so
	// the caller can drop r and interleave a progress line.
	File(r *lint.FileResult) error
	// Finish writes what follows the last file and releases the stream.
	Finish() error
	// Close releases the stream without finishing the report (after an
	// error); it may be called after Finish.
	Close()
}

// streamAll is Report for a Streamer: the whole run through its stream.
func streamAll(s Streamer, w io.Writer, results []lint.FileResult) error {
	st := s.Start(w, len(results))
	defer st.Close()
	for i := range results {
		if err := st.File(&results[i]); err != nil {
			return err
		}
	}
	return st.Finish()
}
