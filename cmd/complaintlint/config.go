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

// lintAll lints the targets, each group sharing a configuration with the
// options that configuration gives, and returns results in target order
// with the --fail-on severity that applies to each.
func lintAll(ts targets, f *lintFlags, changed func(string) bool, p *progress) ([]lint.FileResult, []*lint.Severity, error) {
	results := make([]lint.FileResult, len(ts.list))
	failOn := make([]*lint.Severity, len(ts.list))
	var order []*config.Config
	groups := map[*config.Config][]int{}
	for i, c := range ts.cfg {
		if _, ok := groups[c]; !ok {
			order = append(order, c)
		}
		groups[c] = append(groups[c], i)
	}
	for _, c := range order {
		// The flags were checked before, and the configuration when it was
		// read, so this fails only on a bug.
		plan, err := f.plan(changed, c)
		if err != nil {
			return nil, nil, err
		}
		opts, fo := plan.Options, plan.FailOn
		if p != nil {
			opts.Progress = func(int, int) { p.tick() }
		}
		idx := groups[c]
		group := make([]driver.Target, len(idx))
		for k, i := range idx {
			group[k] = ts.list[i]
		}
		for k, r := range driver.Run(group, opts) {
			results[idx[k]] = r
			failOn[idx[k]] = fo
		}
	}
	return results, failOn, nil
}
