package runopts

import (
	"strings"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/driver"
)

func TestDefaultsBuildTheCommandLinesRun(t *testing.T) {
	opts, err := Defaults().Options()
	if err != nil {
		t.Fatal(err)
	}
	if len(opts.Checks) != len(checks.All) {
		t.Errorf("%d checks, want all %d", len(opts.Checks), len(checks.All))
	}
	if opts.Lint.Profile != (lint.Profile{}) {
		t.Errorf("profile %+v, want the forum left to the caption and the counts", opts.Lint.Profile)
	}
	if opts.Lint.MaxFindings != 500 || opts.Lint.MinSeverity != lint.Info || opts.Timeout <= 0 {
		t.Errorf("limits: max %d, min %v, timeout %v", opts.Lint.MaxFindings, opts.Lint.MinSeverity, opts.Timeout)
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
	opts, err := c.Options()
	if err != nil {
		t.Fatal(err)
	}
	if opts.Lint.Profile != (lint.Profile{Circuit: "9", State: "CA"}) || opts.Lint.MinSeverity != lint.Warning {
		t.Errorf("profile %+v, min %v", opts.Lint.Profile, opts.Lint.MinSeverity)
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
	} {
		c := Defaults()
		tc.change(&c)
		if _, err := c.Options(); err == nil || !strings.Contains(err.Error(), tc.want) {
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
