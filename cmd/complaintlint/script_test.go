package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// The shared -update flag (lint/linttest) is linked in so that
// `go test ./... -update` runs in every package; this package has no
// golden files.
var _ = linttest.Update

// TestMain lets the test binary act as the complaintlint command, so the
// scripts under testdata/script drive the real CLI as a user would: its
// arguments, standard input, exit status and files.
func TestMain(m *testing.M) {
	// The hostile-input suite runs the command in a child process of its
	// own to measure its peak memory.
	if os.Getenv(asCLI) == "1" {
		os.Exit(runProcess())
	}
	if f := os.Getenv(asReaper); f != "" {
		os.Exit(reap(f))
	}
	testscript.Main(m, map[string]func(){
		"complaintlint": func() { os.Exit(runProcess()) },
	})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: docxCmds,
		Setup: func(e *testscript.Env) error {
			// git (the hook and --diff scripts) needs an identity to commit
			// and must not read the developer's configuration.
			e.Setenv("GIT_AUTHOR_NAME", "Test")
			e.Setenv("GIT_AUTHOR_EMAIL", "test@example.com")
			e.Setenv("GIT_COMMITTER_NAME", "Test")
			e.Setenv("GIT_COMMITTER_EMAIL", "test@example.com")
			e.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			e.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
			return nil
		},
	})
}
