// Package config reads .complaintlint.yml, the file a team commits next to
// its complaints to choose the jurisdiction, adjust rules, pick which
// findings fail a run, limit directory walks and record accepted findings
// with their reasons.
//
// Every mistake in the file is an error naming the file and line
// (".complaintlint.yml:7: unknown rule \"cfaa-foo\""): a configuration that
// silently ignores a misspelt key or rule would let a deficient pleading
// pass.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/boundedfile"
	"github.com/complaintlint/complaintlint/lint/suppress"
)

// MaxSize is the largest configuration file read. A team's file, with a
// few hundred suppressions, is tens of KiB; the YAML parser holds about a
// hundred times the file's size, so a larger one is refused rather than
// parsed.
const MaxSize = 256 << 10

// FileName is the configuration file discovery looks for.
const FileName = ".complaintlint.yml"

// Config is one parsed configuration file. Empty fields were not set.
type Config struct {
	// Path is the file as it is shown in messages; Dir is its directory,
	// absolute, which relative patterns are relative to.
	Path string
	Dir  string

	Circuit, State string // already validated by lint.ParseCircuit / ParseState
	Enable         []string
	Disable        []string
	Severity       map[string]lint.Severity
	MinSeverity    *lint.Severity
	// FailOn is the severity that fails a run, nil when not set; FailNone
	// is "fail-on: none", nothing fails.
	FailOn   *lint.Severity
	FailNone bool
	Include  []string
	Exclude  []string
	Suppress []Suppression

	include, exclude []*glob
}

// Suppression is one entry of the suppress list.
type Suppression struct {
	Path   string // glob, relative to the configuration's directory
	Rule   string
	Reason string
	Text   string // optional anchor text
	Line   int

	path *glob
}

// Error is a mistake in a configuration file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads and parses a configuration file. display is the path shown in
// messages; known reports whether a rule id exists.
func Load(path, display string, known func(string) bool) (*Config, error) {
	data, err := boundedfile.Read(path, MaxSize, "a configuration")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{File: display, Msg: fmt.Sprintf("cannot read the configuration: %v", err)}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{File: display, Msg: err.Error()}
	}
	return Parse(data, display, filepath.Dir(abs), known)
}

// Parse parses configuration text. dir is the directory relative patterns
// are relative to.
func Parse(data []byte, display, dir string, known func(string) bool) (*Config, error) {
	c := &Config{Path: display, Dir: dir}
	p := parser{file: display, known: known}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil && !errors.Is(err, io.EOF) {
		return nil, p.yamlError(err)
	}
	// A second YAML document ("---") would be silently ignored; refuse it
	// rather than let an attorney believe its settings apply.
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, p.errorf(&extra, "a second YAML document (after ---); put every setting in one document")
	} else if !errors.Is(err, io.EOF) {
		return nil, p.yamlError(err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return c, nil // an empty file is a valid, empty configuration
	}
	doc := root.Content[0]
	if isNull(doc) {
		return c, nil
	}
	err := p.mapping(doc, "the configuration", map[string]func(*yaml.Node) error{
		"profile": func(n *yaml.Node) error {
			return p.mapping(n, "profile", map[string]func(*yaml.Node) error{
				"circuit": func(n *yaml.Node) error { return p.profileValue(n, "profile.circuit", lint.ParseCircuit, &c.Circuit) },
				"state":   func(n *yaml.Node) error { return p.profileValue(n, "profile.state", lint.ParseState, &c.State) },
			})
		},
		"rules": func(n *yaml.Node) error {
			return p.mapping(n, "rules", map[string]func(*yaml.Node) error{
				"enable":   func(n *yaml.Node) error { return p.ruleList(n, "rules.enable", &c.Enable) },
				"disable":  func(n *yaml.Node) error { return p.ruleList(n, "rules.disable", &c.Disable) },
				"severity": func(n *yaml.Node) error { return p.severities(n, &c.Severity) },
			})
		},
		"fail-on": func(n *yaml.Node) error {
			s, err := p.scalar(n, "fail-on")
			if err != nil || s == "" {
				return err
			}
			if strings.EqualFold(s, "none") {
				c.FailNone = true
				return nil
			}
			sev, err := lint.ParseSeverity(s)
			if err != nil {
				return p.errorf(n, "fail-on: unknown value %q (want error, warning, info or none)", s)
			}
			c.FailOn = &sev
			return nil
		},
		"min-severity": func(n *yaml.Node) error {
			s, err := p.scalar(n, "min-severity")
			if err != nil || s == "" {
				return err
			}
			sev, err := lint.ParseSeverity(s)
			if err != nil {
				return p.errorf(n, "min-severity: unknown value %q (want error, warning or info)", s)
			}
			c.MinSeverity = &sev
			return nil
		},
		"files": func(n *yaml.Node) error {
			return p.mapping(n, "files", map[string]func(*yaml.Node) error{
				"include": func(n *yaml.Node) error { return p.globs(n, "files.include", &c.Include, &c.include) },
				"exclude": func(n *yaml.Node) error { return p.globs(n, "files.exclude", &c.Exclude, &c.exclude) },
			})
		},
		"suppress": func(n *yaml.Node) error { return p.suppressions(n, &c.Suppress) },
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Rel is path relative to the configuration's directory, with forward
// slashes, as patterns see it.
func (c *Config) Rel(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// Includes applies files.include and files.exclude to a file found by a
// directory walk. Files named on the command line are always linted.
func (c *Config) Includes(path string) bool {
	if c == nil {
		return true
	}
	rel := c.Rel(path)
	if len(c.include) > 0 {
		in := false
		for _, g := range c.include {
			in = in || g.match(rel)
		}
		if !in {
			return false
		}
	}
	for _, g := range c.exclude {
		if g.match(rel) {
			return false
		}
	}
	return true
}

// Entries are the suppress list as the suppression step takes it.
func (c *Config) Entries() []suppress.Entry {
	if c == nil {
		return nil
	}
	out := make([]suppress.Entry, len(c.Suppress))
	for i, s := range c.Suppress {
		g := s.path
		out[i] = suppress.Entry{Rule: s.Rule, Reason: s.Reason, Text: s.Text,
			Applies: func(path string) bool { return g.match(c.Rel(path)) }}
	}
	return out
}
