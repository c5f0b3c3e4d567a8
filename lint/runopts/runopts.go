// Package runopts turns what a user chooses about a run (the profile, the
// rules, the severities, the limits) into driver options. The command
// line's flags and the browser build's options both go through it, so a
// draft linted in either place is linted the same way.
package runopts

import (
	"fmt"
	"strings"
	"time"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
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
		Timeout:       driver.DefaultTimeout,
		TimeoutPerMiB: driver.DefaultTimeoutPerMiB,
	}
}

// Options checks the choices and builds the driver options for them, with
// every check.
func (c Choices) Options() (driver.Options, error) {
	var opts driver.Options
	opts.Checks = checks.All
	if c.Jobs < 0 {
		return opts, fmt.Errorf("--jobs must be 1 or more (0, the default, means one per CPU); got %d", c.Jobs)
	}
	opts.Jobs = c.Jobs
	if c.MaxFindings < 0 {
		return opts, fmt.Errorf("--max-findings must not be negative (0 means no limit); got %d", c.MaxFindings)
	}
	opts.Lint.MaxFindings = c.MaxFindings
	if c.Timeout < 0 {
		return opts, fmt.Errorf("--timeout-per-file must not be negative (0 means no limit)")
	}
	opts.Timeout = c.Timeout
	opts.TimeoutPerMiB = c.TimeoutPerMiB
	if c.InputFormat != "" {
		ok := false
		for _, n := range input.Formats {
			ok = ok || n == c.InputFormat
		}
		if !ok {
			return opts, fmt.Errorf("unknown --input-format %q (want %s)", c.InputFormat, strings.Join(input.Formats, ", "))
		}
		opts.InputFormat = c.InputFormat
	}
	var err error
	if c.Circuit != "" {
		if opts.Lint.Profile.Circuit, err = lint.ParseCircuit(c.Circuit); err != nil {
			return opts, fmt.Errorf("--circuit: %w", err)
		}
	}
	if c.State != "" {
		if opts.Lint.Profile.State, err = lint.ParseState(c.State); err != nil {
			return opts, fmt.Errorf("--state: %w", err)
		}
	}
	min, err := lint.ParseSeverity(c.MinSeverity)
	if err != nil {
		return opts, fmt.Errorf("--min-severity: %w", err)
	}
	opts.Lint.MinSeverity = min
	if opts.Lint.Only, err = RuleSet(c.Enable, "--enable"); err != nil {
		return opts, err
	}
	if opts.Lint.Disabled, err = RuleSet(c.Disable, "--disable"); err != nil {
		return opts, err
	}
	return opts, nil
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
