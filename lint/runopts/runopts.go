// Package runopts turns what a user chooses about a run (the profile, the
// rules, the severities, the limits, the configuration file's settings)
// into one run plan: the driver options, with the processors the findings
// go through, and the severity that fails the run. The command line, the
// language server, annotate and the browser build all plan their runs
// here, so a draft is linted the same way wherever it is linted.
package runopts

import (
	"fmt"
	"strings"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/process"
	"github.com/complaintlint/complaintlint/lint/suppress"
)

// Choices are a run's settings as a user gives them. Errors name the
// command-line flag each field stands for, which is also the option's name
// in the browser build.
type Choices struct {
	Circuit     string   // --circuit
	State       string   // --state
	MinSeverity string   // --min-severity
	Enable      []string // --enable
	Disable     []string // --disable
	MaxFindings int      // --max-findings (0: no limit)
	// Timeout is --timeout-per-file (0: no limit), and TimeoutPerMiB what
	// the budget grows by per MiB of the file (0 when the user gave the
	// budget).
	Timeout       time.Duration
	TimeoutPerMiB time.Duration
	// InputFormat is --input-format (empty: by extension).
	InputFormat string
	// Jobs is --jobs (0: number of CPUs).
	Jobs int
	// FailOn is --fail-on: the least severity that fails the run, or
	// "none".
	FailOn string
	// Baseline, when set, leaves out the findings a baseline file records
	// (--baseline); one Baseline serves every file of the run.
	Baseline *process.Baseline
	// Diff, when set, is --diff's processor (lint/process/diff), which
	// keeps the findings on lines changed since a git revision.
	Diff process.Processor
}

// Configured are the settings of a configuration file (.complaintlint.yml,
// read by lint/config) that a run plan takes in.
type Configured struct {
	Circuit, State  string
	Enable, Disable []string
	Severity        map[string]lint.Severity
	MinSeverity     *lint.Severity
	// FailOn is the configuration's fail-on; FailNone is fail-on: none.
	FailOn   *lint.Severity
	FailNone bool
	Suppress []suppress.Entry
}

// Plan is a run resolved: the driver options (the checks, the forum, the
// processors of the findings, the limits) and the severity at or above
// which a finding fails the run (nil: none does).
type Plan struct {
	Options driver.Options
	FailOn  *lint.Severity
}

// Defaults are the choices of a run given no flags.
func Defaults() Choices {
	return Choices{
		// Empty: the forum comes from the caption and the counts
		// (RULES-FORUM.md §F1.3).
		Circuit:       "",
		State:         "",
		MinSeverity:   "info",
		MaxFindings:   500,
		FailOn:        "error",
		Timeout:       driver.DefaultTimeout,
		TimeoutPerMiB: driver.DefaultTimeoutPerMiB,
	}
}

