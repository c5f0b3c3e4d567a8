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
// running only on counts New York law governs.
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
	if row := rowOf(t, b.String(), "ny-example-rule"); !strings.Contains(row, "only on counts governed by New York law") {
		t.Errorf("CA profile: %q", row)
	}
	if row := rowOf(t, b.String(), "plain-rule"); !strings.HasSuffix(strings.TrimSpace(row), "always") {
		t.Errorf("CA profile, plain rule: %q", row)
	}
	// The real NY rules, whichever are registered, never run as New York
	// rules under California law: gated, or replaced or off there
	// (RULES-FORUM.md §F3.2).
	out := runRulesCmd(t, "--state", "CA")
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "ny-") && !strings.Contains(l, "only on counts governed by New York law") &&
			!strings.Contains(l, "replaced by ca-") && !strings.Contains(l, "off (RULES-FORUM.md §F3.2)") {
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

// TestRulesProfileNinthCircuit: under the Ninth Circuit / California
// profile the table says, rule by rule, what RULES-FORUM.md §F3.2 does:
// New York interference rules replaced, the contract-breach and unfair
// competition rules off, the Kelly rule at info, the new rules running; and
// under the New York profile the California rules run only on California
// counts.
func TestRulesProfileNinthCircuit(t *testing.T) {
	out := runRulesCmd(t, "--profile", "--circuit", "9", "--state", "CA")
	if !strings.HasPrefix(out, "Profile: 9th Cir., California law") {
		t.Errorf("header: %q", strings.SplitN(out, "\n", 2)[0])
	}
	for id, want := range map[string][]string{
		"ny-interference-wrongful-means-missing":                   {"-", "replaced by ca-interference-independently-wrongful-act-missing"},
		"ny-interference-contract-breach-missing":                  {"-", "off"},
		"ny-unfair-competition-bad-faith-misappropriation-missing": {"-", "off"},
		"unjust-enrichment-duplicative":                            {"-", "replaced by ca-unjust-enrichment-standalone"},
		"copyright-infringement-period-missing":                    {"info", "warning when copyright-accused-acts-unspecified also fires"},
		"cfaa-public-data-scraping":                                {"warning", "always"},
		"contract-provisions-unidentified":                         {"warning", "California authority"},
		"dmca-1201-measure-unidentified":                           {"error", "9th Cir. authority"},
		"ca-interference-at-will-employees":                        {"warning", "always"},
		"dmca-1202-identicality-risk":                              {"info", "only in N.D., C.D., S.D. and E.D. Cal."},
	} {
		row := rowOf(t, out, id)
		if f := strings.Fields(row); f[1] != want[0] || !strings.Contains(row, want[1]) {
			t.Errorf("9th Cir. row %q: want severity %s and %q", row, want[0], want[1])
		}
	}
	out = runRulesCmd(t, "--profile")
	for id, want := range map[string][]string{
		"ca-interference-at-will-employees":      {"warning", "only on counts governed by California law"},
		"cfaa-public-data-scraping":              {"info", "warning in the 9th Cir."},
		"copyright-infringement-period-missing":  {"error", "always"},
		"ny-interference-wrongful-means-missing": {"warning", "always"},
	} {
		row := rowOf(t, out, id)
		if f := strings.Fields(row); f[1] != want[0] || !strings.Contains(row, want[1]) {
			t.Errorf("2d Cir. row %q: want severity %s and %q", row, want[0], want[1])
		}
	}
}
