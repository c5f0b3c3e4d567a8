package chart_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/chart"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/process"
	"github.com/complaintlint/complaintlint/lint/report"
)

const root = "../../"

// lintPath lints a file as the command line does (driver, suppressions,
// no findings cap unless given), naming it by its path from the root.
func lintPath(t *testing.T, rel string, opts lint.Options) lint.FileResult {
	t.Helper()
	return lintPathWith(t, rel, driver.Options{Checks: checks.All, Lint: opts})
}

// lintPathWith is lintPath with the driver options given whole (the
// processors of the findings among them).
func lintPathWith(t *testing.T, rel string, opts driver.Options) lint.FileResult {
	t.Helper()
	data, err := os.ReadFile(root + rel)
	if err != nil {
		t.Fatal(err)
	}
	res := driver.LintTarget(driver.Target{Path: rel, Stdin: bytes.NewReader(data)}, opts)
	if res.Err != nil {
		t.Fatalf("%s: %v", rel, res.Err)
	}
	for _, e := range res.CheckErrors {
		t.Errorf("%s: %v", rel, e)
	}
	return res
}

// corpusFiles lists every fixture and corpus complaint the invariant must
// hold on.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, dir := range []string{"testdata/complaints", "testdata/corpus", "testdata/realistic", "testdata/rules", "testdata/docx"} {
		err := filepath.WalkDir(root+dir, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) {
					return filepath.SkipDir
				}
				return err
			}
			switch filepath.Ext(path) {
			case ".txt", ".md", ".docx":
				rel, _ := filepath.Rel(root, path)
				out = append(out, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) < 100 {
		t.Fatalf("found only %d fixture files; the invariant must run on the corpora", len(out))
	}
	return out
}

type cell struct {
	count int
	id    string
}

