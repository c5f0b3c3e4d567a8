package process_test

import (
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/baseline"
	"github.com/complaintlint/complaintlint/lint/process"
	"github.com/complaintlint/complaintlint/lint/suppress"
)

// lastStep stands for a processor given from outside (--diff's).
type lastStep struct{ ran *bool }

func (lastStep) Name() string               { return "last" }
func (l lastStep) Process(*lint.FileResult) { *l.ran = true }

func TestNewOrdersTheProcessors(t *testing.T) {
	got := strings.Join(process.New(process.Settings{}).Names(), " ")
	if got != "suppress enable severity groups min-severity dedupe sort cap" {
		t.Errorf("processors %q", got)
	}
	var ran bool
	p := process.New(process.Settings{Baseline: process.NewBaseline(&baseline.File{}, "."), Diff: lastStep{&ran}})
	if got := strings.Join(p.Names(), " "); !strings.HasSuffix(got, " cap baseline last") {
		t.Errorf("processors %q: the baseline, then the diff, come after the cap", got)
	}
}

// TestDirectiveFindingsFollowTheSettings: the findings suppress adds about
// faulty directives are selected, regraded and filtered by the processors
// after it, like any rule's.
func TestDirectiveFindingsFollowTheSettings(t *testing.T) {
	known := []*lint.Check{{ID: "a"}, {ID: "b"}}
	id := suppress.UnknownRule.ID
	run := func(s process.Settings) string {
		s.Checks = known
		r := result(t, "c.md", markdown, on(t, markdown, "b", "sold", lint.Warning))
		process.New(s).Run(r)
		return rules(r.Findings)
	}
	if got := run(process.Settings{}); got != "b/warning "+id+"/warning" {
		t.Errorf("no settings: %q", got)
	}
	if got := run(process.Settings{Disabled: map[string]bool{id: true}}); got != "b/warning" {
		t.Errorf("disabled: %q", got)
	}
	if got := run(process.Settings{Severity: map[string]lint.Severity{id: lint.Error}}); got != "b/warning "+id+"/error" {
		t.Errorf("regraded: %q", got)
	}
	if got := run(process.Settings{Severity: map[string]lint.Severity{id: lint.Info}, MinSeverity: lint.Warning}); got != "b/warning" {
		t.Errorf("below the minimum: %q", got)
	}
	if got := run(process.Settings{MaxFindings: 1}); got != "b/warning "+process.CapRule+"/info" {
		t.Errorf("capped: %q", got)
	}
}

func TestPipelineLeavesUnreadFilesAlone(t *testing.T) {
	var ran bool
	r := &lint.FileResult{Path: "gone.txt", Findings: []lint.Finding{{Rule: "x"}}}
	process.Pipeline{process.MinSeverity{Min: lint.Error}, lastStep{&ran}}.Run(r)
	if ran || len(r.Findings) != 1 {
		t.Errorf("a file with no document was processed (ran %v, %d findings)", ran, len(r.Findings))
	}
}

// TestLintGroupsAndSorts: Lint gives what the driver reports for a built
// document: the checks' findings grouped, without repeats, in order.
func TestLintGroupsAndSorts(t *testing.T) {
	d := result(t, "c.txt", pleading).Doc
	report := func(id, group, phrase string, sev lint.Severity) *lint.Check {
		return &lint.Check{ID: id, Group: group, Scope: lint.ScopeDocument, Severity: sev, Run: func(p *lint.Pass) {
			i := strings.Index(p.Doc.Text, phrase)
			p.Report(lint.Finding{Span: lint.Span{Start: i, End: i + len(phrase)}, Severity: sev, Message: "m"})
			p.Report(lint.Finding{Span: lint.Span{Start: i, End: i + len(phrase)}, Severity: sev, Message: "m"})
		}}
	}
	cs := []*lint.Check{
		report("late", "", "infringed", lint.Info),
		report("g-low", "g", "copied", lint.Info),
		report("g-high", "g", "sold", lint.Warning),
	}
	fs, errs := process.Lint(d, cs, lint.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if got := rules(fs); got != "g-high/warning late/info" {
		t.Errorf("%q, want one finding of the group in paragraph 1, the most serious, then the later one", got)
	}
}
