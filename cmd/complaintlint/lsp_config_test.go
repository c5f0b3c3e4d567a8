package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
)

// The language server applies the nearest configuration file, and a flag
// given on its command line wins over it.
func TestLSPConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := "profile:\n  circuit: 11\n  state: FL\nrules:\n  disable: [copyright-infringement-period-missing]\n  severity:\n    lanham-puffery-risk: warning\n"
	if err := os.WriteFile(filepath.Join(dir, ".complaintlint.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "drafts")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	base := lint.Options{Profile: lint.DefaultProfile}
	got, err := lspConfig(func(string) bool { return false })(filepath.Join(sub, "complaint.md"), base)
	if err != nil {
		t.Fatal(err)
	}
	if got.Profile != (lint.Profile{Circuit: "11", State: "FL"}) {
		t.Errorf("profile %+v, want the configuration's", got.Profile)
	}
	if !got.Disabled["copyright-infringement-period-missing"] || got.SeverityOverride["lanham-puffery-risk"] != lint.Warning {
		t.Errorf("rules not applied: %+v", got)
	}
	got, _ = lspConfig(func(f string) bool { return f == "circuit" })(filepath.Join(sub, "complaint.md"), base)
	if got.Profile.Circuit != "2" || got.Profile.State != "FL" {
		t.Errorf("a --circuit flag must win over the file: %+v", got.Profile)
	}
	// A broken file is reported, never ignored silently.
	if err := os.WriteFile(filepath.Join(dir, ".complaintlint.yml"), []byte("rules:\n  disable: [no-such-rule]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lspConfig(func(string) bool { return false })(filepath.Join(sub, "complaint.md"), base); err == nil {
		t.Error("an unknown rule in the configuration was accepted")
	}
}
