// Package neovim_test checks the Neovim set-up the README gives, in the
// Neovim installed here (Debian ships 0.7): started as a user's init file,
// it shows the findings the command line reports.
package neovim_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

func TestReadmeCarriesTheSetup(t *testing.T) {
	setup, err := os.ReadFile("complaintlint.lua")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```lua\n"+string(setup)+"```\n") {
		t.Error("README.md does not show editors/neovim/complaintlint.lua as it is")
	}
}

func TestNeovimShowsTheFindings(t *testing.T) {
	nvim := linttest.Tool(t, "nvim", "apt-get install neovim")
	bin := filepath.Join(t.TempDir(), "complaintlint")
	build := exec.Command("go", "build", "-o", bin, "./cmd/complaintlint")
	build.Dir = "../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	complaint, err := filepath.Abs("../../testdata/complaints/liveperson-fac.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "--format", "json", "--fail-on", "none", complaint).Output()
	if err != nil {
		t.Fatal(err)
	}
	var report struct {
		Files []struct {
			Findings []struct {
				Suppressed any `json:"suppressed"`
			} `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, f := range report.Files[0].Findings {
		if f.Suppressed == nil {
			want++
		}
	}
	if want == 0 {
		t.Fatal("the sample complaint has no findings; the test would prove nothing")
	}

	// The README's set-up as the user's init file, complaintlint on PATH;
	// wait (up to two minutes, a hang guard) for the diagnostics.
	result := filepath.Join(t.TempDir(), "count")
	cmd := exec.Command(nvim, "--headless", "-i", "NONE", "-u", "complaintlint.lua", complaint,
		"-c", `lua vim.wait(120000, function() return #vim.diagnostic.get(0) > 0 end, 50)`,
		"-c", `lua local f = io.open(os.getenv('CL_OUT'), 'w'); f:write(#vim.diagnostic.get(0)); f:close()`,
		"-c", "qa!")
	home := t.TempDir()
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"),
		"CL_OUT="+result, "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_DATA_HOME="+home, "XDG_STATE_HOME="+home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, out)
	}
	got, err := os.ReadFile(result)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := strconv.Atoi(string(got)); n != want {
		t.Errorf("Neovim shows %s diagnostics; the command line reports %d findings", got, want)
	}
}
