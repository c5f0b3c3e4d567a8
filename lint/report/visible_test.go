//go:build !(js && wasm)

package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint"
)

func TestVisible(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain § text “quoted”", "plain § text “quoted”"},
		{"a\x1b[31mb", `a\x1b[31mb`},
		{"title\x1b]0;pwned\x07", `title\x1b]0;pwned\x07`},
		{"two\nlines\r", `two\nlines\r`},
		{"tab\there", `tab\there`},
		{"nul\x00del\x7f", `nul\x00del\x7f`},
		{"csi\u009b31m", "csi<U+009B>31m"},
		{"abc\u202edcba\u202c", "abc<U+202E>dcba<U+202C>"},
		{"iso\u2066x\u2069 mark\u200f", "iso<U+2066>x<U+2069> mark<U+200F>"},
		{"line\u2028sep", "line<U+2028>sep"},
		{"bad\xffutf8", `bad\xffutf8`},
		{"replacement \ufffd stays", "replacement \ufffd stays"},
	}
	for _, c := range cases {
		if got := Visible(c.in); got != c.want {
			t.Errorf("Visible(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := visibleKeepTabs("a\tb\x1bc"); got != `a	b\x1bc` {
		t.Errorf("visibleKeepTabs = %q", got)
	}
}

// The caret run under a rendered source line marks the same characters as
// before rendering, whatever was expanded before or inside the span.
func TestVisibleLineKeepsCaretOnSpan(t *testing.T) {
	cases := []struct {
		line, flagged string
		wantShown     string // what the carets sit under
	}{
		{"1. Defendant copied it.", "copied", "copied"},
		{"1. \x1b]0;x\x07 Defendant copied it.", "copied", "copied"},
		{"1.\tDefendant \u202ecopied it.", "copied", "copied"},
		{"1. Defendant co\x1bpied it.", "co\x1bpied", `co\x1bpied`},
		{"1. \u2066\u2066 flagged", "flagged", "flagged"},
	}
	for _, c := range cases {
		byteAt := strings.Index(c.line, c.flagged)
		from := utf8.RuneCountInString(c.line[:byteAt])
		n := utf8.RuneCountInString(c.flagged)
		out, at, length := visibleLine(c.line, from, n)
		runes := []rune(out)
		if at < 0 || at+length > len(runes) {
			t.Errorf("%q: caret [%d,+%d) outside %q", c.line, at, length, out)
			continue
		}
		if got := string(runes[at : at+length]); got != c.wantShown {
			t.Errorf("%q: carets under %q, want %q (rendered %q)", c.line, got, c.wantShown, out)
		}
		if strings.ContainsAny(out, "\x1b\x07\t\u202e\u2066") {
			t.Errorf("%q: rendered line still holds a control character: %q", c.line, out)
		}
	}
}

// hostileResults hold control characters and bidirectional overrides in
// everything a reporter prints: the file name (with a newline that would
// forge a finding line), the complaint's text and the count heading that
// messages and summaries quote, and a file error.
func hostileResults(t *testing.T) ([]lint.FileResult, string) {
	t.Helper()
	name := "a\x1b[31mb\nforged.txt:1:1: error: fake [x]\n\u202etxt.evil"
	text := "COUNT I\nCOPYRIGHT \x1b]0;pwned\x07 INFRINGEMENT \u202e(17 U.S.C. § 501)\n\n1. Defendant \x1b[2J copied \u2066the\u2069 Module.\n"
	doc := build(t, "hostile.txt", text)
	copied := span(t, doc.Src, "copied")
	findings := []lint.Finding{{Rule: "fake-period-missing", Severity: lint.Error, Span: copied,
		Message: "The count says \"\x1b[2J copied \u2066the\u2069\" but never when.", Authority: "Kelly \u202e", Fix: "Add\x1b[0m dates.",
		Count: "Count I (COPYRIGHT \x1b]0;pwned\x07)", CountIndex: 0}}
	return []lint.FileResult{
		{Path: name, Doc: doc, Findings: findings},
		{Path: name + ".missing\x1b[1m", Err: errors.New("no such file \x1b]8;;http://x\x07 or directory")},
	}, name
}

var sgr = regexp.MustCompile("\x1b\\[[0-9;]*m")

// rawHostile reports a character that acts on a display.
func rawHostile(s string) (rune, bool) {
	for _, r := range s {
		if r == '\x1b' || r == '\x07' || r == '\r' || (r < 0x20 && r != '\n') || r == 0x7f || hidden(r) {
			return r, true
		}
	}
	return 0, false
}

func TestHumanFormatsRenderControlCharactersVisibly(t *testing.T) {
	results, _ := hostileResults(t)
	for name, rep := range map[string]Reporter{
		"text":       Text{},
		"color.text": Text{Color: true},
		"line":       Line{},
		"github":     GitHub{},
		"html":       HTML{},
	} {
		var b bytes.Buffer
		if err := rep.Report(&b, results); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := b.String()
		if name == "color.text" {
			if !sgr.MatchString(out) {
				t.Fatalf("color.text: no colour at all")
			}
			out = sgr.ReplaceAllString(out, "") // the reporter's own colours
		}
		if r, bad := rawHostile(out); bad {
			t.Errorf("%s: raw %U reaches the output:\n%s", name, r, out)
		}
		want := `a\x1b[31mb\nforged.txt:1:1: error: fake [x]\n<U+202E>txt.evil`
		switch name {
		case "github":
			want = escapeProperty(want)
		case "html":
			// html/template escapes "+" as well as "<" and ">".
			want = `a\x1b[31mb\nforged.txt:1:1: error: fake [x]\n&lt;U&#43;202E&gt;txt.evil`
		}
		if !strings.Contains(out, want) {
			t.Errorf("%s: the file name is not shown visibly:\n%s", name, out)
		}
	}
}

// One finding is one line in the line format, and one annotation in the
// GitHub format, whatever the name holds.
func TestOneFindingOneRecord(t *testing.T) {
	results, _ := hostileResults(t)
	var b bytes.Buffer
	if err := (Line{}).Report(&b, results); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("line format: %d lines for one finding and one file error:\n%s", len(lines), b.String())
	}
	finding := regexp.MustCompile(`^\S.*:(\d+):(\d+): error: .* \[fake-period-missing\]$`)
	if m := finding.FindStringSubmatch(lines[0]); m == nil || m[1] != "4" || m[2] != "19" {
		t.Errorf("line format: finding line %q (want line 4, column 19: the source's, not the rendering's)", lines[0])
	}
	if !strings.HasSuffix(lines[1], `.missing\x1b[1m: error: no such file \x1b]8;;http://x\x07 or directory`) {
		t.Errorf("line format: error line %q", lines[1])
	}

	b.Reset()
	if err := (GitHub{}).Report(&b, results); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if !strings.HasPrefix(l, "::error file=") {
			t.Errorf("github: a line that is not a workflow command: %q", l)
		}
	}
	if n := strings.Count(b.String(), "\n"); n != 2 {
		t.Errorf("github: %d lines for one finding and one file error:\n%s", n, b.String())
	}
}

