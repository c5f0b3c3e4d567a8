package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
)

func TestJSONDocument(t *testing.T) {
	var buf bytes.Buffer
	results := sampleResults(t)
	if err := (JSON{Tool: tool}).Report(&buf, results); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version int
		Tool    Tool
		Files   []struct {
			Path   string
			Format string
			Counts []struct {
				Name    string
				Claims  []string
				Heading struct{ Line int }
			}
			Findings []struct {
				Rule       string
				Severity   string
				Allegation int
				Span       struct{ Start, End int }
				Start, End struct{ Line, Column int }
				Related    []struct {
					Message string
					Start   struct{ Line int }
				}
				Suppressed *struct{ Kind, Justification string }
			}
			Errors []string
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != 1 || doc.Tool.Version != "1.2.3-test" || len(doc.Files) != 3 {
		t.Fatalf("version %d, tool %+v, %d files", doc.Version, doc.Tool, len(doc.Files))
	}
	md := doc.Files[0]
	if md.Format != "markdown" || len(md.Counts) != 1 || md.Counts[0].Claims[0] != "copyright" || md.Counts[0].Heading.Line != 7 {
		t.Errorf("markdown file: format %q, counts %+v", md.Format, md.Counts)
	}
	// Byte offsets and printed positions agree with the document.
	r := &results[0]
	for i, f := range md.Findings {
		want := r.Findings[i]
		if f.Span.Start != want.Span.Start || f.Span.End != want.Span.End {
			t.Errorf("finding %d span %+v, want %+v", i, f.Span, want.Span)
		}
		if p := r.Start(want); f.Start.Line != p.Line || f.Start.Column != p.Column {
			t.Errorf("finding %d start %+v, want %d:%d", i, f.Start, p.Line, p.Column)
		}
		if (f.Suppressed != nil) != (want.Suppressed != nil) {
			t.Errorf("finding %d suppressed %v, want %v", i, f.Suppressed, want.Suppressed)
		}
	}
	// Sorted by position, rule, then message: the unsuppressed count finding is last.
	if got := md.Findings[4]; got.Rule != "fake-period-missing" || got.Allegation != 4 || len(got.Related) != 1 || got.Related[0].Start.Line != 7 {
		t.Errorf("count finding %+v", got)
	}
	if e := doc.Files[1].Errors; len(e) != 1 || e[0] != "no such file or directory" {
		t.Errorf("missing file errors %v", e)
	}
	if !strings.Contains(buf.String(), "<see Exhibit A> & more") {
		t.Error("JSON escapes <, > and & in messages; they should stay readable")
	}
}

// reCommand parses one workflow command line.
var reCommand = regexp.MustCompile(`^::(error|warning|notice) ([^:]*)::(.*)$`)

func unescapeProperty(s string) string {
	return strings.NewReplacer("%2C", ",", "%3A", ":", "%0A", "\n", "%0D", "\r", "%25", "%").Replace(s)
}

func TestGitHubEscaping(t *testing.T) {
	for _, s := range []string{"plain", "50% off", "a,b:c", "two\nlines\r\n", "%0A literally", "§ 1030 — “quoted”"} {
		d, p := escapeData(s), escapeProperty(s)
		if strings.ContainsAny(d, "\r\n") || strings.ContainsAny(p, "\r\n,:") {
			t.Errorf("escape(%q) left a special character: data %q, property %q", s, d, p)
		}
		if got := unescapeProperty(p); got != s {
			t.Errorf("property %q does not round-trip: %q", s, got)
		}
	}
}

func TestGitHubOrderAndProperties(t *testing.T) {
	var buf bytes.Buffer
	if err := (GitHub{}).Report(&buf, sampleResults(t)); err != nil {
		t.Fatal(err)
	}
	rank := map[string]int{"error": 0, "warning": 1, "notice": 2}
	last := 0
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	for _, ln := range lines {
		m := reCommand.FindStringSubmatch(ln)
		if m == nil {
			t.Fatalf("not a workflow command: %q", ln)
		}
		if rank[m[1]] < last {
			t.Errorf("%s after a less serious annotation", m[1])
		}
		last = rank[m[1]]
		props := map[string]string{}
		for _, kv := range strings.Split(m[2], ",") {
			k, v, _ := strings.Cut(kv, "=")
			props[k] = unescapeProperty(v)
		}
		if props["file"] == "" || props["title"] == "" {
			t.Errorf("missing file or title in %q", ln)
		}
		if strings.HasPrefix(props["file"], "complaints/") && props["file"] != "complaints/acme v. widget,co:1.md" {
			t.Errorf("file property %q does not round-trip", props["file"])
		}
	}
	if len(lines) != 6 {
		t.Errorf("%d commands, want 6 (2 file errors, 2 errors, 1 warning, 1 notice; suppressed left out)", len(lines))
	}
}

// Past GitHub's per-step limit a closing line says what only the log has.
func TestGitHubLimitSummary(t *testing.T) {
	doc := build(t, "c.txt", sampleText)
	var fs []lint.Finding
	for i := 0; i < 12; i++ {
		fs = append(fs, lint.Finding{Rule: "e", Severity: lint.Error, Span: lint.Span{Start: i, End: i + 1}, Message: fmt.Sprint("e", i)})
	}
	for i := 0; i < 3; i++ {
		fs = append(fs, lint.Finding{Rule: "w", Severity: lint.Warning, Span: lint.Span{Start: i, End: i + 1}, Message: "w"})
	}
	var buf bytes.Buffer
	if err := (GitHub{}).Report(&buf, []lint.FileResult{{Path: "c.txt", Doc: doc, Findings: fs}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	last := lines[len(lines)-1]
	want := "complaintlint: 12 errors, 3 warnings and 0 notices; GitHub shows at most 10 annotations of each kind per step (50 per job), so 2 errors appear only in this log."
	if last != want {
		t.Errorf("summary %q, want %q", last, want)
	}
	buf.Reset()
	if err := (GitHub{}).Report(&buf, []lint.FileResult{{Path: "c.txt", Doc: doc, Findings: fs[:10]}}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "appear only in this log") {
		t.Error("summary printed within the limit")
	}
}

func TestCheckstyleParses(t *testing.T) {
	var buf bytes.Buffer
	if err := (Checkstyle{}).Report(&buf, sampleResults(t)); err != nil {
		t.Fatal(err)
	}
	var root struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &root); err != nil {
		t.Fatal(err)
	}
	if len(root.Files) != 3 || root.Files[0].Name != "complaints/acme v. widget,co:1.md" {
		t.Fatalf("files %+v", root.Files)
	}
	errs := root.Files[0].Errors
	if len(errs) != 3 {
		t.Fatalf("%d errors in the first file, want 3 (suppressed left out)", len(errs))
	}
	if e := errs[1]; e.Message != "Quote the ad in context: 50% of what, measured how? <see Exhibit A> & more" || e.Line != 5 || e.Column != 58 || e.Severity != "warning" || e.Source != "complaintlint.fake-ad-context" {
		t.Errorf("error %+v", e)
	}
}

func TestGitHubRelativePaths(t *testing.T) {
	g := GitHub{BaseDir: "/home/runner/work/repo"}
	for in, want := range map[string]string{
		"/home/runner/work/repo/complaints/a.md": "complaints/a.md",
		"./complaints/a.md":                      "complaints/a.md",
		"/tmp/a.md":                              "/tmp/a.md",
		"/home/runner/work/repo2/a.md":           "/home/runner/work/repo2/a.md",
	} {
		if got := g.path(in); got != want {
			t.Errorf("path(%q) = %q, want %q", in, got, want)
		}
	}
}
