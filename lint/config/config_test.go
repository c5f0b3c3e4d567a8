package config

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
)

// update is accepted so that `go test ./... -update`, which rewrites the
// golden files under testdata/golden, runs in every package; this package
// has none.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

var rules = map[string]bool{"copyright-infringement-period-missing": true, "cfaa-loss-threshold-unpled": true}

func known(id string) bool { return rules[id] }

func parse(t *testing.T, text string) (*Config, error) {
	t.Helper()
	return Parse([]byte(text), ".complaintlint.yml", "/cases", known)
}

func TestParseFull(t *testing.T) {
	c, err := parse(t, `
profile:
  circuit: 11th
  state: california
rules:
  enable: [copyright-infringement-period-missing, cfaa-loss-threshold-unpled]
  disable:
    - cfaa-loss-threshold-unpled
  severity:
    cfaa-loss-threshold-unpled: warn
fail-on: warning
min-severity: warning
files:
  include: ["complaints/**"]
  exclude: [drafts/, "*.old.md"]
suppress:
  - path: complaints/acme.md
    rule: cfaa-loss-threshold-unpled
    reason: "Loss is pleaded in Exhibit D."
    text: Exhibit D
`)
	if err != nil {
		t.Fatal(err)
	}
	if c.Circuit != "11" || c.State != "CA" {
		t.Errorf("profile %q %q", c.Circuit, c.State)
	}
	if len(c.Enable) != 2 || len(c.Disable) != 1 || c.Severity["cfaa-loss-threshold-unpled"] != lint.Warning {
		t.Errorf("rules %v %v %v", c.Enable, c.Disable, c.Severity)
	}
	if c.FailOn == nil || *c.FailOn != lint.Warning || c.FailNone || c.MinSeverity == nil || *c.MinSeverity != lint.Warning {
		t.Errorf("fail-on %v none %v min %v", c.FailOn, c.FailNone, c.MinSeverity)
	}
	if len(c.Suppress) != 1 || c.Suppress[0].Line != 17 || c.Suppress[0].Text != "Exhibit D" {
		t.Errorf("suppress %+v", c.Suppress)
	}
}

func TestParseEmptyAndNone(t *testing.T) {
	for _, text := range []string{"", "# only a comment\n", "---\n", "rules:\nfiles:\n"} {
		if _, err := parse(t, text); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
	c, err := parse(t, "fail-on: none\n")
	if err != nil || !c.FailNone || c.FailOn != nil {
		t.Errorf("fail-on none: %+v %v", c, err)
	}
}

// Every mistake names the file and the line it is on.
func TestParseErrors(t *testing.T) {
	cases := []struct{ text, want string }{
		{"profile:\n  circuit: 2\nrulez: {}\n", `.complaintlint.yml:3: unknown key "rulez" (want fail-on, files, min-severity, profile, rules, suppress)`},
		{"rules:\n  disable:\n    - copyright-infringement-period-missing\n    - cfaa-foo\n", `.complaintlint.yml:4: unknown rule "cfaa-foo" (complaintlint rules lists them)`},
		{"rules:\n  enable: copyright-infringement-period-missing\n", `.complaintlint.yml:2: rules.enable: want a list of rule ids, got a string`},
		{"rules:\n  severity:\n    cfaa-loss-threshold-unpled: off\n", `.complaintlint.yml:3: rules.severity.cfaa-loss-threshold-unpled: unknown severity "off"`},
		{"rules:\n  severity:\n    cfaa-bar: error\n", `.complaintlint.yml:3: unknown rule "cfaa-bar"`},
		{"rules:\n  ignore: []\n", `.complaintlint.yml:2: rules: unknown key "ignore" (want disable, enable, severity)`},
		{"profile:\n  circuit: 14\n", `.complaintlint.yml:2: profile.circuit: unknown circuit "14"`},
		{"profile: NY\n", `.complaintlint.yml:1: profile: want a mapping of keys (circuit, state), got a string`},
		{"fail-on: sometimes\n", `.complaintlint.yml:1: fail-on: unknown value "sometimes"`},
		{"min-severity: [info]\n", `.complaintlint.yml:1: min-severity: want a single value, got a list`},
		{"fail-on: error\nfail-on: warning\n", `.complaintlint.yml:2: key "fail-on" appears twice`},
		{"files:\n  include: [\"a/[bc\"]\n", `.complaintlint.yml:2: files.include: pattern "a/[bc" has an unclosed '['`},
		{"suppress:\n  - path: a.md\n    rule: cfaa-loss-threshold-unpled\n", `.complaintlint.yml:2: suppress entry for cfaa-loss-threshold-unpled: reason is missing`},
		{"suppress:\n  - path: a.md\n    rule: cfaa-loss-threshold-unpled\n    reason: \"  \"\n", `reason is missing`},
		{"suppress:\n  - rule: cfaa-loss-threshold-unpled\n    reason: x\n", `.complaintlint.yml:2: suppress entry: path is missing`},
		{"suppress:\n  - path: a.md\n    rule: cfaa-nope\n    reason: x\n", `.complaintlint.yml:3: unknown rule "cfaa-nope"`},
		{"suppress:\n  - path: a.md\n    rules: [x]\n", `.complaintlint.yml:3: suppress entry: unknown key "rules"`},
		{"suppress:\n  - just a string\n", `.complaintlint.yml:2: suppress entry: want a mapping`},
		{"rules: [\n", `.complaintlint.yml:1: not valid YAML`}, {"a: b\n  c: d\n", `.complaintlint.yml:2: not valid YAML`},
		{"- a\n- b\n", `.complaintlint.yml:1: the configuration: want a mapping`},
	}
	for _, tc := range cases {
		_, err := parse(t, tc.text)
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.text, tc.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), tc.want) && !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q:\n got: %v\nwant: %s", tc.text, err, tc.want)
		}
	}
}

