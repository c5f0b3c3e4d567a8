package config

import (
	"os"
	"path/filepath"
	"strings"
)

// Finder discovers the configuration that applies to each file: the
// nearest .complaintlint.yml in the file's directory or above it, up to the
// filesystem root. Each directory is looked at once per run.
type Finder struct {
	// Known reports whether a rule id exists.
	Known func(string) bool
	// Cwd is where displayed paths are relative to (default: the working
	// directory).
	Cwd string

	dirs  map[string]*Config // absolute directory -> its configuration (nil: none)
	files map[string]*Config // absolute config file -> parsed
}

// ForFile returns the configuration for a file, nil when there is none.
func (f *Finder) ForFile(path string) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return f.ForDir(filepath.Dir(abs))
}

// ForDir returns the configuration for files in dir, nil when none.
func (f *Finder) ForDir(dir string) (*Config, error) {
	if f.dirs == nil {
		f.dirs, f.files = map[string]*Config{}, map[string]*Config{}
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	var walked []string
	var found *Config
	for d := dir; ; {
		if c, ok := f.dirs[d]; ok {
			found = c
			break
		}
		walked = append(walked, d)
		cand := filepath.Join(d, FileName)
		// A directory that cannot be read is passed over like one without
		// a configuration, as git does with unreadable parents.
		if info, err := os.Stat(cand); err == nil && info.Mode().IsRegular() {
			c, err := f.load(cand)
			if err != nil {
				return nil, err
			}
			found = c
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	for _, d := range walked {
		f.dirs[d] = found
	}
	return found, nil
}

func (f *Finder) load(path string) (*Config, error) {
	if c, ok := f.files[path]; ok {
		return c, nil
	}
	c, err := Load(path, f.display(path), f.Known)
	if err != nil {
		return nil, err
	}
	f.files[path] = c
	return c, nil
}

// display shows a configuration path relative to the working directory
// when it is below it, as a person would type it.
func (f *Finder) display(abs string) string {
	cwd := f.Cwd
	if cwd == "" {
		cwd, _ = os.Getwd()
	}
	if cwd != "" {
		if rel, err := filepath.Rel(cwd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return abs
}
