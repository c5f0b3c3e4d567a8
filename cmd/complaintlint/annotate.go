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
	for _, name := range annotateFlags {
		// The lint command's own flags, bound to the same options.
		fs.AddFlag(lfs.Lookup(name))
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, `Usage: complaintlint annotate [flags] DRAFT.docx -o REVIEWED.docx

Lints a Word complaint and writes a copy in which every finding is a Word
comment by "complaintlint" on the flagged words (or on the count heading
when something is missing), holding the message, the authority and the
fix. The original file is never modified.

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
	if _, _, err := f.options(fs.Changed, nil); err != nil {
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
	opts, _, err := f.options(fs.Changed, cfg)
	if err != nil {
		return fail("%v", err)
	}
	res, err := lintDocx(in, data, opts)
	if err != nil {
		return fail("%s: %v", in, err)
	}
	var comments []annotate.Comment
	defects := 0
	for _, fd := range res.Findings {
		if fd.Suppressed != nil {
			continue
		}
		if !fd.Notice {
			defects++
		}
		comments = append(comments, annotate.Comment{Start: fd.Span.Start, End: fd.Span.End, Text: commentText(&res, fd)})
	}
	copyData, _, err := annotate.Docx(data, comments, annotate.Options{Author: "complaintlint", Initials: "CL", Date: time.Now()})
	if err != nil {
		return fail("%s: %v", in, err)
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error {
		_, err := w.Write(copyData)
		return err
	}); err != nil {
		return fail("%v", err)
	}
	fmt.Fprintf(stdout, "complaintlint: wrote %s to %s\n", plural(len(comments), "comment"), *out)
	if defects > 0 {
		return exitFindings
	}
	return exitClean
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

// commentText is a finding as a comment: what the text output prints for
// it, without the source line (the comment sits on it).
func commentText(r *lint.FileResult, f lint.Finding) string {
	lines := []string{fmt.Sprintf("%s: %s [%s]", f.Severity, f.Message, f.Rule)}
	var ctx []string
	if f.Count != "" {
		ctx = append(ctx, f.Count)
	}
	if n := r.AllegationNumber(f); n > 0 {
		ctx = append(ctx, fmt.Sprintf("¶ %d", n))
	}
	if len(ctx) > 0 {
		lines = append(lines, "in "+strings.Join(ctx, ", "))
	}
	if f.Authority != "" {
		lines = append(lines, "authority: "+f.Authority)
	}
	if f.Fix != "" {
		lines = append(lines, "fix: "+f.Fix)
	}
	return strings.Join(lines, "\n")
}
