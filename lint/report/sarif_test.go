package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/complaintlint/complaintlint/lint"
)

// sarifSchema compiles the SARIF 2.1.0 schema kept in the shared folder
// beside the repository (../shared/schemas). The schema is draft-04; the
// validator carries the draft meta-schemas itself and loads only files, so
// nothing is fetched from the network. Formats (uri, uri-reference,
// date-time) are asserted, not just annotated.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join(repoRoot(t), "..", "shared", "schemas", "sarif-schema-2.1.0.json")
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("SARIF schema not found at %s", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("file:///sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("file:///sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, data []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("not valid SARIF 2.1.0: %v", err)
	}
}

// Every SARIF golden file must be valid against the schema.
func TestSARIFGoldensAreValid(t *testing.T) {
	sch := sarifSchema(t)
	files, err := filepath.Glob(filepath.Join(repoRoot(t), "testdata", "golden", "*.sarif.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("found %d SARIF goldens, want at least 2", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			validate(t, sch, data)
		})
	}
}

// The validator must actually reject what the schema forbids, or the test
// above proves nothing.
func TestSARIFSchemaRejectsInvalid(t *testing.T) {
	sch := sarifSchema(t)
	bad := []string{
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "columnKind": "bytes"}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "informationUri": "not a uri"}}}]}`,
	}
	for _, b := range bad {
		v, _ := jsonschema.UnmarshalJSON(strings.NewReader(b))
		if err := sch.Validate(v); err == nil {
			t.Errorf("schema accepted %s", b)
		}
	}
}

func sarifOf(t *testing.T, s SARIF, results []lint.FileResult) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Report(&buf, results); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSARIFContent(t *testing.T) {
	m := sarifOf(t, SARIF{Tool: tool, Rules: sampleRules}, sampleResults(t))
	run := m["runs"].([]any)[0].(map[string]any)
	if run["columnKind"] != "unicodeCodePoints" {
		t.Errorf("columnKind = %v", run["columnKind"])
	}
	if _, ok := run["originalUriBaseIds"]; ok {
		t.Error("originalUriBaseIds written without a BaseDir")
	}
	rules := run["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any)
	results := run["results"].([]any)
	if len(results) != 6 {
		t.Fatalf("%d results, want 6 (suppressed findings included)", len(results))
	}
	suppressed := map[string]bool{}
	for _, r := range results {
		r := r.(map[string]any)
		idx := int(r["ruleIndex"].(float64))
		if id := rules[idx].(map[string]any)["id"]; id != r["ruleId"] {
			t.Errorf("ruleIndex %d is %v, result says %v", idx, id, r["ruleId"])
		}
		if s, ok := r["suppressions"]; ok {
			suppressed[s.([]any)[0].(map[string]any)["kind"].(string)] = true
		}
	}
	if !suppressed["inSource"] || !suppressed["external"] {
		t.Errorf("suppression kinds %v, want inSource and external", suppressed)
	}
	inv := run["invocations"].([]any)[0].(map[string]any)
	if inv["executionSuccessful"] != false || len(inv["toolExecutionNotifications"].([]any)) != 2 {
		t.Errorf("invocation %v, want unsuccessful with 2 notifications (a missing file, a panicking rule)", inv)
	}
}

func TestSARIFArtifactURIs(t *testing.T) {
	s := SARIF{BaseDir: "/work/src"}
	cases := map[string]sarifArtifactLoc{
		"a.md":                 {URI: "a.md", URIBaseID: SRCROOT},
		"./dir/a b#1.md":       {URI: "dir/a%20b%231.md", URIBaseID: SRCROOT},
		"c:d.md":               {URI: "c%3Ad.md", URIBaseID: SRCROOT},
		"/work/src/x/y.txt":    {URI: "x/y.txt", URIBaseID: SRCROOT},
		"/elsewhere/y.txt":     {URI: "file:///elsewhere/y.txt"},
		"/work/srcother/y.txt": {URI: "file:///work/srcother/y.txt"},
	}
	for in, want := range cases {
		if got := s.artifact(in); got != want {
			t.Errorf("artifact(%q) = %+v, want %+v", in, got, want)
		}
	}
}

// A finding keeps its fingerprint when text above it changes, and a
// different finding gets a different one.
func TestSARIFFingerprintsIgnoreMovedText(t *testing.T) {
	fp := func(text string) map[string]string {
		doc := build(t, "c.txt", text)
		sp := span(t, doc.Src, "Acme has suffered damages")
		sp.End += strings.IndexByte(doc.Src[sp.End:], '.') + 1 // the whole sentence
		m := sarifOf(t, SARIF{}, []lint.FileResult{{Path: "c.txt", Doc: doc, Findings: []lint.Finding{
			{Rule: "r", Span: sp, CountIndex: 0, Count: "Count I (CFAA)"},
		}}})
		r := m["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
		out := map[string]string{}
		for k, v := range r["partialFingerprints"].(map[string]any) {
			out[k] = v.(string)
		}
		return out
	}
	a := fp(sampleText)
	moved := strings.Replace(sampleText, "1. Defendant accessed", "1. On March 3, 2014,\nand repeatedly after that, Defendant accessed", 1)
	if b := fp(moved); b["complaintlint/v1"] != a["complaintlint/v1"] {
		t.Errorf("fingerprint changed when text above moved: %v vs %v", a, b)
	}
	changed := strings.Replace(sampleText, "determined at trial", "proven", 1)
	if c := fp(changed); c["complaintlint/v1"] == a["complaintlint/v1"] {
		t.Error("fingerprint did not change when the flagged text changed")
	}
}
