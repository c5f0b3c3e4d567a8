package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// layoutPairs are fixtures written twice, the same complaint in two
// layouts: paragraph numbers printed inline ("5. Summit realleges ...") and
// the numbers standing alone on the line above the text, as a Word export
// leaves them ("5.", a blank line, "Summit realleges ...").
var layoutPairs = []struct{ inline, other string }{
	{
		"rules/pleading-shotgun-incorporation/bad-explicit-range-into-counts.txt",
		"rules/pleading-shotgun-incorporation/bad-lone-paragraph-numbers.txt",
	},
}

// layoutFinding is a finding with its positions replaced by the text they
// point at, which is the same in both layouts when the paragraphs are read
// the same.
type layoutFinding struct {
	Rule, Severity, Message, Count string
	Allegation                     int
	Text                           string
	Related                        []string
}

// TestLayoutsAgree checks that a complaint whose paragraph numbers stand
// alone on their lines gets the findings it gets with the numbers inline:
// the same rules, messages, paragraph numbers, and spans over the same
// words.
func TestLayoutsAgree(t *testing.T) {
	for _, p := range layoutPairs {
		want := layoutFindings(t, p.inline)
		got := layoutFindings(t, p.other)
		if len(want) == 0 {
			t.Fatalf("%s: no findings; the pair checks nothing", p.inline)
		}
		w, _ := json.MarshalIndent(want, "", " ")
		g, _ := json.MarshalIndent(got, "", " ")
		if !bytes.Equal(w, g) {
			t.Errorf("%s reads differently from %s:\n%s", p.other, p.inline, lineDiff(string(w), string(g)))
		}
	}
}

func layoutFindings(t *testing.T, rel string) []layoutFinding {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	fx, err := linttest.Parse(src)
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	path := filepath.Join(t.TempDir(), filepath.Base(rel))
	if err := os.WriteFile(path, fx.Text, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"--format", "json", path}, strings.NewReader(""), &out, &errb); code == 2 {
		t.Fatalf("%s: exit 2: %s", rel, errb.String())
	}
	type span struct{ Start, End int }
	var doc struct {
		Files []struct {
			Findings []struct {
				Rule, Severity, Message, Count string
				Allegation                     int
				Span                           span
				Related                        []struct {
					Message string
					Span    span
				}
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Files) != 1 {
		t.Fatalf("%s: output is not one file's JSON: %v", rel, err)
	}
	text := string(fx.Text)
	at := func(s span) string {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s: span %v outside the text", rel, s)
		}
		return text[s.Start:s.End]
	}
	var fs []layoutFinding
	for _, f := range doc.Files[0].Findings {
		lf := layoutFinding{Rule: f.Rule, Severity: f.Severity, Message: f.Message, Count: f.Count, Allegation: f.Allegation, Text: at(f.Span)}
		for _, r := range f.Related {
			lf.Related = append(lf.Related, r.Message+": "+at(r.Span))
		}
		fs = append(fs, lf)
	}
	return fs
}
