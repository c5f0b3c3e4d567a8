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
	"github.com/complaintlint/complaintlint/lint/process"
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
	opts := lint.Options{Default: prof}
	a := lint.Assume(doc, opts)
	fs, errs, trace, _ := lint.RunTraced(context.Background(), doc, a, checks.All, opts)
	for _, e := range errs {
		t.Error(e)
	}
	r := lint.FileResult{Path: rel, Doc: doc, Findings: fs, Forum: a, Trace: trace}
	process.New(process.Settings{Checks: checks.All, MaxFindings: 500}).Run(&r)
	return r
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

// TestNinthCircuitGolden pins the text, JSON and SARIF output for a
// complaint captioned in the Northern District of California with one
// count per family of RULES-FORUM.md §F3-F4: the forum comes from the
// caption, the California and § 1202 rules run, the New York rules they
// replace do not, and every finding carries its forum profile.
func TestNinthCircuitGolden(t *testing.T) {
	r := lintFile(t, "testdata/complaints/ninth-circuit-ai.txt", lint.Profile{})
	for ext, rep := range map[string]report.Reporter{
		"text":  report.Text{},
		"json":  report.JSON{},
		"sarif": report.SARIF{Tool: report.Tool{Name: "complaintlint", Version: "1.2.3-test", InformationURI: "https://github.com/complaintlint/complaintlint"}, Rules: checks.All, BaseDir: "/work/src"},
	} {
		var buf bytes.Buffer
		if err := rep.Report(&buf, []lint.FileResult{r}); err != nil {
			t.Fatal(err)
		}
		linttest.Golden(t, "../../testdata/golden/ninth-circuit-ai."+ext+".golden", buf.Bytes())
	}
	for _, f := range r.Findings {
		if f.Rule == "ny-interference-wrongful-means-missing" || f.Rule == "unjust-enrichment-duplicative" {
			t.Errorf("%s ran under the Ninth Circuit / California profile", f.Rule)
		}
		if want := "9th/CA"; f.Rule != "forum-assumed" && f.Profile != want {
			t.Errorf("%s: forum_profile %q, want %q", f.Rule, f.Profile, want)
		}
	}
}
