package checks_test

import (
	"path/filepath"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
)

// TestSecrecyGeneralPolicyIsInfo: a workplace policy nobody is said to have
// signed is secrecy described in general terms, reported as information
// like the bare "reasonable measures" (RULES.md trade-secret-secrecy-
// measures-missing: INFO for general wording), not as the warning for no
// secrecy facts at all.
func TestSecrecyGeneralPolicyIsInfo(t *testing.T) {
	_, fs := lintFixturePath(t, filepath.Join("../testdata/rules", "trade-secret-secrecy-measures-missing/bad-staff-manual-only.txt"))
	found := false
	for _, f := range fs {
		if f.Rule != "trade-secret-secrecy-measures-missing" {
			continue
		}
		found = true
		if f.Severity != lint.Info {
			t.Errorf("severity %s, want info: %s", f.Severity, f.Message)
		}
	}
	if !found {
		t.Error("no finding for a staff-manual policy as the only secrecy measure")
	}
}
