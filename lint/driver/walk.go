//go:build !(js && wasm)

package driver

// The file-system walk is left out of the WebAssembly build: a browser
// page hands the driver a file's bytes, never a path to expand.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/complaintlint/complaintlint/lint/input"
)

// Expand turns command-line paths into targets. Directories are walked for
// .txt, .md, .markdown and .docx files in lexical order; symbolic links to
// directories are not followed (a loop must not hang a hook). A path that
// does not exist becomes a target carrying its error, so the other paths
// are still linted.
func Expand(paths []string) []Target {
	var out []Target
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, Target{Path: p, Err: describe(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				out = append(out, Target{Path: p, Err: fmt.Errorf("not a regular file (%s)", kind(info.Mode()))})
				continue
			}
			out = append(out, Target{Path: p})
			continue
		}
		var found []Target
		skippedLinks := 0
		// A folder named on the command line through a symbolic link is
		// walked: WalkDir does not follow a link at its root, but does
		// follow one written with a trailing separator. Links inside the
		// folder are still not followed.
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 && !strings.HasSuffix(p, string(filepath.Separator)) {
			root = p + string(filepath.Separator)
		}
		walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, Target{Path: path, Err: describe(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != root && (d.Name() == ".git" || d.Name() == "node_modules") {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 && input.Lintable(path) {
				skippedLinks++
			}
			if d.Type()&fs.ModeSymlink != 0 || !d.Type().IsRegular() {
				return nil
			}
			if input.Lintable(path) {
				found = append(found, Target{Path: path})
			}
			return nil
		})
		if walkErr != nil {
			found = append(found, Target{Path: p, Err: describe(walkErr)})
		}
		if len(found) == 0 {
			msg := "directory has no .txt, .md or .docx files to lint"
			if skippedLinks > 0 {
				links := "links"
				if skippedLinks == 1 {
					links = "link"
				}
				msg += fmt.Sprintf(" (it holds %d symbolic %s to such files, which are not followed inside a folder; name them on the command line)", skippedLinks, links)
			}
			out = append(out, Target{Path: p, Err: errors.New(msg)})
		}
		out = append(out, found...)
	}
	return out
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return m.String()
}
