package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/report"
)

// lintFlags are the flags of the default command.
type lintFlags struct {
	formats       []string
	color         string
	minSeverity   string
	failOn        string
	enable        []string
	disable       []string
	circuit       string
	state         string
	stdinFilename string
	inputFormat   string
	jobs          int
	noSummary     bool
	showVersion   bool
	maxFindings   int
}

func newLintFlagSet(stderr io.Writer) (*pflag.FlagSet, *lintFlags) {
	f := &lintFlags{}
	fs := pflag.NewFlagSet("complaintlint", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.StringArrayVarP(&f.formats, "format", "f", nil, "output format: text or line; repeatable, FORMAT=FILE writes to a file (default text)")
	fs.StringVar(&f.color, "color", "auto", "colour the text output: auto, always or never (auto honours NO_COLOR and non-terminal output)")
	fs.StringVar(&f.minSeverity, "min-severity", "info", "report only findings at or above this severity: info, warning or error")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding at or above this severity is reported: error, warning, info or none")
	fs.StringSliceVar(&f.enable, "enable", nil, "run only these rules (comma-separated rule ids; repeatable)")
	fs.StringSliceVar(&f.disable, "disable", nil, "do not run these rules (comma-separated rule ids; repeatable)")
	fs.StringVar(&f.circuit, "circuit", "2", "federal circuit whose law governs: 1-11, dc or fed")
	fs.StringVar(&f.state, "state", "NY", "state whose law the state-law counts plead (two-letter code)")
	fs.StringVar(&f.stdinFilename, "stdin-filename", "", "name to report for standard input (its extension picks the reader)")
	fs.StringVar(&f.inputFormat, "input-format", "", "read files as text, markdown or docx whatever their extension")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "files linted at once (default: number of CPUs)")
	fs.IntVar(&f.maxFindings, "max-findings", 500, "at most this many findings per file, then a summary line (0: no limit)")
	fs.BoolVar(&f.noSummary, "no-summary", false, "leave out the summary after the text output")
	fs.BoolVar(&f.showVersion, "version", false, "print the version and exit")
	fs.Usage = func() { usage(stderr, fs) }
	return fs, f
}

func usage(w io.Writer, fs *pflag.FlagSet) {
	fmt.Fprintf(w, `Usage: complaintlint [flags] [path ...]
       complaintlint rules | explain RULE | version | help

Lints draft civil complaints (.txt, .md, .docx; directories are searched;
"-" reads standard input) and reports pleading gaps with their authority.

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or
file errors.

Flags:
%s`, fs.FlagUsages())
}

func runHelp(_ []string, _ io.Reader, stdout, _ io.Writer) int {
	fs, _ := newLintFlagSet(stdout)
	usage(stdout, fs)
	return exitClean
}

// output is one requested format and where it goes.
type output struct {
	name string
	path string // empty: stdout
}

func parseFormats(specs []string) ([]output, error) {
	if len(specs) == 0 {
		specs = []string{"text"}
	}
	var out []output
	stdoutUsed := false
	for _, s := range specs {
		name, path, hasPath := strings.Cut(s, "=")
		name = strings.ToLower(strings.TrimSpace(name))
		if _, ok := reporterNames[name]; !ok {
			return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(formatNames(), ", "))
		}
		if hasPath && path == "" {
			return nil, fmt.Errorf("--format %s= needs a file name after '='", name)
		}
		if !hasPath {
			if stdoutUsed {
				return nil, errors.New("only one --format can write to standard output; give the others a file: --format sarif=out.sarif")
			}
			stdoutUsed = true
		}
		out = append(out, output{name: name, path: path})
	}
	return out, nil
}

func runLint(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, f := newLintFlagSet(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitClean
		}
		fmt.Fprintf(stderr, "complaintlint: %v\n", err)
		return exitError
	}
	if f.showVersion {
		return runVersion(nil, stdin, stdout, stderr)
	}
	opts, failOn, err := f.options()
	if err != nil {
		fmt.Fprintf(stderr, "complaintlint: %v\n", err)
		return exitError
	}
	outputs, err := parseFormats(f.formats)
	if err != nil {
		fmt.Fprintf(stderr, "complaintlint: %v\n", err)
		return exitError
	}
	paths := fs.Args()
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "complaintlint: no files given; name complaints to lint, a directory, or - for standard input (complaintlint --help)")
		return exitError
	}
	var targets []driver.Target
	for _, p := range paths {
		if p == "-" {
			name := f.stdinFilename
			if name == "" {
				name = "<stdin>"
			}
			targets = append(targets, driver.Target{Path: name, Stdin: stdin})
			continue
		}
		targets = append(targets, driver.Expand([]string{p})...)
	}
	results := driver.Run(targets, opts)

	useColor := decideColor(f.color, stdout)
	status := exitClean
	for _, o := range outputs {
		if err := writeOutput(o, results, useColor && o.path == "", f.noSummary, stdout); err != nil {
			fmt.Fprintf(stderr, "complaintlint: %v\n", err)
			status = exitError
		}
	}
	// Errors go to stderr as well, so a format written to a file or a
	// machine format on stdout never hides them.
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			if !textOnStdout(outputs) {
				fmt.Fprintf(stderr, "complaintlint: %s: %v\n", r.Path, r.Err)
			}
			status = exitError
		}
		for _, e := range r.CheckErrors {
			if !textOnStdout(outputs) {
				fmt.Fprintf(stderr, "complaintlint: %s: %v\n", r.Path, e)
			}
			status = exitError
		}
	}
	if status == exitError {
		return exitError
	}
	if failOn != nil && hasFindingAtLeast(results, *failOn) {
		return exitFindings
	}
	return exitClean
}

