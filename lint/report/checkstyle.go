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

type csRoot struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []csFile `xml:"file"`
}

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
func (Checkstyle) Report(w io.Writer, results []lint.FileResult) error {
	root := csRoot{Version: "4.3"}
	for i := range results {
		r := &results[i]
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
		root.Files = append(root.Files, f)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
