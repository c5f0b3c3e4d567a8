package plead

import (
	"slices"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Which defendants a count is brought against: the "Against ..." part of
// its heading, and the defendants a secondary count may rest on.

// ReCCAgainst is the "Against ..." part of a count heading, group 1 the
// names it lists up to a parenthesis ("(Against Rasmussen and Vale)"):
// which defendants the count is brought against, for OtherDefendants and
// the copyright rules that attribute acts to a count's targets.
var ReCCAgainst = pattern.MustPattern(`(?i)\bagainst\s+([^()]+)`)

// CountHeadingText is the count's title and the unnumbered lines between
// its heading and its first allegation: a three-line heading puts
// "Against Rasmussen)" below the cause label the heading carries.
func CountHeadingText(d *document.Document, c *document.Count) string {
	text := c.Title
	for _, pi := range c.Paragraphs {
		para := &d.Paragraphs[pi]
		if para.Number != 0 || para.Span.End-para.Span.Start > 160 {
			break
		}
		// Only heading-like lines: "(Against Rasmussen)", "Against All
		// Defendants", a line in capitals — not an unnumbered sentence.
		line := strings.TrimSpace(strings.Trim(d.Slice(para.Span), "*#_ \t"))
		if !reHeadingLike.MatchString(line) && strings.ToUpper(line) != line {
			break
		}
		text += " " + line
	}
	return text
}

var reHeadingLike = pattern.MustPattern(`(?i)^(?:\(|\[|[—–-]|against\b)`)

// NamedInHeading returns the names a count heading's "Against ..." part
// names, as whole words. A name inside a longer one it also names is not
// named by it: "Against ClipVault Holdings" does not bring the count
// against ClipVault.
func NamedInHeading(against string, names []string) []string {
	low := strings.ToLower(against)
	longest := slices.Clone(names)
	slices.SortStableFunc(longest, func(a, b string) int { return len(b) - len(a) })
	var out []string
	for _, t := range longest {
		ms := WordIndexes(low, strings.ToLower(t))
		if len(ms) == 0 {
			continue
		}
		out = append(out, t)
		for _, at := range ms {
			low = low[:at[0]] + strings.Repeat(" ", at[1]-at[0]) + low[at[1]:]
		}
	}
	return out
}

// OtherDefendants are the defendant names a secondary count may rest on:
// those its heading does not name when it names some, every defendant's
// name when it names none and there are several defendants, none when
// there is one.
func OtherDefendants(p *lint.Pass, pt PartyTerms) (names []string, all bool) {
	if distinctDefendants(p.Doc, pt) < 2 {
		return nil, false
	}
	m := ReCCAgainst.FindStringSubmatch(CountHeadingText(p.Doc, p.Count()))
	if m == nil || strings.Contains(strings.ToLower(m[1]), "all defendants") {
		return pt.Defendant, true
	}
	named := NamedInHeading(m[1], pt.Defendant)
	var out []string
	for _, t := range pt.Defendant {
		if !slices.Contains(named, t) {
			out = append(out, t)
		}
	}
	return out, false
}

// distinctDefendants counts the defendants: the caption's names or the
// defined defendant terms, whichever are more (a caption may describe a
// defendant — "an Internet domain" — rather than name it).
func distinctDefendants(d *document.Document, pt PartyTerms) int {
	return max(len(captionDefendants(d)), len(pt.Defendant))
}
