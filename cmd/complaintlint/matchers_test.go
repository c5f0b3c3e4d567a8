package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The editor integrations the README documents must read what complaintlint
// prints: the VS Code problem matcher and the Vim errorformat are taken from
// README.md verbatim, applied to real `line` output, and each location they
// yield must land on the flagged words. The `github` output must name the
// same places.

// readmeBlock returns the first fenced block of the language whose text
// contains marker.
func readmeBlock(t *testing.T, lang, marker string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?ms)^```" + lang + "\n(.*?)^```")
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		if strings.Contains(m[1], marker) {
			return m[1]
		}
	}
	t.Fatalf("README.md has no ```%s block containing %q", lang, marker)
	return ""
}

// location is what a tool understood from one output line.
type location struct {
	file      string
	line, col int
	severity  string
	message   string
}

// matcherFixture writes complaints whose findings sit after curly quotes and
// a section sign (so byte and character columns differ) in a file name
// with a space, and lints them in the line and github formats.
func matcherFixture(t *testing.T) (dir, line, github string) {
	dir = t.TempDir()
	files := map[string]string{
		"my complaint.md": "# COUNT I\n## COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n" +
			"<!-- complaintlint-disable-next-line copyright-infringement-period-missing -->\n" +
			"1. “Acme” owns it under § 5. Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1, and sold copies of it.\n",
		"other/c.txt":              "COUNT I\nCOPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n1. Defendant’s staff copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1.\n",
		"other/.complaintlint.yml": "rules:\n  severity:\n    copyright-infringement-period-missing: info\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	lint := func(format string) (string, string) {
		var out, errb bytes.Buffer
		// The fixture's drafts have no caption: the Second Circuit profile
		// is set as a user would, and the forum notice is left out so that
		// each severity appears once.
		run([]string{"--circuit", "2", "--state", "NY", "--disable", "forum-assumed", "--format", format, "my complaint.md", "other/c.txt", "missing.txt"}, nil, &out, &errb)
		return out.String(), errb.String()
	}
	// Editors read both streams (Vim's :make, VS Code's task terminal):
	// the findings on standard output, the file error on standard error.
	lineOut, lineErr := lint("line")
	githubOut, _ := lint("github")
	return dir, lineOut + lineErr, githubOut
}

// textAt is the file's text from a 1-based line and code-point column.
func textAt(t *testing.T, dir string, loc location) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, loc.file))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if loc.line < 1 || loc.line > len(lines) {
		t.Fatalf("%+v: no such line", loc)
	}
	l := lines[loc.line-1]
	if loc.col < 1 || loc.col > utf8.RuneCountInString(l)+1 {
		t.Fatalf("%+v: no such column", loc)
	}
	return string([]rune(l)[loc.col-1:])
}

// wantAt is the start of the flagged text of each finding in the fixture.
var wantAt = map[string]string{
	"suppression-reason-missing":            "<!-- complaintlint-disable-next-line",
	"copyright-infringement-period-missing": "Defendant",
}

