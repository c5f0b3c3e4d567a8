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
