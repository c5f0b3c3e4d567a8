package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/annotate"
	"github.com/complaintlint/complaintlint/lint/chart"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/report"
)

// annotateFlags are the lint flags that make sense for one Word file: the
// profile, the rules, the severities and the configuration.
var annotateFlags = []string{"min-severity", "enable", "disable", "circuit", "state", "max-findings", "timeout-per-file", "config"}

// runAnnotate lints one .docx and writes a reviewed copy with each finding
// as a Word comment on the flagged words. The original is only read.
func runAnnotate(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	lfs, f := newLintFlagSet(stderr)
	fs := pflag.NewFlagSet("complaintlint annotate", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	out := fs.StringP("output", "o", "", "write the reviewed copy to this .docx (required)")
	force := fs.Bool("force", false, "replace the output file if it already exists")
	withChart := fs.Bool("chart", false, "append the element chart as a Word table at the end of the reviewed copy")
	for _, name := range annotateFlags {
		// The lint command's own flags, bound to the same options.
		fs.AddFlag(lfs.Lookup(name))
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, `Usage: complaintlint annotate [flags] DRAFT.docx -o REVIEWED.docx

Lints a Word complaint and writes a copy in which every finding is a Word
comment by "complaintlint" on the flagged words (or on the count heading
when something is missing), holding the message, the authority and the
fix. With --chart, the element chart (complaintlint chart) follows the
last paragraph as a Word table on a page of its own. The original file is
never modified.

Exit status: 0 no findings (the copy has no comments), 1 comments written,
2 usage or file errors (nothing written).

Flags:
%s`, fs.FlagUsages())
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "complaintlint annotate: %s\n", report.Visible(fmt.Sprintf(format, a...)))
		return exitError
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitClean
		}
		return fail("%v", err)
	}
	if _, err := f.plan(fs.Changed, nil); err != nil {
		return fail("%v", err)
	}
	switch {
	case fs.NArg() == 0:
		return fail("no file given; name the .docx to annotate (complaintlint annotate --help)")
	case fs.NArg() > 1:
		return fail("one file at a time; got %d", fs.NArg())
	case *out == "":
		return fail("name the reviewed copy with -o, e.g. -o draft.reviewed.docx")
	}
	in := fs.Arg(0)
	if !strings.EqualFold(filepath.Ext(in), ".docx") {
		return fail("%s: annotate writes Word comments and reads only .docx files; lint other files with complaintlint %s", in, in)
	}
	if err := checkOutput(in, *out, f.config, *force); err != nil {
		return fail("%v", err)
	}
	data, err := readDocxFile(in)
	if err != nil {
		return fail("%s: %v", in, err)
	}
	cfgs, err := newConfigs(f.config)
	if err != nil {
		return fail("%v", err)
	}
	cfg, err := cfgs.forFile(in)
	if err != nil {
		return fail("%v", err)
	}
	plan, err := f.plan(fs.Changed, cfg)
	if err != nil {
		return fail("%v", err)
	}
	opts := plan.Options
	res, err := lintDocx(in, data, opts)
	if err != nil {
		return fail("%s: %v", in, err)
	}
	aopts := annotate.Options{Author: annotate.ReviewAuthor, Initials: annotate.ReviewInitials, Date: time.Now()}
	if *withChart {
		aopts.Appendix = chartAppendix(&res)
	}
	copyData, n, err := annotate.Review(data, &res, aopts)
	if err != nil {
		return fail("%s: %v", in, err)
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error {
		_, err := w.Write(copyData)
		return err
	}); err != nil {
		return fail("%v", err)
	}
	what := plural(n, "comment")
	if *withChart {
		what += " and the element chart"
	}
	fmt.Fprintf(stdout, "complaintlint: wrote %s to %s\n", what, *out)
	// A notice says what the linter assumed; it is a comment, but it
	// never fails the run.
	defects := 0
	for _, fd := range res.Findings {
		if fd.Suppressed == nil && !fd.Notice {
			defects++
		}
	}
	if defects > 0 {
		return exitFindings
	}
	return exitClean
}

// chartAppendix is the element chart as the reviewed copy's closing
// table. Names quoted from the document are rendered visibly, as in the
// comments.
func chartAppendix(res *lint.FileResult) *annotate.Appendix {
	ch := chart.Build(res)
	rows := ch.Rows()
	for _, r := range rows {
		for k := range r {
			r[k] = report.Visible(r[k])
		}
	}
	return &annotate.Appendix{
		Heading: "Element chart (complaintlint): each count's elements, the paragraphs that plead them, and what is missing",
		Header:  chart.TableHeader,
		Rows:    rows,
		// A letter page's text width, 6.5 inches, in twentieths of a point.
		Widths: []int{1500, 3700, 1500, 1400, 1260},
	}
}

// checkOutput refuses to write over the input or the configuration,
// whatever --force says, and over any other existing file without --force.
func checkOutput(in, out, cfg string, force bool) error {
	if !strings.EqualFold(filepath.Ext(out), ".docx") {
		return fmt.Errorf("%s: the reviewed copy is a Word file; give it a .docx name", out)
	}
	ins := []namedPath{{"original", in}}
	if cfg != "" {
		ins = append(ins, namedPath{"--config", cfg})
	}
	if err := checkClobber([]namedPath{{"-o", out}}, ins); err != nil {
		return err
	}
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	if !force {
		return fmt.Errorf("%s already exists; pass --force to replace it", out)
	}
	return nil
}

// readDocxFile reads the whole input, refusing what the reader would
// refuse from its size and what is not a regular file.
func readDocxFile(path string) ([]byte, error) {
	t := driver.Expand([]string{path})
	if len(t) != 1 || t[0].Err != nil || t[0].Path != path {
		if len(t) > 0 && t[0].Err != nil {
			return nil, t[0].Err
		}
		return nil, errors.New("not a file")
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > input.MaxFileSize {
		return nil, input.ErrTooLarge
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) > input.MaxFileSize {
		return nil, input.ErrTooLarge
	}
	return data, nil
}

// lintDocx reads and lints the bytes the copy is made from, within the
// per-file time budget (reading the .docx included), turning a panic into
// an error.
func lintDocx(path string, data []byte, opts driver.Options) (res lint.FileResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = lint.FileResult{}, fmt.Errorf("internal error while linting: %v (please report it)", r)
		}
	}()
	ctx, cancel := driver.WithBudget(context.Background(), opts, len(data))
	defer cancel()
	timedOut := func(err error) error {
		if driver.OverBudget(ctx) {
			return &driver.TimeoutError{After: opts.Budget(len(data))}
		}
		return err
	}
	src, err := input.ReadDocxContext(ctx, path, data, input.DocxOptions{})
	if err != nil {
		return lint.FileResult{}, timedOut(err)
	}
	res = driver.LintSourceContext(ctx, src, opts)
	if res.Err != nil {
		return lint.FileResult{}, timedOut(res.Err)
	}
	if len(res.CheckErrors) > 0 {
		return res, errors.Join(res.CheckErrors...)
	}
	return res, nil
}
