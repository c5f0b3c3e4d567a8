// Package browser is what the WebAssembly build (cmd/complaintlint-wasm)
// does with a file a page hands it: it lints the bytes as the command line
// lints standard input, writes the command line's JSON and SARIF reports
// with the text their positions index, and makes the reviewed Word copy as
// complaintlint annotate does, with the command line's errors. It is plain
// Go over bytes, so go test covers it; the WebAssembly program only
// converts JavaScript values. The HTML report is not here: the page lays
// the complaint out from the JSON document and the text.
package browser

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/annotate"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/report"
	"github.com/complaintlint/complaintlint/lint/runopts"
)

// MaxFileSize is the largest file the command line reads; the page checks a
// file's size against it before reading the file.
const MaxFileSize = input.MaxFileSize

// Version is the version the reports name (set by the WebAssembly build).
var Version = "devel"

// LineError is an error as the command line prints it on its one line.
type LineError struct{ msg string }

func (e *LineError) Error() string { return e.msg }

// fileError is the command line's line for a file it could not lint.
func fileError(name string, err error) error {
	return &LineError{report.ErrorLine(name, err)}
}

// usageError is the command line's line for a bad flag.
func usageError(err error) error {
	return &LineError{"complaintlint: " + report.Visible(err.Error())}
}

// annotateError is complaintlint annotate's line for a file it could not
// review.
func annotateError(name string, err error) error {
	return &LineError{"complaintlint annotate: " + report.Visible(name+": "+err.Error())}
}

// CheckSize is the command line's error for a file of size bytes, before
// any of it is read.
func CheckSize(name string, size int64) error {
	if size > MaxFileSize {
		return fileError(name, input.ErrTooLarge)
	}
	return nil
}

// formats are the reports the browser build writes, by --format name.
var formats = map[string]func() report.Reporter{
	"json": func() report.Reporter { return report.JSON{Tool: report.Tool{Version: Version}, Indent: true} },
	"sarif": func() report.Reporter {
		return report.SARIF{Tool: report.Tool{Version: Version}, Rules: runopts.RuleCatalog()}
	},
}

// Linted is one lint's reports and the text they describe.
type Linted struct {
	// Reports are the documents asked for, by --format name.
	Reports map[string]string
	// Source is the text the findings' byte spans and lines index: the
	// file itself for plain text and Markdown, the paragraphs read out of
	// a .docx one a line. A page lays the complaint out from it.
	Source []byte
}

// lintBytes lints one file's bytes as the command line lints standard
// input named name (--stdin-filename): the same reader, size limit,
// options and time budget.
func lintBytes(data []byte, name string, c runopts.Choices) (lint.FileResult, error) {
	if err := CheckSize(name, int64(len(data))); err != nil {
		return lint.FileResult{}, err
	}
	plan, err := c.Plan(nil, nil)
	if err != nil {
		return lint.FileResult{}, usageError(err)
	}
	opts := plan.Options
	res := lintOne(data, name, opts)
	if res.Err != nil {
		return res, fileError(name, res.Err)
	}
	if len(res.CheckErrors) > 0 {
		return res, fileError(name, errors.Join(res.CheckErrors...))
	}
	return res, nil
}

// lintOne lints one file's bytes through the command line's driver.
func lintOne(data []byte, name string, opts driver.Options) lint.FileResult {
	return driver.Run([]driver.Target{{Path: name, Stdin: bytes.NewReader(data)}}, opts)[0]
}

// Lint lints data and writes each named report of the result.
func Lint(data []byte, name string, c runopts.Choices, names []string) (Linted, error) {
	for _, n := range names {
		if formats[n] == nil {
			return Linted{}, usageError(fmt.Errorf("unknown format %q (want json or sarif)", n))
		}
	}
	res, err := lintBytes(data, name, c)
	if err != nil {
		return Linted{}, err
	}
	out := Linted{Reports: map[string]string{}}
	if res.Doc != nil {
		out.Source = []byte(res.Doc.Src)
	}
	for _, n := range names {
		var b strings.Builder
		if err := formats[n]().Report(&b, []lint.FileResult{res}); err != nil {
			return Linted{}, fileError(name, err)
		}
		out.Reports[n] = b.String()
	}
	return out, nil
}

// Review lints a .docx and returns the copy with a Word comment per
// finding, as complaintlint annotate writes it.
func Review(data []byte, name string, c runopts.Choices, now time.Time) ([]byte, int, error) {
	if !strings.EqualFold(path.Ext(name), ".docx") {
		return nil, 0, annotateError(name, errors.New("annotate writes Word comments and reads only .docx files"))
	}
	c.InputFormat = "docx"
	plan, err := c.Plan(nil, nil)
	if err != nil {
		return nil, 0, &LineError{"complaintlint annotate: " + report.Visible(err.Error())}
	}
	opts := plan.Options
	res := lintOne(data, name, opts)
	if res.Err != nil {
		return nil, 0, annotateError(name, res.Err)
	}
	if len(res.CheckErrors) > 0 {
		return nil, 0, annotateError(name, errors.Join(res.CheckErrors...))
	}
	out, n, err := annotate.Review(data, &res, annotate.Options{Author: annotate.ReviewAuthor, Initials: annotate.ReviewInitials, Date: now})
	if err != nil {
		return nil, 0, annotateError(name, err)
	}
	return out, n, nil
}

// Choices reads a page's options (a JavaScript object's fields, by the
// command line's flag names in camel case) over the command line's
// defaults. A field it does not know is an error, as an unknown flag is.
func Choices(opts map[string]any) (runopts.Choices, error) {
	c := runopts.Defaults()
	for k, v := range opts {
		var err error
		switch k {
		case "circuit":
			c.Circuit, err = str(k, v)
		case "state":
			c.State, err = str(k, v)
		case "minSeverity":
			c.MinSeverity, err = str(k, v)
		case "inputFormat":
			c.InputFormat, err = str(k, v)
		case "enable":
			c.Enable, err = list(k, v)
		case "disable":
			c.Disable, err = list(k, v)
		case "maxFindings":
			c.MaxFindings, err = count(k, v)
		case "name":
			// The file's name, read by the caller.
		default:
			err = fmt.Errorf("unknown option %q (want circuit, state, minSeverity, enable, disable, maxFindings or inputFormat)", k)
		}
		if err != nil {
			return c, usageError(err)
		}
	}
	return c, nil
}

func str(k string, v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("option %s: want a string, got %T", k, v)
	}
	return s, nil
}

// list takes an array of rule ids or one comma-separated string, as the
// flag does.
func list(k string, v any) ([]string, error) {
	switch v := v.(type) {
	case string:
		return strings.Split(v, ","), nil
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			s, err := str(k, e)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("option %s: want an array of rule ids, got %T", k, v)
}

func count(k string, v any) (int, error) {
	f, ok := v.(float64)
	if !ok || f < 0 || f != float64(int(f)) {
		return 0, fmt.Errorf("option %s: want a whole number of at least 0, got %v", k, v)
	}
	return int(f), nil
}
