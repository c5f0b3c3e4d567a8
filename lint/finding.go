package lint

import (
	"github.com/complaintlint/complaintlint/lint/document"
)

// Span is a half-open byte range in a document's source.
type Span = document.Span

// Related is a secondary location a finding points to: the count heading,
// the allegation that granted access, the allegations that were searched.
type Related struct {
	Span    Span   `json:"-"`
	Message string `json:"message"`
}

// Suppression records why a finding was silenced; suppressed findings are
// kept (machine formats show them) rather than dropped.
type Suppression struct {
	Kind          string `json:"kind"` // "inline" or "config"
	Justification string `json:"justification"`
}

// Edit replaces the bytes of Span with NewText (an insertion when the span
// is empty).
type Edit struct {
	Span    Span   `json:"-"`
	NewText string `json:"newText"`
}

// SuggestedFix is a textual change an editor can apply as a quick fix, such
// as inserting a "[DATE RANGE]" placeholder where the period belongs.
type SuggestedFix struct {
	Title string `json:"title"`
	Edits []Edit `json:"edits"`
}

// Finding is one problem a check reports.
type Finding struct {
	Rule       string   `json:"rule"`
	Severity   Severity `json:"severity"`
	Span       Span     `json:"-"`
	Message    string   `json:"message"`
	Authority  string   `json:"authority"`
	Fix        string   `json:"fix"`
	Confidence float64  `json:"confidence"`
	// Count names the count the finding belongs to ("Count III (CFAA)");
	// CountIndex is its index in the document, -1 for document findings.
	Count      string    `json:"count,omitempty"`
	CountIndex int       `json:"-"`
	Related    []Related `json:"related,omitempty"`
	// Missing marks a finding about an element that is absent (anchored on
	// the sentence that should carry it or the count heading) rather than
	// about words that are present.
	Missing bool `json:"missing,omitempty"`
	// Suggestions are optional quick fixes.
	Suggestions []SuggestedFix `json:"suggestions,omitempty"`
	// Profile names the forum profile the finding was produced under:
	// "2d/NY", "9th/CA", "neutral" (RULES-FORUM.md §F5.6).
	Profile string `json:"forum_profile,omitempty"`
	// Notice: the finding says what the linter assumed, not what is wrong
	// with the pleading; it never fails a run.
	Notice     bool         `json:"notice,omitempty"`
	Suppressed *Suppression `json:"suppressed,omitempty"`
	// Elements are the claim elements the finding decides (ELEMENTS.md),
	// set from the rule's Decides as the finding is reported.
	Elements []ElementMark `json:"decides,omitempty"`
	// FlawedCounts, when set, are the counts (by index) whose claims the
	// finding says are flawed ("the UCL count rests only on Count II,
	// which fails"): the run keeps the finding only if each of them
	// carries a warning or error of another rule.
	FlawedCounts []int `json:"-"`
}
