package process_test

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/baseline"
	"github.com/complaintlint/complaintlint/lint/process"
)

// TestBaselineLeavesOutKnownFindingsAcrossFiles: the findings recorded are
// left out, new ones stay, and the outcome covers every file processed,
// however many workers processed them.
func TestBaselineLeavesOutKnownFindingsAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one.txt"), filepath.Join(dir, "two.txt")
	recorded := []lint.FileResult{
		*result(t, one, pleading, on(t, pleading, "a", "copied", lint.Error), on(t, pleading, "b", "sold", lint.Warning)),
		*result(t, two, pleading, on(t, pleading, "c", "willfully", lint.Info)),
	}
	b := baseline.Build(recorded, dir)
	bp := process.NewBaseline(&b, dir)

	// Now: one.txt keeps a and adds d (b was fixed); two.txt is unchanged.
	now := []*lint.FileResult{
		result(t, one, pleading, on(t, pleading, "a", "copied", lint.Error), on(t, pleading, "d", "infringed", lint.Warning)),
		result(t, two, pleading, on(t, pleading, "c", "willfully", lint.Info)),
	}
	var wg sync.WaitGroup
	for _, r := range now {
		wg.Go(func() { bp.Process(r) })
	}
	wg.Wait()
	if got := rules(now[0].Findings); got != "d/warning" {
		t.Errorf("one.txt kept %q, want only the new finding", got)
	}
	if len(now[1].Findings) != 0 {
		t.Errorf("two.txt kept %q", rules(now[1].Findings))
	}
	if o := bp.Outcome(); o.Known != 2 || o.Fixed != 1 {
		t.Errorf("outcome %+v, want 2 known and 1 fixed", o)
	}
}

// TestBaselineKeepsSuppressedFindings: a suppressed finding is shown as
// suppressed, never matched against the baseline.
func TestBaselineKeepsSuppressedFindings(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.txt")
	f := on(t, pleading, "a", "copied", lint.Error)
	b := baseline.Build([]lint.FileResult{*result(t, path, pleading, f)}, dir)
	f.Suppressed = &lint.Suppression{Kind: "config", Justification: "accepted"}
	r := result(t, path, pleading, f)
	bp := process.NewBaseline(&b, dir)
	bp.Process(r)
	if len(r.Findings) != 1 || r.Findings[0].Suppressed == nil {
		t.Errorf("kept %+v, want the suppressed finding", r.Findings)
	}
	if o := bp.Outcome(); o.Known != 0 || o.Fixed != 1 {
		t.Errorf("outcome %+v, want nothing known and the recorded finding counted fixed", o)
	}
}
