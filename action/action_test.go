// Package action_test runs the steps of the GitHub Action (action.yml at
// the repository root) the way the Actions runner does — each step's
// script under bash with its env, ${{ }} expressions filled in, and
// GITHUB_OUTPUT, GITHUB_PATH and RUNNER_TEMP files — in a throwaway git
// repository, and checks what a pull request would show.
package action_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name  string            `yaml:"name"`
			ID    string            `yaml:"id"`
			Shell string            `yaml:"shell"`
			Env   map[string]string `yaml:"env"`
			Run   string            `yaml:"run"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

// stepRun is what one step did.
type stepRun struct {
	name   string
	code   int
	output string // stdout and stderr
}

// runner holds a job's state across the action's steps.
type runner struct {
	t         *testing.T
	repo      string // GITHUB_ACTION_PATH: the action's own checkout
	workspace string
	temp      string
	path      []string // directories steps added with GITHUB_PATH
	event     map[string]string
	env       []string
}

func newRunner(t *testing.T, workspace string) *runner {
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return &runner{t: t, repo: repo, workspace: workspace, temp: t.TempDir(), event: map[string]string{}}
}

var expr = regexp.MustCompile(`\$\{\{\s*([a-zA-Z0-9_.-]+)\s*\}\}`)

// run executes the action with the given inputs and returns each step's
// result; it stops after the first step that fails, as the runner does.
func (r *runner) run(inputs map[string]string) ([]stepRun, map[string]map[string]string) {
	r.t.Helper()
	raw, err := os.ReadFile(filepath.Join(r.repo, "action.yml"))
	if err != nil {
		r.t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(raw, &a); err != nil {
		r.t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		r.t.Fatalf("action.yml runs using %q, want composite", a.Runs.Using)
	}
	for k := range inputs {
		if _, ok := a.Inputs[k]; !ok {
			r.t.Fatalf("action.yml has no input %q", k)
		}
	}
	outputs := map[string]map[string]string{}
	value := func(name string) string {
		parts := strings.Split(name, ".")
		switch {
		case parts[0] == "inputs" && len(parts) == 2:
			if v, ok := inputs[parts[1]]; ok {
				return v
			}
			in, ok := a.Inputs[parts[1]]
			if !ok {
				r.t.Fatalf("action.yml uses undeclared input %s", parts[1])
			}
			return in.Default
		case parts[0] == "steps" && len(parts) == 4 && parts[2] == "outputs":
			return outputs[parts[1]][parts[3]]
		case parts[0] == "github" && len(parts) == 3 && parts[1] == "event":
			return r.event[parts[2]]
		}
		r.t.Fatalf("action.yml uses an expression the test does not know: %s", name)
		return ""
	}
	fill := func(s string) string {
		return expr.ReplaceAllStringFunc(s, func(m string) string { return value(expr.FindStringSubmatch(m)[1]) })
	}
	var runs []stepRun
	for i, st := range a.Runs.Steps {
		if st.Shell != "bash" {
			r.t.Fatalf("step %q: shell %q; the action's steps run under bash", st.Name, st.Shell)
		}
		outFile := filepath.Join(r.temp, fmt.Sprintf("output%d", i))
		pathFile := filepath.Join(r.temp, fmt.Sprintf("path%d", i))
		for _, f := range []string{outFile, pathFile} {
			if err := os.WriteFile(f, nil, 0o600); err != nil {
				r.t.Fatal(err)
			}
		}
		script := filepath.Join(r.temp, fmt.Sprintf("step%d.sh", i))
		if err := os.WriteFile(script, []byte(fill(st.Run)), 0o700); err != nil {
			r.t.Fatal(err)
		}
		// As the runner runs a bash step.
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = r.workspace
		env := append(os.Environ(), r.env...)
		env = append(env,
			"GITHUB_ACTIONS=true",
			"GITHUB_ACTION_PATH="+r.repo,
			"GITHUB_WORKSPACE="+r.workspace,
			"GITHUB_OUTPUT="+outFile,
			"GITHUB_PATH="+pathFile,
			"RUNNER_TEMP="+r.temp,
			"PATH="+strings.Join(append(append([]string{}, r.path...), os.Getenv("PATH")), string(os.PathListSeparator)),
		)
		for k, v := range st.Env {
			env = append(env, k+"="+fill(v))
		}
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		code := 0
		if err := cmd.Run(); err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				r.t.Fatalf("step %q: %v", st.Name, err)
			}
			code = ee.ExitCode()
		}
		runs = append(runs, stepRun{name: st.Name, code: code, output: out.String()})
		if st.ID != "" {
			outputs[st.ID] = readOutputs(r.t, outFile)
		}
		added, _ := os.ReadFile(pathFile)
		for _, p := range strings.Fields(string(added)) {
			r.path = append([]string{p}, r.path...)
		}
		if code != 0 {
			break
		}
	}
	return runs, outputs
}

func readOutputs(t *testing.T, file string) map[string]string {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, "="); ok {
			out[k] = v
		}
	}
	return out
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const flawed = "COUNT I\nCOPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n1. Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1, and sold copies of it.\n"

const clean = "COUNT I\nCOPYRIGHT INFRINGEMENT (17 U.S.C. § 501)\n\n1. From March 2012 through the present, Defendant copied the Acme Engagement Module, version 8.1 (Reg. No. TX 7-654-321), into its Widget Chat product, version 2.1, and sold copies of it.\n"

// pullRequest makes a repository whose base commit holds a flawed
// complaint nobody touches and whose head adds a flawed complaint (with a
// space in its name), fixes another and changes a file that is not a
// complaint. It returns the directory and the base commit.
func pullRequest(t *testing.T) (string, string) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q", "-b", "main")
	write(t, dir, "complaints/old.txt", flawed)
	write(t, dir, "complaints/fixed.txt", flawed)
	write(t, dir, "notes.csv", "a,b\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "base")
	base := git(t, dir, "rev-parse", "HEAD")
	git(t, dir, "checkout", "-q", "-b", "draft")
	write(t, dir, "complaints/new draft.txt", flawed)
	write(t, dir, "complaints/fixed.txt", clean)
	write(t, dir, "notes.csv", "a,b\nc,d\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "new draft")
	return dir, base
}

func requireBash(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the action's steps are bash scripts for Linux and macOS runners")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
}

// TestActionOnPullRequest: built from source, the action lints only the
// complaints the pull request changed, annotates the new flawed one, fails
// the job, and writes SARIF naming the same findings.
func TestActionOnPullRequest(t *testing.T) {
	requireBash(t)
	dir, base := pullRequest(t)
	r := newRunner(t, dir)
	r.env = []string{"GITHUB_BASE_REF=main"}
	git(t, dir, "update-ref", "refs/remotes/origin/main", base)
	// The forum set, as a firm's workflow would: without a caption or
	// flags, findings are graded for an assumed forum.
	runs, outputs := r.run(map[string]string{"sarif": "complaintlint.sarif", "args": "--circuit 2 --state NY"})
	if len(runs) != 3 {
		t.Fatalf("%d steps ran, want 3: %+v", len(runs), runs)
	}
	if runs[0].code != 0 || !strings.Contains(runs[0].output, "complaintlint ") {
		t.Fatalf("install: exit %d\n%s", runs[0].code, runs[0].output)
	}
	if got := outputs["changed"]["files"]; got != "2" {
		t.Errorf("changed files: %q, want 2 (the new draft and the fixed complaint)\n%s", got, runs[1].output)
	}
	lint := runs[2]
	if lint.code != 1 {
		t.Errorf("lint step: exit %d, want 1 (findings)\n%s", lint.code, lint.output)
	}
	want := regexp.MustCompile(`(?m)^::error file=complaints/new draft\.txt,line=4,col=\d+,endLine=\d+,endColumn=\d+,title=copyright-infringement-period-missing::`)
	if !want.MatchString(lint.output) {
		t.Errorf("no annotation for the new draft's undated copying:\n%s", lint.output)
	}
	for _, notChanged := range []string{"complaints/old.txt", "notes.csv"} {
		if strings.Contains(lint.output, notChanged) {
			t.Errorf("annotations mention %s, which the pull request did not change:\n%s", notChanged, lint.output)
		}
	}
	// The fixed complaint was linted (it changed) but has no error or
	// warning left; a notice saying which forum was assumed is fine.
	if strings.Contains(lint.output, "::error file=complaints/fixed.txt") || strings.Contains(lint.output, "::warning file=complaints/fixed.txt") {
		t.Errorf("the fixed complaint is still flagged:\n%s", lint.output)
	}
	if got := outputs["lint"]["sarif"]; got != "complaintlint.sarif" {
		t.Errorf("output sarif = %q", got)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "complaintlint.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	var sarif struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(raw, &sarif); err != nil {
		t.Fatalf("SARIF: %v", err)
	}
	if sarif.Version != "2.1.0" || len(sarif.Runs) != 1 {
		t.Fatalf("SARIF version %q with %d runs", sarif.Version, len(sarif.Runs))
	}
	found := false
	for _, res := range sarif.Runs[0].Results {
		uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if !strings.HasPrefix(uri, "complaints/new") && uri != "complaints/fixed.txt" {
			t.Errorf("SARIF result for %s, which the pull request did not make flawed", uri)
		}
		found = found || res.RuleID == "copyright-infringement-period-missing"
	}
	if !found {
		t.Errorf("SARIF lacks the copyright finding: %s", raw)
	}
}

// TestActionNothingChanged: with no complaint changed the job passes and
// no SARIF is claimed.
func TestActionNothingChanged(t *testing.T) {
	requireBash(t)
	dir, _ := pullRequest(t)
	r := newRunner(t, dir)
	runs, outputs := r.run(map[string]string{"base": "HEAD", "sarif": "out.sarif"})
	if len(runs) != 3 || runs[2].code != 0 {
		t.Fatalf("steps: %+v", runs)
	}
	if outputs["changed"]["files"] != "0" || outputs["lint"]["sarif"] != "" || !strings.Contains(runs[2].output, "No changed complaints") {
		t.Errorf("outputs %v; lint step:\n%s", outputs, runs[2].output)
	}
}

// TestActionInstallsRelease: with a version the action downloads that
// release's archive for the runner, checks it against checksums.txt and
// runs it; an archive that does not match stops the job before linting.
func TestActionInstallsRelease(t *testing.T) {
	requireBash(t)
	for _, tool := range []string{"tar", "sha256sum", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	if runtime.GOOS != "linux" {
		t.Skip("the fake release holds a Linux program")
	}
	// A release laid out as scripts/release lays it out, served from disk.
	rel := t.TempDir()
	const version = "v0.9.1"
	name := fmt.Sprintf("complaintlint_0.9.1_linux_%s", runtime.GOARCH)
	stage := filepath.Join(t.TempDir(), name)
	build := exec.Command("go", "build", "-ldflags", "-X main.version="+version, "-o", filepath.Join(stage, "complaintlint"), "./cmd/complaintlint")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dl := filepath.Join(rel, version)
	if err := os.MkdirAll(dl, 0o755); err != nil {
		t.Fatal(err)
	}
	archive := name + ".tar.gz"
	for _, c := range [][]string{
		{"tar", "-czf", filepath.Join(dl, archive), "-C", filepath.Dir(stage), name},
		{"sh", "-c", "sha256sum " + archive + " > checksums.txt"},
	} {
		cmd := exec.Command(c[0], c[1:]...)
		cmd.Dir = dl
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", c, err, out)
		}
	}

	dir, _ := pullRequest(t)
	r := newRunner(t, dir)
	r.env = []string{"CL_RELEASES=file://" + rel}
	runs, _ := r.run(map[string]string{"version": version, "base": "main", "args": "--circuit 2 --state NY"})
	if len(runs) != 3 || runs[0].code != 0 || !strings.Contains(runs[0].output, "complaintlint "+version) {
		t.Fatalf("install from the release: %+v", runs)
	}
	if runs[2].code != 1 || !strings.Contains(runs[2].output, "title=copyright-infringement-period-missing") {
		t.Errorf("lint with the released program: exit %d\n%s", runs[2].code, runs[2].output)
	}

	// Tampered: the checksum no longer matches.
	if err := os.WriteFile(filepath.Join(dl, "checksums.txt"), []byte(strings.Repeat("0", 64)+"  "+archive+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = newRunner(t, dir)
	r.env = []string{"CL_RELEASES=file://" + rel}
	runs, _ = r.run(map[string]string{"version": version, "base": "main"})
	if len(runs) != 1 || runs[0].code == 0 || !strings.Contains(runs[0].output, "does not match the release's checksums") {
		t.Errorf("a tampered archive was not refused: %+v", runs)
	}
}
