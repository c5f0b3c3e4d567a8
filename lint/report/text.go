package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// Text is the human format: each finding with its location, the count and
// allegation it belongs to, the source line with a caret under the span,
// the authority and the fix; then a summary an attorney skims first.
type Text struct {
	// Color turns on ANSI colour; the caller decides (TTY, NO_COLOR, flag).
	Color bool
	// NoSummary leaves out the closing summary.
	NoSummary bool
	// OmitErrors leaves out the files that could not be linted (the
	// summary still counts them): on standard output, where the caller
	// writes them to standard error instead.
	OmitErrors bool
}

// Report implements Reporter.
func (t Text) Report(w io.Writer, results []lint.FileResult) error { return streamAll(t, w, results) }

// Start implements Streamer. Each file's findings are written as it
// comes; its part of the closing summary is spooled until the last.
func (t Text) Start(w io.Writer, files int) Stream {
	return &textStream{t: t, pal: newPalette(t.Color), ew: &errWriter{w: w}, sum: newSummary(files)}
}

type textStream struct {
	t   Text
	pal palette
	ew  *errWriter
	sum *summaryState
}

func (s *textStream) File(r *lint.FileResult) error {
	eachFile(s.ew, s.pal, r, s.t.OmitErrors, func(r *lint.FileResult) {
		for _, f := range r.Findings {
			if f.Suppressed != nil {
				continue
			}
			s.t.finding(s.ew, s.pal, r, f)
		}
	})
	if !s.t.NoSummary {
		s.sum.file(s.pal, r)
	}
	return s.ew.err
}

func (s *textStream) Finish() error {
	defer s.Close()
	if !s.t.NoSummary {
		s.sum.finish(s.ew, s.pal)
	}
	return s.ew.err
}

func (s *textStream) Close() { s.sum.close() }

func (t Text) finding(w *errWriter, pal palette, r *lint.FileResult, f lint.Finding) {
	start, end := r.Start(f), r.End(f)
	// Everything taken from the file name or the complaint is rendered
	// Visible; the line and column stay those of the source.
	path := Visible(r.Path)
	where := fmt.Sprintf("%s:%d:%d", path, start.Line, start.Column)
	if r.Doc.Format == document.FormatDocx {
		where = fmt.Sprintf("%s: paragraph %d, character %d", path, start.Line, start.Column)
	}
	ctx := []string{}
	if f.Count != "" {
		ctx = append(ctx, Visible(f.Count))
	}
	if n := r.AllegationLabel(f); n != "" {
		ctx = append(ctx, "¶ "+n)
	}
	ctxs := ""
	if len(ctx) > 0 {
		ctxs = " (" + strings.Join(ctx, ", ") + ")"
	}
	w.printf("%s: %s %s%s\n", pal.bold(where), pal.sev(f.Severity), Visible(f.Message), pal.dim(" ["+Visible(f.Rule)+"]"))
	w.printf("  %s%s\n", pal.dim("in"), ctxs)
	// The source line, shortened around the span, with carets under it.
	ls := r.Doc.Lines.LineSpan(start.Line)
	line := r.Doc.Src[ls.Start:ls.End]
	endCol := end.Column
	if end.Line != start.Line {
		endCol = utf8.RuneCountInString(line) + 1
	}
	text, caretFrom, caretLen := visibleLine(window(line, start.Column-1, endCol-start.Column, 100))
	w.printf("    %s\n", text)
	if caretLen < 1 {
		caretLen = 1
	}
	w.printf("    %s%s\n", strings.Repeat(" ", caretFrom), pal.sevColor(f.Severity, strings.Repeat("^", caretLen)))
	if f.Authority != "" {
		w.printf("  %s %s\n", pal.dim("authority:"), Visible(f.Authority))
	}
	if f.Fix != "" {
		w.printf("  %s %s\n", pal.dim("fix:"), Visible(f.Fix))
	}
	w.printf("\n")
}

// window cuts a long line to width code points around [from, from+n),
// returning the cut text and where the caret run starts and how long it is.
func window(line string, from, n, width int) (string, int, int) {
	runes := []rune(line)
	if len(runes) <= width {
		return line, from, n
	}
	start := from - 20
	if start < 0 {
		start = 0
	}
	end := start + width
	if end > len(runes) {
		end = len(runes)
		start = end - width
		if start < 0 {
			start = 0
		}
	}
	prefix, suffix := "", ""
	if start > 0 {
		prefix = "…"
	}
	if end < len(runes) {
		suffix = "…"
	}
	if from+n > end {
		n = end - from
	}
	return prefix + string(runes[start:end]) + suffix, from - start + utf8.RuneCountInString(prefix), n
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}

// palette applies colours only when enabled, without touching fatih/color's
// global NoColor switch (tests run reporters in parallel).
type palette struct{ on bool }

func newPalette(on bool) palette { return palette{on: on} }

func (p palette) paint(c *color.Color, s string) string {
	if !p.on {
		return s
	}
	c.EnableColor()
	return c.Sprint(s)
}

func (p palette) bold(s string) string { return p.paint(color.New(color.Bold), s) }
func (p palette) dim(s string) string  { return p.paint(color.New(color.Faint), s) }
func (p palette) ok(s string) string   { return p.paint(color.New(color.FgGreen), s) }

// eachFile writes one file as the human formats print it: a file that
// could not be read is one error line, a linted file is what body prints,
// followed by the checks that failed on it. With omitErrors the error lines
// are left out (the caller writes them to standard error).
func eachFile(ew *errWriter, pal palette, r *lint.FileResult, omitErrors bool, body func(*lint.FileResult)) {
	if r.Err != nil {
		if !omitErrors {
			pal.fileError(ew, r.Path, r.Err)
		}
		return
	}
	body(r)
	if omitErrors {
		return
	}
	for _, e := range r.CheckErrors {
		pal.fileError(ew, r.Path, e)
	}
}

// fileError writes one line for a file that could not be read or a check
// that failed on it: "error" in bold red, the file name, the reason, all
// with control characters shown visibly.
func (p palette) fileError(w *errWriter, path string, err error) {
	w.printf("%s %s: %s\n", p.paint(color.New(color.FgRed, color.Bold), "error"), p.bold(Visible(path)), Visible(err.Error()))
}

func (p palette) sev(s lint.Severity) string { return p.sevColor(s, s.String()+":") }

func (p palette) sevColor(s lint.Severity, text string) string {
	switch s {
	case lint.Error:
		return p.paint(color.New(color.FgRed, color.Bold), text)
	case lint.Warning:
		return p.paint(color.New(color.FgYellow, color.Bold), text)
	}
	return p.paint(color.New(color.FgCyan), text)
}
