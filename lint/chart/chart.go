// Package chart builds the element chart of a linted complaint
// (ELEMENTS.md): for every count and every claim family it pleads, the
// elements of the claim in the order courts list them, whether the rules
// found each pleaded, thin or missing, the ¶¶ that carry it and the rule
// that decided it.
//
// The chart has no patterns of its own. A status comes from the run's
// findings (each carries the elements it decides, lint.Finding.Elements)
// and from what the rules observed while they found nothing to report
// (lint.Trace): a finding that element E is missing in count C is what,
// and all that, makes the chart show C/E missing.
package chart

import (
	"fmt"
	"slices"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
	"github.com/complaintlint/complaintlint/lint/legal"
)

// Chart is the element chart of one file.
type Chart struct {
	Path   string
	Counts []Count
}

// Count is one count's part of the chart: a block per element list.
type Count struct {
	Index   int
	Name    string // "Count III (CFAA)"
	Title   string
	Heading document.Span // the whole heading, continuation lines too
	Law     string        // governing state ("NY"), "" when none
	Blocks  []Block
	// Notes are findings that decide no element of the count (shotgun
	// pleading, conclusory allegations, limitations, forum notices),
	// shown beside the chart.
	Notes []Note
}

// Block is one element list applied to a count.
type Block struct {
	List        string // Table.ID, "" when the family has no table
	Family      legal.Claim
	Title       string
	Authorities string
	// Note says why every row is "not checked" when that is so for the
	// whole block (no element table; rules of another state's law).
	Note     string
	Elements []Element
}

// Element is one row of a block.
type Element struct {
	ID        string
	Element   string
	Authority string
	Status    lint.ElementStatus
	// Rules are the deciding rules (ELEMENTS.md "Rule(s)"); DecidedBy is
	// the rule whose finding or signals set the status.
	Rules     []string
	DecidedBy string
	// Refs are the places that carry the element, in document order.
	Refs []Ref
	// Finding is the index in FileResult.Findings of the finding that
	// decided a missing or thin status, -1 when none is shown (hidden by
	// --min-severity, or the status came from the rules' signals).
	Finding int
	// Message is the deciding finding's message.
	Message string
	// Note qualifies the status: "suppressed", "hidden by --min-severity",
	// why it is not checked.
	Note string
	// Sub marks a sub-row ("…/employees").
	Sub bool
}

// Ref is one place that carries an element: a numbered allegation, or an
// unnumbered line.
type Ref struct {
	Allegation document.Num // the ¶ number as printed ("12", "5.1"), zero when unnumbered
	Line       int          // 1-based line, for unnumbered text
	Span       document.Span
}

// Note is a finding of a rule that decides no element.
type Note struct {
	Rule    string
	Message string
	Finding int
}

// notElements are the rules whose findings set no status (ELEMENTS.md
// "Not elements").
var notElements = []string{"plausibility-conclusory-allegation", "pleading-shotgun-incorporation",
	"pleading-group-defendants", "copyright-registration-timing-remedies", "cfaa-limitations-window"}

// Build makes the chart of one linted file. It reads only the result: the
// document model, the findings and the run's trace.
func Build(r *lint.FileResult) *Chart {
	ch := &Chart{Path: r.Path}
	if r.Doc == nil {
		return ch
	}
	for ci := range r.Doc.Counts {
		ch.Counts = append(ch.Counts, BuildCount(r, ci))
	}
	return ch
}