// Machine formats escape by encoding: the name comes back whole from the
// parsed document, in one record.
func TestMachineFormatsKeepNamesWhole(t *testing.T) {
	results, name := hostileResults(t)
	var b bytes.Buffer
	if err := (JSON{Tool: tool}).Report(&b, results); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Files []struct {
			Path     string            `json:"path"`
			Findings []json.RawMessage `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("json: %v", err)
	}
	if len(doc.Files) != 2 || doc.Files[0].Path != name || len(doc.Files[0].Findings) != 1 {
		t.Errorf("json: files %+v", doc.Files)
	}
	if bytes.Contains(b.Bytes(), []byte("\x1b")) {
		t.Errorf("json: raw ESC in the document")
	}

	b.Reset()
	if err := (SARIF{Tool: tool, BaseDir: "/work"}).Report(&b, results); err != nil {
		t.Fatal(err)
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					Physical struct {
						Artifact struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &sarif); err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != 1 {
		t.Fatalf("sarif: %+v", sarif.Runs)
	}
	if uri := sarif.Runs[0].Results[0].Locations[0].Physical.Artifact.URI; strings.ContainsAny(uri, "\x1b\n\u202e") {
		t.Errorf("sarif: artifact URI %q holds raw control characters", uri)
	}
	if bytes.Contains(b.Bytes(), []byte("\x1b")) {
		t.Errorf("sarif: raw ESC in the document")
	}

	b.Reset()
	if err := (Checkstyle{}).Report(&b, results); err != nil {
		t.Fatal(err)
	}
	var cs struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line int `xml:"line,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal(b.Bytes(), &cs); err != nil {
		t.Fatalf("checkstyle: %v\n%s", err, b.String())
	}
	if len(cs.Files) != 2 || len(cs.Files[0].Errors) != 1 || !strings.Contains(cs.Files[0].Name, "forged.txt:1:1: error: fake [x]") {
		t.Errorf("checkstyle: %+v", cs.Files)
	}
	if bytes.Contains(b.Bytes(), []byte("\x1b")) {
		t.Errorf("checkstyle: raw ESC in the document")
	}
}

// In the text format the carets stay under the flagged words after the
// control characters before them are rendered as escapes.
func TestTextCaretUnderRenderedLine(t *testing.T) {
	results, _ := hostileResults(t)
	var b bytes.Buffer
	if err := (Text{NoSummary: true, OmitErrors: true}).Report(&b, results); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "    1. Defendant") {
			continue
		}
		src, carets := []rune(l), []rune(lines[i+1])
		from := strings.IndexRune(string(carets), '^')
		to := strings.LastIndex(string(carets), "^") + 1
		if from < 0 || to > len(src) {
			t.Fatalf("no carets under %q: %q", l, lines[i+1])
		}
		if got := string(src[from:to]); got != "copied" {
			t.Errorf("carets under %q in\n%s\n%s", got, l, lines[i+1])
		}
		if strings.Contains(b.String(), "error") && strings.Contains(b.String(), ".missing") {
			t.Errorf("OmitErrors: the file error is still printed:\n%s", b.String())
		}
		return
	}
	t.Fatalf("no source line in:\n%s", b.String())
}
