package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// nvimResult is what testdata/nvim_client.lua writes.
type nvimResult struct {
	Steps     []string         `json:"steps"`
	Error     string           `json:"error"`
	Before    []nvimDiagnostic `json:"before"`
	After     []nvimDiagnostic `json:"after"`
	Actions   []string         `json:"actions"`
	Hover     string           `json:"hover"`
	FixedLine string           `json:"fixed_line"`
	ExitCode  *int             `json:"exit_code"`
}

// nvimDiagnostic is vim.diagnostic's view: 0-based lines, byte columns.
type nvimDiagnostic struct {
	Lnum, Col, EndLnum, EndCol int
	Severity                   int
	Code, Source, Message      string
}

func (d *nvimDiagnostic) UnmarshalJSON(b []byte) error {
	var v struct {
		Lnum     int    `json:"lnum"`
		Col      int    `json:"col"`
		EndLnum  int    `json:"end_lnum"`
		EndCol   int    `json:"end_col"`
		Severity int    `json:"severity"`
		Code     string `json:"code"`
		Source   string `json:"source"`
		Message  string `json:"message"`
	}
	err := json.Unmarshal(b, &v)
	*d = nvimDiagnostic{v.Lnum, v.Col, v.EndLnum, v.EndCol, v.Severity, v.Code, v.Source, v.Message}
	return err
}

// cliFinding is one line of `complaintlint -f line`.
type cliFinding struct {
	Line, Col int // 1-based, code points
	Severity  string
	Rule      string
}

var lineFormat = regexp.MustCompile(`^[^:]+:(\d+):(\d+): (\w+): .* \[([a-z0-9-]+)\]$`)

// TestNeovim runs the server under a real client: Neovim opens the
// fixture, and the diagnostics it shows must be the CLI's findings for the
// same file; then the quick fix is applied, the placeholder filled in, and
// the finding must go away.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("nvim is not installed; CI installs it (.ci/run) and must run this test")
		}
		t.Skip("nvim not installed (apt-get install neovim)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "complaintlint")
	build := exec.Command("go", "build", "-o", bin, "github.com/complaintlint/complaintlint/cmd/complaintlint")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	text := readFixture(t, "complaint.md")
	file := filepath.Join(dir, "complaint.md")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs("testdata/nvim_client.lua")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "result.json")

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-u", "NONE", "-c", "luafile "+script)
	home := filepath.Join(dir, "home")
	cmd.Env = append(os.Environ(), "CL_BIN="+bin, "CL_FILE="+file, "CL_OUT="+out, "HOME="+home,
		"XDG_CONFIG_HOME="+home, "XDG_DATA_HOME="+home, "XDG_STATE_HOME="+home, "XDG_CACHE_HOME="+home)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no result: %v", err)
	}
	var res nvimResult
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("result: %v\n%s", err, data)
	}
	t.Logf("Neovim steps: %v", res.Steps)
	if res.Error != "" {
		t.Fatalf("the Lua client failed after steps %v: %s", res.Steps, res.Error)
	}

	// Compare with the CLI on the same file.
	cli := exec.Command(bin, "-f", "line", "--color", "never", file)
	var stdout bytes.Buffer
	cli.Stdout = &stdout
	cli.Run() // exit 1 means findings, which is expected
	var want []cliFinding
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		m := lineFormat.FindStringSubmatch(sc.Text())
		if m == nil {
			t.Fatalf("unparsed CLI line %q", sc.Text())
		}
		l, _ := strconv.Atoi(m[1])
		c, _ := strconv.Atoi(m[2])
		want = append(want, cliFinding{l, c, m[3], m[4]})
	}
	if len(want) == 0 {
		t.Fatal("the CLI found nothing in the fixture; the comparison would be empty")
	}
	lines := strings.Split(text, "\n")
	var got []cliFinding
	for _, d := range res.Before {
		// Neovim reports 0-based lines and byte columns; the CLI 1-based
		// lines and code-point columns.
		col := utf8.RuneCountInString(lines[d.Lnum][:d.Col]) + 1
		sev := map[int]string{1: "error", 2: "warning", 3: "info"}[d.Severity]
		got = append(got, cliFinding{d.Lnum + 1, col, sev, d.Code})
		if d.Source != "complaintlint" || !strings.Contains(d.Message, "\nAuthority: ") {
			t.Errorf("diagnostic source %q message %q", d.Source, d.Message)
		}
	}
	if !sameFindings(got, want) {
		t.Errorf("Neovim showed %+v\nthe CLI reports %+v", got, want)
	}

	if !contains(res.Actions, "Insert a [DATE RANGE] placeholder for the infringement period") ||
		!contains(res.Actions, "Show documentation for "+periodRule) {
		t.Errorf("code actions %q", res.Actions)
	}
	if !strings.Contains(res.Hover, periodRule) {
		t.Errorf("hover %q", res.Hover)
	}
	if !strings.Contains(res.FixedLine, "work. From [START DATE] through [END DATE or the present], Defendant has") {
		t.Errorf("after the quick fix the line is %q", res.FixedLine)
	}
	if len(res.After) != 0 {
		t.Errorf("after dating the copying Neovim still shows %+v", res.After)
	}
	if res.ExitCode == nil || *res.ExitCode != 0 {
		t.Errorf("server exit code %v after Neovim stopped it, want 0 (steps %v)", res.ExitCode, res.Steps)
	}
}

func sameFindings(a, b []cliFinding) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[cliFinding]int{}
	for _, f := range a {
		seen[f]++
	}
	for _, f := range b {
		if seen[f] == 0 {
			return false
		}
		seen[f]--
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
