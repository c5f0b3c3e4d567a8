package checks_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// severityOf lints a rule fixture, with its markers stripped, as the
// command line would with --circuit/--state set to flags (empty: read the
// caption), and returns the severity of the rule's only finding.
func severityOf(t *testing.T, fixture, rule string, flags lint.Profile) (lint.Severity, bool) {
	t.Helper()
	path := filepath.Join("../testdata/rules", fixture)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fx, err := linttest.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	fx.FlagCircuit, fx.FlagState = flags.Circuit, flags.State
	_, fs := lintFixture(t, path, fx)
	for _, f := range fs {
		if f.Rule == rule {
			return f.Severity, true
		}
	}
	return 0, false
}

// TestForumDowngrades pins the severities the fixture markers do not check
// for the Ninth Circuit / California traps of RULES-FORUM.md §F3.2-§F3.3: a
// defined corporate family with entity-by-entity roles is a note in the
// Ninth Circuit and a warning in the Second; a class action's market-wide
// expectancy is a note where the complaint names a negotiating
// counterparty elsewhere and a warning where it names none; a count
// brought against all defendants that lumps them stays a warning.
func TestForumDowngrades(t *testing.T) {
	cases := []struct {
		fixture, rule string
		flags         lint.Profile
		want          lint.Severity
	}{
		{"pleading-group-defendants/bad-family-with-roles-ninth.txt", "pleading-group-defendants", lint.Profile{}, lint.Info},
		{"pleading-group-defendants/bad-family-with-roles-ninth.txt", "pleading-group-defendants", lint.Profile{Circuit: "2", State: "NY"}, lint.Warning},
		{"pleading-group-defendants/bad-against-all-secondary-liability.txt", "pleading-group-defendants", lint.Profile{}, lint.Warning},
		{"pleading-group-defendants/bad-against-all-most-silent.txt", "pleading-group-defendants", lint.Profile{}, lint.Warning},
		{"pleading-group-defendants/bad-parent-subsidiary-lumped.txt", "pleading-group-defendants", lint.Profile{}, lint.Warning},
		{"ca-interference-relationship-unidentified/bad-class-action-counterparty-elsewhere.txt", "ca-interference-relationship-unidentified", lint.Profile{}, lint.Info},
		{"ca-interference-relationship-unidentified/bad-ai-developers.txt", "ca-interference-relationship-unidentified", lint.Profile{}, lint.Warning},
		{"ca-cutsa-supersession-risk/bad-whether-or-not-trade-secret.txt", "ca-cutsa-supersession-risk", lint.Profile{}, lint.Warning},
	}
	for _, c := range cases {
		got, ok := severityOf(t, c.fixture, c.rule, c.flags)
		switch {
		case !ok:
			t.Errorf("%s (flags %+v): no %s finding", c.fixture, c.flags, c.rule)
		case got != c.want:
			t.Errorf("%s (flags %+v): %s is %s, want %s", c.fixture, c.flags, c.rule, got, c.want)
		}
	}
}
