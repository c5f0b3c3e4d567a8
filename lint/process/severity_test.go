package process_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
)

func TestSeverityRegradesOnlyTheNamedRules(t *testing.T) {
	r := result(t, "c.txt", pleading,
		on(t, pleading, "a", "copied", lint.Error),
		on(t, pleading, "b", "sold", lint.Warning),
		on(t, pleading, "a", "willfully", lint.Warning))
	process.Severity{Override: map[string]lint.Severity{"a": lint.Info}}.Process(r)
	if got := rules(r.Findings); got != "a/info b/warning a/info" {
		t.Errorf("%q: every finding of a, and only those, should be info", got)
	}
	process.Severity{}.Process(r)
	if got := rules(r.Findings); got != "a/info b/warning a/info" {
		t.Errorf("no overrides changed %q", got)
	}
}
