package lsp

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/sourcegraph/jsonrpc2"
)

const (
	docURI     = "file:///work/complaint.md"
	periodRule = "copyright-infringement-period-missing"
	// flagged is the sentence the rule anchors on; on the fixture's line
	// 24 it follows curly quotes, an em dash, "§" and an astral-plane
	// emoji, so its column differs in every encoding.
	flagged = "Defendant has infringed LP’s copyrights by copying the Module."
)

// The column of the flagged sentence on line 24 (0-based 23), counted by
// hand: "5. The “Module” — protected by § 102 😀 — is LP’s work. " is 55
// code points, 56 UTF-16 units (the emoji is a surrogate pair) and 69
// bytes (“ ” — — ’ are three bytes, § two, the emoji four).
var flaggedStart = map[encoding]int{encUTF16: 56, encUTF8: 69, encUTF32: 55}

func lengthIn(s string, enc encoding) int {
	switch enc {
	case encUTF8:
		return len(s)
	case encUTF32:
		return utf8.RuneCountInString(s)
	}
	return len(utf16.Encode([]rune(s)))
}

func findRule(p PublishDiagnosticsParams, rule string) *Diagnostic {
	for i := range p.Diagnostics {
		if p.Diagnostics[i].Code == rule {
			return &p.Diagnostics[i]
		}
	}
	return nil
}

func hasRule(rule string) func(PublishDiagnosticsParams) bool {
	return func(p PublishDiagnosticsParams) bool { return findRule(p, rule) != nil }
}

func openFixture(c *testClient, version int32) {
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{
		URI: docURI, LanguageID: "markdown", Version: version, Text: readFixture(c.t, "complaint.md"),
	}})
}

// TestEditingSession is the whole path an attorney's editor takes, in
// UTF-16: open, see the finding, edit, ask for fixes and documentation,
// fix it, see the finding go, shut down.
func TestEditingSession(t *testing.T) {
	c := startServer(t, testOptions())
	res := c.initialize(nil, map[string]any{"debounceMs": 20})
	if res.Capabilities.PositionEncoding != "utf-16" {
		t.Errorf("positionEncoding = %q, want utf-16 when the client offers none", res.Capabilities.PositionEncoding)
	}
	if s := res.Capabilities.TextDocumentSync; !s.OpenClose || s.Change != 2 {
		t.Errorf("textDocumentSync = %+v, want openClose and incremental changes", s)
	}
	openFixture(c, 1)

	pub := c.waitDiagnostics(docURI, hasRule(periodRule))
	if pub.Version == nil || *pub.Version != 1 {
		t.Errorf("published version = %v, want 1", pub.Version)
	}
	d := findRule(pub, periodRule)
	want := Range{Start: Position{23, 56}, End: Position{23, 56 + lengthIn(flagged, encUTF16)}}
	if d.Range != want {
		t.Errorf("range = %+v, want %+v", d.Range, want)
	}
	if d.Severity != severityError || d.Source != "complaintlint" || d.CodeDescription != nil {
		t.Errorf("severity %d source %q codeDescription %v; want 1, complaintlint, none", d.Severity, d.Source, d.CodeDescription)
	}
	if !strings.HasPrefix(d.Message, "This copyright count never says when") ||
		!strings.Contains(d.Message, "\nAuthority: Kelly v. L.L. Cool J.") || !strings.Contains(d.Message, "\nFix: State a start date") {
		t.Errorf("message lacks the finding, authority or fix:\n%s", d.Message)
	}
	if len(d.RelatedInformation) == 0 || d.RelatedInformation[0].Location.Range.Start.Line != 19 ||
		d.RelatedInformation[0].Location.URI != docURI {
		t.Errorf("relatedInformation = %+v, want the count heading on line 20", d.RelatedInformation)
	}

	// Delete the emoji: an incremental change whose range ends after a
	// surrogate pair. The finding moves two UTF-16 units left.
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument: VersionedTextDocumentIdentifier{URI: docURI, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{
			Range: &Range{Start: Position{23, 36}, End: Position{23, 39}}, Text: "",
		}},
	})
	pub = c.waitDiagnostics(docURI, func(p PublishDiagnosticsParams) bool { return *p.Version == 2 })
	if d := findRule(pub, periodRule); d == nil || d.Range.Start != (Position{23, 53}) {
		t.Fatalf("after deleting \" 😀\" the finding is %+v, want it at 23:53", d)
	}

	// The quick fix inserts the placeholder where the sentence starts.
	var actions []CodeAction
	c.mustCall("textDocument/codeAction", CodeActionParams{
		TextDocument: TextDocumentIdentifier{URI: docURI},
		Range:        Range{Start: Position{23, 60}, End: Position{23, 60}},
	}, &actions)
	var fix, doc *CodeAction
	for i := range actions {
		switch {
		case actions[i].Edit != nil:
			fix = &actions[i]
		case actions[i].Command != nil:
			doc = &actions[i]
		}
	}
	if fix == nil || doc == nil {
		t.Fatalf("code actions = %+v, want a quick fix and a documentation command", actions)
	}
	edits := fix.Edit.Changes[docURI]
	if fix.Kind != "quickfix" || len(edits) != 1 || edits[0].Range != (Range{Position{23, 53}, Position{23, 53}}) ||
		edits[0].NewText != "From [START DATE] through [END DATE or the present], " {
		t.Errorf("quick fix = %+v, edits %+v", fix, edits)
	}
	if doc.Command.Command != explainCommand || len(doc.Command.Arguments) != 1 || doc.Command.Arguments[0] != periodRule {
		t.Errorf("documentation command = %+v", doc.Command)
	}
	c.mustCall("workspace/executeCommand", map[string]any{"command": explainCommand, "arguments": []string{periodRule}}, nil)
	c.mu.Lock()
	if len(c.messages) != 1 || !strings.HasPrefix(c.messages[0].Message, periodRule+" — ") {
		t.Errorf("showMessage after the command = %+v", c.messages)
	}
	c.mu.Unlock()

	var hover *Hover
	c.mustCall("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: docURI}, Position: Position{23, 70}}, &hover)
	if hover == nil || hover.Contents.Kind != "markdown" || !strings.Contains(hover.Contents.Value, "**"+periodRule+"**") ||
		!strings.Contains(hover.Contents.Value, "#### Authority") {
		t.Errorf("hover = %+v", hover)
	}
	var none *Hover
	// Line 3 is the party line under the caption, which the forum notice
	// (on the caption's court lines) does not cover.
	c.mustCall("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: docURI}, Position: Position{3, 3}}, &none)
	if none != nil {
		t.Errorf("hover away from any finding = %+v, want null", none)
	}

	// Date the copying: the finding goes away.
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument: VersionedTextDocumentIdentifier{URI: docURI, Version: 3},
		ContentChanges: []TextDocumentContentChangeEvent{{
			Range: &Range{Start: Position{23, 53}, End: Position{23, 53}}, Text: "From March 2012 through the present, ",
		}},
	})
	pub = c.waitDiagnostics(docURI, func(p PublishDiagnosticsParams) bool { return *p.Version == 3 })
	if findRule(pub, periodRule) != nil {
		t.Errorf("the finding survived dating the copying: %+v", pub.Diagnostics)
	}

	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: docURI}})
	pub = c.waitDiagnostics(docURI, func(p PublishDiagnosticsParams) bool { return p.Version == nil })
	if len(pub.Diagnostics) != 0 {
		t.Errorf("close left diagnostics: %+v", pub.Diagnostics)
	}
	if code := c.shutdown(); code != 0 {
		t.Errorf("exit code after shutdown = %d, want 0", code)
	}
}