// BuildCount makes the chart of the count with index ci of a linted file
// (whose Doc is not nil): what Build makes for that count. A report that
// writes the chart a count at a time uses it, so that a complaint of
// thousands of counts need not have its whole chart in memory at once.
func BuildCount(r *lint.FileResult, ci int) Count {
	d := r.Doc
	tr := r.Trace
	if tr == nil {
		tr = &lint.Trace{}
	}
	c := &d.Counts[ci]
	law := lawOf(r.Forum, ci)
	cc := Count{Index: ci, Name: c.Name(), Title: c.Title, Heading: c.Heading, Law: law}
	for _, fam := range c.Claims {
		for _, t := range listsFor(fam, law, tr.Lists[ci]) {
			cc.Blocks = append(cc.Blocks, block(r, tr, ci, fam, law, t))
		}
	}
	for i, f := range r.Findings {
		// Rules that decide no element, and findings a rule made where
		// its element is not in the count's lists, are notes.
		if f.CountIndex == ci && f.Suppressed == nil && (slices.Contains(notElements, f.Rule) || len(f.Elements) == 0) {
			cc.Notes = append(cc.Notes, Note{Rule: f.Rule, Message: f.Message, Finding: i})
		}
	}
	return cc
}

func lawOf(a *forum.Assumption, ci int) string {
	if a == nil {
		return ""
	}
	return a.Law(ci).State
}

