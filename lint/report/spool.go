package report

import (
	"bytes"
	"io"
	"os"
)

// spoolMemory is how much a spool holds in memory before it moves to a
// temporary file: a small run's report never touches the disk.
const spoolMemory = 1 << 20

// spool keeps part of a report that is written before parts not known yet
// (a SARIF log's results come after the rule catalog, which the last file
// may still add to): in memory while small, then in a temporary file, so
// a run over many large complaints does not hold their reports. Where no
// temporary file can be made (the browser build), it stays in memory.
type spool struct {
	mem  bytes.Buffer
	file *os.File
	err  error
}

func (s *spool) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.file == nil && s.mem.Len()+len(p) > spoolMemory {
		if f, err := os.CreateTemp("", "complaintlint-spool-*"); err == nil {
			s.file = f
			if _, s.err = f.Write(s.mem.Bytes()); s.err != nil {
				return 0, s.err
			}
			s.mem = bytes.Buffer{}
		}
	}
	if s.file != nil {
		var n int
		n, s.err = s.file.Write(p)
		return n, s.err
	}
	return s.mem.Write(p)
}

// WriteString lets fmt and io.WriteString write without a copy.
func (s *spool) WriteString(str string) (int, error) {
	if s.file == nil && s.mem.Len()+len(str) <= spoolMemory {
		return s.mem.WriteString(str)
	}
	return s.Write([]byte(str))
}

// copyTo writes everything spooled to w.
func (s *spool) copyTo(w io.Writer) error {
	if s.err != nil {
		return s.err
	}
	if s.file == nil {
		_, err := w.Write(s.mem.Bytes())
		return err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

// close removes the temporary file, if any, and frees the memory.
func (s *spool) close() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
		s.file = nil
	}
	s.mem = bytes.Buffer{}
}
