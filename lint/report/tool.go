package report

import (
	"path/filepath"
	"strings"
)

// Tool identifies the program in machine formats (JSON, SARIF).
type Tool struct {
	Name           string `json:"name"`
	Version        string `json:"version"`
	InformationURI string `json:"informationUri,omitempty"`
}

// DefaultTool is complaintlint with an unknown version; the CLI fills the
// version it was built with.
var DefaultTool = Tool{Name: "complaintlint", Version: "devel", InformationURI: "https://github.com/complaintlint/complaintlint"}

func (t Tool) orDefault() Tool {
	if t.Name == "" {
		t.Name = DefaultTool.Name
	}
	if t.Version == "" {
		t.Version = DefaultTool.Version
	}
	if t.InformationURI == "" {
		t.InformationURI = DefaultTool.InformationURI
	}
	return t
}

// slashPath is a result path as tools on every platform expect it:
// forward slashes, no leading "./".
func slashPath(p string) string {
	p = filepath.ToSlash(p)
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	return p
}

// relativeTo makes an absolute path inside base relative to it, so tools
// that resolve paths against the repository root (GitHub, code scanning)
// find the file; other paths are returned as they are. ok reports whether
// the result is relative.
func relativeTo(base, path string) (string, bool) {
	if !filepath.IsAbs(path) {
		return slashPath(path), true
	}
	if base != "" {
		if rel, err := filepath.Rel(base, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return slashPath(rel), true
		}
	}
	return path, false
}
