package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/chart"
)

// ChartText prints the element chart (`complaintlint chart`): for every
// count, one table per element list with each element's status, the ¶¶
// that carry it and the rule that decided it, coloured as the findings
// are (missing as an error, thin as a warning).
type ChartText struct {
	Color bool
	// OmitErrors leaves out the files that could not be linted, as Text
	// does when the command line reports them on standard error.
	OmitErrors bool
}

// Report implements Reporter.
func (t ChartText) Report(w io.Writer, results []lint.FileResult) error {
	return streamAll(t, w, results)
}

// Start implements Streamer: each file's chart is its own.
func (t ChartText) Start(w io.Writer, _ int) Stream {
	return &chartTextStream{t: t, pal: newPalette(t.Color), ew: &errWriter{w: w}}
}

type chartTextStream struct {
	t   ChartText
	pal palette
	ew  *errWriter
}

func (s *chartTextStream) File(r *lint.FileResult) error {
	eachFile(s.ew, s.pal, r, s.t.OmitErrors, func(r *lint.FileResult) {
		ch := chart.Build(r)
		if len(ch.Counts) == 0 {
			s.ew.printf("%s: no counts found, so no element chart\n", s.pal.bold(Visible(r.Path)))
		}
		for _, c := range ch.Counts {
			chartCount(s.ew, s.pal, r, &c)
		}
	})
	return s.ew.err
}

func (s *chartTextStream) Finish() error { return s.ew.err }
func (s *chartTextStream) Close()        {}

func chartCount(w *errWriter, pal palette, r *lint.FileResult, c *chart.Count) {
	pos := r.Doc.Lines.Position(c.Heading.Start)
	w.printf("%s %s\n", pal.bold(fmt.Sprintf("%s:%d: %s", Visible(r.Path), pos.Line, Visible(c.Name))), pal.dim(Visible(oneLine(c.Title))))
	for _, b := range c.Blocks {
		w.printf("  %s\n", pal.bold(b.Title))
		if b.Note != "" {
			w.printf("  %s\n", pal.dim(b.Note))
		}
		if len(b.Elements) == 0 {
			continue
		}
		rows := [][]string{{"Element", "Status", "¶¶", "Decided by"}}
		for _, e := range b.Elements {
			rows = append(rows, []string{chartElementLabel(e), e.Status.String(), chart.Paragraphs(e.Refs), chartDecidedBy(r, e)})
		}
		widths := make([]int, 3)
		for _, row := range rows {
			for k := range widths {
				widths[k] = max(widths[k], utf8.RuneCountInString(row[k]))
			}
		}
		for k, row := range rows {
			var line strings.Builder
			line.WriteString("    ")
			for col, cell := range row {
				text := cell
				if col < len(widths) {
					text += strings.Repeat(" ", widths[col]-utf8.RuneCountInString(cell)+2)
				}
				switch {
				case k == 0:
					text = pal.dim(text)
				case col == 1:
					text = statusColor(pal, b.Elements[k-1].Status, text)
				}
				line.WriteString(text)
			}
			w.printf("%s\n", strings.TrimRight(line.String(), " "))
		}
	}
	for _, n := range c.Notes {
		f := r.Findings[n.Finding]
		p := r.Start(f)
		w.printf("  %s %s at line %d (not an element; see the findings)\n", pal.dim("note:"), n.Rule, p.Line)
	}
	w.printf("\n")
}

// chartElementLabel is the element's id and name; a sub-row is indented.
func chartElementLabel(e chart.Element) string {
	if e.Sub {
		return "  " + e.ID
	}
	return e.ID + " " + e.Element
}

// chartDecidedBy names the rule, where its finding is, and any note.
func chartDecidedBy(r *lint.FileResult, e chart.Element) string {
	s := e.DecidedBy
	if e.Finding >= 0 {
		p := r.Start(r.Findings[e.Finding])
		s += fmt.Sprintf(" (line %d)", p.Line)
	}
	if e.Note != "" {
		if s != "" {
			s += "; "
		}
		s += e.Note
	}
	if s == "" {
		return "—"
	}
	return s
}

func statusColor(pal palette, s lint.ElementStatus, text string) string {
	switch s {
	case lint.Missing:
		return pal.sevColor(lint.Error, text)
	case lint.Thin:
		return pal.sevColor(lint.Warning, text)
	case lint.Pleaded:
		return pal.ok(text)
	}
	return pal.dim(text)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