// TestMissingIffFinding is the chart's invariant (ELEMENTS.md "One source
// of truth"): a rule's finding that element E is missing in count C if and
// only if the chart shows C/E missing; rows no rule decides are "not
// checked"; every element a finding names is a row of its count's chart.
func TestMissingIffFinding(t *testing.T) {
	files := corpusFiles(t)
	checked := 0
	for _, rel := range files {
		res := lintPath(t, rel, lint.Options{})
		ch := chart.Build(&res)
		shown := map[cell]lint.ElementStatus{}
		for _, c := range ch.Counts {
			for _, b := range c.Blocks {
				for _, e := range b.Elements {
					shown[cell{c.Index, e.ID}] = e.Status
					if len(e.Rules) == 0 && e.Status != lint.NotChecked {
						t.Errorf("%s: %s %s has no deciding rule but shows %s", rel, c.Name, e.ID, e.Status)
					}
					if e.Status == lint.Missing && e.Finding < 0 {
						t.Errorf("%s: %s %s shows missing without a finding", rel, c.Name, e.ID)
					}
				}
			}
		}
		fromFindings := map[cell]bool{}
		for _, f := range res.Findings {
			for _, m := range f.Elements {
				if _, row := chart.RowByID(m.ID); row == nil {
					t.Errorf("%s: %s names element %q, which no table has", rel, f.Rule, m.ID)
				}
				k := cell{f.CountIndex, m.ID}
				if m.Status == lint.Missing {
					fromFindings[k] = true
				}
				st, ok := shown[k]
				if !ok {
					t.Errorf("%s: %s decides %s in count %d, which the chart does not show", rel, f.Rule, m.ID, f.CountIndex)
					continue
				}
				if m.Status == lint.Missing && st != lint.Missing {
					t.Errorf("%s: %s says %s is missing in count %d; the chart shows %s", rel, f.Rule, m.ID, f.CountIndex, st)
				}
				checked++
			}
		}
		for k, st := range shown {
			if st == lint.Missing && !fromFindings[k] {
				t.Errorf("%s: chart shows %s missing in count %d, but no finding says so", rel, k.id, k.count)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d element marks checked across %d files; the rules should decide elements", checked, len(files))
	}
}

// TestEveryDecidingRuleExists: a table row names only rules that exist, so
// a renamed rule cannot leave a row silently "not checked".
func TestEveryDecidingRuleExists(t *testing.T) {
	for _, tb := range chart.Tables {
		for _, r := range tb.Rows {
			for _, id := range r.Rules {
				if checks.ByID(id) == nil {
					t.Errorf("%s: rule %s does not exist", r.ID, id)
				}
			}
		}
	}
}

func missingCells(ch *chart.Chart) []string {
	var out []string
	for _, c := range ch.Counts {
		for _, b := range c.Blocks {
			for _, e := range b.Elements {
				if e.Status == lint.Missing {
					out = append(out, c.Name+" "+e.ID)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestLivepersonChart: the reconstruction's chart shows "missing" exactly
// where RULES.md §4 (testdata/complaints/EXPECTED.md) expects its errors
// and warnings, and nowhere else; every error and warning decides an
// element or is a rule that decides none.
func TestLivepersonChart(t *testing.T) {
	res := lintPath(t, "testdata/complaints/liveperson-fac.txt", lint.Options{})
	got := missingCells(chart.Build(&res))
	want := []string{
		"Count I (Copyright) copyright.acts",                                                     // copyright-accused-acts-unspecified
		"Count I (Copyright) copyright.period",                                                   // copyright-infringement-period-missing
		"Count II (DMCA § 1201) dmca1201.circumvention",                                          // mimicry, as Related on the measure error
		"Count II (DMCA § 1201) dmca1201.measure",                                                // dmca-1201-measure-unidentified
		"Count II (DMCA § 1201) dmca1201.without-authority",                                      // dmca-1201-authorized-access
		"Count III (CFAA) cfaa.authorization",                                                    // exceeds misuse; without authorization
		"Count III (CFAA) cfaa.loss",                                                             // cfaa-loss-not-system-costs
		"Count VI (Tortious interference) ny-interference-prospective.wrongful-means/employees",  // at-will employees
		"Count VII (Tortious interference) ny-interference-prospective.wrongful-means/employees", // at-will employees
		"Count VIII (Lanham Act false advertising) lanham-fa.statement",                          // ad content and context
	}
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("missing cells:\n got %q\nwant %q", got, want)
	}
	for _, f := range res.Findings {
		if f.Severity < lint.Warning || f.CountIndex < 0 {
			continue
		}
		// A risk rule's warning (Dastar) makes its element thin, by the
		// table; every other error or warning decides an element missing.
		decides := len(f.Elements) > 0
		if !decides && !slices.Contains([]string{"pleading-shotgun-incorporation", "plausibility-conclusory-allegation", "pleading-group-defendants"}, f.Rule) {
			t.Errorf("%s in %s (%s) decides no element", f.Rule, f.Count, f.Severity)
		}
	}
}

// TestLivepersonRepairedChart: the repaired complaint shows no missing
// element, and its pleaded elements cite the allegations that carry them.
func TestLivepersonRepairedChart(t *testing.T) {
	res := lintPath(t, "testdata/complaints/liveperson-fac-repaired.txt", lint.Options{})
	ch := chart.Build(&res)
	if got := missingCells(ch); len(got) > 0 {
		t.Errorf("repaired complaint shows missing elements: %q", got)
	}
	cited := 0
	for _, c := range ch.Counts {
		for _, b := range c.Blocks {
			for _, e := range b.Elements {
				if e.Status == lint.Pleaded && len(e.Refs) > 0 {
					cited++
				}
			}
		}
	}
	if cited < 15 {
		t.Errorf("only %d pleaded elements cite their paragraphs", cited)
	}
}

// TestHiddenFindingStillDecides: --min-severity hides a finding but the
// chart still shows the element missing, and says why no finding is
// linked.
func TestHiddenFindingStillDecides(t *testing.T) {
	res := lintPathWith(t, "testdata/complaints/liveperson-fac.txt", driver.Options{Checks: checks.All,
		Pipeline: process.New(process.Settings{Checks: checks.All, MinSeverity: lint.Error})})
	for _, c := range chart.Build(&res).Counts {
		for _, b := range c.Blocks {
			for _, e := range b.Elements {
				if c.Name == "Count I (Copyright)" && e.ID == "copyright.acts" {
					if e.Status != lint.Missing || e.Finding >= 0 || !strings.Contains(e.Note, "--min-severity") {
						t.Errorf("hidden warning: status %s, finding %d, note %q", e.Status, e.Finding, e.Note)
					}
					return
				}
			}
		}
	}
	t.Fatal("Count I copyright.acts not in the chart")
}

func TestParagraphs(t *testing.T) {
	refs := func(nums ...int) []chart.Ref {
		var out []chart.Ref
		for _, n := range nums {
			out = append(out, chart.Ref{Allegation: document.IntNum(n)})
		}
		return out
	}
	outline := func(nums ...string) []chart.Ref {
		var out []chart.Ref
		for _, s := range nums {
			n, ok := document.ParseNum(s)
			if !ok {
				t.Fatalf("ParseNum(%q) failed", s)
			}
			out = append(out, chart.Ref{Allegation: n})
		}
		return out
	}
	for _, tc := range []struct {
		in   []chart.Ref
		want string
	}{
		{nil, "—"},
		{refs(7), "¶ 7"},
		{refs(15, 12, 13, 14, 19, 12), "¶¶ 12–15, 19"},
		{refs(3, 4), "¶¶ 3, 4"},
		{append(refs(2), chart.Ref{Line: 9}), "¶ 2; unnumbered, line 9"},
		// Outline numbers run within a section; the next section starts a
		// new run, so "4.1–5.1" never hides 4.4 to 4.8.
		{outline("4.3", "4.1", "4.2", "5.1", "5.2", "10.1"), "¶¶ 4.1–4.3, 5.1, 5.2, 10.1"},
		{outline("4.8", "5.1", "5.2", "5.3"), "¶¶ 4.8, 5.1–5.3"},
	} {
		if got := chart.Paragraphs(tc.in); got != tc.want {
			t.Errorf("Paragraphs(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestChartGolden pins the text and JSON chart of the Liveperson
// reconstruction and of two Northern District of California complaints
// (one count per California and § 1202 family in ninth-circuit-ai).
func TestChartGolden(t *testing.T) {
	for _, tc := range []struct{ rel, name string }{
		{"testdata/complaints/liveperson-fac.txt", "liveperson-fac"},
		{ninthGoldenComplaint, "ninth-circuit"},
		{"testdata/complaints/ninth-circuit-ai.txt", "ninth-circuit-ai"},
	} {
		res := lintPath(t, tc.rel, lint.Options{})
		results := []lint.FileResult{res}
		var text, js bytes.Buffer
		if err := (report.ChartText{}).Report(&text, results); err != nil {
			t.Fatal(err)
		}
		if err := (report.JSON{Tool: report.Tool{Version: "test"}, Indent: true}).Report(&js, results); err != nil {
			t.Fatal(err)
		}
		linttest.Golden(t, fmt.Sprintf("%stestdata/golden/chart/%s.chart.golden", root, tc.name), text.Bytes())
		linttest.Golden(t, fmt.Sprintf("%stestdata/golden/chart/%s.json.golden", root, tc.name), js.Bytes())
	}
}

// TestChartSameOnSeveralWorkers: the checks of one document may run on
// several goroutines; the chart is the same as on one.
func TestChartSameOnSeveralWorkers(t *testing.T) {
	for _, rel := range []string{"testdata/complaints/liveperson-fac.txt", ninthGoldenComplaint} {
		one := lintPath(t, rel, lint.Options{Workers: 1})
		many := lintPath(t, rel, lint.Options{Workers: 4})
		a, b := chart.Build(&one).Rows(), chart.Build(&many).Rows()
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: the chart differs on four workers", rel)
		}
		if len(a) < 20 {
			t.Errorf("%s: only %d rows", rel, len(a))
		}
	}
}

// BenchmarkBuild measures building the chart from a linted result (the
// Liveperson reconstruction, ten counts).
func BenchmarkBuild(b *testing.B) {
	data, err := os.ReadFile(root + "testdata/complaints/liveperson-fac.txt")
	if err != nil {
		b.Fatal(err)
	}
	res := driver.LintTarget(driver.Target{Path: "liveperson-fac.txt", Stdin: bytes.NewReader(data)}, driver.Options{Checks: checks.All})
	b.ReportAllocs()
	for b.Loop() {
		chart.Build(&res)
	}
}
