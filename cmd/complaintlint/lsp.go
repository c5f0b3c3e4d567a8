package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/config"
	"github.com/complaintlint/complaintlint/lint/lsp"
)

// lspMaxFindings caps findings per buffer as the CLI's default does, so a
// pasted-in exhibit cannot flood the editor.
const lspMaxFindings = 500

// runLSP serves the Language Server Protocol on standard input and output.
// The profile flags set the jurisdiction for every buffer; project
// configuration files will adjust it per file once the config package
// plugs into lsp.Options.Config.
func runLSP(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("complaintlint lsp", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	circuit := fs.String("circuit", "", "federal circuit whose law governs: 1-11, dc or fed (default: from the caption's court)")
	state := fs.String("state", "", "state whose law governs the common-law counts, two-letter code (default: what each count names, else the forum's state)")
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
	prof, err := parseProfile(*circuit, *state)
	if err != nil {
		fmt.Fprintf(stderr, "complaintlint lsp: %v\n", err)
		return exitError
	}
	return lsp.Serve(context.Background(), stdin, stdout, lsp.Options{
		Checks: checks.All,
		// One document at a time, so its checks may use every core.
		Lint:    lint.Options{Profile: prof, MaxFindings: lspMaxFindings, Workers: runtime.NumCPU()},
		Version: versionString(),
		Log:     stderr,
		// Each lint reads the nearest .complaintlint.yml afresh (a few
		// stats and a small parse), so an edited configuration applies to
		// the next keystroke; the server also re-lints when one is saved.
		Config:      lspConfig(fs.Changed),
		ConfigNames: []string{config.FileName},
	})
}

// lspConfig returns the language server's per-file configuration lookup.
func lspConfig(changed func(string) bool) lsp.ConfigFunc {
	return func(path string, base lint.Options) (lint.Options, error) {
		finder := &config.Finder{Known: knownRule}
		cfg, err := finder.ForFile(path)
		if err != nil || cfg == nil {
			return base, err
		}
		return applyConfigToLint(base, cfg, changed), nil
	}
}

// applyConfigToLint lays a project configuration over the language
// server's base options; flags given on the command line win, as in the CLI.
func applyConfigToLint(o lint.Options, cfg *config.Config, changed func(string) bool) lint.Options {
	if cfg.Circuit != "" && !changed("circuit") {
		o.Profile.Circuit = cfg.Circuit
	}
	if cfg.State != "" && !changed("state") {
		o.Profile.State = cfg.State
	}
	if len(cfg.Enable) > 0 {
		o.Only, _ = ruleSet(cfg.Enable, "rules.enable")
	}
	if len(cfg.Disable) > 0 {
		o.Disabled, _ = ruleSet(cfg.Disable, "rules.disable")
	}
	if cfg.Severity != nil {
		o.SeverityOverride = cfg.Severity
	}
	if cfg.MinSeverity != nil {
		o.MinSeverity = *cfg.MinSeverity
	}
	return o
}
