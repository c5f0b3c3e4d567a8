// Command complaintlint reads a draft civil complaint the way a judge
// deciding a Rule 12(b)(6) motion would and reports the pleading gaps that
// get claims dismissed, each with its line and column, the governing
// authority and what to add.
//
// This package only parses flags, decides about colour and calls the
// engine; exit codes are the constants below.
package main

import (
	"io"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/complaintlint/complaintlint/lint/driver"
)

// Exit codes.
const (
	exitClean    = 0 // no finding at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // a usage error, or a file that could not be read or linted
)

func main() {
	os.Exit(runProcess())
}

// runProcess is the whole process: the memory limit and the first
// collection's target, then the command.
func runProcess() int {
	limitMemory()
	deferFirstCollection()
	return run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// startupGCPercent is the collector's target (GOGC) until its first
// collection. A short run (one file of a few lines, --version, a hook on
// a small draft) allocates about 5 MB, mostly the cue patterns and
// lexicons it compiles once; at Go's default the first collection starts
// at 4 MB and its marking costs as much CPU as the lint itself. At 400
// the first collection waits for 16 MB, so a short run ends before one.
const startupGCPercent = 400

// deferFirstCollection sets startupGCPercent until the first collection
// has run, then restores the default, so a long run (a folder, the
// language server) keeps its usual heap; the memory limit holds either
// way. GOGC, when set, wins.
func deferFirstCollection() {
	if os.Getenv("GOGC") != "" {
		return
	}
	prev := debug.SetGCPercent(startupGCPercent)
	// The cleanup of an object nothing refers to runs after the first
	// collection that finds it unreachable: the first one.
	runtime.AddCleanup(new(firstCollection), func(prev int) { debug.SetGCPercent(prev) }, prev)
}

// firstCollection is the object whose cleanup marks the first collection;
// it holds a pointer so that it is not one of the tiny allocations a
// cleanup may never run for.
type firstCollection struct{ _ *int }

// limitMemory sets driver.MemoryLimit; GOMEMLIMIT, when set, wins.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(driver.MemoryLimit)
	}
}

// env is the process environment the CLI consults (NO_COLOR, TERM,
// GITHUB_ACTIONS); tests replace it.
var env = os.Getenv

// stdoutIsTerminal reports whether w is a terminal; tests replace it.
var stdoutIsTerminal = isTerminal

// subcommand runs a named subcommand with the arguments after its name.
type subcommand func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// subcommands are the words that are not paths. A file actually named like
// a subcommand can still be linted as "./rules".
var subcommands = map[string]subcommand{
	"rules":    runRules,
	"explain":  runExplain,
	"init":     runInit,
	"hook":     runHook,
	"version":  runVersion,
	"help":     runHelp,
	"lsp":      runLSP,
	"annotate": runAnnotate,
	"chart":    runChart,
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if sc, ok := subcommands[args[0]]; ok {
			return sc(args[1:], stdin, stdout, stderr)
		}
	}
	return runLint(args, stdin, stdout, stderr)
}
