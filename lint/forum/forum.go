// Package forum decides, once per document, which court a complaint is
// filed in and which state's law governs each count (RULES-FORUM.md §F1):
// from the caption, from choice-of-law words in the counts and the
// document, and from the user's --circuit and --state settings, which win.
// Rules read the result through the lint Pass; reports say once what was
// assumed and how to change it.
package forum

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/document"
)

// Source says how the forum was decided.
type Source string

// Forum sources (§F1.1).
const (
	SourceCaption Source = "caption"
	SourceFlag    Source = "flag"
	SourceDefault Source = "default"
	SourceNone    Source = "none"
)

// Settings are what the user set, and what a caller assumes when the
// caption names no court.
type Settings struct {
	// Circuit and State come from --circuit, --state or the configuration's
	// profile; "" leaves them to the caption.
	Circuit, State string
	// DefaultCircuit and DefaultState are assumed when the caption names no
	// court (source "default"); "" for none. The command line sets none:
	// an uncaptioned draft is read with circuit-neutral authority.
	DefaultCircuit, DefaultState string
}

// Forum is the court the document is read as filed in (§F1.1).
type Forum struct {
	Kind     Kind
	District *District // nil unless the caption named a district
	Circuit  string    // "1".."11", "dc", "fed"; "" when unknown or a state court
	State    string    // the forum state's postal code; "" when unknown
	Source   Source    // how Circuit was decided
	// Caption is what the caption itself says, whatever the settings.
	Caption Court
}

// profiled are the circuits with a profile of their own: the Second
// Circuit (RULES.md as written) and the Ninth (RULES-FORUM.md §F3).
var profiled = map[string]bool{"2": true, "9": true}

// HasProfile reports whether rules have authority and severities written
// for the circuit; elsewhere they run with circuit-neutral authority.
func HasProfile(circuit string) bool { return profiled[circuit] }

// Assumption is everything decided about the forum and governing law of
// one document. It is computed once, before any rule runs, and never
// changed afterwards, so rules may read it concurrently.
type Assumption struct {
	Forum    Forum
	Settings Settings
	// Laws holds the governing law of each count, by count index.
	Laws []Law
}

// Resolve decides the forum and each count's governing law.
func Resolve(d *document.Document, s Settings) *Assumption {
	a := &Assumption{Settings: s}
	cap := ReadCaption(d)
	f := Forum{Kind: cap.Kind, District: cap.District, Circuit: cap.Circuit, State: cap.State, Caption: cap, Source: SourceCaption}
	if cap.Kind == KindUnknown {
		f.Source = SourceNone
		if s.DefaultCircuit != "" || s.DefaultState != "" {
			f.Circuit, f.State, f.Source = s.DefaultCircuit, s.DefaultState, SourceDefault
		}
	}
	if s.Circuit != "" {
		f.Circuit, f.Source = s.Circuit, SourceFlag
	}
	a.Forum = f
	a.Laws = make([]Law, len(d.Counts))
	clause := findChoiceOfLaw(d)
	for ci := range d.Counts {
		a.Laws[ci] = governingLaw(d, ci, f, s.State, clause)
	}
	return a
}

// Law returns the governing law of count ci; the zero Law (no state) for a
// document-level question.
func (a *Assumption) Law(ci int) Law {
	if a == nil || ci < 0 || ci >= len(a.Laws) {
		return Law{Source: LawNone}
	}
	return a.Laws[ci]
}

// Circuit is the circuit whose law the federal rules apply, "" when
// unknown.
func (a *Assumption) Circuit() string {
	if a == nil {
		return ""
	}
	return a.Forum.Circuit
}

// StateCourt reports a state-court caption (and no --circuit setting): the
// Federal Rules of Civil Procedure do not govern the pleading.
func (a *Assumption) StateCourt() bool {
	return a != nil && a.Forum.Kind == KindState && a.Forum.Source == SourceCaption
}

// Profiled reports whether the forum's circuit has a profile.
func (a *Assumption) Profiled() bool { return a != nil && HasProfile(a.Forum.Circuit) }

// ProfileLabel names the profile a finding on count ci was produced under:
// "2d/NY", "9th/CA", "neutral", "neutral/TX" (§F5.6). Count -1 names the
// document's.
func (a *Assumption) ProfileLabel(ci int) string {
	c := "neutral"
	if a.Profiled() {
		c = circuitShort(a.Forum.Circuit)
	}
	st := ""
	if ci >= 0 {
		st = a.Law(ci).State
	} else if a != nil {
		st = a.Forum.State
		if a.Settings.State != "" {
			st = a.Settings.State
		}
	}
	if st == "" {
		return c
	}
	return c + "/" + st
}

// circuitShort is "2d", "9th", "1st", "D.C.".
func circuitShort(c string) string {
	switch c {
	case "1":
		return "1st"
	case "2":
		return "2d"
	case "3":
		return "3d"
	case "dc":
		return "D.C."
	case "fed":
		return "Fed."
	case "":
		return ""
	}
	return c + "th"
}

// CircuitName is the circuit as courts write it: "2d Cir.", "Ninth" is "9th
// Cir.".
func CircuitName(c string) string {
	if c == "" {
		return "no circuit"
	}
	return circuitShort(c) + " Cir."
}

// quote returns the source text of a span with its white space collapsed,
// for quoting the pleading's own words in a message.
func quote(d *document.Document, sp document.Span) string {
	src := []byte(d.SourceSlice(sp))
	// What the analysis text blanked is no word of the caption: a
	// pleading-paper margin number ("6   UNITED STATES DISTRICT COURT") or
	// Markdown's markup ("# UNITED STATES DISTRICT COURT", "**v.**").
	if text := d.Slice(sp); len(text) == len(src) {
		for i, c := range src {
			if c != ' ' && text[i] == ' ' {
				src[i] = ' '
			}
		}
	}
	return strings.Join(strings.Fields(string(src)), " ")
}
