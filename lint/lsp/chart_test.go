package lsp

import (
	"strings"
	"testing"
)

// TestHoverOnCountHeading: hovering a count heading shows the count's
// element chart, from the same lint as the diagnostics: the missing period
// the copyright rule reports is "missing" there, and the hover covers the
// heading.
func TestHoverOnCountHeading(t *testing.T) {
	c := startServer(t, testOptions())
	res := c.initialize(nil, map[string]any{"debounceMs": 20})
	if !res.Capabilities.HoverProvider {
		t.Fatal("hoverProvider not advertised")
	}
	openFixture(c, 1)
	c.waitDiagnostics(docURI, hasRule(periodRule))
	var hover *Hover
	// The count heading is on line 20 (0-based 19), as the finding's
	// related information says.
	c.mustCall("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: docURI}, Position: Position{19, 3}}, &hover)
	if hover == nil {
		t.Fatal("no hover on the count heading")
	}
	v := hover.Contents.Value
	for _, want := range []string{"**Count I (Copyright) — element chart**", "| Element | Status | ¶¶ | Decided by |",
		"| `copyright.period` When: start date or bounded period | **missing** | — | " + periodRule + " |"} {
		if !strings.Contains(v, want) {
			t.Errorf("hover lacks %q:\n%s", want, v)
		}
	}
	if hover.Range == nil || hover.Range.Start.Line != 19 {
		t.Errorf("hover range = %+v, want the heading on line 19", hover.Range)
	}
	// On a blank line, away from any heading or finding, nothing.
	var none *Hover
	c.mustCall("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: docURI}, Position: Position{3, 3}}, &none)
	if none != nil {
		t.Errorf("hover away from any heading or finding = %+v", none)
	}
}

// TestChartHoverPlainAndEscaped: clients without Markdown get plain lines;
// a title's Markdown characters cannot break the table.
func TestChartHoverPlainAndEscaped(t *testing.T) {
	if got := mdCell("a|b *c* `d`"); got != "a\\|b \\*c\\* \\`d\\`" {
		t.Errorf("mdCell = %q", got)
	}
}
