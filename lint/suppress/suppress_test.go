package suppress

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

var known = []*lint.Check{{ID: "rule-a"}, {ID: "rule-b"}}

func doc(t *testing.T, name, text string) *document.Document {
	t.Helper()
	src, err := input.Read(name, []byte(text), "")
	if err != nil {
		t.Fatal(err)
	}
	return document.Build(src)
}

// at is a finding of rule on the first occurrence of s.
func at(t *testing.T, d *document.Document, rule, s string) lint.Finding {
	t.Helper()
	i := strings.Index(d.Src, s)
	if i < 0 {
		t.Fatalf("%q not in the document", s)
	}
	return lint.Finding{Rule: rule, Severity: lint.Error, Span: lint.Span{Start: i, End: i + len(s)}, CountIndex: -1}
}

type outcome struct {
	suppressed map[string]string // finding text -> justification ("" when not suppressed)
	problems   []string          // rule: message of added findings
}

func apply(t *testing.T, d *document.Document, fs []lint.Finding, entries []Entry) outcome {
	t.Helper()
	r := &lint.FileResult{Path: d.Path, Doc: d, Findings: fs}
	Apply(r, known, entries)
	o := outcome{suppressed: map[string]string{}}
	for _, f := range r.Findings {
		if strings.HasPrefix(f.Rule, "suppression-") {
			o.problems = append(o.problems, f.Rule+": "+d.SourceSlice(f.Span))
			continue
		}
		key := f.Rule + " " + d.SourceSlice(f.Span)
		if f.Suppressed != nil {
			o.suppressed[key] = f.Suppressed.Kind + ": " + f.Suppressed.Justification
		} else {
			o.suppressed[key] = ""
		}
	}
	return o
}

const md = `# FACTS

<!-- complaintlint-disable-next-line rule-a -- the date is pleaded in Exhibit A -->

1. Alpha line one.
Alpha line two.

2. Beta.

<!-- complaintlint-disable rule-a, rule-b -- boilerplate section -->
3. Gamma.
<!-- complaintlint-enable rule-b -->
4. Delta.
<!-- complaintlint-enable rule-a -->
5. Epsilon.

` + "```" + `
<!-- complaintlint-disable-next-line rule-a -- only an example -->
` + "```" + `
6. Zeta.
`

func TestDirectives(t *testing.T) {
	d := doc(t, "c.md", md)
	fs := []lint.Finding{
		at(t, d, "rule-a", "Alpha line one."),
		at(t, d, "rule-b", "Alpha line one."),
		at(t, d, "rule-a", "Alpha line two."),
		at(t, d, "rule-a", "Beta."),
		at(t, d, "rule-a", "Gamma."),
		at(t, d, "rule-b", "Gamma."),
		at(t, d, "rule-a", "Delta."),
		at(t, d, "rule-b", "Delta."),
		at(t, d, "rule-a", "Epsilon."),
		at(t, d, "rule-a", "Zeta."),
	}
	got := apply(t, d, fs, nil)
	want := map[string]string{
		"rule-a Alpha line one.": "inline: the date is pleaded in Exhibit A",
		"rule-b Alpha line one.": "", // not named
		"rule-a Alpha line two.": "", // not the next line
		"rule-a Beta.":           "",
		"rule-a Gamma.":          "inline: boilerplate section",
		"rule-b Gamma.":          "inline: boilerplate section",
		"rule-a Delta.":          "inline: boilerplate section", // rule-a still disabled
		"rule-b Delta.":          "",                            // rule-b enabled again
		"rule-a Epsilon.":        "",
		"rule-a Zeta.":           "", // the directive in a code block is an example
	}
	for k, w := range want {
		if got.suppressed[k] != w {
			t.Errorf("%s: suppressed %q, want %q", k, got.suppressed[k], w)
		}
	}
	if len(got.problems) != 0 {
		t.Errorf("unexpected problems %v", got.problems)
	}
}

