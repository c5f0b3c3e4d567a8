package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/lint/config"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/lsp"
)

// lspMaxFindings caps findings per buffer as the CLI's default does, so a
// pasted-in exhibit cannot flood the editor.
const lspMaxFindings = 500

// lspFlags are the lint flags the language server takes: the profile for
// every buffer (a project's configuration adjusts it per file).
var lspFlags = []string{"circuit", "state"}

// runLSP serves the Language Server Protocol on standard input and output.
// Each buffer gets the options the command line would use for the saved
// file, from the same flags and the same nearest .complaintlint.yml,
// suppressions included, through lintFlags.plan.
func runLSP(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	lfs, f := newLintFlagSet(stderr)
	fs := pflag.NewFlagSet("complaintlint lsp", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	for _, name := range lspFlags {
		fs.AddFlag(lfs.Lookup(name))
	}
	// Many editor clients start servers with --stdio; it is the only
	// transport, so the flag is accepted and changes nothing.
	fs.Bool("stdio", true, "talk LSP over standard input and output (the default and only transport)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: complaintlint lsp [flags]\n\nRuns the language server on standard input and output; an editor starts it.\n\nFlags:\n%s", fs.FlagUsages())
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitClean
		}
		fmt.Fprintf(stderr, "complaintlint lsp: %v\n", err)
		return exitError
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "complaintlint lsp: unexpected argument %q\n", fs.Arg(0))
		return exitError
	}
	f.maxFindings = lspMaxFindings
	plan, err := f.plan(fs.Changed, nil)
	base := plan.Options
	if err != nil {
		fmt.Fprintf(stderr, "complaintlint lsp: %v\n", err)
		return exitError
	}
	// One document at a time, so its checks may use every core.
	base.Lint.Workers = runtime.NumCPU()
	return lsp.Serve(context.Background(), stdin, stdout, lsp.Options{
		Checks:   base.Checks,
		Lint:     base.Lint,
		Pipeline: base.Pipeline,
		Version:  versionString(),
		Log:      stderr,
		// Each lint reads the nearest .complaintlint.yml afresh (a few
		// stats and a small parse), so an edited configuration applies to
		// the next keystroke; the server also re-lints when one is saved.
		Config:      lspConfig(f, fs.Changed),
		ConfigNames: []string{config.FileName},
	})
}

// lspConfig returns the language server's per-file configuration lookup:
// the options lintFlags.plan gives for the file's configuration, as
// the command line builds them.
func lspConfig(f *lintFlags, changed func(string) bool) lsp.ConfigFunc {
	return func(path string, base driver.Options) (driver.Options, error) {
		finder := &config.Finder{Known: knownRule}
		cfg, err := finder.ForFile(path)
		if err != nil || cfg == nil {
			return base, err
		}
		plan, err := f.plan(changed, cfg)
		if err != nil {
			return base, err
		}
		opts := plan.Options
		opts.Lint.Workers = base.Lint.Workers
		return opts, nil
	}
}
