package report

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// update is the shared -update flag (lint/linttest).
var update = linttest.Update

// repoRoot is the directory holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

const sampleMarkdown = `# FACTUAL ALLEGATIONS

1. Plaintiff Acme, Inc. (“Acme”) owns the copyright in the Module — its § 5 engine.

2. Defendant’s ad claimed a 50% speed-up, twice as fast: “best, by far”.

# COUNT I
## COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)

3. Acme repeats and realleges paragraphs 1 and 2.

4. Defendant copied the Module and sold copies of it.
`

const sampleText = `COUNT I
COMPUTER FRAUD AND ABUSE ACT (18 U.S.C. § 1030)

1. Defendant accessed Acme’s servers without authorization.

2. Acme has suffered damages in an amount to be determined at trial.
`

// span finds the first occurrence of s in src.
func span(t *testing.T, src string, s string) lint.Span {
	t.Helper()
	i := strings.Index(src, s)
	if i < 0 {
		t.Fatalf("%q not in the fixture", s)
	}
	return lint.Span{Start: i, End: i + len(s)}
}

func build(t *testing.T, path, text string) *document.Document {
	t.Helper()
	src, err := input.Read(path, []byte(text), "")
	if err != nil {
		t.Fatal(err)
	}
	return document.Build(src)
}

// sampleResults are hand-made findings on real documents, so the goldens
// test the reporters and not the rules (whose messages change as they
// improve).
func sampleResults(t *testing.T) []lint.FileResult {
	md := build(t, "complaints/acme v. widget,co:1.md", sampleMarkdown)
	heading := span(t, md.Src, "COUNT I")
	copied := span(t, md.Src, "Defendant copied the Module and sold copies of it.")
	ad := span(t, md.Src, "“best, by far”")
	owns := span(t, md.Src, "owns the copyright")
	mdFindings := []lint.Finding{
		{Rule: "fake-owner-vague", Severity: lint.Info, Span: owns, Message: "Say which registration covers the Module.", CountIndex: -1},
		{Rule: "fake-ad-context", Severity: lint.Warning, Span: ad, Message: "Quote the ad in context: 50% of what, measured how? <see Exhibit A> & more",
			Authority: "Lanham Act § 43(a)", Fix: "Attach the ad; say where and when it ran.", CountIndex: -1},
		{Rule: "fake-period-missing", Severity: lint.Error, Span: copied, Message: "This copyright count never says when the copying happened.",
			Authority: "Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992)", Fix: "State a start and an end date.",
			Confidence: 0.8, Count: "Count I (Copyright)", CountIndex: 0, Missing: true,
			Related:     []lint.Related{{Span: heading, Message: "Count I (Copyright): COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)"}},
			Suggestions: []lint.SuggestedFix{{Title: "Insert a [DATE RANGE] placeholder", Edits: []lint.Edit{{Span: lint.Span{Start: copied.Start, End: copied.Start}, NewText: "From [START] through [END], "}}}}},
		{Rule: "fake-period-missing", Severity: lint.Error, Span: copied, Message: "A second, suppressed finding on the same sentence.",
			Count: "Count I (Copyright)", CountIndex: 0,
			Suppressed: &lint.Suppression{Kind: "inline", Justification: "dates are in Exhibit C"}},
		{Rule: "fake-ad-context", Severity: lint.Warning, Span: owns, Message: "Suppressed by the configuration.", CountIndex: -1,
			Suppressed: &lint.Suppression{Kind: "config", Justification: "accepted: see memo"}},
	}
	lint.Sort(mdFindings)
	txt := build(t, "cfaa.txt", sampleText)
	dmg := span(t, txt.Src, "Acme has suffered damages in an amount to be determined at trial.")
	return []lint.FileResult{
		{Path: "complaints/acme v. widget,co:1.md", Doc: md, Findings: mdFindings},
		{Path: "missing.txt", Err: errors.New("no such file or directory")},
		{Path: "cfaa.txt", Doc: txt, Findings: []lint.Finding{
			{Rule: "fake-loss-unpled", Severity: lint.Error, Span: dmg, Message: "Plead $5,000 of loss in one year.",
				Count: "Count I (CFAA)", CountIndex: 0},
		}, CheckErrors: []error{&lint.CheckError{Rule: "fake-broken", Value: "index out of range"}}},
	}
}

func cleanResults(t *testing.T) []lint.FileResult {
	return []lint.FileResult{{Path: "clean.txt", Doc: build(t, "clean.txt", sampleText)}}
}

// sampleRules is the rule catalog the SARIF golden describes; a finding's
// rule missing from it ("fake-loss-unpled") tests the fallback descriptor.
var sampleRules = []*lint.Check{
	{ID: "fake-period-missing", Title: "Copyright count never says when", Family: legal.ClaimCopyright, Severity: lint.Error, Confidence: 0.8,
		Doc: lint.Doc{Requirement: "Say by what acts during what time.", Authority: "Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992)",
			Insufficient: []string{"Defendant copied the Module."}, Sufficient: []string{"From March 2012 to the present, Defendant copied the Module."},
			Fix: "State a start and an end date."}},
	{ID: "fake-ad-context", Title: "Ad not set out in context", Family: legal.ClaimLanhamFA, Severity: lint.Warning, Confidence: 0.6,
		Doc: lint.Doc{Requirement: "Set out the ad.", Fix: "Attach the ad."}},
	{ID: "fake-owner-vague", Title: "Ownership vague", Scope: lint.ScopeDocument, Severity: lint.Info},
}

var tool = Tool{Name: "complaintlint", Version: "1.2.3-test", InformationURI: "https://github.com/complaintlint/complaintlint"}

// reporters are the formats under golden test, by golden file extension.
func reporters() map[string]Reporter {
	return map[string]Reporter{
		"text":       Text{},
		"color.text": Text{Color: true},
		"line":       Line{},
		"json":       JSON{Tool: tool, Indent: true},
		"sarif":      SARIF{Tool: tool, Rules: sampleRules, BaseDir: "/work/src"},
		"github":     GitHub{},
		"checkstyle": Checkstyle{},
	}
}

func TestGolden(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "golden")
	cases := map[string]func(*testing.T) []lint.FileResult{"sample": sampleResults, "clean": cleanResults}
	for name, mk := range cases {
		for ext, rep := range reporters() {
			t.Run(name+"."+ext, func(t *testing.T) {
				var buf bytes.Buffer
				if err := rep.Report(&buf, mk(t)); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(dir, name+"."+ext+".golden")
				if *update {
					if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./... -update to create it)", err)
				}
				if got := buf.String(); got != string(want) {
					t.Errorf("%s differs from %s (rerun with -update if the change is intended):\n%s", name+"."+ext, path, firstDiff(got, string(want)))
				}
			})
		}
	}
}

// firstDiff shows the first line that differs.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(no line differs)"
}
