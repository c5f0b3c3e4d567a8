package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fixtures are captioned in S.D.N.Y., so the Second Circuit profile
// applies (an uncaptioned draft is read with circuit-neutral authority).
const flawed = `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

FACTUAL ALLEGATIONS

1. Plaintiff Acme, Inc. (“Acme”) is a Delaware corporation.

COUNT I
COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)

2. Acme repeats and realleges paragraph 1.

3. Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1, and sold copies of it.
`

const clean = `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

FACTUAL ALLEGATIONS

1. Plaintiff Acme, Inc. (“Acme”) is a Delaware corporation.

COUNT I
COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)

2. Acme repeats and realleges paragraph 1.

3. From March 2012 through the present, Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1, and sold copies of it.
`

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "flawed.txt", []byte(flawed))
	good := write(t, dir, "clean.txt", []byte(clean))

	// A clean file exits 0; its only line is the forum notice.
	if code, out, _ := runCLI(t, "", "-f", "line", good); code != exitClean || strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "[forum-assumed]\n") {
		t.Errorf("clean file: exit %d, output %q", code, out)
	}
	code, out, _ := runCLI(t, "", "-f", "line", bad)
	if code != exitFindings {
		t.Errorf("flawed file: exit %d, want %d", code, exitFindings)
	}
	want := bad + ":13:4: error: This copyright count never says when"
	if !strings.Contains(out, want) || !strings.HasSuffix(strings.TrimSpace(out), "[copyright-infringement-period-missing]") {
		t.Errorf("line output %q, want prefix %q", out, want)
	}
	if code, _, _ := runCLI(t, "", "--fail-on", "none", bad); code != exitClean {
		t.Errorf("--fail-on none: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "--min-severity", "warning", "--fail-on", "warning", bad); code != exitFindings {
		t.Errorf("--fail-on warning with an error: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "--disable", "copyright-infringement-period-missing", bad); code != exitClean {
		t.Errorf("--disable: exit %d", code)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "flawed.txt", []byte(flawed))
	empty := write(t, dir, "empty.txt", nil)
	binary := write(t, dir, "binary.txt", []byte("PK\x00\x01\x02binary\x00data"))
	invalid := write(t, dir, "latin1.txt", []byte("COUNT I\nCaf\xe9 au lait\n"))
	emptyDir := filepath.Join(dir, "nothing-here")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, emptyDir, "notes.pdf", []byte("%PDF-1.4"))
	missing := filepath.Join(dir, "no-such-file.txt")

	code, out, errOut := runCLI(t, "", "-f", "line", empty, binary, good, invalid, emptyDir, missing)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	for _, want := range []string{
		empty + ": error: file is empty",
		binary + ": error: file looks binary",
		invalid + ": error: file is not valid UTF-8 (first bad byte at line 2",
		emptyDir + ": error: directory has no .txt, .md or .docx files to lint",
		missing + ": error: no such file or directory",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("standard error lacks %q:\n%s", want, errOut)
		}
		if strings.Contains(out, want) {
			t.Errorf("standard output holds the error %q:\n%s", want, out)
		}
	}
	// The good file among the bad ones is still linted, and is all
	// standard output holds: its forum notice and its finding.
	if !strings.Contains(out, good+":13:4: error:") || strings.Count(out, "\n") != 2 || !strings.HasPrefix(out, good+":1:1: info: Forum: ") {
		t.Errorf("the readable file was not linted:\n%s", out)
	}
	// Each error is one line.
	for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
		if !strings.Contains(l, ": error: ") {
			t.Errorf("unexpected line %q", l)
		}
	}
}

func TestErrorsOnStderrForMachineFormats(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "gone.txt")
	report := filepath.Join(dir, "out.txt")
	code, out, errOut := runCLI(t, "", "-f", "line="+report, missing)
	if code != exitError || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errOut, "gone.txt: error: no such file or directory") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("stderr %q, want one line naming the file", errOut)
	}
}

func TestStdin(t *testing.T) {
	code, out, _ := runCLI(t, flawed, "-f", "line", "--stdin-filename", "draft.txt", "-")
	if code != exitFindings || !strings.HasPrefix(out, "draft.txt:1:1: info: Forum: ") || !strings.Contains(out, "draft.txt:13:4:") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--format", "xml", "x.txt"},
		{"--enable", "no-such-rule", "x.txt"},
		{"--circuit", "14", "x.txt"},
		{"--fail-on", "sometimes", "x.txt"},
		{"--no-such-flag"},
		{"explain"},
		{"explain", "no-such-rule"},
		{"-f", "text", "-f", "line", "x.txt"},
	} {
		code, out, errOut := runCLI(t, "", args...)
		if code != exitError || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestColor(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "flawed.txt", []byte(flawed))
	oldEnv, oldTTY := env, stdoutIsTerminal
	defer func() { env, stdoutIsTerminal = oldEnv, oldTTY }()
	stdoutIsTerminal = func(io.Writer) bool { return true }

	vars := map[string]string{}
	env = func(k string) string { return vars[k] }
	_, out, _ := runCLI(t, "", bad)
	if !strings.Contains(out, "\x1b[") {
		t.Error("no colour on a terminal")
	}
	vars["NO_COLOR"] = "1"
	_, out, _ = runCLI(t, "", bad)
	if strings.Contains(out, "\x1b[") {
		t.Error("colour despite NO_COLOR")
	}
	_, out, _ = runCLI(t, "", "--color", "always", bad)
	if !strings.Contains(out, "\x1b[") {
		t.Error("--color always did not colour")
	}
	delete(vars, "NO_COLOR")
	stdoutIsTerminal = func(io.Writer) bool { return false }
	_, out, _ = runCLI(t, "", bad)
	if strings.Contains(out, "\x1b[") {
		t.Error("colour on a pipe")
	}
}

func TestRulesAndExplain(t *testing.T) {
	code, out, _ := runCLI(t, "", "rules")
	if code != exitClean || !strings.Contains(out, "dmca-1201-measure-unidentified") {
		t.Errorf("rules: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "", "explain", "cfaa-loss-not-system-costs")
	for _, want := range []string{"Authority", "Nexans Wires", "Insufficient pleading", "Sufficient pleading", "How to fix it"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q", want)
		}
	}
	if code != exitClean {
		t.Errorf("explain exit %d", code)
	}
}

// TestShowsChart: the run records the element chart's trace when an
// output shows the chart (JSON's elements, the HTML page, the chart
// command's text), and only then.
func TestShowsChart(t *testing.T) {
	for _, tc := range []struct {
		formats []string
		chart   bool
		want    bool
	}{
		{[]string{"line"}, false, false},
		{[]string{"text"}, false, false},
		{[]string{"text"}, true, true},
		{[]string{"sarif", "github=g.txt", "checkstyle=c.xml"}, false, false},
		{[]string{"line", "json=out.json"}, false, true},
		{[]string{"html"}, false, true},
	} {
		outputs, err := parseFormats(tc.formats)
		if err != nil {
			t.Fatal(err)
		}
		if got := showsChart(outputs, tc.chart); got != tc.want {
			t.Errorf("%v (chart command %v): shows the chart %v, want %v", tc.formats, tc.chart, got, tc.want)
		}
	}
	for name := range formatsWithoutChart {
		if _, ok := reporterNames[name]; !ok {
			t.Errorf("%q is not a format", name)
		}
	}
}
