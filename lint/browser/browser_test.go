package browser

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
	"github.com/complaintlint/complaintlint/lint/report"
	"github.com/complaintlint/complaintlint/lint/runopts"
)

const complaint = "../../testdata/complaints/liveperson-fac.txt"

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type jsonFinding struct {
	Rule  string `json:"rule"`
	Start struct {
		Line, Column int
	} `json:"start"`
	Suppressed any `json:"suppressed"`
}

type jsonDoc struct {
	Files []struct {
		Path     string        `json:"path"`
		Findings []jsonFinding `json:"findings"`
		Errors   []string      `json:"errors"`
	} `json:"files"`
}

func decode(t *testing.T, s string) jsonDoc {
	t.Helper()
	var d jsonDoc
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	return d
}

// cliJSON is the JSON document the command line writes for the file at
// path given no flags: the file read from disk by path, the defaults the
// flags start from.
func cliJSON(t *testing.T, path string) string {
	t.Helper()
	opts, err := runopts.Defaults().Options()
	if err != nil {
		t.Fatal(err)
	}
	res := driver.Run([]driver.Target{{Path: path}}, opts)
	var b strings.Builder
	if err := (report.JSON{Tool: report.Tool{Version: Version}, Indent: true}).Report(&b, res); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestReportsIsTheCommandLinesJSON(t *testing.T) {
	c, err := Choices(nil)
	if err != nil {
		t.Fatal(err)
	}
	linted, err := Lint(read(t, complaint), complaint, c, []string{"json", "sarif"})
	if err != nil {
		t.Fatal(err)
	}
	out := linted.Reports
	want := cliJSON(t, complaint)
	if out["json"] != want {
		t.Errorf("JSON differs from the command line's for the same file:\n got %.400s\nwant %.400s", out["json"], want)
	}
	n := len(decode(t, want).Files[0].Findings)
	if n == 0 {
		t.Fatal("the reconstruction has findings; the comparison above would be empty")
	}
	var sarif struct {
		Runs []struct{ Results []any } `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out["sarif"]), &sarif); err != nil || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != n {
		t.Errorf("SARIF: %v, want one run with %d results", err, n)
	}
	if _, err := Lint(read(t, complaint), complaint, c, []string{"html"}); err == nil || !strings.Contains(err.Error(), `unknown format "html"`) {
		t.Errorf("the HTML report is asked for: %v, want an unknown format", err)
	}
}

type jsonSpan struct {
	Span  struct{ Start, End int } `json:"span"`
	Start struct {
		Line, Column int
	} `json:"start"`
}

// TestSourceIsWhatThePositionsIndex: the text handed to the page is the
// one the JSON's byte spans and lines index, for plain text, Markdown and a
// .docx (whose text is its paragraphs, one a line), so the page can lay the
// complaint out from the JSON and it alone.
func TestSourceIsWhatThePositionsIndex(t *testing.T) {
	text := read(t, complaint)
	docx, err := linttest.DocxOfText(string(text))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := Choices(nil)
	for _, f := range []struct {
		name string
		data []byte
	}{{"draft.txt", text}, {"draft.docx", docx}, {"draft.md", read(t, "../../testdata/complaints/sample-complaint.md")}} {
		linted, err := Lint(f.data, f.name, c, []string{"json"})
		if err != nil {
			t.Fatal(err)
		}
		src, err := input.Read(f.name, f.data, "")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(linted.Source, src.Src) {
			t.Errorf("%s: the source is not the text the reader reads", f.name)
		}
		var doc struct {
			Files []struct {
				Findings []jsonSpan `json:"findings"`
			} `json:"files"`
		}
		if err := json.Unmarshal([]byte(linted.Reports["json"]), &doc); err != nil {
			t.Fatal(err)
		}
		fs := doc.Files[0].Findings
		if len(fs) == 0 {
			t.Fatalf("%s: no findings to place", f.name)
		}
		for _, fd := range fs {
			if fd.Span.Start < 0 || fd.Span.End > len(linted.Source) || fd.Span.Start > fd.Span.End {
				t.Fatalf("%s: span %v outside the source (%d bytes)", f.name, fd.Span, len(linted.Source))
			}
			if line := 1 + bytes.Count(linted.Source[:fd.Span.Start], []byte("\n")); line != fd.Start.Line {
				t.Errorf("%s: span starting at byte %d is on line %d of the source; the JSON says %d", f.name, fd.Span.Start, line, fd.Start.Line)
			}
		}
	}
	if _, err := Lint([]byte("PK\x03\x04 not a Word file"), "bad.docx", c, []string{"json"}); err == nil {
		t.Error("a corrupt .docx was linted")
	}
}

func TestChoicesAreTheCommandLinesFlags(t *testing.T) {
	data := read(t, complaint)
	all := decode(t, cliJSON(t, complaint)).Files[0].Findings
	rule := all[0].Rule
	c, err := Choices(map[string]any{"enable": []any{rule}, "circuit": "9", "state": "CA", "maxFindings": float64(0), "minSeverity": "info"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Circuit != "9" || c.State != "CA" || c.MaxFindings != 0 || len(c.Enable) != 1 {
		t.Errorf("choices %+v", c)
	}
	c.Circuit, c.State = runopts.Defaults().Circuit, runopts.Defaults().State
	out, err := Lint(data, "draft.txt", c, []string{"json"})
	if err != nil {
		t.Fatal(err)
	}
	got := decode(t, out.Reports["json"]).Files[0]
	if got.Path != "draft.txt" {
		t.Errorf("path %q, want the name the page gave", got.Path)
	}
	if len(got.Findings) == 0 {
		t.Fatalf("enable %s: no findings", rule)
	}
	for _, f := range got.Findings {
		if f.Rule != rule {
			t.Errorf("enable %s reported %s", rule, f.Rule)
		}
	}
	// A comma-separated string works as the flag does.
	if c, err := Choices(map[string]any{"disable": rule + ",x"}); err != nil || len(c.Disable) != 2 {
		t.Errorf("disable as a string: %v %v", c.Disable, err)
	}

	for _, tc := range []struct {
		opts map[string]any
		want string
	}{
		{map[string]any{"colour": "red"}, `complaintlint: unknown option "colour"`},
		{map[string]any{"circuit": float64(9)}, "complaintlint: option circuit: want a string"},
		{map[string]any{"maxFindings": float64(-1)}, "complaintlint: option maxFindings: want a whole number"},
		{map[string]any{"enable": true}, "complaintlint: option enable: want an array"},
	} {
		if _, err := Choices(tc.opts); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Choices(%v) = %v, want %q…", tc.opts, err, tc.want)
		}
	}
	// Values are checked as the flags are, with the flags' messages.
	c, _ = Choices(map[string]any{"enable": []any{"no-such-rule"}})
	if _, err := Lint(data, "draft.txt", c, []string{"json"}); err == nil || err.Error() != `complaintlint: --enable: unknown rule "no-such-rule" (complaintlint rules lists them)` {
		t.Errorf("unknown rule: %v", err)
	}
	c, _ = Choices(nil)
	if _, err := Lint(data, "draft.txt", c, []string{"yaml"}); err == nil || !strings.Contains(err.Error(), `unknown format "yaml"`) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestBadInputGetsTheCommandLinesError(t *testing.T) {
	if err := CheckSize("big.docx", MaxFileSize); err != nil {
		t.Errorf("a file of exactly the limit is refused: %v", err)
	}
	want := "big.docx: error: " + input.ErrTooLarge.Error()
	if err := CheckSize("big.docx", MaxFileSize+1); err == nil || err.Error() != want {
		t.Errorf("CheckSize past the limit = %v, want %q", err, want)
	}
	c, _ := Choices(nil)
	if _, err := Lint(make([]byte, MaxFileSize+1), "big.docx", c, []string{"json"}); err == nil || err.Error() != want {
		t.Errorf("Reports past the limit = %v, want %q", err, want)
	}
	// A corrupt .docx: the reader's error after the name, on one line, as
	// the command line prints it for the same bytes.
	corrupt := []byte("PK\x03\x04 this is not a Word file")
	_, err := Lint(corrupt, "draft.docx", c, []string{"json"})
	_, readErr := input.Read("draft.docx", corrupt, "")
	if readErr == nil {
		t.Fatal("the reader accepts the corrupt file")
	}
	if want := "draft.docx: error: " + readErr.Error(); err == nil || err.Error() != want {
		t.Errorf("corrupt .docx: %v, want %q", err, want)
	}
	if err != nil && strings.Contains(err.Error(), "\n") {
		t.Errorf("the error is not one line: %q", err)
	}
	if _, _, err := Review(corrupt, "draft.docx", c, time.Time{}); err == nil || !strings.HasPrefix(err.Error(), "complaintlint annotate: draft.docx: ") {
		t.Errorf("Review of a corrupt .docx: %v", err)
	}
	if _, _, err := Review(read(t, complaint), "draft.txt", c, time.Time{}); err == nil || !strings.Contains(err.Error(), "reads only .docx files") {
		t.Errorf("Review of a text file: %v", err)
	}
}

func TestReviewCommentsEveryFinding(t *testing.T) {
	docx, err := linttest.DocxOfText(string(read(t, complaint)))
	if err != nil {
		t.Fatal(err)
	}
	original := bytes.Clone(docx)
	c, _ := Choices(nil)
	out, err := Lint(docx, "draft.docx", c, []string{"json"})
	if err != nil {
		t.Fatal(err)
	}
	var want []jsonFinding
	for _, f := range decode(t, out.Reports["json"]).Files[0].Findings {
		if f.Suppressed == nil {
			want = append(want, f)
		}
	}
	if len(want) == 0 {
		t.Fatal("no findings in the .docx reconstruction")
	}
	reviewed, n, err := Review(docx, "draft.docx", c, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if n != len(want) {
		t.Errorf("%d comments, want one per finding (%d)", n, len(want))
	}
	zr, err := zip.NewReader(bytes.NewReader(reviewed), int64(len(reviewed)))
	if err != nil {
		t.Fatal(err)
	}
	var comments string
	for _, f := range zr.File {
		if f.Name == "word/comments.xml" {
			rc, _ := f.Open()
			var b bytes.Buffer
			_, _ = b.ReadFrom(rc)
			rc.Close()
			comments = b.String()
		}
	}
	if got := strings.Count(comments, `w:author="complaintlint"`); got != len(want) {
		t.Errorf("word/comments.xml has %d complaintlint comments, want %d", got, len(want))
	}
	for _, f := range want {
		if !strings.Contains(comments, "["+f.Rule+"]") {
			t.Errorf("no comment names %s", f.Rule)
		}
	}
	// The copy reads as the original does; the original is untouched.
	a, _ := input.Read("a.docx", docx, "")
	b, _ := input.Read("b.docx", reviewed, "")
	if !bytes.Equal(a.Text, b.Text) {
		t.Error("the reviewed copy reads differently from the original")
	}
	if !bytes.Equal(original, docx) {
		t.Error("the input's bytes changed")
	}
}

// The WebAssembly program links only the engine: the parts that need a
// terminal, a file system or other programs are not in it.
func TestWebAssemblyBuildLeavesOutTheCommandLinesParts(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	cmd := exec.Command(gobin, "list", "-deps", "../../cmd/complaintlint-wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["github.com/complaintlint/complaintlint/lint/browser"] || !deps["github.com/complaintlint/complaintlint/checks"] {
		t.Fatalf("the program does not link the engine:\n%s", out)
	}
	for _, p := range []string{
		"github.com/complaintlint/complaintlint/cmd/complaintlint", // hook installer, flags
		"github.com/complaintlint/complaintlint/lint/lsp",
		"github.com/complaintlint/complaintlint/lint/gitdiff",
		"github.com/complaintlint/complaintlint/lint/config", // finds files up the tree
		"os/exec",
		"net/http",
		// The HTML report's templates: reflection over method names keeps
		// every exported method of the program alive, megabytes of it.
		"html/template",
		"text/template",
	} {
		if deps[p] {
			t.Errorf("the WebAssembly program links %s", p)
		}
	}
}
