package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/baseline"
	"github.com/complaintlint/complaintlint/lint/config"
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
	config        string
	baseline      string
	writeBaseline string
	diff          string
	timeout       time.Duration
	cpuProfile    string
	memProfile    string
}

func newLintFlagSet(stderr io.Writer) (*pflag.FlagSet, *lintFlags) {
	f := &lintFlags{}
	fs := pflag.NewFlagSet("complaintlint", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.StringArrayVarP(&f.formats, "format", "f", nil, "output format: text, line, json, sarif, github, checkstyle or html; repeatable, FORMAT=FILE writes to a file (default text; github under GitHub Actions)")
	fs.StringVar(&f.color, "color", "auto", "colour the text output: auto, always or never (auto honours NO_COLOR and non-terminal output)")
	fs.StringVar(&f.minSeverity, "min-severity", "info", "report only findings at or above this severity: info, warning or error")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding at or above this severity is reported: error, warning, info or none")
	fs.StringSliceVar(&f.enable, "enable", nil, "run only these rules (comma-separated rule ids; repeatable)")
	fs.StringSliceVar(&f.disable, "disable", nil, "do not run these rules (comma-separated rule ids; repeatable)")
	fs.StringVar(&f.circuit, "circuit", "", "federal circuit whose law governs: 1-11, dc or fed (default: from the caption's court)")
	fs.StringVar(&f.state, "state", "", "state whose law governs the common-law counts, two-letter code (default: what each count names, else the forum's state)")
	fs.StringVar(&f.stdinFilename, "stdin-filename", "", "name to report for standard input (its extension picks the reader)")
	fs.StringVar(&f.inputFormat, "input-format", "", "read files as text, markdown or docx whatever their extension")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "files linted at once (default: number of CPUs)")
	fs.IntVar(&f.maxFindings, "max-findings", 500, "at most this many findings per file, then a summary line (0: no limit)")
	fs.DurationVar(&f.timeout, "timeout-per-file", driver.DefaultTimeout, "give up on a file that takes more than this much processor time to lint (0: no limit; by default 10s plus 10s per MiB of the file)")
	fs.StringVar(&f.config, "config", "", "use this configuration file for every document instead of the nearest "+config.FileName)
	fs.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in this baseline file (and exit 0 unless a file could not be linted)")
	fs.StringVar(&f.diff, "diff", "", "report only findings on lines changed since this git revision (runs git diff)")
	fs.BoolVar(&f.noSummary, "no-summary", false, "leave out the summary after the text output")
	fs.BoolVar(&f.showVersion, "version", false, "print the version and exit")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	fs.StringVar(&f.memProfile, "memprofile", "", "write a heap profile at the end of the run to this file (for go tool pprof)")
	fs.Usage = func() { usage(stderr, fs) }
	return fs, f
}