// listsFor picks the element lists of a family under the count's law. The
// interference lists are those the rules' trigger cues selected (both when
// no rule selected one); lists tagged with a state's law are shown under
// that law, and the New York lists stand in, unchecked, under any other.
func listsFor(fam legal.Claim, law string, selected []string) []*Table {
	var cand []*Table
	for _, t := range Tables {
		if t.Family == fam {
			cand = append(cand, t)
		}
	}
	if len(cand) == 0 {
		return []*Table{nil}
	}
	var out []*Table
	for _, t := range cand {
		if t.Law == law {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		for _, t := range cand {
			if t.Law == "" || t.Law == "NY" {
				out = append(out, t)
			}
		}
	}
	if len(out) > 1 {
		var picked []*Table
		for _, t := range out {
			if slices.Contains(selected, t.ID) {
				picked = append(picked, t)
			}
		}
		if len(picked) > 0 {
			out = picked
		}
	}
	return out
}

func block(r *lint.FileResult, tr *lint.Trace, ci int, fam legal.Claim, law string, t *Table) Block {
	if t == nil {
		return Block{Family: fam, Title: fam.Short(),
			Note: "no element table for this claim family: not checked"}
	}
	b := Block{List: t.ID, Family: fam, Title: t.Title, Authorities: t.Authorities}
	if t.Law != "" && t.Law != law {
		b.Note = fmt.Sprintf("the rules of this list apply %s law; this count is governed by %s: not checked",
			forum.StateName(t.Law), lawName(law))
	}
	for _, row := range t.Rows {
		b.Elements = append(b.Elements, element(r, tr, ci, row))
		b.Elements = append(b.Elements, subRows(r, tr, ci, row)...)
	}
	return b
}

func lawName(law string) string {
	if law == "" {
		return "no state's law the rules recognise"
	}
	return forum.StateName(law) + " law"
}

// element decides one row: a finding's mark first (missing over thin),
// then what the deciding rules observed, then whether any of them ran.
func element(r *lint.FileResult, tr *lint.Trace, ci int, row Row) Element {
	e := Element{ID: row.ID, Element: row.Element, Authority: row.Authority, Rules: row.Rules, Finding: -1}
	if len(row.Rules) == 0 {
		e.Note = "no rule decides this element"
		return e
	}
	if decideByMarks(r, tr, ci, &e, row.ID) {
		return e
	}
	var obs *lint.Observation
	for i := range tr.Observations {
		o := &tr.Observations[i]
		if o.Count != ci || o.Element != row.ID {
			continue
		}
		if obs == nil || rank(o.Status) > rank(obs.Status) {
			obs = o
		}
	}
	if obs != nil {
		e.Status, e.DecidedBy, e.Note = obs.Status, obs.Rule, obs.Note
		e.Refs = refs(r.Doc, obs.Sentences)
		if e.Status == lint.NotChecked && e.Note == "" {
			e.Note = "the rule's condition for checking this element does not hold"
		}
		return e
	}
	for _, rule := range row.Rules {
		if tr.Ran(rule, ci) {
			// The rule ran on the count and found nothing to report: its
			// test for the element passed.
			e.Status, e.DecidedBy = lint.Pleaded, rule
			return e
		}
	}
	e.Note = "no deciding rule ran on this count (disabled, or outside its family or law)"
	return e
}

// rank orders observed statuses: a weakness any rule saw wins.
func rank(s lint.ElementStatus) int {
	switch s {
	case lint.Thin:
		return 3
	case lint.Pleaded:
		return 2
	case lint.NotChecked:
		return 1
	}
	return 0
}

// decideByMarks applies the findings' marks for id: missing wins over
// thin; the first finding in document order is the one shown.
func decideByMarks(r *lint.FileResult, tr *lint.Trace, ci int, e *Element, id string) bool {
	var best *lint.TracedMark
	for i := range tr.Marks {
		m := &tr.Marks[i]
		if m.Count != ci || m.ID != id {
			continue
		}
		if best == nil || m.Status > best.Status {
			best = m
		}
	}
	if best == nil {
		return false
	}
	e.Status, e.DecidedBy, e.Message = best.Status, best.Rule, best.Message
	e.Finding = findingOf(r, best)
	switch {
	case e.Finding < 0:
		e.Note = "finding hidden by --min-severity or the findings cap"
	case r.Findings[e.Finding].Suppressed != nil:
		e.Note = "finding suppressed: " + r.Findings[e.Finding].Suppressed.Justification
	}
	if best.Status == lint.Thin {
		if ai := r.Doc.AllegationAt(best.Span.Start); ai >= 0 || best.Span.End > best.Span.Start {
			e.Refs = refsOfSpan(r.Doc, best.Span)
		}
	}
	return true
}

func findingOf(r *lint.FileResult, m *lint.TracedMark) int {
	for i, f := range r.Findings {
		if f.Rule == m.Rule && f.Span == m.Span && f.Message == m.Message && f.CountIndex == m.Count {
			return i
		}
	}
	return -1
}

// subRows are the rows a finding names below a main row
// ("ny-interference-prospective.wrongful-means/employees").
func subRows(r *lint.FileResult, tr *lint.Trace, ci int, row Row) []Element {
	var ids []string
	for _, m := range tr.Marks {
		if m.Count == ci && strings.HasPrefix(m.ID, row.ID+"/") && !slices.Contains(ids, m.ID) {
			ids = append(ids, m.ID)
		}
	}
	for _, o := range tr.Observations {
		if o.Count == ci && strings.HasPrefix(o.Element, row.ID+"/") && !slices.Contains(ids, o.Element) {
			ids = append(ids, o.Element)
		}
	}
	slices.Sort(ids)
	var out []Element
	for _, id := range ids {
		sub := row
		sub.ID = id
		sub.Element = row.Element + " — " + strings.TrimPrefix(id, row.ID+"/")
		e := element(r, tr, ci, sub)
		e.Sub = true
		out = append(out, e)
	}
	return out
}

// refs are the places the sentences sit in, with the ¶ defining each
// defined term they use.
func refs(d *document.Document, sents []int32) []Ref {
	var out []Ref
	for _, s32 := range sents {
		si := int(s32)
		s := &d.Sentences[si]
		out = append(out, refsOfSpan(d, s.Span)...)
		for _, def := range d.DefinitionsUsed(s.Text) {
			// Definitions in unnumbered text are the parties' names in
			// the opening paragraph; citing them on every row says
			// nothing.
			if def.Sentence != si && d.Sentences[def.Sentence].Allegation >= 0 {
				out = append(out, refsOfSpan(d, d.Sentences[def.Sentence].Span)...)
			}
		}
	}
	return out
}

func refsOfSpan(d *document.Document, sp document.Span) []Ref {
	if ai := d.AllegationAt(sp.Start); ai >= 0 {
		return []Ref{{Allegation: d.Allegations[ai].Printed, Span: d.Allegations[ai].Span}}
	}
	p := d.Lines.Position(sp.Start)
	return []Ref{{Line: p.Line, Span: sp}}
}

// Numbers are the references' integer ¶ numbers and unnumbered lines,
// ascending and without repeats. Outline numbers ("5.1") have no integer;
// Printed has every number as printed.
func Numbers(refs []Ref) (allegations, lines []int) {
	allegations = []int{}
	printed, lines := Printed(refs)
	for _, n := range printed {
		if v := n.Int(); v > 0 {
			allegations = append(allegations, v)
		}
	}
	return allegations, lines
}

// Printed are the references' ¶ numbers as printed and unnumbered lines,
// in reading order and without repeats.
func Printed(refs []Ref) (allegations []document.Num, lines []int) {
	for _, r := range refs {
		if !r.Allegation.IsZero() {
			allegations = append(allegations, r.Allegation)
		} else if r.Line > 0 {
			lines = append(lines, r.Line)
		}
	}
	slices.SortFunc(allegations, document.Num.Compare)
	slices.Sort(lines)
	return slices.Compact(allegations), slices.Compact(lines)
}

// Paragraphs formats the references as ELEMENTS.md says: allegation
// numbers ascending with ranges compressed ("¶¶ 12–15, 19"), unnumbered
// text as "unnumbered, line N", and "—" when there is none.
func Paragraphs(refs []Ref) string {
	nums, lines := Printed(refs)
	var parts []string
	if len(nums) > 0 {
		sign := "¶ "
		if len(nums) > 1 {
			sign = "¶¶ "
		}
		parts = append(parts, sign+compress(nums))
	}
	for _, l := range lines {
		parts = append(parts, fmt.Sprintf("unnumbered, line %d", l))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, "; ")
}

// compress writes ascending numbers with runs of three or more as ranges
// ("12–15, 19", "4.1–4.3"); a run of two is written as two numbers.
func compress(nums []document.Num) string {
	var b strings.Builder
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nextNum(nums[j], nums[j+1]) {
			j++
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		switch {
		case j-i >= 2:
			fmt.Fprintf(&b, "%s–%s", nums[i], nums[j])
		case j == i+1:
			fmt.Fprintf(&b, "%s, %s", nums[i], nums[j])
		default:
			b.WriteString(nums[i].String())
		}
		i = j + 1
	}
	return b.String()
}

// nextNum reports whether b is the paragraph numbered right after a: 13
// after 12, 4.2 after 4.1 (but not 5.1 after 4.8, which a range "4.1–5.1"
// would hide).
func nextNum(a, b document.Num) bool {
	if a.Outline() != b.Outline() {
		return false
	}
	if !a.Outline() {
		return b.Major() == a.Major()+1
	}
	return b.Major() == a.Major() && a[2] == 0 && b[2] == 0 && b[1] == a[1]+1
}

// TableHeader names the columns of Rows.
var TableHeader = []string{"Count", "Element", "Status", "¶¶", "Decided by"}

// Rows is the chart as plain rows, one per element, for a table in a
// document (the reviewed Word copy): the count, the element, its status
// (with the note that qualifies it), the ¶¶ and the deciding rule. No
// cell is empty.
func (ch *Chart) Rows() [][]string {
	var out [][]string
	for _, c := range ch.Counts {
		for _, b := range c.Blocks {
			if len(b.Elements) == 0 {
				out = append(out, []string{c.Name, b.Title, lint.NotChecked.String(), "—", b.Note})
			}
			for _, e := range b.Elements {
				label := e.ID + " — " + e.Element
				if e.Sub {
					label = e.ID
				}
				status := e.Status.String()
				if e.Note != "" && e.Status != lint.NotChecked {
					status += " (" + e.Note + ")"
				}
				decided := e.DecidedBy
				if e.Status == lint.NotChecked {
					decided = e.Note
				}
				if decided == "" {
					decided = "—"
				}
				out = append(out, []string{c.Name, label, status, Paragraphs(e.Refs), decided})
			}
		}
	}
	return out
}
