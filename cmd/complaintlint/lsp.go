package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
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
	circuit := fs.String("circuit", "2", "federal circuit whose law governs: 1-11, dc or fed")
	state := fs.String("state", "NY", "state whose law the state-law counts plead (two-letter code)")
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
	c, err := lint.ParseCircuit(*circuit)
	if err != nil {
		fmt.Fprintf(stderr, "complaintlint lsp: %v\n", err)
		return exitError
	}
	st, err := lint.ParseState(*state)
	if err != nil {
		fmt.Fprintf(stderr, "complaintlint lsp: %v\n", err)
		return exitError
	}
	return lsp.Serve(context.Background(), stdin, stdout, lsp.Options{
		Checks:  checks.All,
		Lint:    lint.Options{Profile: lint.Profile{Circuit: c, State: st}, MaxFindings: lspMaxFindings},
		Version: versionString(),
		Log:     stderr,
	})
}
