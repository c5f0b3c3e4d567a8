package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/complaintlint/complaintlint/lint/config"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
)

// A namedPath is a file the run reads or writes, with the flag or argument
// that names it, so a clash says which two options collide.
type namedPath struct {
	what string // "--format json", "--cpuprofile", "input", "--config"
	path string
}

func (p namedPath) String() string {
	if strings.HasSuffix(p.what, "=") {
		return p.what + p.path
	}
	return p.what + " " + p.path
}

// checkClobber refuses a run that would write over something it reads or
// over something another output writes: a report, baseline or profile
// named like the complaint (directly, through a symbolic link or a hard
// link), like a configuration or baseline it reads, or placed where a
// folder being linted would pick it up as a complaint. It only stats
// paths, so nothing has been read or written when it fails.
func checkClobber(outs, ins []namedPath) error {
	for i, o := range outs {
		if info, err := os.Stat(o.path); err == nil && info.IsDir() {
			return fmt.Errorf("%s: that is a folder; name the file to write, e.g. %s", o, filepath.Join(o.path, suggestName(o.what)))
		}
		if filepath.Base(o.path) == config.FileName {
			return fmt.Errorf("%s would replace a complaintlint configuration; write it to another file", o)
		}
		for _, p := range outs[:i] {
			if samePath(o.path, p.path) {
				return fmt.Errorf("%s and %s write the same file; give each its own name", p, o)
			}
		}
		for _, in := range ins {
			if samePath(o.path, in.path) {
				return fmt.Errorf("%s would overwrite the %s it reads; write it to another file", o, in)
			}
			dir, ok := folder(in.path)
			if !ok {
				continue
			}
			if input.Lintable(o.path) && inside(o.path, dir) {
				return fmt.Errorf("%s is inside the folder %s being linted, where it would be read as a complaint; write it outside that folder or with another extension", o, in.path)
			}
			// A hard link from elsewhere to a complaint in the folder.
			if _, err := os.Stat(o.path); err == nil {
				for _, t := range driver.Expand([]string{in.path}) {
					if t.Err == nil && samePath(o.path, t.Path) {
						return fmt.Errorf("%s is the same file as %s, which is linted; write it to another file", o, t.Path)
					}
				}
			}
		}
	}
	return nil
}

func suggestName(what string) string {
	switch {
	case strings.Contains(what, "baseline"):
		return "complaintlint-baseline.json"
	case strings.Contains(what, "profile"):
		return "complaintlint.pprof"
	case strings.Contains(what, "annotate"):
		return "reviewed.docx"
	}
	return "complaintlint-report"
}

// samePath reports whether a and b name one file: the same absolute path,
// or, when both exist, the same file through links (os.SameFile).
func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	if errA == nil && errB == nil && absA == absB {
		return true
	}
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(ia, ib)
}

// folder returns the real path of p when it is a directory.
func folder(p string) (string, bool) {
	info, err := os.Stat(p)
	if err != nil || !info.IsDir() {
		return "", false
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", false
	}
	real, err = filepath.Abs(real)
	return real, err == nil
}

// inside reports whether the file path (which may not exist yet) lies in
// the real directory dir or below it.
func inside(path, dir string) bool {
	parent, err := filepath.EvalSymlinks(filepath.Dir(path))
	if errors.Is(err, fs.ErrNotExist) {
		parent = filepath.Dir(path)
	} else if err != nil {
		return false
	}
	parent, err = filepath.Abs(parent)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, parent)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
