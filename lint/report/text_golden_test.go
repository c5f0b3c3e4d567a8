package report_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/report"
)

// lintFile lints a file from the repository root as the CLI would, naming
// it by its path from the root so the output is the same wherever the test
// runs.
func lintFile(t *testing.T, rel string, prof lint.Profile) lint.FileResult {
	t.Helper()
	raw, err := os.ReadFile("../../" + rel)
	if err != nil {
		t.Fatal(err)
	}
	src, err := input.Read(rel, raw, "")
	if err != nil {
		t.Fatal(err)
	}
	doc := document.Build(src)
	// prof is the forum assumed when the file has no caption, as for
	// fixtures; a captioned file is read from its caption.
	opts := lint.Options{Default: prof, MaxFindings: 500}
	a := lint.Assume(doc, opts)
	fs, errs, trace, _ := lint.RunTraced(context.Background(), doc, a, checks.All, opts)
	for _, e := range errs {
		t.Error(e)
	}
	return lint.FileResult{Path: rel, Doc: doc, Findings: fs, Forum: a, Trace: trace}
}

// TestTextGoldenTwentyCounts pins the text output, summary included, for a
// twenty-count complaint against five defendants: the table an attorney
// reads first must stay readable and aligned.
func TestTextGoldenTwentyCounts(t *testing.T) {
	r := lintFile(t, "testdata/complaints/twenty-counts.txt", lint.DefaultProfile)
	var buf bytes.Buffer
	if err := (report.Text{}).Report(&buf, []lint.FileResult{r}); err != nil {
		t.Fatal(err)
	}
	linttest.Golden(t, "../../testdata/golden/twenty-counts.text.golden", buf.Bytes())
}
