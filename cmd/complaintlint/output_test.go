package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseFormats(t *testing.T) {
	cases := []struct {
		in      []string
		ghenv   string
		want    []output
		wantErr string
	}{
		{nil, "", []output{{name: "text"}}, ""},
		{nil, "true", []output{{name: "github"}}, ""},
		{[]string{"line"}, "true", []output{{name: "line"}}, ""},
		{[]string{"sarif=out.sarif", "text"}, "", []output{{name: "sarif", path: "out.sarif"}, {name: "text"}}, ""},
		{[]string{" JSON =r.json"}, "", []output{{name: "json", path: "r.json"}}, ""},
		{[]string{"checkstyle=a.xml", "github=b.txt", "line"}, "", []output{{name: "checkstyle", path: "a.xml"}, {name: "github", path: "b.txt"}, {name: "line"}}, ""},
		{[]string{"json", "sarif"}, "", nil, "only one --format can write to standard output"},
		{[]string{"yaml"}, "", nil, `unknown format "yaml" (want checkstyle, github, html, json, line, sarif, text)`},
		{[]string{"html=r.html"}, "", []output{{name: "html", path: "r.html"}}, ""},
		{[]string{"json="}, "", nil, "needs a file name"},
	}
	defer func(e func(string) string) { env = e }(env)
	for _, tc := range cases {
		env = func(k string) string {
			if k == "GITHUB_ACTIONS" {
				return tc.ghenv
			}
			return ""
		}
		got, err := parseFormats(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: error %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: %+v, want %+v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: %+v, want %+v", tc.in, got, tc.want)
			}
		}
	}
}

// fakeTerminals makes the CLI treat stdout and stderr as terminals.
func fakeTerminals(t *testing.T, stdout, stderr bool) {
	oldOut, oldErr := stdoutIsTerminal, stderrIsTerminal
	stdoutIsTerminal = func(io.Writer) bool { return stdout }
	stderrIsTerminal = func(io.Writer) bool { return stderr }
	t.Cleanup(func() { stdoutIsTerminal, stderrIsTerminal = oldOut, oldErr })
}

func flawedFiles(t *testing.T, n int) []string {
	dir := t.TempDir()
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, "c"+string(rune('a'+i))+".txt")
		os.WriteFile(p, []byte("COUNT I\nCOPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n1. Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1.\n"), 0o644)
		paths = append(paths, p)
	}
	return paths
}

// Progress is shown on a terminal's stderr, rewritten in place, and erased
// before the report; never when stderr is not a terminal.
func TestProgress(t *testing.T) {
	paths := flawedFiles(t, 3)
	fakeTerminals(t, false, true)
	var out, errb bytes.Buffer
	run(append([]string{"-f", "line", "-j", "1"}, paths...), nil, &out, &errb)
	e := errb.String()
	for _, want := range []string{"\rcomplaintlint: linted 1/3 files", "\rcomplaintlint: linted 3/3 files", "\r\x1b[K"} {
		if !strings.Contains(e, want) {
			t.Errorf("stderr %q lacks %q", e, want)
		}
	}
	if !strings.HasSuffix(e, "\r\x1b[K") {
		t.Errorf("the progress line is not erased at the end: %q", e)
	}
	if strings.Contains(out.String(), "linted") {
		t.Error("progress leaked into stdout")
	}

	fakeTerminals(t, false, false)
	errb.Reset()
	run(append([]string{"-f", "line"}, paths...), nil, &out, &errb)
	if errb.Len() != 0 {
		t.Errorf("progress on a non-terminal stderr: %q", errb.String())
	}

	// One file is not a long run.
	fakeTerminals(t, false, true)
	errb.Reset()
	run([]string{"-f", "line", paths[0]}, nil, &out, &errb)
	if errb.Len() != 0 {
		t.Errorf("progress for a single file: %q", errb.String())
	}
}

// On a terminal, colour is on unless NO_COLOR is set or --color never.
func TestColorOnTerminal(t *testing.T) {
	paths := flawedFiles(t, 1)
	fakeTerminals(t, true, false)
	defer func(e func(string) string) { env = e }(env)
	for _, tc := range []struct {
		noColor string
		flag    string
		want    bool
	}{
		{"", "auto", true},
		{"1", "auto", false},
		{"1", "always", true},
		{"", "never", false},
	} {
		env = func(k string) string {
			if k == "NO_COLOR" {
				return tc.noColor
			}
			return ""
		}
		var out, errb bytes.Buffer
		run([]string{"--color", tc.flag, paths[0]}, nil, &out, &errb)
		if got := strings.Contains(out.String(), "\x1b["); got != tc.want {
			t.Errorf("NO_COLOR=%q --color %s: coloured %v, want %v", tc.noColor, tc.flag, got, tc.want)
		}
	}
}

// While a file's report is written to the terminal the progress line is
// erased and not drawn; it comes back after, until the last file.
func TestProgressHeldWhileWriting(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, 3)
	p.tick()
	p.hold()
	if !strings.HasSuffix(b.String(), "\r\x1b[K") {
		t.Fatalf("line not erased on hold: %q", b.String())
	}
	n := b.Len()
	p.tick() // another worker finishes a file meanwhile
	if b.Len() != n {
		t.Errorf("drawn while held: %q", b.String()[n:])
	}
	p.release()
	if got := b.String()[n:]; got != "\rcomplaintlint: linted 2/3 files" {
		t.Errorf("after release %q", got)
	}
}
