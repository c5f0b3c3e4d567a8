package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// version is set by the release build (scripts/release) from the tag:
// go build -ldflags "-X main.version=v0.1.0". Other builds report the
// module version `go install module@version` records, or "devel".
var version = ""

// versionString is the version reports and the language server carry:
// the release tag, or "devel".
func versionString() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(version, info)
}

func versionOf(stamped string, info *debug.BuildInfo) string {
	if stamped != "" {
		return stamped
	}
	if info != nil && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}

// buildDetails says which commit a development build was made from (Go
// records it when building inside a git clone), so a bug report from a
// build without a tag still names its source.
func buildDetails(info *debug.BuildInfo) string {
	if info == nil {
		return ""
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return ""
	}
	parts := []string{"commit " + rev[:min(12, len(rev))]}
	if when != "" {
		parts = append(parts, when)
	}
	if modified {
		parts = append(parts, "with uncommitted changes")
	}
	return strings.Join(parts, ", ")
}

func runVersion(_ []string, _ io.Reader, stdout, _ io.Writer) int {
	info, _ := debug.ReadBuildInfo()
	v := versionOf(version, info)
	if d := buildDetails(info); d != "" && v == "devel" {
		v += " (" + d + ")"
	}
	fmt.Fprintf(stdout, "complaintlint %s\n", v)
	return exitClean
}