func TestStarterParses(t *testing.T) {
	c, err := Parse([]byte(Starter), FileName, "/x", known)
	if err != nil {
		t.Fatalf("the starter configuration does not parse: %v", err)
	}
	// The starter leaves the forum to each complaint's caption.
	if c.Circuit != "" || c.State != "" || c.FailOn == nil || *c.FailOn != lint.Error {
		t.Errorf("starter %+v", c)
	}
}

func TestGlobs(t *testing.T) {
	cases := []struct {
		pat string
		yes []string
		no  []string
	}{
		{"*.md", []string{"a.md", "x/y/a.md"}, []string{"a.txt", "a.md/b.txt"}},
		{"complaints/*.md", []string{"complaints/a.md"}, []string{"complaints/x/a.md", "a.md", "other/complaints/a.md"}},
		{"/complaints/*.md", []string{"complaints/a.md"}, []string{"x/complaints/a.md"}},
		{"drafts/**", []string{"drafts/a.md", "drafts/x/y.txt"}, []string{"drafts.md", "x/drafts/a.md"}},
		{"drafts/", []string{"drafts/a.md"}, []string{"other/a.md"}},
		{"**/old/*.md", []string{"old/a.md", "x/y/old/a.md"}, []string{"old/x/a.md"}},
		{"a/**/b.md", []string{"a/b.md", "a/x/y/b.md"}, []string{"b.md", "a/b.txt"}},
		{"*.{md,txt}", []string{"a.md", "d/a.txt"}, []string{"a.docx"}},
		{"v[0-9].md", []string{"v1.md"}, []string{"vx.md"}},
		{"v[!0-9].md", []string{"vx.md"}, []string{"v1.md"}},
		{"a?.md", []string{"ab.md"}, []string{"a/.md", "abc.md"}},
		{"a+b (1).md", []string{"a+b (1).md"}, []string{"aab (1).md"}},
	}
	for _, tc := range cases {
		g, err := compileGlob(tc.pat)
		if err != nil {
			t.Errorf("%q: %v", tc.pat, err)
			continue
		}
		for _, p := range tc.yes {
			if !g.match(p) {
				t.Errorf("%q should match %q", tc.pat, p)
			}
		}
		for _, p := range tc.no {
			if g.match(p) {
				t.Errorf("%q should not match %q", tc.pat, p)
			}
		}
	}
}

func TestIncludes(t *testing.T) {
	c, err := Parse([]byte("files:\n  include: [\"complaints/**\"]\n  exclude: [\"*.old.md\"]\n"), FileName, "/cases", known)
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{
		"/cases/complaints/a.md":     true,
		"/cases/complaints/a.old.md": false,
		"/cases/notes/a.md":          false,
		"/elsewhere/complaints/a.md": false,
	} {
		if got := c.Includes(p); got != want {
			t.Errorf("Includes(%q) = %v, want %v", p, got, want)
		}
	}
	var none *Config
	if !none.Includes("/x.md") {
		t.Error("no configuration must include everything")
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The nearest configuration wins; directories without one inherit their
// parent's; a broken one is an error naming it.
func TestFinder(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, FileName), "fail-on: warning\n")
	write(t, filepath.Join(root, "a", "b", FileName), "fail-on: info\n")
	write(t, filepath.Join(root, "bad", FileName), "fail-on: warning\nbogus: 1\n")
	f := &Finder{Known: known, Cwd: root}
	cases := map[string]lint.Severity{
		filepath.Join(root, "x.md"):                lint.Warning,
		filepath.Join(root, "a", "x.md"):           lint.Warning,
		filepath.Join(root, "a", "b", "x.md"):      lint.Info,
		filepath.Join(root, "a", "b", "c", "x.md"): lint.Info,
	}
	for p, want := range cases {
		c, err := f.ForFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if c == nil || c.FailOn == nil || *c.FailOn != want {
			t.Errorf("%s: got %+v, want fail-on %v", p, c, want)
		}
	}
	a1, _ := f.ForFile(filepath.Join(root, "x.md"))
	a2, _ := f.ForFile(filepath.Join(root, "a", "y.md"))
	if a1 != a2 {
		t.Error("the same configuration file was parsed twice")
	}
	_, err := f.ForFile(filepath.Join(root, "bad", "x.md"))
	if err == nil || err.Error() != filepath.Join("bad", FileName)+`:2: unknown key "bogus" (want fail-on, files, min-severity, profile, rules, suppress)` {
		t.Errorf("broken configuration: %v", err)
	}
}

func TestFinderNone(t *testing.T) {
	// The walk stops at the filesystem root; a temporary directory normally
	// has no configuration above it. If one exists, the test cannot tell.
	root := t.TempDir()
	f := &Finder{Known: known}
	c, err := f.ForDir(root)
	if err != nil {
		t.Fatal(err)
	}
	if c != nil && !strings.HasPrefix(root, c.Dir) {
		t.Errorf("found %s for %s", c.Path, root)
	}
}

func TestEntries(t *testing.T) {
	c, err := Parse([]byte("suppress:\n  - path: \"complaints/*.md\"\n    rule: cfaa-loss-threshold-unpled\n    reason: accepted\n"), FileName, "/cases", known)
	if err != nil {
		t.Fatal(err)
	}
	es := c.Entries()
	if len(es) != 1 {
		t.Fatal(len(es))
	}
	e := es[0]
	if e.Rule != "cfaa-loss-threshold-unpled" || e.Reason != "accepted" {
		t.Errorf("%+v", e)
	}
	if !e.Applies("/cases/complaints/a.md") || e.Applies("/cases/a.md") {
		t.Error("entry path pattern not applied relative to the configuration's directory")
	}
}
