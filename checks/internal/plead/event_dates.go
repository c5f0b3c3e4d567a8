package plead

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Dates that can date an act: the year in a document's name dates
// nothing, and a date belongs to the clause it opens.

// reNamedYear is a year that names a document ("the 2007 Agreement", "the
// 2019 Carrier Agreement"), which dates nothing that happened.
var reNamedYear = pattern.MustPattern(`\b(?:19|20)\d{2}\s+(?:[A-Z][\w-]*\s+){0,3}(?:Agreement|Agreements|License|Licence|Contract|Terms|Policy|Amendment|Addendum|Order|Plan|SOW|Statement of Work)\b`)

// HasEventTime reports a date in text other than the year in a document's
// name.
func HasEventTime(text string) bool {
	return legal.HasTime(reNamedYear.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) }))
}

// hasEventTimeText is HasEventTime of t, asked through t's index when no
// document's name needs blanking.
func hasEventTimeText(t pattern.Text) bool {
	if !reNamedYear.MatchText(t) {
		return legal.HasTimeText(t)
	}
	return HasEventTime(t.String())
}

// ReCCClauseBreak splits a sentence into the clauses a date belongs to: a date
// introduces the clause it opens ("In 2006, the parties signed ..."), so
// plain commas do not split; semicolons, dashes and commas before a
// conjunction or relative word do.
var ReCCClauseBreak = pattern.MustPattern(`;|\s[—–]\s|—|,\s+(?:and|but|while|whereas|which|who|when|after which|although|though|yet)\b|\s+and then\b`)

// ClauseAround returns the clause of text holding [a, b).
func ClauseAround(text pattern.Text, a, b int) string {
	start, end := 0, len(text.String())
	for _, m := range ReCCClauseBreak.FindAllTextIndex(text, -1) {
		if m[1] <= a && m[0] >= start {
			start = m[0]
		}
		if m[0] >= b && m[0] < end {
			end = m[0]
		}
	}
	return text.String()[start:end]
}
