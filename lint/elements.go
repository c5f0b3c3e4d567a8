package lint

import (
	"fmt"

	"github.com/complaintlint/complaintlint/lint/document"
)

// ElementStatus is what the rules found about one element of a claim in one
// count (ELEMENTS.md "Statuses"). The zero value is NotChecked, so that an
// element nothing decided is never shown as pleaded.
type ElementStatus int

// Statuses from least to most informative about a gap.
const (
	NotChecked ElementStatus = iota
	Pleaded
	Thin
	Missing
)

func (s ElementStatus) String() string {
	switch s {
	case NotChecked:
		return "not checked"
	case Pleaded:
		return "pleaded"
	case Thin:
		return "thin"
	case Missing:
		return "missing"
	}
	return fmt.Sprintf("status(%d)", int(s))
}

// MarshalText lets statuses appear by name in JSON.
func (s ElementStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText is the inverse of MarshalText.
func (s *ElementStatus) UnmarshalText(b []byte) error {
	for _, v := range []ElementStatus{NotChecked, Pleaded, Thin, Missing} {
		if v.String() == string(b) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("unknown element status %q", b)
}

// ElementMark is what one finding says about one element: that it is
// missing, or only thinly pleaded. Element ids are `family.element`
// (ELEMENTS.md), with a `/sub` suffix for sub-rows.
type ElementMark struct {
	ID     string        `json:"id"`
	Status ElementStatus `json:"status"`
}

// Observation is what a rule's own signals found about an element on a
// count when it reported no finding about it: the sentences that plead it
// (Pleaded or Thin), or that the element's condition for being checked
// does not hold (NotChecked).
type Observation struct {
	Rule    string
	Count   int
	Element string
	Status  ElementStatus
	// Sentences are sentence numbers, in 32 bits: a long complaint's
	// observations name hundreds of thousands, held until the chart is
	// built.
	Sentences []int32
	Note      string
}

// Trace is what a run did besides reporting findings, which the element
// chart reads: the rules that ran on each count, what they observed, the
// element lists their cues selected, and every element mark — including
// those of findings --min-severity hid.
type Trace struct {
	// ran holds, by rule, one bit per count (bit 0 for the document) for
	// every unit that ran to completion: a long complaint runs tens of
	// thousands of units, which a map of rule and count held at megabytes
	// for as long as the result is kept.
	ran          map[string][]uint64
	Observations []Observation
	// Lists are the element lists a rule's cues chose for a count
	// ("ny-interference-contract"), by count.
	Lists map[int][]string
	// Marks are the element marks of every finding the rules reported,
	// before --min-severity and the findings cap.
	Marks []TracedMark
}

// Ran reports whether rule ran to completion on count ci (-1: the
// document).
func (t *Trace) Ran(rule string, ci int) bool {
	bits := t.ran[rule]
	i := ci + 1
	return i >= 0 && i/64 < len(bits) && bits[i/64]&(1<<(i%64)) != 0
}

// markRan records that rule ran to completion on count ci (-1: the
// document).
func (t *Trace) markRan(rule string, ci int) {
	if t.ran == nil {
		t.ran = map[string][]uint64{}
	}
	i := ci + 1
	bits := t.ran[rule]
	for len(bits) <= i/64 {
		bits = append(bits, 0)
	}
	bits[i/64] |= 1 << (i % 64)
	t.ran[rule] = bits
}

// TracedMark is an element mark with the finding it came from.
type TracedMark struct {
	ElementMark
	Rule     string
	Count    int
	Span     document.Span
	Severity Severity
	Message  string
}

// Observe records what the rule's signals found about an element of the
// count under review when no finding decides it.
func (p *Pass) Observe(element string, st ElementStatus, sents ...*document.Sentence) {
	if p.observe == nil || p.CountIndex < 0 {
		return
	}
	o := Observation{Rule: p.Check.ID, Count: p.CountIndex, Element: element, Status: st}
	// Held until the chart is built: made at its size, not grown by
	// appends, as every rule observes every count of a long complaint.
	n := 0
	for _, s := range sents {
		if s != nil {
			n++
		}
	}
	if n > 0 {
		o.Sentences = make([]int32, 0, n)
	}
	for _, s := range sents {
		if s != nil {
			o.Sentences = append(o.Sentences, int32(s.Index))
		}
	}
	p.observe(o)
}

// ObserveNotChecked records that the element's condition for being
// checked does not hold on the count under review (ELEMENTS.md "NC"), and
// why.
func (p *Pass) ObserveNotChecked(element, why string) {
	if p.observe == nil || p.CountIndex < 0 {
		return
	}
	p.observe(Observation{Rule: p.Check.ID, Count: p.CountIndex, Element: element, Status: NotChecked, Note: why})
}

// SelectList records that the rule's trigger cues read the count under an
// element list (ELEMENTS.md §§ 5-6: existing contract or prospective
// relations).
func (p *Pass) SelectList(list string) {
	if p.observe == nil || p.CountIndex < 0 {
		return
	}
	p.observe(Observation{Rule: p.Check.ID, Count: p.CountIndex, Element: list, Status: -1})
}
