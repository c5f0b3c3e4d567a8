package report

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/complaintlint/complaintlint/lint"
)

// Checkstyle writes Checkstyle XML, which reviewdog (-f=checkstyle),
// Jenkins' Warnings Next Generation and many CI dashboards import. Every
// file linted gets a <file> element, even without findings, so a dashboard
// can tell "clean" from "not linted". Suppressed findings are left out.
type Checkstyle struct{}

type csFile struct {
	Name   string    `xml:"name,attr"`
	Errors []csError `xml:"error"`
}

type csError struct {
	Line     int    `xml:"line,attr"`
	Column   string `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Report implements Reporter.
func (c Checkstyle) Report(w io.Writer, results []lint.FileResult) error {
	return streamAll(c, w, results)
}

// Start implements Streamer. Each <file> element is encoded on its own,
// indented as it is inside the whole document.
func (Checkstyle) Start(w io.Writer, _ int) Stream {
	s := &checkstyleStream{w: w}
	_, s.err = io.WriteString(w, xml.Header+`<checkstyle version="4.3">`)
	return s
}

type checkstyleStream struct {
	w     io.Writer
	files int
	err   error
}

func (s *checkstyleStream) Close() {}

func (s *checkstyleStream) File(r *lint.FileResult) error {
	if s.err != nil {
		return s.err
	}
	f := csFile{Name: r.Path}
	if r.Err != nil {
		f.Errors = append(f.Errors, csError{Line: 1, Severity: "error", Message: r.Err.Error(), Source: "complaintlint.file-error"})
	}
	for _, e := range r.CheckErrors {
		f.Errors = append(f.Errors, csError{Line: 1, Severity: "error", Message: e.Error(), Source: "complaintlint.internal-error"})
	}
	if r.Doc != nil {
		for _, fd := range r.Findings {
			if fd.Suppressed != nil {
				continue
			}
			p := r.Start(fd)
			f.Errors = append(f.Errors, csError{Line: p.Line, Column: strconv.Itoa(p.Column), Severity: fd.Severity.String(),
				Message: fd.Message, Source: "complaintlint." + fd.Rule})
		}
	}
	s.files++
	if _, s.err = io.WriteString(s.w, "\n"); s.err != nil {
		return s.err
	}
	enc := xml.NewEncoder(s.w)
	enc.Indent("  ", "  ")
	s.err = enc.EncodeElement(f, xml.StartElement{Name: xml.Name{Local: "file"}})
	return s.err
}

func (s *checkstyleStream) Finish() error {
	if s.err != nil {
		return s.err
	}
	end := "</checkstyle>\n"
	if s.files > 0 {
		end = "\n" + end
	}
	_, err := io.WriteString(s.w, end)
	return err
}
