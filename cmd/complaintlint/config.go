package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/config"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/runopts"
)

// configs finds the configuration for each file: the one --config names,
// or the nearest .complaintlint.yml above the file.
type configs struct {
	explicit *config.Config
	finder   *config.Finder
}

// knownRule is what a configuration may name: any rule in the catalogue.
func knownRule(id string) bool { return runopts.RuleByID(id) != nil }

func newConfigs(path string) (*configs, error) {
	if path == "" {
		return &configs{finder: &config.Finder{Known: knownRule}}, nil
	}
	c, err := config.Load(path, path, knownRule)
	if err != nil {
		return nil, err
	}
	return &configs{explicit: c}, nil
}

func (c *configs) forDir(dir string) (*config.Config, error) {
	if c.finder == nil {
		return c.explicit, nil
	}
	return c.finder.ForDir(dir)
}

func (c *configs) forFile(path string) (*config.Config, error) {
	return c.forDir(filepath.Dir(path))
}

// targets are the things to lint with the configuration of each.
type targets struct {
	list []driver.Target
	cfg  []*config.Config
}

func (t *targets) add(tg driver.Target, c *config.Config) {
	t.list = append(t.list, tg)
	t.cfg = append(t.cfg, c)
}

// collectTargets expands the command-line paths. Directory walks honour
// each file's files.include and files.exclude; files named explicitly are
// always linted. Standard input takes the configuration of the
// --stdin-filename's directory (the working directory without one).
func collectTargets(paths []string, stdinName string, stdin io.Reader, cfgs *configs) (targets, error) {
	var out targets
	for _, p := range paths {
		if p == "-" {
			name, dir := stdinName, filepath.Dir(stdinName)
			if name == "" {
				name, dir = "<stdin>", "."
			}
			c, err := cfgs.forDir(dir)
			if err != nil {
				return out, err
			}
			out.add(driver.Target{Path: name, Stdin: stdin}, c)
			continue
		}
		info, statErr := os.Stat(p)
		walked := statErr == nil && info.IsDir()
		for _, t := range driver.Expand([]string{p}) {
			c, err := cfgs.forFile(t.Path)
			if err != nil {
				return out, err
			}
			if walked && t.Err == nil && !c.Includes(t.Path) {
				continue
			}
			out.add(t, c)
		}
	}
	return out, nil
}

// configured is what a run plan takes from a configuration (nil: none).
func configured(cfg *config.Config) *runopts.Configured {
	if cfg == nil {
		return nil
	}
	return &runopts.Configured{Circuit: cfg.Circuit, State: cfg.State, Enable: cfg.Enable, Disable: cfg.Disable,
		Severity: cfg.Severity, MinSeverity: cfg.MinSeverity, FailOn: cfg.FailOn, FailNone: cfg.FailNone,
		Suppress: cfg.Entries()}
}

// runPlans are the options each target is linted with, and the
// --fail-on severity that applies to it: its configuration's.
type runPlans struct {
	opts   []*driver.Options
	failOn []*lint.Severity
	jobs   int
}

// groupPlans makes one plan per configuration the targets use and gives
// each target its configuration's.
func groupPlans(ts targets, f *lintFlags, changed func(string) bool) (runPlans, error) {
	p := runPlans{opts: make([]*driver.Options, len(ts.list)), failOn: make([]*lint.Severity, len(ts.list))}
	type group struct {
		opts   *driver.Options
		failOn *lint.Severity
	}
	groups := map[*config.Config]group{}
	for i, c := range ts.cfg {
		g, ok := groups[c]
		if !ok {
			// The flags were checked before, and the configuration when it
			// was read, so this fails only on a bug.
			plan, err := f.plan(changed, c)
			if err != nil {
				return p, err
			}
			opts := plan.Options
			g = group{opts: &opts, failOn: plan.FailOn}
			groups[c] = g
			p.jobs = opts.Jobs
		}
		p.opts[i], p.failOn[i] = g.opts, g.failOn
	}
	return p, nil
}
