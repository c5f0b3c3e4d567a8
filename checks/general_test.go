package checks_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/process"
)

// lintPath lints a file under testdata with a profile.
func lintPath(t *testing.T, path string, prof lint.Profile, opts ...func(*lint.Options)) (*document.Document, []lint.Finding) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, err := input.Read(path, raw, "")
	if err != nil {
		t.Fatal(err)
	}
	doc := document.Build(src)
	o := lint.Options{Profile: prof}
	for _, f := range opts {
		f(&o)
	}
	fs, errs := process.Lint(doc, checks.All, o)
	for _, e := range errs {
		t.Error(e)
	}
	return doc, fs
}

func lintFixturePath(t *testing.T, path string) (*document.Document, []lint.Finding) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fx, err := linttest.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return lintFixture(t, path, fx)
}

// TestHygieneSeverities pins the severity each §3.G rule chooses, which the
// fixture markers do not check: info per allegation, a warning for a count
// made of conclusions, for a key element pleaded only on belief, for group
// pleading, and for shotgun incorporation in the Eleventh Circuit only.
func TestHygieneSeverities(t *testing.T) {
	cases := []struct {
		fixture, rule string
		line          int
		want          lint.Severity
	}{
		{"plausibility-conclusory-allegation/bad-rules-examples.txt", "plausibility-conclusory-allegation", 24, lint.Info},
		{"plausibility-conclusory-allegation/bad-escalated-count.md", "plausibility-conclusory-allegation", 22, lint.Warning},
		{"plausibility-conclusory-allegation/bad-facts-and-traps.txt", "plausibility-conclusory-allegation", 20, lint.Info},
		{"plausibility-information-and-belief-unsupported/bad-rules-examples.txt", "plausibility-information-and-belief-unsupported", 20, lint.Info},
		{"plausibility-information-and-belief-unsupported/bad-rules-examples.txt", "plausibility-information-and-belief-unsupported", 26, lint.Warning},
		{"plausibility-information-and-belief-unsupported/bad-rules-examples.txt", "plausibility-information-and-belief-unsupported", 28, lint.Info},
		{"plausibility-information-and-belief-unsupported/bad-act-only-in-facts.md", "plausibility-information-and-belief-unsupported", 22, lint.Info},
		{"plausibility-information-and-belief-unsupported/bad-act-only-in-facts.md", "plausibility-information-and-belief-unsupported", 24, lint.Warning},
		{"plausibility-information-and-belief-unsupported/bad-internal-facts-info.txt", "plausibility-information-and-belief-unsupported", 0, lint.Info},
		{"pleading-shotgun-incorporation/bad-every-count-blanket.txt", "pleading-shotgun-incorporation", 0, lint.Info},
		{"pleading-shotgun-incorporation/bad-eleventh-circuit.md", "pleading-shotgun-incorporation", 0, lint.Warning},
		{"pleading-group-defendants/bad-rules-examples.txt", "pleading-group-defendants", 29, lint.Warning},
		{"pleading-group-defendants/bad-parties-section.md", "pleading-group-defendants", 27, lint.Warning},
		{"pleading-group-defendants/bad-corporate-family-agency.txt", "pleading-group-defendants", 0, lint.Info},
	}
	for _, c := range cases {
		doc, fs := lintFixturePath(t, filepath.Join("../testdata/rules", c.fixture))
		found := false
		for _, f := range fs {
			if f.Rule != c.rule || (c.line > 0 && doc.Lines.Position(f.Span.Start).Line != c.line) {
				continue
			}
			found = true
			if f.Severity != c.want {
				t.Errorf("%s:%d: %s is %s, want %s", c.fixture, c.line, c.rule, f.Severity, c.want)
			}
		}
		if !found {
			t.Errorf("%s:%d: no %s finding", c.fixture, c.line, c.rule)
		}
	}
}

// TestShotgunByCircuit: the same complaint draws an info finding in the
// Second Circuit (naming its Rule 8 practice), a warning in the Eleventh
// (naming Weiland), and an info naming Weiland as Eleventh Circuit law
// elsewhere.
func TestShotgunByCircuit(t *testing.T) {
	path := "../testdata/rules/pleading-shotgun-incorporation/bad-every-count-blanket.txt"
	cases := []struct {
		circuit string
		sev     lint.Severity
		msg     string
		auth    string
	}{
		{"2", lint.Info, "Second Circuit has no shotgun-pleading doctrine of its own", "Salahuddin"},
		{"11", lint.Warning, "In the Eleventh Circuit this is a shotgun pleading under Weiland", "Weiland"},
		{"9", lint.Info, "Weiland is Eleventh Circuit law; elsewhere", "Weiland"},
		{"fed", lint.Info, "Weiland is Eleventh Circuit law; elsewhere", "Weiland"},
	}
	for _, c := range cases {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fx, err := linttest.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		fx.FlagCircuit = c.circuit
		_, fs := lintFixture(t, path, fx)
		n := 0
		for _, f := range fs {
			if f.Rule != "pleading-shotgun-incorporation" {
				continue
			}
			n++
			if f.Severity != c.sev || !strings.Contains(f.Message, c.msg) || !strings.Contains(f.Authority, c.auth) {
				t.Errorf("circuit %s: %s %q (authority %q), want %s containing %q", c.circuit, f.Severity, f.Message, f.Authority, c.sev, c.msg)
			}
			if !strings.HasPrefix(f.Message, "Each count adopts every preceding count") {
				t.Errorf("circuit %s: message does not start with the RULES.md message: %q", c.circuit, f.Message)
			}
		}
		if n != 2 {
			t.Errorf("circuit %s: %d shotgun findings, want 2 (Counts II and III)", c.circuit, n)
		}
	}
}