// textOnStdout reports whether a human format already printed file errors
// to standard output.
func textOnStdout(outs []output) bool {
	for _, o := range outs {
		if o.path == "" && (o.name == "text" || o.name == "line") {
			return true
		}
	}
	return false
}

func (f *lintFlags) options() (driver.Options, *lint.Severity, error) {
	var opts driver.Options
	opts.Checks = checks.All
	opts.Jobs = f.jobs
	opts.Lint.MaxFindings = f.maxFindings
	if f.inputFormat != "" {
		ok := false
		for _, n := range input.Formats {
			ok = ok || n == f.inputFormat
		}
		if !ok {
			return opts, nil, fmt.Errorf("unknown --input-format %q (want %s)", f.inputFormat, strings.Join(input.Formats, ", "))
		}
		opts.InputFormat = f.inputFormat
	}
	circuit, err := lint.ParseCircuit(f.circuit)
	if err != nil {
		return opts, nil, err
	}
	state, err := lint.ParseState(f.state)
	if err != nil {
		return opts, nil, err
	}
	opts.Lint.Profile = lint.Profile{Circuit: circuit, State: state}
	min, err := lint.ParseSeverity(f.minSeverity)
	if err != nil {
		return opts, nil, fmt.Errorf("--min-severity: %w", err)
	}
	opts.Lint.MinSeverity = min
	var failOn *lint.Severity
	if strings.ToLower(f.failOn) != "none" {
		s, err := lint.ParseSeverity(f.failOn)
		if err != nil {
			return opts, nil, fmt.Errorf("--fail-on: %w (or none)", err)
		}
		failOn = &s
	}
	if opts.Lint.Only, err = ruleSet(f.enable, "--enable"); err != nil {
		return opts, nil, err
	}
	if opts.Lint.Disabled, err = ruleSet(f.disable, "--disable"); err != nil {
		return opts, nil, err
	}
	return opts, failOn, nil
}

func ruleSet(ids []string, flag string) (map[string]bool, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	m := map[string]bool{}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if checks.ByID(id) == nil {
			return nil, fmt.Errorf("%s: unknown rule %q (complaintlint rules lists them)", flag, id)
		}
		m[id] = true
	}
	return m, nil
}

func hasFindingAtLeast(results []lint.FileResult, sev lint.Severity) bool {
	for i := range results {
		for _, f := range results[i].Findings {
			if f.Suppressed == nil && f.Severity >= sev {
				return true
			}
		}
	}
	return false
}

// decideColor applies --color: "always" and "never" win; "auto" colours
// only a terminal, and never when NO_COLOR is set (https://no-color.org) or
// TERM is "dumb".
func decideColor(mode string, stdout io.Writer) bool {
	switch strings.ToLower(mode) {
	case "always":
		return true
	case "never":
		return false
	}
	if env("NO_COLOR") != "" || env("TERM") == "dumb" {
		return false
	}
	return stdoutIsTerminal(stdout)
}

// reporterNames maps format names to constructors.
var reporterNames = map[string]func(color, noSummary bool) report.Reporter{
	"text": func(c, ns bool) report.Reporter { return report.Text{Color: c, NoSummary: ns} },
	"line": func(bool, bool) report.Reporter { return report.Line{} },
}

func formatNames() []string {
	names := make([]string, 0, len(reporterNames))
	for n := range reporterNames {
		names = append(names, n)
	}
	sortStrings(names)
	return names
}

func writeOutput(o output, results []lint.FileResult, color, noSummary bool, stdout io.Writer) error {
	rep := reporterNames[o.name](color, noSummary)
	if o.path == "" {
		return rep.Report(stdout, results)
	}
	// Write to a temporary file and rename, so a failed run never leaves a
	// half-written report where a CI step expects a whole one.
	tmp, err := os.CreateTemp(dirOf(o.path), ".complaintlint-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	if err := rep.Report(tmp, results); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	if err := os.Rename(tmp.Name(), o.path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}