func TestVSCodeProblemMatcher(t *testing.T) {
	var tasks struct {
		Tasks []struct {
			ProblemMatcher struct {
				Owner   string
				Pattern struct {
					Regexp                                      string
					File, Line, Column, Severity, Message, Code int
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(readmeBlock(t, "json", `"problemMatcher"`)), &tasks); err != nil {
		t.Fatalf("the README's tasks.json does not parse: %v", err)
	}
	pm := tasks.Tasks[0].ProblemMatcher
	// VS Code runs the pattern as a JavaScript regular expression; this one
	// uses only syntax Go's RE2 reads the same way.
	re, err := regexp.Compile(pm.Pattern.Regexp)
	if err != nil {
		t.Fatal(err)
	}
	dir, out, _ := matcherFixture(t)
	var got []location
	for _, ln := range strings.Split(strings.TrimSpace(out), "\n") {
		m := re.FindStringSubmatch(ln)
		if m == nil {
			if !strings.HasPrefix(ln, "missing.txt: error: ") {
				t.Errorf("the problem matcher misses %q", ln)
			}
			continue
		}
		l, _ := strconv.Atoi(m[pm.Pattern.Line])
		c, _ := strconv.Atoi(m[pm.Pattern.Column])
		loc := location{file: m[pm.Pattern.File], line: l, col: c, severity: m[pm.Pattern.Severity], message: m[pm.Pattern.Message]}
		got = append(got, loc)
		if at := textAt(t, dir, loc); !strings.HasPrefix(at, wantAt[m[pm.Pattern.Code]]) {
			t.Errorf("%s: lands on %q, want %q", ln, at, wantAt[m[pm.Pattern.Code]])
		}
	}
	if len(got) != 3 {
		t.Fatalf("matched %d findings, want 3:\n%s", len(got), out)
	}
	sev := map[string]bool{}
	for _, g := range got {
		sev[g.severity] = true
	}
	if !sev["error"] || !sev["warning"] || !sev["info"] {
		t.Errorf("severities %v, want all three", sev)
	}
}

func TestVimErrorformat(t *testing.T) {
	vim, err := exec.LookPath("nvim")
	if err != nil {
		if vim, err = exec.LookPath("vim"); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatal("neither nvim nor vim is installed; CI must install neovim")
			}
			t.Skip("neither nvim nor vim is installed")
		}
	}
	dir, out, _ := matcherFixture(t)
	os.WriteFile(filepath.Join(dir, "out.txt"), []byte(out), 0o644)
	var settings []string
	for _, l := range strings.Split(readmeBlock(t, "vim", "errorformat"), "\n") {
		if strings.HasPrefix(l, "set errorformat=") {
			settings = append(settings, l)
		}
	}
	if len(settings) != 1 {
		t.Fatalf("README's vim block has %d errorformat lines", len(settings))
	}
	// Read the output into the quickfix list, jump to each entry and
	// record where the cursor lands.
	script := settings[0] + `
set hidden
cfile out.txt
let out = []
let i = 0
for e in getqflist()
  let i += 1
  if !e.valid
    call add(out, 'invalid|' . e.text)
    continue
  endif
  if e.lnum == 0
    call add(out, 'file|' . bufname(e.bufnr) . '|' . e.type . '|' . e.text)
    continue
  endif
  " Jump as a user would (:cc N), and read the text from the cursor.
  silent execute 'cc' i
  call add(out, bufname('%') . '|' . line('.') . '|' . e.type . '|' . strpart(getline('.'), col('.') - 1))
endfor
call writefile(out, 'qf.txt')
qa!
`
	os.WriteFile(filepath.Join(dir, "efm.vim"), []byte(script), 0o644)
	cmd := exec.Command(vim, "-u", "NONE", "-i", "NONE", "-n", "-es", "-S", "efm.vim")
	if filepath.Base(vim) == "nvim" {
		cmd = exec.Command(vim, "--headless", "--clean", "-n", "-S", "efm.vim")
	}
	cmd.Dir = dir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", vim, err, b)
	}
	qf, err := os.ReadFile(filepath.Join(dir, "qf.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"my complaint.md|4|w|<!-- complaintlint-disable-next-line",
		"my complaint.md|5|e|Defendant copied the Acme Engagement Module",
		"other/c.txt|4|i|Defendant’s staff copied",
		"file|missing.txt|e|no such file or directory",
	}
	lines := strings.Split(strings.TrimSpace(string(qf)), "\n")
	if len(lines) != len(want) {
		t.Fatalf("quickfix list:\n%s\nwant %d entries from:\n%s", qf, len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("quickfix entry %d: %q, want prefix %q", i+1, lines[i], w)
		}
	}
}

// The github format names the same places as the line format.
func TestGitHubMatchesLine(t *testing.T) {
	_, line, github := matcherFixture(t)
	reLine := regexp.MustCompile(`^(.+?):(\d+):(\d+): (error|warning|info): (.*) \[[a-z0-9-]+\]$`)
	reCmd := regexp.MustCompile(`^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=[^:]*::([^%]*)`)
	fromLine := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(line), "\n") {
		if m := reLine.FindStringSubmatch(l); m != nil {
			sev := strings.Replace(m[4], "info", "notice", 1)
			fromLine[strings.Join([]string{sev, m[1], m[2], m[3], m[5]}, "|")] = true
		}
	}
	fromGitHub := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(github), "\n") {
		if m := reCmd.FindStringSubmatch(l); m != nil {
			fromGitHub[strings.Join(m[1:], "|")] = true
		}
	}
	if len(fromLine) != 3 || len(fromGitHub) != 3 {
		t.Fatalf("line gave %d, github %d findings:\n%s\n%s", len(fromLine), len(fromGitHub), line, github)
	}
	for k := range fromLine {
		if !fromGitHub[k] {
			t.Errorf("%s is in the line output but not in the github output", k)
		}
	}
}
