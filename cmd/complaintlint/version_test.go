package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	proxied := &debug.BuildInfo{Main: debug.Module{Version: "v0.2.0"}}
	clone := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"},
		{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	cases := []struct {
		stamped string
		info    *debug.BuildInfo
		want    string
	}{
		{"v0.1.0", clone, "v0.1.0"}, // a release build: the tag wins
		{"", proxied, "v0.2.0"},     // go install module@v0.2.0
		{"", clone, "devel"},        // go build in a clone
		{"", nil, "devel"},          // no build information at all
		{"", &debug.BuildInfo{}, "devel"},
	}
	for _, c := range cases {
		if got := versionOf(c.stamped, c.info); got != c.want {
			t.Errorf("versionOf(%q, %+v) = %q, want %q", c.stamped, c.info, got, c.want)
		}
	}
	if got, want := buildDetails(clone), "commit 0123456789ab, 2026-12-01T10:00:00Z, with uncommitted changes"; got != want {
		t.Errorf("buildDetails = %q, want %q", got, want)
	}
	if got := buildDetails(proxied); got != "" {
		t.Errorf("buildDetails without VCS information = %q, want none", got)
	}
}