// TestEncodings negotiates UTF-8 and UTF-32 and checks the same finding's
// columns and an edit's range in each.
func TestEncodings(t *testing.T) {
	for _, tc := range []struct {
		offered []string
		enc     encoding
	}{
		{[]string{"utf-8", "utf-16"}, encUTF8},
		{[]string{"utf-32"}, encUTF32},
		{[]string{"utf-7", "utf-16", "utf-8"}, encUTF16},
	} {
		t.Run(tc.enc.String(), func(t *testing.T) {
			c := startServer(t, testOptions())
			res := c.initialize(tc.offered, nil)
			if res.Capabilities.PositionEncoding != tc.enc.String() {
				t.Fatalf("offered %v, got %q, want %q", tc.offered, res.Capabilities.PositionEncoding, tc.enc)
			}
			openFixture(c, 1)
			d := findRule(c.waitDiagnostics(docURI, hasRule(periodRule)), periodRule)
			start := flaggedStart[tc.enc]
			want := Range{Start: Position{23, start}, End: Position{23, start + lengthIn(flagged, tc.enc)}}
			if d.Range != want {
				t.Errorf("range = %+v, want %+v", d.Range, want)
			}
			// Replace "Defendant" with "It" in this encoding's units; the
			// finding stays at the same start and shrinks.
			c.notify("textDocument/didChange", DidChangeTextDocumentParams{
				TextDocument: VersionedTextDocumentIdentifier{URI: docURI, Version: 2},
				ContentChanges: []TextDocumentContentChangeEvent{{
					Range: &Range{Start: Position{23, start}, End: Position{23, start + len("Defendant")}}, Text: "Defendant 24/7",
				}},
			})
			pub := c.waitDiagnostics(docURI, func(p PublishDiagnosticsParams) bool { return *p.Version == 2 })
			d = findRule(pub, periodRule)
			grown := want.End.Character + len(" 24/7")
			if d == nil || d.Range.Start != want.Start || d.Range.End.Character != grown {
				t.Errorf("after the edit the finding is %+v, want %v to 23:%d", d, want.Start, grown)
			}
			if code := c.shutdown(); code != 0 {
				t.Errorf("exit code %d", code)
			}
		})
	}
}

