package main

import (
	"bufio"
	"io"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/report"
)

// sink is one output of a run being written a file at a time: standard
// output, or a file written whole or not at all (a temporary file beside
// it, renamed once the report is finished, removed on failure). A sink
// that fails stops taking files; its error is reported after the run, in
// the order the outputs were given, as when each was written at the end.
type sink struct {
	path   string        // empty: standard output
	file   *atomicFile   // the temporary file, for a path
	buf    *bufio.Writer // over the file
	stream report.Stream
	err    error
}

// openSinks starts every output before any file is linted: each file's
// temporary file is made first, so one that cannot be made is known, and
// the others are still written.
func openSinks(outputs []output, env reportEnv, color bool, stdout io.Writer) []*sink {
	var sinks []*sink
	for _, o := range outputs {
		env.color = color && o.path == ""
		env.toStdout = o.path == ""
		rep := reporterNames[o.name](env)
		s := &sink{path: o.path}
		w := stdout
		if o.path != "" {
			s.file, s.err = createAtomic(o.path, 0o644)
			if s.err != nil {
				sinks = append(sinks, s)
				continue
			}
			// A file takes the report in large writes; standard output is
			// written as each file comes, so a reader sees it then.
			s.buf = bufio.NewWriterSize(s.file.tmp, 64<<10)
			w = s.buf
		}
		s.stream = rep.Start(w, env.files)
		sinks = append(sinks, s)
	}
	return sinks
}

// toStdout reports whether an output goes to standard output.
func toStdout(outputs []output) bool {
	for _, o := range outputs {
		if o.path == "" {
			return true
		}
	}
	return false
}

// write writes one file's result to the sink.
func (s *sink) write(r *lint.FileResult) {
	if s.err != nil {
		return
	}
	if s.err = s.stream.File(r); s.err != nil {
		s.err = s.wrap(s.err)
	}
}

func (s *sink) wrap(err error) error {
	if s.path == "" {
		return err
	}
	return &writeError{path: s.path, err: err}
}

// finish ends the report and, for a file, puts it in place.
func (s *sink) finish() error {
	if s.err != nil {
		return s.err
	}
	if err := s.stream.Finish(); err != nil {
		s.err = s.wrap(err)
		return s.err
	}
	if s.file == nil {
		return nil
	}
	if err := s.buf.Flush(); err != nil {
		s.err = s.wrap(err)
		return s.err
	}
	err := s.file.commit()
	s.file = nil
	return err
}

// closeSinks releases what finish did not: the streams, and the
// temporary files of outputs that failed or were never finished.
func closeSinks(sinks []*sink) {
	for _, s := range sinks {
		if s.stream != nil {
			s.stream.Close()
		}
		if s.file != nil {
			s.file.abort()
			s.file = nil
		}
	}
}

// writeError is an output file that could not be written, named as
// writeFileAtomic names it.
type writeError struct {
	path string
	err  error
}

func (e *writeError) Error() string { return "writing " + e.path + ": " + e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }
