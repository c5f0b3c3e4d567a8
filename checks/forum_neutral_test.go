package checks_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/forum"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// secondCircuitWords are the ways a message or authority can name the
// Second Circuit or one of its district courts.
var secondCircuitWords = regexp.MustCompile(`S\.D\.N\.Y\.|E\.D\.N\.Y\.|N\.D\.N\.Y\.|W\.D\.N\.Y\.|D\. ?Conn\.|D\. ?Vt\.|2d Cir\.|Second Circuit|SDNY|\b(?:Liveperson|Kelly|Nexans|Civic Ctr|Fashion Boutique|Time Warner|Avis|Arista|Atuahene|Turret Labs|Harsco|Altai|Kregos|Briarpatch|I\.M\.S\.|NBA v|Mango|Raw Story|Intercept|Citizens United)\b`)

// TestFederalRulesCircuitNeutralElsewhere (RULES-FORUM.md §F1.4): outside
// the Second and Ninth Circuits a federal-law rule speaks with
// circuit-neutral authority. Every rule's deficient fixtures are
// re-captioned in the District of Columbia and the Eastern District of
// Texas; no finding of a federal-law rule may then name the Second Circuit
// or one of its district courts, in its message or its authority.
func TestFederalRulesCircuitNeutralElsewhere(t *testing.T) {
	captions := []struct{ name, caption, circuit string }{
		{"D.D.C.", "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\n", "dc"},
		{"E.D. Tex.", "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF TEXAS\n\n", "5"},
	}
	files, err := filepath.Glob("../testdata/rules/*/bad-*")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	linted := 0
	for _, path := range files {
		if filepath.Ext(path) == ".docx" {
			continue // a Word fixture cannot take a caption line of text
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fx, err := linttest.Parse(raw)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if fx.FlagCircuit != "" {
			continue // the fixture sets the forum itself
		}
		for _, c := range captions {
			text := append([]byte(c.caption), fx.Text...)
			src, err := input.Read(path, text, "")
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			doc := document.Build(src)
			if got := forum.Resolve(doc, forum.Settings{}).Circuit(); got != c.circuit {
				continue // the fixture's own caption names another court
			}
			linted++
			fs, _ := lint.Run(doc, checks.All, lint.Options{})
			for _, f := range fs {
				rule := checks.ByID(f.Rule)
				if rule == nil || !federalLaw(rule) {
					continue
				}
				if m := secondCircuitWords.FindString(f.Message); m != "" {
					t.Errorf("%s in %s: %s message names %q: %s", path, c.name, f.Rule, m, f.Message)
				}
				if m := secondCircuitWords.FindString(f.Authority); m != "" {
					t.Errorf("%s in %s: %s authority names %q: %s", path, c.name, f.Rule, m, f.Authority)
				}
			}
		}
	}
	if linted < 100 {
		t.Errorf("only %d re-captioned fixtures linted; the fixtures' own captions hid the rest", linted)
	}
}

// federalLaw reports whether a rule applies federal law (or federal
// pleading law), as opposed to a state's contract, tort or statute.
func federalLaw(c *lint.Check) bool {
	if c.LawState() != "" {
		return false
	}
	switch c.Family {
	case legal.ClaimContract, legal.ClaimUnjustEnrichment, legal.ClaimInterference, legal.ClaimUnfairComp:
		return false
	}
	return true
}