// TestLifecycleErrors covers requests out of order and unknown methods.
func TestLifecycleErrors(t *testing.T) {
	c := startServer(t, testOptions())
	code := func(err error) int64 {
		var e *jsonrpc2.Error
		if errors.As(err, &e) {
			return e.Code
		}
		t.Fatalf("want a JSON-RPC error, got %v", err)
		return 0
	}
	err := c.call("textDocument/hover", TextDocumentPositionParams{}, nil)
	if got := code(err); got != codeServerNotInitialized {
		t.Errorf("hover before initialize: code %d, want %d", got, codeServerNotInitialized)
	}
	// A notification before initialize is dropped, not answered.
	openFixture(c, 1)
	c.initialize(nil, nil)
	if got := code(c.call("initialize", map[string]any{"capabilities": map[string]any{}}, nil)); got != jsonrpc2.CodeInvalidRequest {
		t.Errorf("second initialize: code %d", got)
	}
	if got := code(c.call("textDocument/definition", map[string]any{}, nil)); got != jsonrpc2.CodeMethodNotFound {
		t.Errorf("unknown method: code %d", got)
	}
	if got := code(c.call("textDocument/hover", "not an object", nil)); got != jsonrpc2.CodeInvalidParams {
		t.Errorf("bad params: code %d", got)
	}
	if got := code(c.call("workspace/executeCommand", map[string]any{"command": explainCommand, "arguments": []string{"no-such-rule"}}, nil)); got != jsonrpc2.CodeInvalidParams {
		t.Errorf("unknown rule: code %d", got)
	}
	c.notify("$/cancelRequest", map[string]any{"id": 1})
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": nil})
	if p := c.publishes(); len(p) != 0 {
		t.Errorf("a didOpen before initialize was acted on: %+v", p)
	}
	c.mustCall("shutdown", nil, nil)
	if got := code(c.call("textDocument/hover", TextDocumentPositionParams{}, nil)); got != jsonrpc2.CodeInvalidRequest {
		t.Errorf("request after shutdown: code %d", got)
	}
	c.notify("exit", nil)
	if got := c.exitCode(); got != 0 {
		t.Errorf("exit code %d, want 0", got)
	}
}

// TestExitWithoutShutdown: exit code 1, as the spec asks.
func TestExitWithoutShutdown(t *testing.T) {
	c := startServer(t, testOptions())
	c.initialize(nil, nil)
	c.notify("exit", nil)
	if got := c.exitCode(); got != 1 {
		t.Errorf("exit code %d, want 1", got)
	}
}

// TestClientGoesAway: the client closes its end; the server stops.
func TestClientGoesAway(t *testing.T) {
	c := startServer(t, testOptions())
	c.initialize(nil, nil)
	openFixture(c, 1)
	c.conn.Close()
	if got := c.exitCode(); got != 1 {
		t.Errorf("exit code %d, want 1 (no shutdown)", got)
	}
}

// TestServedLanguages: Markdown and plain text are linted, other
// languages and Word files are not.
func TestServedLanguages(t *testing.T) {
	c := startServer(t, testOptions())
	c.initialize(nil, nil)
	text := readFixture(t, "complaint.md")
	plain := regexp.MustCompile(`(?m)^#+ `).ReplaceAllString(text, "")
	for _, item := range []TextDocumentItem{
		{URI: "file:///work/main.go", LanguageID: "go", Text: text},
		{URI: "file:///work/complaint.docx", LanguageID: "", Text: text},
		{URI: "file:///work/complaint.txt", LanguageID: "plaintext", Text: plain},
		{URI: "untitled:Untitled-1", LanguageID: "markdown", Text: text},
		{URI: "file:///work/notes.markdown", LanguageID: "", Text: ""},
	} {
		item.Version = 1
		c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: item})
	}
	c.waitDiagnostics("file:///work/complaint.txt", hasRule(periodRule))
	c.waitDiagnostics("untitled:Untitled-1", hasRule(periodRule))
	c.waitDiagnostics("file:///work/notes.markdown", func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 })
	for _, p := range c.publishes() {
		if strings.HasSuffix(p.URI, ".go") || strings.HasSuffix(p.URI, ".docx") {
			t.Errorf("published for %s", p.URI)
		}
	}
	c.shutdown()
}
