package process_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
)

// update is accepted so that `go test ./... -update`, which rewrites the
// golden files under testdata/golden, runs in every package; this package
// has none.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

// pleading is a small complaint the processor tests put findings on.
const pleading = `FACTS

1. Defendant copied the software. Defendant sold copies.

2. Defendant acted willfully.

COUNT I
COPYRIGHT INFRINGEMENT

3. Defendant infringed.
`

func result(t *testing.T, name, text string, fs ...lint.Finding) *lint.FileResult {
	t.Helper()
	src, err := input.Read(name, []byte(text), "")
	if err != nil {
		t.Fatal(err)
	}
	return &lint.FileResult{Path: name, Doc: document.Build(src), Findings: fs}
}

// on is a finding of rule at the first occurrence of s in text.
func on(t *testing.T, text, rule, s string, sev lint.Severity) lint.Finding {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in the text", s)
	}
	return lint.Finding{Rule: rule, Severity: sev, Span: lint.Span{Start: i, End: i + len(s)}, Message: rule + " on " + s, CountIndex: -1}
}

// rules lists the findings as rule/severity in order.
func rules(fs []lint.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+"/"+f.Severity.String())
	}
	return strings.Join(out, " ")
}