// Plan checks the choices and resolves them under the configuration's
// settings cfg (nil: none) into the run's plan. given reports whether the user gave a
// choice, by its flag's name: a choice given wins over the configuration,
// the others give way to it. A nil given counts every choice as given.
func (c Choices) Plan(cfg *Configured, given func(flag string) bool) (Plan, error) {
	var plan Plan
	opts := &plan.Options
	opts.Checks = checks.All
	if c.Jobs < 0 {
		return plan, fmt.Errorf("--jobs must be 1 or more (0, the default, means one per CPU); got %d", c.Jobs)
	}
	opts.Jobs = c.Jobs
	if c.MaxFindings < 0 {
		return plan, fmt.Errorf("--max-findings must not be negative (0 means no limit); got %d", c.MaxFindings)
	}
	if c.Timeout < 0 {
		return plan, fmt.Errorf("--timeout-per-file must not be negative (0 means no limit)")
	}
	opts.Timeout = c.Timeout
	opts.TimeoutPerMiB = c.TimeoutPerMiB
	if c.InputFormat != "" {
		ok := false
		for _, n := range input.Formats {
			ok = ok || n == c.InputFormat
		}
		if !ok {
			return plan, fmt.Errorf("unknown --input-format %q (want %s)", c.InputFormat, strings.Join(input.Formats, ", "))
		}
		opts.InputFormat = c.InputFormat
	}
	var err error
	if c.Circuit != "" {
		if opts.Lint.Profile.Circuit, err = lint.ParseCircuit(c.Circuit); err != nil {
			return plan, fmt.Errorf("--circuit: %w", err)
		}
	}
	if c.State != "" {
		if opts.Lint.Profile.State, err = lint.ParseState(c.State); err != nil {
			return plan, fmt.Errorf("--state: %w", err)
		}
	}
	minSev, err := lint.ParseSeverity(c.MinSeverity)
	if err != nil {
		return plan, fmt.Errorf("--min-severity: %w", err)
	}
	if opts.Lint.Only, err = RuleSet(c.Enable, "--enable"); err != nil {
		return plan, err
	}
	if opts.Lint.Disabled, err = RuleSet(c.Disable, "--disable"); err != nil {
		return plan, err
	}
	if !strings.EqualFold(c.FailOn, "none") && c.FailOn != "" {
		s, err := lint.ParseSeverity(c.FailOn)
		if err != nil {
			return plan, fmt.Errorf("--fail-on: %w (or none)", err)
		}
		plan.FailOn = &s
	}
	settings := process.Settings{MinSeverity: minSev, MaxFindings: c.MaxFindings, Baseline: c.Baseline, Diff: c.Diff}
	if cfg != nil {
		applyConfig(&plan, &settings, cfg, given)
	}
	settings.Checks = opts.Checks
	settings.Only, settings.Disabled = opts.Lint.Only, opts.Lint.Disabled
	opts.Pipeline = process.New(settings)
	return plan, nil
}

// applyConfig puts the configuration's settings into the plan where the
// user gave no flag for them. The configuration's values were checked when
// it was read.
func applyConfig(plan *Plan, s *process.Settings, cfg *Configured, given func(string) bool) {
	if given == nil {
		given = func(string) bool { return true }
	}
	l := &plan.Options.Lint
	if cfg.Circuit != "" && !given("circuit") {
		l.Profile.Circuit = cfg.Circuit
	}
	if cfg.State != "" && !given("state") {
		l.Profile.State = cfg.State
	}
	if len(cfg.Enable) > 0 && !given("enable") {
		l.Only, _ = RuleSet(cfg.Enable, "rules.enable")
	}
	if len(cfg.Disable) > 0 && !given("disable") {
		l.Disabled, _ = RuleSet(cfg.Disable, "rules.disable")
	}
	s.Severity = cfg.Severity
	if cfg.MinSeverity != nil && !given("min-severity") {
		s.MinSeverity = *cfg.MinSeverity
	}
	if !given("fail-on") {
		switch {
		case cfg.FailNone:
			plan.FailOn = nil
		case cfg.FailOn != nil:
			plan.FailOn = cfg.FailOn
		}
	}
	s.Suppress = cfg.Suppress
}

// RuleSet reads a list of rule ids; source names where the list came from
// for the error about an unknown id.
func RuleSet(ids []string, source string) (map[string]bool, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	m := map[string]bool{}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if RuleByID(id) == nil {
			return nil, fmt.Errorf("%s: unknown rule %q (complaintlint rules lists them)", source, id)
		}
		m[id] = true
	}
	return m, nil
}

// RuleCatalog is every rule a finding can name: the checks, then the rules
// about suppression directives. `rules`, `explain`, --enable, --disable,
// the configuration and SARIF's rule list all read it, so a rule that
// appears in the output can be looked up, disabled and regraded.
func RuleCatalog() []*lint.Check {
	out := append([]*lint.Check{}, checks.All...)
	return append(out, suppress.Rules...)
}

// RuleByID finds a rule of the catalogue.
func RuleByID(id string) *lint.Check {
	if c := checks.ByID(id); c != nil {
		return c
	}
	for _, c := range suppress.Rules {
		if c.ID == id {
			return c
		}
	}
	return nil
}
