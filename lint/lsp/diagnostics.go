package lsp

import (
	"strings"

	"github.com/complaintlint/complaintlint/lint"
)

// diagnostics converts a result's findings. Suppressed findings are left
// out, as the CLI's text output leaves them out.
func diagnostics(res *result, enc encoding) []Diagnostic {
	out := []Diagnostic{} // an empty list, never null: it clears the editor
	for _, f := range res.findings {
		if f.Suppressed != nil {
			continue
		}
		out = append(out, diagnostic(res, f, enc))
	}
	return out
}

func diagnostic(res *result, f lint.Finding, enc encoding) Diagnostic {
	d := Diagnostic{
		Range:    res.lines.rangeOf(f.Span.Start, f.Span.End, enc),
		Severity: severity(f.Severity),
		Code:     f.Rule,
		Source:   "complaintlint",
		Message:  message(f),
	}
	for _, r := range f.Related {
		d.RelatedInformation = append(d.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{URI: res.uri, Range: res.lines.rangeOf(r.Span.Start, r.Span.End, enc)},
			Message:  r.Message,
		})
	}
	return d
}

func severity(s lint.Severity) int {
	switch s {
	case lint.Error:
		return severityError
	case lint.Warning:
		return severityWarning
	}
	return severityInfo
}

// message is what an editor shows in its problem list: the finding, the
// authority it rests on and what to add, one per line.
func message(f lint.Finding) string {
	var b strings.Builder
	b.WriteString(f.Message)
	if f.Authority != "" {
		b.WriteString("\nAuthority: " + f.Authority)
	}
	if f.Fix != "" {
		b.WriteString("\nFix: " + f.Fix)
	}
	return b.String()
}
