package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	_ "github.com/complaintlint/complaintlint/lint/linttest" // defines -update for go test ./... -update
)

// rowOf returns the profile table's row for a rule.
func rowOf(t *testing.T, out, id string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, id+" ") {
			return l
		}
	}
	t.Fatalf("no row for %s in:\n%s", id, out)
	return ""
}

func runRulesCmd(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(append([]string{"rules"}, args...), nil, &out, &errb); code != exitClean {
		t.Fatalf("rules %v: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// TestRulesProfileShotgunByCircuit: `rules --profile` shows shotgun
// incorporation at info in the Second Circuit and at warning in the
// Eleventh, naming the circuit rule.
func TestRulesProfileShotgunByCircuit(t *testing.T) {
	out := runRulesCmd(t, "--profile")
	if !strings.HasPrefix(out, "Profile: 2d Cir., New York law") {
		t.Errorf("default profile header: %q", strings.SplitN(out, "\n", 2)[0])
	}
	row := rowOf(t, out, "pleading-shotgun-incorporation")
	if f := strings.Fields(row); f[1] != "info" || !strings.Contains(row, "warning in the 11th Cir.") {
		t.Errorf("2d Cir. row: %q", row)
	}
	out = runRulesCmd(t, "--circuit", "11th", "--state", "FL")
	if !strings.HasPrefix(out, "Profile: 11th Cir., Florida law") {
		t.Errorf("11th Cir. header: %q", strings.SplitN(out, "\n", 2)[0])
	}
	row = rowOf(t, out, "pleading-shotgun-incorporation")
	if f := strings.Fields(row); f[1] != "warning" || !strings.Contains(row, "11th Cir. severity warning (default info)") {
		t.Errorf("11th Cir. row: %q", row)
	}
	// Rules without a circuit rule keep their severity.
	if f := strings.Fields(rowOf(t, out, "pleading-group-defendants")); f[1] != "warning" {
		t.Errorf("group-defendants row: %v", f)
	}
}

// TestRulesProfileNYGating: outside New York a NY-tagged rule is listed as
// running only when a count cites New York law.
func TestRulesProfileNYGating(t *testing.T) {
	list := []*lint.Check{
		{ID: "ny-example-rule", NY: true, Severity: lint.Warning, Family: "ny-interference"},
		{ID: "plain-rule", Severity: lint.Error, Family: "copyright"},
	}
	var b bytes.Buffer
	if err := WriteProfile(&b, list, lint.Profile{Circuit: "2", State: "NY"}); err != nil {
		t.Fatal(err)
	}
	if row := rowOf(t, b.String(), "ny-example-rule"); !strings.HasSuffix(strings.TrimSpace(row), "always") {
		t.Errorf("NY profile: %q", row)
	}
	b.Reset()
	if err := WriteProfile(&b, list, lint.Profile{Circuit: "9", State: "CA"}); err != nil {
		t.Fatal(err)
	}
	if row := rowOf(t, b.String(), "ny-example-rule"); !strings.Contains(row, "only when a count cites New York law") {
		t.Errorf("CA profile: %q", row)
	}
	if row := rowOf(t, b.String(), "plain-rule"); !strings.HasSuffix(strings.TrimSpace(row), "always") {
		t.Errorf("CA profile, plain rule: %q", row)
	}
	// The real NY rules, whichever are registered, are gated the same way.
	out := runRulesCmd(t, "--state", "CA")
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "ny-") && !strings.Contains(l, "only when a count cites New York law") {
			t.Errorf("CA profile lists a NY rule as always running: %q", l)
		}
	}
}

// TestRulesProfileBadFlags: unknown circuits and states are usage errors.
func TestRulesProfileBadFlags(t *testing.T) {
	for _, args := range [][]string{{"--circuit", "14"}, {"--state", "New Yorkshire"}, {"extra"}} {
		var out, errb bytes.Buffer
		if code := run(append([]string{"rules"}, args...), nil, &out, &errb); code != exitError {
			t.Errorf("rules %v: exit %d, want %d", args, code, exitError)
		}
	}
	// Without profile flags the plain listing is unchanged.
	out := runRulesCmd(t)
	if !strings.HasPrefix(out, "RULE") {
		t.Errorf("plain listing starts %q", strings.SplitN(out, "\n", 2)[0])
	}
}
