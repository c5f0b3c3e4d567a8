package fingerprint

import (
	"flag"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// update is accepted so that `go test ./... -update`, which rewrites the
// golden files under testdata/golden, runs in every package; this package
// has none.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

const complaint = `COUNT I
COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)

1. Defendant copied the Module.

2. Defendant copied the Module.
`

func result(t *testing.T, text string, rules ...string) *lint.FileResult {
	t.Helper()
	d := document.Build(document.PlainSource("c.txt", []byte(text)))
	var fs []lint.Finding
	from := 0
	for _, r := range rules {
		i := strings.Index(text[from:], "Defendant copied")
		if i < 0 {
			t.Fatal("fixture too short")
		}
		i += from
		end := i + strings.IndexByte(text[i:], '.') + 1
		fs = append(fs, lint.Finding{Rule: r, Span: lint.Span{Start: i, End: end}, CountIndex: d.CountAt(i)})
		from = end
	}
	return &lint.FileResult{Path: "c.txt", Doc: d, Findings: fs}
}

func TestStable(t *testing.T) {
	base := File(result(t, complaint, "r", "r"))
	if base[0] == base[1] || !strings.HasSuffix(base[0], ":1") || !strings.HasSuffix(base[1], ":2") {
		t.Fatalf("identical sentences must be told apart by occurrence: %v", base)
	}
	// Text added above, a paragraph rewrapped, smart quotes: same identity.
	moved := strings.Replace(complaint, "1. Defendant copied the Module.", "1. Plaintiff owns the Module.\n\n1a. Defendant copied\n   the  Module.", 1)
	if got := File(result(t, moved, "r", "r")); got[0] != base[0] || got[1] != base[1] {
		t.Errorf("moved text changed fingerprints: %v vs %v", got, base)
	}
	// Renumbering the count (COUNT I -> COUNT II) changes nothing either.
	renum := strings.Replace(complaint, "COUNT I\n", "COUNT II\n", 1)
	if got := File(result(t, renum, "r", "r")); got[0] != base[0] {
		t.Errorf("renumbered count changed the fingerprint: %v vs %v", got, base)
	}
	// A different rule, or a different flagged text, is another finding.
	if got := File(result(t, complaint, "other", "r")); got[0] == base[0] {
		t.Error("rule is not part of the fingerprint")
	}
	edited := strings.Replace(complaint, "1. Defendant copied the Module.", "1. Defendant copied the Engine.", 1)
	if got := File(result(t, edited, "r", "r")); got[0] == base[0] {
		t.Error("flagged text is not part of the fingerprint")
	}
	// Another cause of action is another count.
	other := strings.Replace(complaint, "COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)", "BREACH OF CONTRACT", 1)
	if got := File(result(t, other, "r", "r")); got[0] == base[0] {
		t.Error("the count is not part of the fingerprint")
	}
}

func TestNormalize(t *testing.T) {
	if got := Normalize("  Defendant’s  “Module”\n\t— copied "); got != `Defendant's "Module" - copied` {
		t.Errorf("Normalize = %q", got)
	}
}
