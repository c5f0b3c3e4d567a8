package report

import (
	"io"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/chart"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
)

// JSONVersion is the version of the JSON document's schema. It changes only
// when a field is removed or changes meaning; new fields may be added
// without a change.
const JSONVersion = 1

// JSON writes one versioned JSON document for the whole run, for scripts
// and dashboards. Positions carry both byte offsets (exact, for programs)
// and 1-based line and code-point column (for people). Suppressed findings
// are included with the reason they were suppressed.
type JSON struct {
	Tool Tool
	// Indent pretty-prints the document (the CLI indents; a program reading
	// the output does not care).
	Indent bool
}

type jsonCount struct {
	Name    string   `json:"name"`
	Title   string   `json:"title"`
	Claims  []string `json:"claims"`
	Heading jsonPos  `json:"heading"`
	// LowConfidence: the family was read at low confidence.
	LowConfidence bool    `json:"low_confidence,omitempty"`
	Law           jsonLaw `json:"governing_law"`
	// Elements is the count's element chart (ELEMENTS.md), one entry per
	// element of every list the count is read under.
	Elements []jsonElement `json:"elements"`
}

// jsonForum says once which court and law the rules assumed, and how to
// change it (RULES-FORUM.md §F1).
type jsonForum struct {
	Court    string `json:"court"` // federal-district, federal-bankruptcy, state, unknown
	District string `json:"district,omitempty"`
	Circuit  string `json:"circuit,omitempty"`
	State    string `json:"state,omitempty"`
	Source   string `json:"source"` // caption, flag, default, none
	Profile  string `json:"profile"`
	Summary  string `json:"summary"`
	Change   string `json:"change"`
}

type jsonLaw struct {
	State  string `json:"state,omitempty"`
	Source string `json:"source"`
}

// jsonElement is one row of the element chart.
type jsonElement struct {
	List       string             `json:"list"`
	ID         string             `json:"id"`
	Element    string             `json:"element"`
	Status     lint.ElementStatus `json:"status"`
	Paragraphs string             `json:"paragraphs"`
	// Allegations are the ¶ numbers that carry the element, ascending;
	// Lines the lines of unnumbered text that do.
	Allegations []int    `json:"allegations"`
	Lines       []int    `json:"lines,omitempty"`
	Rules       []string `json:"rules"`
	DecidedBy   string   `json:"decided_by,omitempty"`
	// Finding is the index in this file's findings array of the finding
	// that decided a missing or thin status.
	Finding *int   `json:"finding,omitempty"`
	Note    string `json:"note,omitempty"`
	Sub     bool   `json:"sub,omitempty"`
}

type jsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonRange struct {
	Span  jsonSpan `json:"span"`
	Start jsonPos  `json:"start"`
	End   jsonPos  `json:"end"`
}

type jsonRelated struct {
	Message string `json:"message"`
	jsonRange
}

type jsonEdit struct {
	NewText string `json:"newText"`
	jsonRange
}

type jsonSuggestion struct {
	Title string     `json:"title"`
	Edits []jsonEdit `json:"edits"`
}

type jsonFinding struct {
	Rule       string            `json:"rule"`
	Severity   lint.Severity     `json:"severity"`
	Message    string            `json:"message"`
	Authority  string            `json:"authority,omitempty"`
	Fix        string            `json:"fix,omitempty"`
	Count      string            `json:"count,omitempty"`
	Allegation int               `json:"allegation,omitempty"`
	Paragraph  string            `json:"paragraph,omitempty"` // an outline number ("5.1"), which allegation cannot hold
	Missing    bool              `json:"missing,omitempty"`
	Confidence float64           `json:"confidence,omitempty"`
	Span       jsonSpan          `json:"span"`
	Start      jsonPos           `json:"start"`
	End        jsonPos           `json:"end"`
	Related    []jsonRelated     `json:"related"`
	Suggest    []jsonSuggestion  `json:"suggestions"`
	Suppressed *lint.Suppression `json:"suppressed,omitempty"`
	Profile    string            `json:"forum_profile,omitempty"`
	// Decides are the elements the finding decides (missing or thin).
	Decides []lint.ElementMark `json:"decides,omitempty"`
}

// Report implements Reporter. The document is written a count and a
// finding at a time as each is made, never built whole, so a complaint of
// thousands of counts is reported in the memory of one count's chart; a
// write or encoding error stops it part way.
func (j JSON) Report(w io.Writer, results []lint.FileResult) error { return streamAll(j, w, results) }

// Start implements Streamer: the document's head, then each file's object
// as it comes.
func (j JSON) Start(w io.Writer, _ int) Stream {
	s := newJSONStream(w, j.Indent)
	s.beginObject()
	s.field("version", JSONVersion)
	s.field("tool", j.Tool.orDefault())
	s.key("files")
	s.beginArray()
	return jsonFiles{s}
}

type jsonFiles struct{ s *jsonStream }

func (j jsonFiles) File(r *lint.FileResult) error {
	j.s.item()
	writeJSONFile(j.s, r)
	return j.s.flush()
}

func (j jsonFiles) Finish() error {
	j.s.endArray()
	j.s.endObject()
	return j.s.finish()
}