func TestFaultyDirectives(t *testing.T) {
	text := `<!-- complaintlint-disable-next-line rule-a -->
1. One.

<!-- complaintlint-disable-next-line rule-a --   -->
2. Two.

<!-- complaintlint-disable-next-line rule-z, rule-a -- typo in one id -->
3. Three.

<!-- complaintlint-disable -- no rules -->
4. Four.

<!-- complaintlint-ignore rule-a -- wrong verb -->
5. Five.
`
	d := doc(t, "c.md", text)
	fs := []lint.Finding{at(t, d, "rule-a", "One."), at(t, d, "rule-a", "Two."), at(t, d, "rule-a", "Three."), at(t, d, "rule-a", "Four."), at(t, d, "rule-a", "Five.")}
	got := apply(t, d, fs, nil)
	for k, w := range map[string]string{
		"rule-a One.": "", "rule-a Two.": "", "rule-a Three.": "inline: typo in one id", "rule-a Four.": "", "rule-a Five.": "",
	} {
		if got.suppressed[k] != w {
			t.Errorf("%s: suppressed %q, want %q", k, got.suppressed[k], w)
		}
	}
	wantProblems := []string{
		"suppression-reason-missing: <!-- complaintlint-disable-next-line rule-a -->",
		"suppression-reason-missing: <!-- complaintlint-disable-next-line rule-a --   -->",
		"suppression-unknown-rule: <!-- complaintlint-disable-next-line rule-z, rule-a -- typo in one id -->",
		"suppression-malformed: <!-- complaintlint-disable -- no rules -->",
		"suppression-malformed: <!-- complaintlint-ignore rule-a -- wrong verb -->",
	}
	if strings.Join(got.problems, "\n") != strings.Join(wantProblems, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got.problems, "\n"), strings.Join(wantProblems, "\n"))
	}
}

// Stacked directives each reach the first line of text below them.
func TestStackedDirectives(t *testing.T) {
	d := doc(t, "c.md", "<!-- complaintlint-disable-next-line rule-a -- one -->\n<!-- complaintlint-disable-next-line rule-b -- two -->\n\n1. Text.\n")
	got := apply(t, d, []lint.Finding{at(t, d, "rule-a", "Text."), at(t, d, "rule-b", "Text.")}, nil)
	if got.suppressed["rule-a Text."] != "inline: one" || got.suppressed["rule-b Text."] != "inline: two" {
		t.Errorf("%v", got.suppressed)
	}
}

// In plain text a directive would be printed in the filing: it is reported
// and not honoured.
func TestDirectiveInPlainText(t *testing.T) {
	d := doc(t, "c.txt", "<!-- complaintlint-disable-next-line rule-a -- reason -->\n1. Text.\n")
	got := apply(t, d, []lint.Finding{at(t, d, "rule-a", "Text.")}, nil)
	if got.suppressed["rule-a Text."] != "" {
		t.Error("a directive in a .txt file was honoured")
	}
	if len(got.problems) != 1 || !strings.HasPrefix(got.problems[0], "suppression-malformed: complaintlint-disable-next-line") {
		t.Errorf("problems %v", got.problems)
	}
}

func TestConfigEntries(t *testing.T) {
	d := doc(t, "dir/c.txt", "1. Defendant copied the Module. It sold copies, as Exhibit “D” shows.\n\n2. Defendant copied the Module again.\n")
	fs := []lint.Finding{
		at(t, d, "rule-a", "It sold copies"),
		at(t, d, "rule-a", "Defendant copied the Module again."),
		at(t, d, "rule-b", "Defendant copied the Module again."),
	}
	onlyDir := func(p string) bool { return strings.HasPrefix(p, "dir/") }
	got := apply(t, d, fs, []Entry{
		{Rule: "rule-a", Reason: "Exhibit D covers it", Text: `exhibit   "d"`, Applies: onlyDir},
		{Rule: "rule-b", Reason: "elsewhere only", Applies: func(string) bool { return false }},
	})
	for k, w := range map[string]string{
		"rule-a It sold copies":                     "config: Exhibit D covers it", // anchor in its sentence, case and quotes folded
		"rule-a Defendant copied the Module again.": "",                            // anchor text absent
		"rule-b Defendant copied the Module again.": "",                            // another file's entry
	} {
		if got.suppressed[k] != w {
			t.Errorf("%s: suppressed %q, want %q", k, got.suppressed[k], w)
		}
	}
}
