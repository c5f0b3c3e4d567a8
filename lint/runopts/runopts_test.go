package runopts

import (
	"strings"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/baseline"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/process"
	"github.com/complaintlint/complaintlint/lint/process/diff"
)

// capOf is the cap of the plan's pipeline, -1 when it has none.
func capOf(p Plan) int {
	for _, pr := range p.Options.Pipeline {
		if c, ok := pr.(process.Cap); ok {
			return c.Max
		}
	}
	return -1
}

// minOf is the minimum severity of the plan's pipeline.
func minOf(t *testing.T, p Plan) lint.Severity {
	t.Helper()
	for _, pr := range p.Options.Pipeline {
		if m, ok := pr.(process.MinSeverity); ok {
			return m.Min
		}
	}
	t.Fatal("no min-severity processor")
	return 0
}

func TestDefaultsBuildTheCommandLinesRun(t *testing.T) {
	plan, err := Defaults().Plan(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts := plan.Options
	if len(opts.Checks) != len(checks.All) {
		t.Errorf("%d checks, want all %d", len(opts.Checks), len(checks.All))
	}
	if opts.Lint.Profile != (lint.Profile{}) {
		t.Errorf("profile %+v, want the forum left to the caption and the counts", opts.Lint.Profile)
	}
	if capOf(plan) != 500 || minOf(t, plan) != lint.Info || opts.Timeout <= 0 {
		t.Errorf("limits: max %d, min %v, timeout %v", capOf(plan), minOf(t, plan), opts.Timeout)
	}
	if plan.FailOn == nil || *plan.FailOn != lint.Error {
		t.Errorf("fail-on %v, want error", plan.FailOn)
	}
	want := "suppress enable severity groups min-severity dedupe sort cap"
	if got := strings.Join(opts.Pipeline.Names(), " "); got != want {
		t.Errorf("processors %q, want %q", got, want)
	}
	if opts.TimeoutPerMiB != driver.DefaultTimeoutPerMiB {
		t.Errorf("the default budget does not grow with the file: %v per MiB", opts.TimeoutPerMiB)
	}
	if opts.Lint.Only != nil || opts.Lint.Disabled != nil {
		t.Errorf("rules narrowed by default: %v %v", opts.Lint.Only, opts.Lint.Disabled)
	}
}

func TestChoicesBecomeOptions(t *testing.T) {
	id := checks.All[0].ID
	c := Defaults()
	c.Circuit, c.State, c.MinSeverity = "ninth", "california", "warning"
	c.Enable, c.Disable = []string{" " + id + " ", ""}, []string{checks.All[1].ID}
	c.InputFormat, c.Jobs, c.Timeout = "markdown", 3, time.Second
	c.FailOn, c.Diff, c.Baseline = "none", diff.Diff{Rev: "HEAD"}, process.NewBaseline(&baseline.File{}, ".")
	plan, err := c.Plan(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts := plan.Options
	if opts.Lint.Profile != (lint.Profile{Circuit: "9", State: "CA"}) || minOf(t, plan) != lint.Warning {
		t.Errorf("profile %+v, min %v", opts.Lint.Profile, minOf(t, plan))
	}
	if plan.FailOn != nil {
		t.Errorf("fail-on none gave %v", *plan.FailOn)
	}
	if got := strings.Join(opts.Pipeline.Names(), " "); !strings.HasSuffix(got, "cap baseline diff") {
		t.Errorf("processors %q: the baseline, then the diff, come last", got)
	}
	if len(opts.Lint.Only) != 1 || !opts.Lint.Only[id] || !opts.Lint.Disabled[checks.All[1].ID] {
		t.Errorf("rules: only %v, disabled %v", opts.Lint.Only, opts.Lint.Disabled)
	}
	if opts.InputFormat != "markdown" || opts.Jobs != 3 || opts.Timeout != time.Second {
		t.Errorf("input %q, jobs %d, timeout %v", opts.InputFormat, opts.Jobs, opts.Timeout)
	}
}

func TestBadChoicesNameTheirFlag(t *testing.T) {
	for _, tc := range []struct {
		change func(*Choices)
		want   string
	}{
		{func(c *Choices) { c.Timeout = -time.Second }, "--timeout-per-file must not be negative"},
		{func(c *Choices) { c.InputFormat = "pdf" }, `unknown --input-format "pdf"`},
		{func(c *Choices) { c.Circuit = "13" }, "--circuit:"},
		{func(c *Choices) { c.State = "New Amsterdam" }, `--state: unknown state "New Amsterdam"`},
		{func(c *Choices) { c.MinSeverity = "fatal" }, "--min-severity:"},
		{func(c *Choices) { c.Enable = []string{"no-such-rule"} }, `--enable: unknown rule "no-such-rule"`},
		{func(c *Choices) { c.Disable = []string{"no-such-rule"} }, `--disable: unknown rule "no-such-rule"`},
		{func(c *Choices) { c.FailOn = "sometimes" }, "--fail-on:"},
		{func(c *Choices) { c.MaxFindings = -1 }, "--max-findings must not be negative"},
	} {
		c := Defaults()
		tc.change(&c)
		if _, err := c.Plan(nil, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want it to say %q", c, err, tc.want)
		}
	}
}

func TestRuleCatalogNamesEveryRule(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range RuleCatalog() {
		if seen[c.ID] {
			t.Errorf("%s listed twice", c.ID)
		}
		seen[c.ID] = true
	}
	for _, c := range checks.All {
		if !seen[c.ID] {
			t.Errorf("%s missing", c.ID)
		}
	}
	if len(seen) <= len(checks.All) {
		t.Error("the suppression rules are missing")
	}
}

// TestConfigurationGivesWayToFlags: the configuration sets what no flag
// gave, and a flag given wins.
func TestConfigurationGivesWayToFlags(t *testing.T) {
	a, b := checks.All[0].ID, checks.All[1].ID
	warn := lint.Warning
	cfg := &Configured{Circuit: "9", State: "CA", Disable: []string{b}, Severity: map[string]lint.Severity{a: lint.Error},
		MinSeverity: &warn, FailOn: &warn}
	none := func(string) bool { return false }
	plan, err := Defaults().Plan(cfg, none)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Options.Lint.Profile != (lint.Profile{Circuit: "9", State: "CA"}) || !plan.Options.Lint.Disabled[b] {
		t.Errorf("profile %+v, disabled %v", plan.Options.Lint.Profile, plan.Options.Lint.Disabled)
	}
	if minOf(t, plan) != lint.Warning || plan.FailOn == nil || *plan.FailOn != lint.Warning {
		t.Errorf("min %v, fail-on %v", minOf(t, plan), plan.FailOn)
	}
	var regraded bool
	for _, pr := range plan.Options.Pipeline {
		if s, ok := pr.(process.Severity); ok {
			regraded = s.Override[a] == lint.Error
		}
	}
	if !regraded {
		t.Errorf("the configuration's severity for %s is not applied", a)
	}
	c := Defaults()
	c.Circuit, c.MinSeverity = "2", "error"
	given := func(flag string) bool { return flag == "circuit" || flag == "min-severity" }
	plan, err = c.Plan(cfg, given)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Options.Lint.Profile.Circuit != "2" || plan.Options.Lint.Profile.State != "CA" || minOf(t, plan) != lint.Error {
		t.Errorf("flags given lost to the configuration: profile %+v, min %v", plan.Options.Lint.Profile, minOf(t, plan))
	}
}
