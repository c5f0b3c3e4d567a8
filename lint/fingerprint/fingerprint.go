// Package fingerprint gives each finding an identity that survives edits
// elsewhere in the complaint, so that a baseline and a code-scanning service
// (SARIF partialFingerprints) recognise the same finding after paragraphs
// are added, renumbered or moved.
//
// A fingerprint hashes the rule id, the count the finding belongs to (by
// its claim family and cause label, not its numeral: inserting a count
// renumbers the ones after it) and the flagged text with white space and
// typographic quotes normalised. Line numbers and offsets are never part of
// it. Findings with the same hash in one file are told apart by an
// occurrence index in document order: "3f9c…:2" is the second.
package fingerprint

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
)

// Version names the fingerprint scheme; SARIF uses it as the key of
// partialFingerprints and a baseline records it, so a future change of
// scheme is detected instead of silently matching nothing.
const Version = "complaintlint/v1"

// File returns the fingerprint of every finding of r, index for index.
// Suppressed findings have fingerprints too.
func File(r *lint.FileResult) []string {
	out := make([]string, len(r.Findings))
	seen := map[string]int{}
	for i, f := range r.Findings {
		h := hash(r, f)
		seen[h]++
		out[i] = fmt.Sprintf("%s:%d", h, seen[h])
	}
	return out
}

func hash(r *lint.FileResult, f lint.Finding) string {
	count := f.Count
	text := ""
	if d := r.Doc; d != nil {
		if f.CountIndex >= 0 && f.CountIndex < len(d.Counts) {
			c := &d.Counts[f.CountIndex]
			count = string(c.Primary()) + " " + Normalize(c.Title)
		}
		text = Normalize(d.Slice(f.Span))
	}
	sum := sha256.Sum256([]byte(f.Rule + "\x00" + count + "\x00" + text))
	return hex.EncodeToString(sum[:8])
}

// quotes folds typographic quotes and dashes to their plain forms: a word
// processor's autocorrect must not make a finding look new.
var quotes = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201C", `"`, "\u201D", `"`,
	"\u2013", "-", "\u2014", "-", "\u00A0", " ")

// Normalize collapses runs of white space to one space, trims the ends and
// folds typographic quotes, so rewrapping a paragraph changes nothing.
func Normalize(s string) string {
	return strings.Join(strings.Fields(quotes.Replace(s)), " ")
}
