// The HTML report is not part of the WebAssembly build: the browser page
// renders the JSON document itself, and html/template would keep every
// exported method of the program alive through reflection.

//go:build !(js && wasm)

package report

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/chart"
	"github.com/complaintlint/complaintlint/lint/document"
)

// chartCountView is one count's element chart in the HTML report.
type chartCountView struct {
	Name, Title string
	Anchor      string // the heading's line in the text
	Blocks      []chartBlockView
}

type chartBlockView struct {
	Title, Note string
	Rows        []chartRowView
}

// chartRowView is one element: each ¶ reference links to the paragraph in
// the text below, and a missing or thin status to the finding that
// decided it.
type chartRowView struct {
	ID, Element string
	Anchor      string // "chart-<file>-<count>-<element id>", for links to the row
	Status      string
	Class       string // the status as a CSS class: "not-checked"
	Refs        []chartRefView
	Rule        string
	Note        string
	Finding     string // the anchor of the deciding finding, "" when none is shown
	Sub         bool
}

type chartRefView struct{ Label, Anchor string }

// chartViews builds the chart of file i from the same run as its
// findings, a count at a time as the page asks for it; a finding's anchor
// is its position among the shown findings.
func chartViews(file int, r *lint.FileResult) iter.Seq[chartCountView] {
	d := r.Doc
	shownAt := map[int]int{}
	n := 0
	for k, f := range r.Findings {
		if f.Suppressed == nil {
			shownAt[k] = n
			n++
		}
	}
	return func(yield func(chartCountView) bool) {
		for ci := range d.Counts {
			c := chart.BuildCount(r, ci)
			cv := chartCountView{Name: Visible(c.Name), Title: Visible(c.Title), Anchor: lineAnchor(file, d.Lines.Position(c.Heading.Start).Line)}
			for _, b := range c.Blocks {
				bv := chartBlockView{Title: b.Title, Note: b.Note}
				for _, e := range b.Elements {
					rv := chartRowView{ID: e.ID, Element: e.Element, Status: e.Status.String(),
						Class: strings.ReplaceAll(e.Status.String(), " ", "-"), Rule: e.DecidedBy, Note: Visible(e.Note), Sub: e.Sub,
						Anchor: fmt.Sprintf("chart-%d-%d-%s", file, c.Index, e.ID)}
					if at, ok := shownAt[e.Finding]; ok && e.Finding >= 0 {
						rv.Finding = FindingAnchor(file, at)
					}
					rv.Refs = chartRefs(file, r, e.Refs)
					bv.Rows = append(bv.Rows, rv)
				}
				cv.Blocks = append(cv.Blocks, bv)
			}
			if !yield(cv) {
				return
			}
		}
	}
}

// chartRefs are the element's places, each linking to its line in the
// text: "¶ 12", or "unnumbered, line 9"; numbered paragraphs ascending,
// unnumbered lines after them.
func chartRefs(file int, r *lint.FileResult, refs []chart.Ref) []chartRefView {
	type place struct {
		allegation document.Num
		line       int
	}
	var ps []place
	for _, ref := range refs {
		p := place{ref.Allegation, r.Doc.Lines.Position(ref.Span.Start).Line}
		if !slices.Contains(ps, p) {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b place) int {
		if a.allegation.IsZero() != b.allegation.IsZero() {
			return b.allegation.Compare(a.allegation) // numbered first
		}
		return cmp.Or(a.allegation.Compare(b.allegation), cmp.Compare(a.line, b.line))
	})
	var out []chartRefView
	for _, p := range ps {
		label := "¶ " + p.allegation.String()
		if p.allegation.IsZero() {
			label = fmt.Sprintf("unnumbered, line %d", p.line)
		}
		out = append(out, chartRefView{Label: label, Anchor: lineAnchor(file, p.line)})
	}
	return out
}
