package config

import (
	"errors"
	"fmt"
	"io/fs"
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
		present, err := f.present(cand)
		if err != nil {
			return nil, err
		}
		if present {
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

// present reports whether a configuration file is at path. A directory
// that cannot be read is passed over like one without a configuration, as
// git does with unreadable parents. Anything else there that is not a
// readable regular file (a symbolic link in a loop or to nothing, a named
// pipe, a device, a folder) is an error: passing over it would silently
// drop the suppressions and settings the user put there. Only the file's
// mode is looked at, so a named pipe is never opened.
func (f *Finder) present(path string) (bool, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return false, nil
	}
	if err != nil {
		return false, &Error{File: f.display(path), Msg: fmt.Sprintf("cannot read the configuration: %v", unwrapPath(err))}
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		if info, err = os.Stat(path); err != nil {
			return false, &Error{File: f.display(path), Msg: fmt.Sprintf("a symbolic link that cannot be followed (%v); fix or remove it", unwrapPath(err))}
		}
	}
	if !info.Mode().IsRegular() {
		return false, &Error{File: f.display(path), Msg: fmt.Sprintf("not a regular file (%s); a configuration is a YAML file, so replace it with one or remove it", modeName(info.Mode()))}
	}
	return true, nil
}

// unwrapPath drops the operation and path an fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func modeName(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return m.Type().String()
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
