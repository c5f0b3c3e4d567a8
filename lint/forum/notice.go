package forum

import (
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/lint/document"
)

// StateName is a postal code's state as a sentence names it ("New York");
// the code itself when unknown.
func StateName(code string) string {
	for name, c := range stateNames {
		if c == code {
			words := strings.Fields(strings.ToLower(name))
			for i, w := range words {
				if w != "of" {
					words[i] = strings.ToUpper(w[:1]) + w[1:]
				}
			}
			return strings.Join(words, " ")
		}
	}
	return code
}

// HowToChange is the sentence every report ends its forum line with.
const HowToChange = "Change with --circuit / --state or profile: in .complaintlint.yml."

// Summary says in one line what forum and law were assumed, for the
// reports' summaries: "N.D. Cal. (9th Cir.) from the caption; state-law
// counts under California law unless they name another state's".
func (a *Assumption) Summary() string {
	f := a.Forum
	var b strings.Builder
	switch {
	case f.Source == SourceFlag:
		fmt.Fprintf(&b, "%s (set by --circuit/profile)", CircuitName(f.Circuit))
		if f.Caption.Kind != KindUnknown {
			fmt.Fprintf(&b, "; the caption names %s", courtName(f.Caption))
		}
	case f.Kind == KindUnknown && f.Source == SourceDefault:
		fmt.Fprintf(&b, "no caption recognized; assumed %s", CircuitName(f.Circuit))
	case f.Kind == KindUnknown:
		b.WriteString("no caption recognized; circuit-neutral authority")
	default:
		fmt.Fprintf(&b, "%s from the caption", courtName(f.Caption))
	}
	st := f.State
	if a.Settings.State != "" {
		st = a.Settings.State
	}
	switch {
	case a.Settings.State != "":
		fmt.Fprintf(&b, "; state-law counts under %s law (set by --state/profile)", StateName(st))
	case st != "":
		fmt.Fprintf(&b, "; state-law counts under %s law unless they name another state's", StateName(st))
	default:
		b.WriteString("; state-law rules only where a count names its state's law")
	}
	return b.String()
}

// courtName names a court found in the caption: "N.D. Cal. (9th Cir.)",
// "a New York state court".
func courtName(c Court) string {
	switch c.Kind {
	case KindFederal, KindBankruptcy:
		s := c.District.Abbrev + " (" + CircuitName(c.Circuit) + ")"
		if c.Kind == KindBankruptcy {
			s = "Bankr. " + s
		}
		return s
	case KindState:
		return "a " + StateName(c.State) + " state court"
	}
	return "no court"
}

// Notice is the text of the forum-assumed finding (§F1.4): built only from
// what was found, quoting the caption's own words, and naming each count
// whose governing law differs from the forum state and why. related lists
// the places it refers to.
func (a *Assumption) Notice(d *document.Document) (msg string, related []document.Span, relatedMsg []string) {
	f := a.Forum
	var b strings.Builder
	cap := f.Caption
	switch {
	case cap.Kind == KindUnknown && f.Source == SourceFlag:
		fmt.Fprintf(&b, "No court caption was recognized; --circuit sets the %s.", CircuitName(f.Circuit))
	case cap.Kind == KindUnknown && f.Source == SourceDefault:
		fmt.Fprintf(&b, "No court caption was recognized; the %s and %s law are assumed by default.", CircuitName(f.Circuit), StateName(f.State))
	case cap.Kind == KindUnknown:
		b.WriteString("No court caption was recognized; federal rules use circuit-neutral authority and state-law rules run only where a count names its state law.")
	case cap.Kind == KindState && f.Source == SourceFlag:
		fmt.Fprintf(&b, "Forum: '%s' → %s; --circuit sets the %s.", quote(d, cap.Span), courtName(cap), CircuitName(f.Circuit))
	case cap.Kind == KindState:
		fmt.Fprintf(&b, "Forum: '%s' → %s; federal pleading rules (Rules 8, 9(b), 10(b), 12(e); Twombly/Iqbal plausibility; shotgun and group pleading) do not run, since state pleading law differs.", quote(d, cap.Span), courtName(cap))
	default:
		what := "Forum"
		if cap.ByAbbrev {
			what = "Forum (from the caption's abbreviation)"
		}
		fmt.Fprintf(&b, "%s: '%s' → %s, %s", what, quote(d, cap.Span), cap.District.Abbrev, CircuitName(cap.Circuit))
		if !HasProfile(cap.Circuit) && f.Source != SourceFlag {
			b.WriteString(" This circuit has no profile of its own: federal rules use circuit-neutral authority.")
		}
	}
	if cap.Related.End > cap.Related.Start {
		fmt.Fprintf(&b, " The caption also names '%s'; the first court is used.", quote(d, cap.Related))
		related = append(related, cap.Related)
		relatedMsg = append(relatedMsg, "another court in the caption")
	}
	if f.Source == SourceFlag && cap.Kind != KindUnknown && cap.Circuit != f.Circuit {
		fmt.Fprintf(&b, " --circuit %s overrides the caption's circuit: federal rules apply the %s profile.", f.Circuit, CircuitName(f.Circuit))
	}
	st := f.State
	switch {
	case a.Settings.State != "":
		fmt.Fprintf(&b, " --state %s: common-law counts are read under %s law.", a.Settings.State, StateName(a.Settings.State))
	case st != "" && f.Source != SourceDefault:
		fmt.Fprintf(&b, " State-law counts are read under %s law unless they name another state's law; the forum state's law is a default, since a court applies the forum's choice-of-law rules.", StateName(st))
	}
	for ci, l := range a.Laws {
		c := &d.Counts[ci]
		switch {
		case l.Overrode != "":
			fmt.Fprintf(&b, " %s is read under %s law, which its statute names, not %s law as --state says.", c.Name(), StateName(l.State), StateName(l.Overrode))
		case l.State == "" || l.State == st && a.Settings.State == "" || l.Source == LawFlag:
			continue
		case l.Source == LawCountText && l.Span.End > l.Span.Start:
			fmt.Fprintf(&b, " %s: %s law ('%s').", c.Name(), StateName(l.State), quote(d, l.Span))
		case l.Source == LawCountText:
			fmt.Fprintf(&b, " %s: %s law (its statute).", c.Name(), StateName(l.State))
		case l.Source == LawClause:
			fmt.Fprintf(&b, " %s: %s law (the clause '%s').", c.Name(), StateName(l.State), quote(d, l.Span))
		default:
			continue
		}
		if l.Span.End > l.Span.Start {
			related = append(related, l.Span)
			relatedMsg = append(relatedMsg, c.Name()+": "+StateName(l.State)+" law")
		}
	}
	b.WriteString(" " + HowToChange)
	return b.String(), related, relatedMsg
}
