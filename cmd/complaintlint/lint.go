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

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/baseline"
	"github.com/complaintlint/complaintlint/lint/config"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/process"
	"github.com/complaintlint/complaintlint/lint/process/diff"
	"github.com/complaintlint/complaintlint/lint/report"
	"github.com/complaintlint/complaintlint/lint/runopts"
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

	// base applies the --baseline file once it is read, over every file.
	base *process.Baseline
}

func newLintFlagSet(stderr io.Writer) (*pflag.FlagSet, *lintFlags) {
	f := &lintFlags{}
	def := runopts.Defaults()
	fs := pflag.NewFlagSet("complaintlint", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.StringArrayVarP(&f.formats, "format", "f", nil, "output format: text, line, json, sarif, github, checkstyle or html; repeatable, FORMAT=FILE writes to a file (default text; github under GitHub Actions)")
	fs.StringVar(&f.color, "color", "auto", "colour the text output: auto, always or never (auto honours NO_COLOR and non-terminal output)")
	fs.StringVar(&f.minSeverity, "min-severity", def.MinSeverity, "report only findings at or above this severity: info, warning or error")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding at or above this severity is reported: error, warning, info or none")
	fs.StringSliceVar(&f.enable, "enable", nil, "run only these rules (comma-separated rule ids; repeatable)")
	fs.StringSliceVar(&f.disable, "disable", nil, "do not run these rules (comma-separated rule ids; repeatable)")
	fs.StringVar(&f.circuit, "circuit", def.Circuit, "federal circuit whose law governs: 1-11, dc or fed (default: from the caption's court)")
	fs.StringVar(&f.state, "state", def.State, "state whose law governs the common-law counts, two-letter code (default: what each count names, else the forum's state)")
	fs.StringVar(&f.stdinFilename, "stdin-filename", "", "name to report for standard input (its extension picks the reader)")
	fs.StringVar(&f.inputFormat, "input-format", "", "read files as text, markdown or docx whatever their extension")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "files linted at once (default: number of CPUs)")
	fs.IntVar(&f.maxFindings, "max-findings", def.MaxFindings, "at most this many findings per file, then a summary line (0: no limit)")
	fs.DurationVar(&f.timeout, "timeout-per-file", def.Timeout, "give up on a file that takes more than this much processor time to lint (0: no limit; by default 10s plus 10s per MiB of the file)")
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
       complaintlint chart [flags] path ...
       complaintlint annotate [flags] DRAFT.docx -o REVIEWED.docx
       complaintlint rules | explain RULE | init | hook install | lsp | version | help

Lints draft civil complaints (.txt, .md, .docx; directories are searched;
"-" reads standard input) and reports pleading gaps with their authority.

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or
file errors.

Flags:
%s`, fs.FlagUsages())
}

func chartUsage(w io.Writer, fs *pflag.FlagSet) {
	fmt.Fprintf(w, `Usage: complaintlint chart [flags] path ...

Prints the element chart: for every count, the elements of its claim in the
order courts list them, whether each is pleaded, thin, missing or not
checked, the paragraphs that carry it and the rule that decided it. It is
built from the same run as the findings; --format json adds the chart to
each count as its "elements" array.

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

// formatsWithoutChart are the formats that never show the element chart,
// so that a run writing only these records no trace for it (on a long
// complaint, megabytes of observations held through the lint). Any other
// format, and the text of `complaintlint chart`, shows it.
var formatsWithoutChart = map[string]bool{"text": true, "line": true, "sarif": true, "github": true, "checkstyle": true}

// showsChart reports whether one of the outputs shows the element chart.
func showsChart(outputs []output, chartText bool) bool {
	if chartText {
		return true
	}
	for _, o := range outputs {
		if !formatsWithoutChart[o.name] {
			return true
		}
	}
	return false
}

func runLint(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return lintOrChart(args, false, stdin, stdout, stderr)
}

// runChart is `complaintlint chart FILE…`: the lint run with the element
// chart as its text output (the other formats are unchanged; JSON carries
// the chart in every count's elements array).
func runChart(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return lintOrChart(args, true, stdin, stdout, stderr)
}

func lintOrChart(args []string, chartText bool, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, f := newLintFlagSet(stderr)
	if chartText {
		fs.Usage = func() { chartUsage(stderr, fs) }
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitClean
		}
		errorLine(stderr, err)
		return exitError
	}
	if f.showVersion {
		return runVersion(nil, stdin, stdout, stderr)
	}
	fail := func(err error) int {
		errorLine(stderr, err)
		return exitError
	}
	// Check the flags on their own first, so a typo is reported before any
	// file is read.
	if _, err := f.plan(fs.Changed, nil); err != nil {
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
			errorLine(stderr, err)
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
	if f.baseline != "" {
		b, err := baseline.Read(f.baseline)
		if err != nil {
			return fail(err)
		}
		f.base = process.NewBaseline(b, baseDir(f.baseline))
	}
	var prog *progress
	if stderrIsTerminal(stderr) && len(targets.list) > 1 {
		prog = newProgress(stderr, len(targets.list))
	}
	plans, err := groupPlans(targets, f, fs.Changed)
	if err != nil {
		return fail(err)
	}
	if !showsChart(outputs, chartText) {
		for _, o := range plans.opts {
			o.Lint.NoTrace = true
		}
	}

	useColor := decideColor(f.color, stdout)
	renv := reportEnv{noSummary: f.noSummary, tool: report.Tool{Version: versionString()}, rules: runopts.RuleCatalog(), chart: chartText, files: len(targets.list)}
	renv.baseDir, _ = os.Getwd()
	sinks := openSinks(outputs, renv, useColor, stdout)
	defer closeSinks(sinks)

	// Each result is written to every output as soon as it and every file
	// before it are linted, then dropped: the run keeps of each file only
	// what comes after the outputs (its error lines, whether it fails the
	// run, its baseline entries).
	var (
		errLines []string
		failed   bool // a finding at or above its file's --fail-on
		entries  []baseline.Entry
		baseAt   = baseDir(f.writeBaseline)
	)
	// A progress line shares the terminal with an output on standard
	// output: it is erased while a file is written there, and drawn again
	// after.
	holdProgress := prog != nil && toStdout(outputs)
	run := driver.Streamed{
		Jobs:    plans.jobs,
		Options: func(i int) *driver.Options { return plans.opts[i] },
		Emit: func(i int, r *lint.FileResult) {
			if holdProgress {
				prog.hold()
				defer prog.release()
			}
			for _, s := range sinks {
				s.write(r)
			}
			if r.Err != nil {
				errLines = append(errLines, report.ErrorLine(r.Path, r.Err))
			}
			for _, e := range r.CheckErrors {
				errLines = append(errLines, report.ErrorLine(r.Path, e))
			}
			if fo := plans.failOn[i]; fo != nil && hasFindingAtLeast(r, *fo) {
				failed = true
			}
			// A baseline records every finding (--write-baseline excludes
			// --baseline and --diff, which the run's processors applied).
			if f.writeBaseline != "" {
				entries = append(entries, baseline.Entries(r, baseAt)...)
			}
		},
	}
	if prog != nil {
		run.Progress = func(int, int) { prog.tick() }
	}
	run.Run(targets.list)
	if prog != nil {
		prog.clear() // before anything more is written
	}

	if f.writeBaseline != "" {
		n, err := writeBaseline(f.writeBaseline, baseline.FromEntries(entries))
		if err != nil {
			return fail(err) // the outputs' files are not kept either
		}
		fmt.Fprintf(stderr, "complaintlint: recorded %s in %s\n", plural(n, "finding"), f.writeBaseline)
	}
	if f.base != nil {
		fmt.Fprintln(stderr, baselineOutcome(f.base.Outcome(), f.baseline))
	}

	status := exitClean
	for _, s := range sinks {
		if err := s.finish(); err != nil {
			errorLine(stderr, err)
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
	for _, l := range errLines {
		fmt.Fprintln(stderr, l)
		status = exitError
	}
	if status == exitError {
		return exitError
	}
	if f.writeBaseline != "" {
		return exitClean // the findings were just accepted
	}
	if failed {
		return exitFindings
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

// errorLine writes err to w as the command's one line, rendered Visible:
// errors quote file names, which may hold control characters.
func errorLine(w io.Writer, err error) {
	fmt.Fprintf(w, "complaintlint: %s\n", report.Visible(err.Error()))
}

// choices are the flags' settings of the run.
func (f *lintFlags) choices() runopts.Choices {
	return runopts.Choices{
		Circuit:     f.circuit,
		State:       f.state,
		MinSeverity: f.minSeverity,
		Enable:      f.enable,
		Disable:     f.disable,
		MaxFindings: f.maxFindings,
		Timeout:     f.timeout,
		// The default budget grows with the file; a budget the user
		// gives is the budget (options drops the growth then).
		TimeoutPerMiB: runopts.Defaults().TimeoutPerMiB,
		InputFormat:   f.inputFormat,
		Jobs:          f.jobs,
		FailOn:        f.failOn,
		Baseline:      f.base,
		Diff:          f.diffProcessor(),
	}
}

// plan is the run's plan for files under cfg (nil: flags only). A flag
// given on the command line wins over the configuration; changed reports
// whether it was given.
func (f *lintFlags) plan(changed func(string) bool, cfg *config.Config) (runopts.Plan, error) {
	c := f.choices()
	if changed("timeout-per-file") {
		c.TimeoutPerMiB = 0
	}
	return c.Plan(configured(cfg), changed)
}

// diffProcessor is --diff's processor, nil without the flag.
func (f *lintFlags) diffProcessor() process.Processor {
	if f.diff == "" {
		return nil
	}
	return diff.Diff{Rev: f.diff}
}

func hasFindingAtLeast(r *lint.FileResult, sev lint.Severity) bool {
	for _, f := range r.Findings {
		if f.Suppressed == nil && !f.Notice && f.Severity >= sev {
			return true
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
	chart    bool   // text output is the element chart
	files    int    // in the run
}

// reporterNames maps format names to constructors.
var reporterNames = map[string]func(e reportEnv) report.Streamer{
	"text": func(e reportEnv) report.Streamer {
		if e.chart {
			return report.ChartText{Color: e.color, OmitErrors: e.toStdout}
		}
		return report.Text{Color: e.color, NoSummary: e.noSummary, OmitErrors: e.toStdout}
	},
	"line": func(e reportEnv) report.Streamer { return report.Line{OmitErrors: e.toStdout} },
	"json": func(e reportEnv) report.Streamer { return report.JSON{Tool: e.tool, Indent: true} },
	"sarif": func(e reportEnv) report.Streamer {
		return report.SARIF{Tool: e.tool, Rules: e.rules, BaseDir: e.baseDir}
	},
	"github":     func(e reportEnv) report.Streamer { return report.GitHub{BaseDir: e.baseDir} },
	"checkstyle": func(reportEnv) report.Streamer { return report.Checkstyle{} },
	"html":       func(e reportEnv) report.Streamer { return report.HTML{Rules: e.rules} },
}

func formatNames() []string {
	names := make([]string, 0, len(reporterNames))
	for n := range reporterNames {
		names = append(names, n)
	}
	sortStrings(names)
	return names
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
	a, err := createAtomic(path, perm)
	if err != nil {
		return err
	}
	if err := write(a.tmp); err != nil {
		a.abort()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return a.commit()
}

// atomicFile is a file being written in a temporary file beside its path;
// commit renames it into place, abort removes it.
type atomicFile struct {
	path string
	perm os.FileMode
	tmp  *os.File
}

func createAtomic(path string, perm os.FileMode) (*atomicFile, error) {
	tmp, err := os.CreateTemp(dirOf(path), ".complaintlint-*")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("writing %s: directory %s does not exist", path, dirOf(path))
	}
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return &atomicFile{path: path, perm: perm, tmp: tmp}, nil
}

func (a *atomicFile) abort() {
	a.tmp.Close()
	os.Remove(a.tmp.Name())
}

func (a *atomicFile) commit() error {
	fail := func(err error) error {
		os.Remove(a.tmp.Name())
		return fmt.Errorf("writing %s: %w", a.path, err)
	}
	if err := a.tmp.Close(); err != nil {
		return fail(err)
	}
	// CreateTemp makes the file private (0600); a report is an ordinary
	// file the rest of the pipeline reads, a hook a program git runs.
	if err := os.Chmod(a.tmp.Name(), a.perm); err != nil {
		return fail(err)
	}
	if err := os.Rename(a.tmp.Name(), a.path); err != nil {
		return fail(err)
	}
	return nil
}
