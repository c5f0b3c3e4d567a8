package process_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/process"
)

func TestEnableKeepsTheEnabledRules(t *testing.T) {
	mk := func() *lint.FileResult {
		return result(t, "c.txt", pleading,
			on(t, pleading, "a", "copied", lint.Error),
			on(t, pleading, "b", "sold", lint.Warning),
			on(t, pleading, "c", "willfully", lint.Info))
	}
	for _, tc := range []struct {
		name string
		e    process.Enable
		want string
	}{
		{"nothing set keeps all", process.Enable{}, "a/error b/warning c/info"},
		{"only", process.Enable{Only: map[string]bool{"b": true}}, "b/warning"},
		{"disabled", process.Enable{Disabled: map[string]bool{"a": true, "c": true}}, "b/warning"},
		{"disabled wins over only", process.Enable{Only: map[string]bool{"a": true, "b": true}, Disabled: map[string]bool{"a": true}}, "b/warning"},
	} {
		r := mk()
		tc.e.Process(r)
		if got := rules(r.Findings); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
