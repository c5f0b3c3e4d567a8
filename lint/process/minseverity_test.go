package process_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
)

func TestMinSeverityDropsWhatIsBelow(t *testing.T) {
	mk := func() *lint.FileResult {
		return result(t, "c.txt", pleading,
			on(t, pleading, "a", "copied", lint.Info),
			on(t, pleading, "b", "sold", lint.Error),
			on(t, pleading, "c", "willfully", lint.Warning))
	}
	for min, want := range map[lint.Severity]string{
		lint.Info:    "a/info b/error c/warning",
		lint.Warning: "b/error c/warning",
		lint.Error:   "b/error",
	} {
		r := mk()
		process.MinSeverity{Min: min}.Process(r)
		if got := rules(r.Findings); got != want {
			t.Errorf("min %s: %q, want %q", min, got, want)
		}
	}
}