func (j jsonFiles) Close() {}

// writeJSONFile writes one file's object: path, format, forum, counts,
// findings and errors, in that order.
func writeJSONFile(s *jsonStream, r *lint.FileResult) {
	errs := []string{}
	if r.Err != nil {
		errs = append(errs, r.Err.Error())
	}
	for _, e := range r.CheckErrors {
		errs = append(errs, e.Error())
	}
	s.beginObject()
	s.field("path", r.Path)
	d := r.Doc
	if d == nil {
		s.field("counts", []jsonCount{})
		s.field("findings", []jsonFinding{})
		s.field("errors", errs)
		s.endObject()
		return
	}
	if f := d.Format.String(); f != "" {
		s.field("format", f)
	}
	if a := r.Forum; a != nil {
		jf := &jsonForum{Court: string(a.Forum.Kind), Circuit: a.Forum.Circuit, State: a.Forum.State, Source: string(a.Forum.Source),
			Profile: a.ProfileLabel(-1), Summary: a.Summary(), Change: forum.HowToChange}
		if a.Forum.District != nil {
			jf.District = a.Forum.District.Abbrev
		}
		s.field("forum", jf)
	}
	s.key("counts")
	s.beginArray()
	for i := range d.Counts {
		s.element(jsonCountOf(r, i))
	}
	s.endArray()
	s.key("findings")
	s.beginArray()
	for _, fd := range r.Findings {
		s.element(jsonFindingOf(r, fd))
	}
	s.endArray()
	s.field("errors", errs)
	s.endObject()
}

// jsonCountOf is count i of a linted file with its element chart.
func jsonCountOf(r *lint.FileResult, i int) jsonCount {
	d := r.Doc
	c := &d.Counts[i]
	claims := make([]string, len(c.Claims))
	for k, cl := range c.Claims {
		claims[k] = string(cl)
	}
	p := d.Lines.Position(c.Heading.Start)
	cc := chart.BuildCount(r, i)
	jc := jsonCount{Name: c.Name(), Title: c.Title, Claims: claims, Heading: jsonPos{p.Line, p.Column}, LowConfidence: c.LowConfidence(),
		Elements: jsonElements(&cc)}
	if r.Forum != nil {
		l := r.Forum.Law(i)
		jc.Law = jsonLaw{State: l.State, Source: string(l.Source)}
	} else {
		jc.Law = jsonLaw{Source: string(forum.LawNone)}
	}
	return jc
}

func jsonFindingOf(r *lint.FileResult, fd lint.Finding) jsonFinding {
	d := r.Doc
	rg := rangeOf(d, fd.Span)
	jf := jsonFinding{
		Rule: fd.Rule, Severity: fd.Severity, Message: fd.Message, Authority: fd.Authority, Fix: fd.Fix,
		Count: fd.Count, Allegation: r.AllegationNumber(fd), Paragraph: r.AllegationOutline(fd), Missing: fd.Missing, Confidence: fd.Confidence,
		Span: rg.Span, Start: rg.Start, End: rg.End,
		Related: []jsonRelated{}, Suggest: []jsonSuggestion{}, Suppressed: fd.Suppressed, Profile: fd.Profile, Decides: fd.Elements,
	}
	for _, rel := range fd.Related {
		jf.Related = append(jf.Related, jsonRelated{Message: rel.Message, jsonRange: rangeOf(d, rel.Span)})
	}
	for _, sg := range fd.Suggestions {
		js := jsonSuggestion{Title: sg.Title, Edits: []jsonEdit{}}
		for _, e := range sg.Edits {
			js.Edits = append(js.Edits, jsonEdit{NewText: e.NewText, jsonRange: rangeOf(d, e.Span)})
		}
		jf.Suggest = append(jf.Suggest, js)
	}
	return jf
}

func jsonElements(c *chart.Count) []jsonElement {
	out := []jsonElement{}
	for _, b := range c.Blocks {
		for _, e := range b.Elements {
			je := jsonElement{List: b.List, ID: e.ID, Element: e.Element, Status: e.Status, Paragraphs: chart.Paragraphs(e.Refs),
				Allegations: []int{}, Rules: e.Rules, DecidedBy: e.DecidedBy, Note: e.Note, Sub: e.Sub}
			if je.Rules == nil {
				je.Rules = []string{}
			}
			je.Allegations, je.Lines = chart.Numbers(e.Refs)
			if e.Finding >= 0 {
				n := e.Finding
				je.Finding = &n
			}
			if b.Note != "" && je.Note == "" {
				je.Note = b.Note
			}
			out = append(out, je)
		}
		if len(b.Elements) == 0 {
			out = append(out, jsonElement{List: b.List, ID: string(b.Family), Element: b.Title, Status: lint.NotChecked,
				Paragraphs: "—", Allegations: []int{}, Rules: []string{}, Note: b.Note})
		}
	}
	return out
}

func rangeOf(d *document.Document, sp lint.Span) jsonRange {
	s, e := d.Lines.Position(sp.Start), d.Lines.Position(sp.End)
	return jsonRange{Span: jsonSpan{sp.Start, sp.End}, Start: jsonPos{s.Line, s.Column}, End: jsonPos{e.Line, e.Column}}
}