// TestNYRulesOnlyWhereNewYorkLawApplies: outside a New York profile the
// NY-tagged rules stay silent on counts that do not cite New York law.
func TestNYRulesOnlyWhereNewYorkLawApplies(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*")
	for _, path := range files {
		if strings.HasSuffix(path, ".labels") {
			continue
		}
		doc, fs := lintPath(t, path, lint.Profile{Circuit: "9", State: "CA"})
		for _, f := range fs {
			c := checks.ByID(f.Rule)
			if c == nil || !c.NY {
				continue
			}
			if f.CountIndex < 0 || !doc.Counts[f.CountIndex].CitesNY {
				t.Errorf("%s: NY rule %s ran under a California profile on a count that does not cite New York law", path, f.Rule)
			}
		}
	}
}

// hygieneRules are the §3.G rules that share the noise budget.
func hygieneRules() map[string]bool {
	out := map[string]bool{}
	for _, c := range checks.All {
		if c.Group == "hygiene" {
			out[c.ID] = true
		}
	}
	return out
}

// longComplaints are the long real-world-style complaints: 15 or more
// counts, several defendants, string citations.
var longComplaints = []struct {
	path string
	prof lint.Profile
}{
	{"../testdata/complaints/twenty-counts.txt", lint.DefaultProfile},
	{"../testdata/corpus/gen-long-fl-distributor.txt", lint.Profile{Circuit: "11", State: "FL"}},
	{"../testdata/corpus/gen-long-ny-fintech.md", lint.DefaultProfile},
}

// TestHygieneNoiseOnLongComplaints holds the pleading-hygiene rules to their
// noise budget on long complaints: at most one hygiene finding per
// allegation, none in the caption, the prayer, the jury demand or the
// signature block, at most one hygiene warning per count and rule, and no
// effect on any substantive finding.
func TestHygieneNoiseOnLongComplaints(t *testing.T) {
	hyg := hygieneRules()
	if len(hyg) != 4 {
		t.Fatalf("want the four §3.G rules in the hygiene group, got %v", hyg)
	}
	for _, lc := range longComplaints {
		doc, fs := lintPath(t, lc.path, lc.prof)
		if len(doc.Counts) < 15 {
			t.Errorf("%s: %d counts, want a long complaint (15 or more)", lc.path, len(doc.Counts))
		}
		perPara := map[int][]string{}
		perCountWarn := map[[2]int]int{}
		var hygieneN, substantive []lint.Finding
		for _, f := range fs {
			if !hyg[f.Rule] {
				substantive = append(substantive, f)
				continue
			}
			hygieneN = append(hygieneN, f)
			pi := doc.ParagraphAt(f.Span.Start)
			perPara[pi] = append(perPara[pi], f.Rule)
			switch k := doc.SectionOf(f.Span.Start); k {
			case document.SectionCaption, document.SectionPrayer, document.SectionJury, document.SectionSignature:
				t.Errorf("%s:%d: %s in the %s", lc.path, doc.Lines.Position(f.Span.Start).Line, f.Rule, k)
			}
			if f.Severity >= lint.Warning {
				rk := 0
				for i, c := range checks.All {
					if c.ID == f.Rule {
						rk = i
					}
				}
				perCountWarn[[2]int{f.CountIndex, rk}]++
			}
		}
		for pi, rules := range perPara {
			if len(rules) > 1 {
				t.Errorf("%s:%d: %d hygiene findings on one allegation: %v", lc.path, doc.Paragraphs[pi].Line, len(rules), rules)
			}
		}
		for k, n := range perCountWarn {
			if n > 1 && k[0] >= 0 {
				t.Errorf("%s: %d warnings of %s in %s", lc.path, n, checks.All[k[1]].ID, doc.Counts[k[0]].Name())
			}
		}
		// The hygiene rules never hide a substantive finding.
		_, without := lintPath(t, lc.path, lc.prof, func(o *lint.Options) { o.Disabled = hyg })
		if len(without) != len(substantive) {
			t.Errorf("%s: %d substantive findings with the hygiene rules on, %d with them off", lc.path, len(substantive), len(without))
		}
		// Overall, at most two hygiene findings per count and one per ten
		// allegations: a long complaint's summary must still lead with its
		// substantive findings.
		if limit := 2*len(doc.Counts) + len(doc.Allegations)/10; len(hygieneN) > limit {
			t.Errorf("%s: %d hygiene findings for %d counts and %d allegations", lc.path, len(hygieneN), len(doc.Counts), len(doc.Allegations))
		}
	}
}
