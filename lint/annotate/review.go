package annotate

import (
	"fmt"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
)

// The author and initials of the comments a review writes, wherever it
// is made (the command line, the browser page).
const (
	ReviewAuthor   = "complaintlint"
	ReviewInitials = "CL"
)

// Review returns the reviewed copy of the .docx in data that res was
// linted from: one comment per finding that was not suppressed, on the
// finding's span, and the number of comments written.
func Review(data []byte, res *lint.FileResult, opt Options) ([]byte, int, error) {
	var comments []Comment
	for _, f := range res.Findings {
		if f.Suppressed != nil {
			continue
		}
		comments = append(comments, Comment{Start: f.Span.Start, End: f.Span.End, Text: FindingText(res, f)})
	}
	out, _, err := Docx(data, comments, opt)
	if err != nil {
		return nil, 0, err
	}
	return out, len(comments), nil
}

// FindingText is a finding as a comment: what the text output prints for
// it, without the source line (the comment sits on it).
func FindingText(r *lint.FileResult, f lint.Finding) string {
	lines := []string{fmt.Sprintf("%s: %s [%s]", f.Severity, f.Message, f.Rule)}
	var ctx []string
	if f.Count != "" {
		ctx = append(ctx, f.Count)
	}
	if n := r.AllegationLabel(f); n != "" {
		ctx = append(ctx, "¶ "+n)
	}
	if len(ctx) > 0 {
		lines = append(lines, "in "+strings.Join(ctx, ", "))
	}
	if f.Authority != "" {
		lines = append(lines, "authority: "+f.Authority)
	}
	if f.Fix != "" {
		lines = append(lines, "fix: "+f.Fix)
	}
	return strings.Join(lines, "\n")
}