func usage(w io.Writer, fs *pflag.FlagSet) {
	fmt.Fprintf(w, `Usage: complaintlint [flags] [path ...]
       complaintlint annotate [flags] DRAFT.docx -o REVIEWED.docx
       complaintlint rules | explain RULE | init | hook install | lsp | version | help

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

// parseFormats reads the --format values. With none, the output is text,
// or GitHub workflow commands when running under GitHub Actions (which sets
// GITHUB_ACTIONS=true), so a bare `complaintlint` step annotates the pull
// request.
func parseFormats(specs []string) ([]output, error) {
	if len(specs) == 0 {
		specs = []string{"text"}
		if env("GITHUB_ACTIONS") == "true" {
			specs = []string{"github"}
		}
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
		errorLine(stderr, "complaintlint", err)
		return exitError
	}
	if f.showVersion {
		return runVersion(nil, stdin, stdout, stderr)
	}
	fail := func(err error) int {
		errorLine(stderr, "complaintlint", err)
		return exitError
	}
	// Check the flags on their own first, so a typo is reported before any
	// file is read.
	if _, _, err := f.options(fs.Changed, nil); err != nil {
		return fail(err)
	}
	outputs, err := parseFormats(f.formats)
	if err != nil {
		return fail(err)
	}
	if err := f.checkFlags(); err != nil {
		return fail(err)
	}
	paths := fs.Args()
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "complaintlint: no files given; name complaints to lint, a directory, or - for standard input (complaintlint --help)")
		return exitError
	}
	// Nothing is read or written, not even a profile, until no output can
	// replace an input.
	if err := checkClobber(f.outputPaths(outputs), f.inputPaths(paths)); err != nil {
		return fail(err)
	}
	if f.writeBaseline != "" {
		if err := baseline.CheckReplaceable(f.writeBaseline); err != nil {
			return fail(err)
		}
	}
	stopProfiles, err := startProfiles(f.cpuProfile, f.memProfile)
	if err != nil {
		return fail(err)
	}
	defer func() {
		if err := stopProfiles(); err != nil {
			errorLine(stderr, "complaintlint", err)
		}
	}()
	cfgs, err := newConfigs(f.config)
	if err != nil {
		return fail(err)
	}
	targets, err := collectTargets(paths, f.stdinFilename, stdin, cfgs)
	if err != nil {
		return fail(err)
	}
	if f.diff != "" {
		if err := checkDiff(f.diff, targets); err != nil {
			return fail(err)
		}
	}
	var base *baseline.File
	if f.baseline != "" {
		if base, err = baseline.Read(f.baseline); err != nil {
			return fail(err)
		}
	}
	var prog *progress
	if stderrIsTerminal(stderr) && len(targets.list) > 1 {
		prog = newProgress(stderr, len(targets.list))
	}
	results, failOn, err := lintAll(targets, f, fs.Changed, prog)
	if prog != nil {
		prog.clear() // before any output
	}
	if err != nil {
		return fail(err)
	}

	// Baselines see every finding; --diff then narrows to changed lines.
	if f.writeBaseline != "" {
		n, err := writeBaseline(f.writeBaseline, results)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "complaintlint: recorded %s in %s\n", plural(n, "finding"), f.writeBaseline)
	}
	if base != nil {
		fmt.Fprintln(stderr, applyBaseline(base, f.baseline, results))
	}
	if f.diff != "" {
		filterDiff(f.diff, results)
	}

	status := exitClean
	useColor := decideColor(f.color, stdout)
	renv := reportEnv{noSummary: f.noSummary, tool: report.Tool{Version: versionString()}, rules: ruleCatalog()}
	renv.baseDir, _ = os.Getwd()
	for _, o := range outputs {
		renv.color = useColor && o.path == ""
		renv.toStdout = o.path == ""
		if err := writeOutput(o, results, renv, stdout); err != nil {
			errorLine(stderr, "complaintlint", err)
			status = exitError
		}
	}
	// Errors go to standard error, one line each, whatever the formats:
	// standard output carries only results (a machine format also keeps
	// them in its document), so `complaintlint -f line … | tool` never
	// mixes the two.
	// The line is the line format's "path: error: message", the shape
	// compilers print on standard error, which editors read from both
	// streams.
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			errorLine(stderr, report.Visible(r.Path)+": error", r.Err)
			status = exitError
		}
		for _, e := range r.CheckErrors {
			errorLine(stderr, report.Visible(r.Path)+": error", e)
			status = exitError
		}
	}
	if status == exitError {
		return exitError
	}
	if f.writeBaseline != "" {
		return exitClean // the findings were just accepted
	}
	for i := range results {
		if failOn[i] != nil && hasFindingAtLeast(results[i:i+1], *failOn[i]) {
			return exitFindings
		}
	}
	return exitClean
}

// checkFlags rejects values and combinations of flags options does not
// read.
func (f *lintFlags) checkFlags() error {
	switch strings.ToLower(f.color) {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("--color: unknown value %q (want auto, always or never)", f.color)
	}
	if f.writeBaseline != "" && f.baseline != "" {
		return errors.New("--baseline and --write-baseline cannot be used together; write the new baseline in a separate run")
	}
	if f.writeBaseline != "" && f.diff != "" {
		return errors.New("--write-baseline records every finding; it cannot be combined with --diff")
	}
	return nil
}

// outputPaths are the files the run writes.
func (f *lintFlags) outputPaths(outs []output) []namedPath {
	var ps []namedPath
	for _, o := range outs {
		if o.path != "" {
			ps = append(ps, namedPath{"--format " + o.name + "=", o.path})
		}
	}
	for _, p := range []namedPath{{"--write-baseline", f.writeBaseline}, {"--cpuprofile", f.cpuProfile}, {"--memprofile", f.memProfile}} {
		if p.path != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

// inputPaths are the files and folders the run reads. Standard input
// stands for the file --stdin-filename names (a hook pipes the staged
// version of the working copy), so that file counts as read.
func (f *lintFlags) inputPaths(paths []string) []namedPath {
	var ps []namedPath
	for _, p := range paths {
		if p == "-" {
			if f.stdinFilename != "" {
				ps = append(ps, namedPath{"--stdin-filename", f.stdinFilename})
			}
			continue
		}
		ps = append(ps, namedPath{"complaint", p})
	}
	for _, p := range []namedPath{{"--config", f.config}, {"--baseline", f.baseline}} {
		if p.path != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

// errorLine writes err to w as one line after prefix, rendered Visible:
// errors quote file names, which may hold control characters.
func errorLine(w io.Writer, prefix string, err error) {
	fmt.Fprintf(w, "%s: %s\n", prefix, report.Visible(err.Error()))
}

// options builds the lint options for files under cfg (nil: flags only).
// A flag given on the command line wins over the configuration; changed
// reports whether it was given.
func (f *lintFlags) options(changed func(string) bool, cfg *config.Config) (driver.Options, *lint.Severity, error) {
	var opts driver.Options
	opts.Checks = checks.All
	if f.jobs < 0 {
		return opts, nil, fmt.Errorf("--jobs must be 1 or more (0, the default, means one per CPU); got %d", f.jobs)
	}
	opts.Jobs = f.jobs
	if f.maxFindings < 0 {
		return opts, nil, fmt.Errorf("--max-findings must not be negative (0 means no limit); got %d", f.maxFindings)
	}
	opts.Lint.MaxFindings = f.maxFindings
	if f.timeout < 0 {
		return opts, nil, fmt.Errorf("--timeout-per-file must not be negative (0 means no limit)")
	}
	opts.Timeout = f.timeout
	if !changed("timeout-per-file") {
		// The default budget grows with the file; a budget the user
		// gives is the budget.
		opts.TimeoutPerMiB = driver.DefaultTimeoutPerMiB
	}
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
	prof, err := parseProfile(f.circuit, f.state)
	if err != nil {
		return opts, nil, err
	}
	opts.Lint.Profile = prof
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
	if cfg == nil {
		return opts, failOn, nil
	}
	// The configuration's values were validated when it was read.
	if cfg.Circuit != "" && !changed("circuit") {
		opts.Lint.Profile.Circuit = cfg.Circuit
	}
	if cfg.State != "" && !changed("state") {
		opts.Lint.Profile.State = cfg.State
	}
	if len(cfg.Enable) > 0 && !changed("enable") {
		opts.Lint.Only, _ = ruleSet(cfg.Enable, "rules.enable")
	}
	if len(cfg.Disable) > 0 && !changed("disable") {
		opts.Lint.Disabled, _ = ruleSet(cfg.Disable, "rules.disable")
	}
	opts.Lint.SeverityOverride = cfg.Severity
	if cfg.MinSeverity != nil && !changed("min-severity") {
		opts.Lint.MinSeverity = *cfg.MinSeverity
	}
	if !changed("fail-on") {
		switch {
		case cfg.FailNone:
			failOn = nil
		case cfg.FailOn != nil:
			failOn = cfg.FailOn
		}
	}
	opts.Suppress.Entries = cfg.Entries()
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
		if ruleByID(id) == nil {
			return nil, fmt.Errorf("%s: unknown rule %q (complaintlint rules lists them)", flag, id)
		}
		m[id] = true
	}
	return m, nil
}

func hasFindingAtLeast(results []lint.FileResult, sev lint.Severity) bool {
	for i := range results {
		for _, f := range results[i].Findings {
			if f.Suppressed == nil && !f.Notice && f.Severity >= sev {
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

// reportEnv is what reporters may need to know about the run.
type reportEnv struct {
	color, noSummary bool
	// toStdout is set for the format on standard output, which leaves the
	// file errors to standard error.
	toStdout bool
	tool     report.Tool
	rules    []*lint.Check
	baseDir  string // the working directory, SARIF's %SRCROOT%
}

// reporterNames maps format names to constructors.
var reporterNames = map[string]func(e reportEnv) report.Reporter{
	"text": func(e reportEnv) report.Reporter {
		return report.Text{Color: e.color, NoSummary: e.noSummary, OmitErrors: e.toStdout}
	},
	"line": func(e reportEnv) report.Reporter { return report.Line{OmitErrors: e.toStdout} },
	"json": func(e reportEnv) report.Reporter { return report.JSON{Tool: e.tool, Indent: true} },
	"sarif": func(e reportEnv) report.Reporter {
		return report.SARIF{Tool: e.tool, Rules: e.rules, BaseDir: e.baseDir}
	},
	"github":     func(e reportEnv) report.Reporter { return report.GitHub{BaseDir: e.baseDir} },
	"checkstyle": func(reportEnv) report.Reporter { return report.Checkstyle{} },
	"html":       func(e reportEnv) report.Reporter { return report.HTML{Rules: e.rules} },
}

func formatNames() []string {
	names := make([]string, 0, len(reporterNames))
	for n := range reporterNames {
		names = append(names, n)
	}
	sortStrings(names)
	return names
}

func writeOutput(o output, results []lint.FileResult, env reportEnv, stdout io.Writer) error {
	rep := reporterNames[o.name](env)
	if o.path == "" {
		return rep.Report(stdout, results)
	}
	return writeFileAtomic(o.path, func(w io.Writer) error { return rep.Report(w, results) })
}

// writeFileAtomic writes to a temporary file beside path and renames it,
// so a failed run never leaves a half-written report where a CI step
// expects a whole one.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	return writeFileAtomicMode(path, 0o644, write)
}

// writeFileAtomicMode is writeFileAtomic giving the file the mode perm.
// The rename replaces a symbolic link at path rather than writing through
// it to whatever file it points to.
func writeFileAtomicMode(path string, perm os.FileMode, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(dirOf(path), ".complaintlint-*")
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("writing %s: directory %s does not exist", path, dirOf(path))
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// CreateTemp makes the file private (0600); a report is an ordinary
	// file the rest of the pipeline reads, a hook a program git runs.
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// parseProfile reads --circuit and --state; an empty value leaves the
// forum to the caption and the counts (RULES-FORUM.md §F1.3).
func parseProfile(circuit, state string) (lint.Profile, error) {
	var p lint.Profile
	var err error
	if circuit != "" {
		if p.Circuit, err = lint.ParseCircuit(circuit); err != nil {
			return p, fmt.Errorf("--circuit: %w", err)
		}
	}
	if state != "" {
		if p.State, err = lint.ParseState(state); err != nil {
			return p, fmt.Errorf("--state: %w", err)
		}
	}
	return p, nil
}
