package checks_test

import (
	"github.com/complaintlint/complaintlint/checks/pleading"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/process"
)

// lintFixture lints a fixture's stripped text as the CLI would.
func lintFixture(t *testing.T, path string, fx *linttest.Fixture) (*document.Document, []lint.Finding) {
	t.Helper()
	src, err := input.Read(path, fx.Text, "")
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	doc := document.Build(src)
	prof := lint.DefaultProfile
	if fx.Circuit != "" {
		prof.Circuit = fx.Circuit
	}
	if fx.State != "" {
		prof.State = fx.State
	}
	opts := lint.Options{Default: prof, Profile: lint.Profile{Circuit: fx.FlagCircuit, State: fx.FlagState}}
	if fx.NoDefault {
		opts.Default = lint.Profile{}
	}
	fs, errs := process.Lint(doc, checks.All, opts)
	for _, e := range errs {
		t.Errorf("%s: %v", path, e)
	}
	return doc, fs
}

func toGot(doc *document.Document, fs []lint.Finding) []linttest.Got {
	var out []linttest.Got
	for _, f := range fs {
		s, e := doc.Lines.Position(f.Span.Start), doc.Lines.Position(f.Span.End)
		ls := doc.Lines.LineSpan(s.Line)
		out = append(out, linttest.Got{Rule: f.Rule, Line: s.Line, Col: s.Column, EndLine: e.Line, EndCol: e.Column,
			LineEndCol: 1 + utf8.RuneCountInString(doc.Src[doc.Lines.LineStart(s.Line):ls.End]), Message: f.Message})
	}
	return out
}

// TestRuleFixtures runs every fixture under testdata/rules/<rule-id>/:
// marked findings must appear exactly (rule, line, columns, message), and
// the rule must report nothing else in the file.
func TestRuleFixtures(t *testing.T) {
	dirs, err := os.ReadDir("../testdata/rules")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		rule := d.Name()
		if checks.ByID(rule) == nil {
			t.Errorf("testdata/rules/%s: no such rule", rule)
			continue
		}
		files, _ := filepath.Glob(filepath.Join("../testdata/rules", rule, "*"))
		sort.Strings(files)
		for _, path := range files {
			path := path
			t.Run(rule+"/"+filepath.Base(path), func(t *testing.T) {
				raw, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				fx, err := linttest.Parse(raw)
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				doc, fs := lintFixture(t, path, fx)
				for _, diff := range linttest.Match(fx, toGot(doc, fs), map[string]bool{rule: true}) {
					t.Errorf("%s: %s", path, diff)
				}
			})
		}
	}
}

// TestFixtureCoverage holds every implemented rule to a minimum of
// deficient fixtures (with a marker for the rule) and sufficient ones
// (without): the first four rules five of each, the others three.
func TestFixtureCoverage(t *testing.T) {
	firstFour := map[string]bool{"copyright-infringement-period-missing": true, "dmca-1201-measure-unidentified": true,
		"cfaa-loss-threshold-unpled": true, "cfaa-loss-not-system-costs": true, "lanham-ad-content-context-missing": true}
	for _, c := range checks.All {
		files, _ := filepath.Glob(filepath.Join("../testdata/rules", c.ID, "*"))
		deficient, sufficient := 0, 0
		for _, path := range files {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fx, err := linttest.Parse(raw)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			marked := false
			for _, w := range fx.Wants {
				marked = marked || w.Rule == c.ID
			}
			if marked {
				deficient++
			} else {
				sufficient++
			}
		}
		min := 3
		if firstFour[c.ID] {
			min = 5
		}
		if c.ID == pleading.ForumAssumed.ID {
			// A notice that fires on every document has no quiet
			// counterpart: every fixture marks it (RULES-FORUM.md §F1.4).
			if deficient < 2*min || sufficient != 0 {
				t.Errorf("%s: %d marked and %d unmarked fixtures, want at least %d marked and none unmarked", c.ID, deficient, sufficient, 2*min)
			}
			continue
		}
		if deficient < min || sufficient < min {
			t.Errorf("%s: %d deficient and %d sufficient fixtures, want at least %d of each", c.ID, deficient, sufficient, min)
		}
	}
}

// TestSufficientFixturesAreQuiet checks that a sufficient fixture is named
// as such, so a reader of testdata knows what each file is for.
func TestFixtureNames(t *testing.T) {
	files, _ := filepath.Glob("../testdata/rules/*/*")
	for _, f := range files {
		base := filepath.Base(f)
		if !strings.HasPrefix(base, "bad-") && !strings.HasPrefix(base, "ok-") {
			t.Errorf("%s: fixture names start with bad- (deficient) or ok- (sufficient)", f)
		}
	}
}
