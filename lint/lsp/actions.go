package lsp

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/explain"
)

// explainCommand shows a rule's documentation. The server runs it by
// sending window/showMessage, which every client displays (Neovim through
// vim.notify, VS Code as a notification), rather than window/showDocument,
// which needs a file to open and which Neovim before 0.8 lacks.
const explainCommand = "complaintlint.explain"

const kindQuickFix = "quickfix"

// check finds a rule among the server's checks.
func (s *Server) check(id string) *lint.Check {
	for _, c := range s.opts.Checks {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// at returns the findings whose span holds off, or that mark an insertion
// point at off.
func at(res *result, off int) []lint.Finding {
	var out []lint.Finding
	for _, f := range res.findings {
		if f.Suppressed == nil && (f.Span.Contains(off) || f.Span.Len() == 0 && f.Span.Start == off) {
			out = append(out, f)
		}
	}
	return out
}

// hover explains the rules of the findings under the cursor; on a count
// heading it opens with the count's element chart.
func (s *Server) hover(res *result, p TextDocumentPositionParams, markdown bool) *Hover {
	if res == nil {
		return nil
	}
	enc := res.enc
	off := res.lines.offset(p.Position, enc)
	fs := at(res, off)
	var parts []string
	var heading *lint.Span
	if c := countAt(res.chart, off); c != nil {
		parts = append(parts, chartHover(c, markdown))
		heading = &c.Heading
	}
	if len(fs) == 0 && heading == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f.Rule] {
			continue
		}
		seen[f.Rule] = true
		switch c := s.check(f.Rule); {
		case c == nil:
			parts = append(parts, f.Message) // "too-many-findings" is no rule
		case markdown:
			parts = append(parts, explain.Markdown(c))
		default:
			parts = append(parts, explain.Text(c))
		}
	}
	sep, kind := "\n\n---\n\n", "markdown"
	if !markdown {
		sep, kind = "\n\n", "plaintext"
	}
	var r Range
	if heading != nil {
		r = res.lines.rangeOf(heading.Start, heading.End, enc)
	} else {
		r = res.lines.rangeOf(fs[0].Span.Start, fs[0].Span.End, enc)
	}
	return &Hover{Contents: MarkupContent{Kind: kind, Value: strings.Join(parts, sep)}, Range: &r}
}

// codeActions offers, for each finding touching the range, its suggested
// fixes as edits and a command that shows the rule's documentation.
func (s *Server) codeActions(res *result, p CodeActionParams) []CodeAction {
	actions := []CodeAction{}
	if res == nil || !wants(p.Context.Only, kindQuickFix) {
		return actions
	}
	enc := res.enc
	start, end := res.lines.offset(p.Range.Start, enc), res.lines.offset(p.Range.End, enc)
	explained := map[string]bool{}
	for _, f := range res.findings {
		if f.Suppressed != nil || f.Span.Start > end || f.Span.End < start {
			continue
		}
		diag := diagnostic(res, f, enc)
		for _, fix := range f.Suggestions {
			edits := make([]TextEdit, 0, len(fix.Edits))
			for _, e := range fix.Edits {
				edits = append(edits, TextEdit{Range: res.lines.rangeOf(e.Span.Start, e.Span.End, enc), NewText: e.NewText})
			}
			actions = append(actions, CodeAction{
				Title: fix.Title, Kind: kindQuickFix, Diagnostics: []Diagnostic{diag}, IsPreferred: true,
				Edit: &WorkspaceEdit{Changes: map[string][]TextEdit{res.uri: edits}},
			})
		}
		if explained[f.Rule] || s.check(f.Rule) == nil {
			continue
		}
		explained[f.Rule] = true
		title := "Show documentation for " + f.Rule
		actions = append(actions, CodeAction{
			Title: title, Kind: kindQuickFix, Diagnostics: []Diagnostic{diag},
			Command: &Command{Title: title, Command: explainCommand, Arguments: []any{f.Rule}},
		})
	}
	return actions
}

// wants applies a code action request's "only" filter; kinds are
// hierarchical ("quickfix" admits "quickfix.x").
func wants(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == "" || kind == k || strings.HasPrefix(kind, k+".") {
			return true
		}
	}
	return false
}

// executeCommand runs complaintlint.explain RULE.
func (s *Server) executeCommand(_ context.Context, _ *jsonrpc2.Conn, p ExecuteCommandParams) (any, error) {
	if p.Command != explainCommand {
		return nil, rpcError(jsonrpc2.CodeInvalidParams, "unknown command %q", p.Command)
	}
	var id string
	if len(p.Arguments) != 1 || json.Unmarshal(p.Arguments[0], &id) != nil {
		return nil, rpcError(jsonrpc2.CodeInvalidParams, "%s takes one argument, a rule id", explainCommand)
	}
	c := s.check(id)
	if c == nil {
		return nil, rpcError(jsonrpc2.CodeInvalidParams, "unknown rule %q", id)
	}
	s.notify("window/showMessage", ShowMessageParams{Type: messageInfo, Message: explain.Text(c)})
	return nil, nil
}
