package forum

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
)

// TestNoticeQuotesMarkdownCaptionWithoutMarkup: a Markdown caption's
// heading markers and emphasis are the file's markup, not the pleading's
// words, so the notice quotes the caption as a reader sees it.
func TestNoticeQuotesMarkdownCaptionWithoutMarkup(t *testing.T) {
	src := "# UNITED STATES DISTRICT COURT\n# **CENTRAL DISTRICT OF CALIFORNIA**\n\n**ACME CORP.**,\nPlaintiff,\n\nv.\n\nBETA LLC,\nDefendant.\n\n## FACTS\n\n1. A fact.\n\n## COUNT I\n\n## BREACH OF CONTRACT\n\n2. Defendant breached the Agreement.\n"
	d := document.Build(input.ReadMarkdown("t.md", []byte(src)))
	msg, _, _ := Resolve(d, Settings{}).Notice(d)
	want := "'UNITED STATES DISTRICT COURT CENTRAL DISTRICT OF CALIFORNIA' → C.D. Cal."
	if !strings.Contains(msg, want) {
		t.Errorf("notice %q lacks %q", msg, want)
	}
	if quoted, _, _ := strings.Cut(msg, "→"); strings.ContainsAny(quoted, "#*") {
		t.Errorf("notice %q quotes Markdown markup", msg)
	}
}
