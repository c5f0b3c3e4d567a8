// Package driver lints files: it expands the paths a user names into files,
// reads each through lint/input, builds its document model once, runs the
// checks, and returns results in the order the files were named whatever
// order the workers finished in.
package driver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/process"
)

// Options configure a run over files.
type Options struct {
	Lint lint.Options
	// Checks to run.
	Checks []*lint.Check
	// Jobs is the number of files linted at once (default: CPUs).
	Jobs int
	// InputFormat forces a reader ("text", "markdown", "docx"); empty picks
	// by extension.
	InputFormat string
	// Progress, when set, is called after each file with done and total.
	Progress func(done, total int)
	// Pipeline processes each file's findings after the checks (lint/process);
	// nil runs process.New for the checks with no user settings, which
	// honours the document's suppression directives.
	Pipeline process.Pipeline
	// Timeout is the time budget of one file (0: no limit), and
	// TimeoutPerMiB is added to it for each MiB of the file (of its text
	// at most), so a large complaint is not given up on for being large.
	// The budget is processor time (see WithBudget), so a busy machine
	// does not spend it either. It covers parsing, building the model and
	// every check; past it, each of them stops at its next step and the
	// file is reported as given up.
	Timeout       time.Duration
	TimeoutPerMiB time.Duration
}

// DefaultTimeout and DefaultTimeoutPerMiB make the per-file budget the
// command line uses: 10 s, plus 10 s per MiB. A real complaint needs well
// under a second per MiB even on a loaded machine; a pathological file
// still cannot stall a pre-commit hook for long, since the input limits
// cap a file's budget at about a minute and a half.
const (
	DefaultTimeout       = 10 * time.Second
	DefaultTimeoutPerMiB = 10 * time.Second
)

// Budget is the time budget of a file of size bytes under the options.
func (o *Options) Budget(size int) time.Duration {
	if o.Timeout <= 0 {
		return 0
	}
	mib := float64(min(size, input.MaxTextSize)) / (1 << 20)
	return o.Timeout + time.Duration(mib*float64(o.TimeoutPerMiB)).Truncate(time.Second)
}

// TimeoutError is the error of a file given up on after its budget.
type TimeoutError struct{ After time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("gave up after %s, the time budget for this file (raise it with --timeout-per-file; 0 means no limit)", e.After)
}

// Unwrap lets errors.Is(err, context.DeadlineExceeded) find it.
func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

// Target is one thing to lint: a file on disk, or standard input.
type Target struct {
	Path  string // as the user wrote it; for stdin, the --stdin-filename or "<stdin>"
	Stdin io.Reader
	// Err is set when the path could not be expanded (missing, unreadable).
	Err error
}

// describe shortens os errors to what a person needs: the path is printed
// separately.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return errors.New("no such file or directory")
		case errors.Is(err, fs.ErrPermission):
			return errors.New("permission denied")
		}
		return pe.Err
	}
	return err
}

// Run lints every target with a pool of workers and returns one result per
// target, in target order.
func Run(targets []Target, opts Options) []lint.FileResult {
	results := make([]lint.FileResult, len(targets))
	Streamed{
		Options:  func(int) *Options { return &opts },
		Jobs:     opts.Jobs,
		Progress: opts.Progress,
		Emit:     func(i int, r *lint.FileResult) { results[i] = *r },
	}.Run(targets)
	return results
}

// Streamed is a run whose results are handed on, in target order, as soon
// as each file and every file before it are linted, and dropped once
// handed on: the command line writes each file's report and keeps only
// its counts, so a run over many large complaints holds a few documents
// at a time rather than all of them.
type Streamed struct {
	// Options gives the options target i is linted with (its
	// configuration's plan); Jobs and Progress are read from here, not
	// from them.
	Options func(i int) *Options
	// Jobs is the number of files linted at once (default: CPUs). It also
	// bounds the results waiting for an earlier file: a worker starts
	// target i only once target i-Jobs has been handed on.
	Jobs int
	// Progress, when set, is called after each file is linted with done
	// and total.
	Progress func(done, total int)
	// Emit receives each result, in target order, one at a time; the
	// result is dropped when it returns, so Emit keeps nothing of it that
	// grows with the document.
	Emit func(i int, r *lint.FileResult)
}

// Run lints the targets. A file holds its share of the memory budget
// from before it is read until Emit has returned with its result.
func (s Streamed) Run(targets []Target) {
	n := len(targets)
	jobs := s.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	// Fewer files than workers (a hook on one draft): the spare workers run
	// the checks of each file instead.
	fileWorkers := 0
	if n > 0 && n < jobs {
		fileWorkers = jobs / n
	}
	if jobs > n {
		jobs = n
	}
	mem := newMemoryBudget(MemoryBudget)
	type done struct {
		res   lint.FileResult
		share int64
	}
	var (
		mu       sync.Mutex
		cond     = sync.NewCond(&mu)
		next     int               // the next target to start
		emitted  int               // targets handed on
		linted   int               // targets linted
		ready    = map[int]*done{} // linted, waiting for an earlier one
		emitting bool              // a worker is handing results on
	)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				for next < n && next >= emitted+jobs {
					cond.Wait()
				}
				if next >= n {
					mu.Unlock()
					return
				}
				i := next
				next++
				mu.Unlock()

				opts := *s.Options(i)
				spare := 0
				if opts.Lint.Workers == 0 {
					spare = fileWorkers
				}
				d := &done{}
				d.res, d.share = lintInTurn(i, targets[i], opts, spare, mem)
				mu.Lock()
				linted++
				l := linted
				mu.Unlock()
				if s.Progress != nil {
					s.Progress(l, n)
				}

				// Hand on every result that is next in order. One worker
				// at a time does, so Emit sees them one at a time in order;
				// the others go back to linting.
				mu.Lock()
				ready[i] = d
				if emitting {
					mu.Unlock()
					continue
				}
				emitting = true
				for {
					d, ok := ready[emitted]
					if !ok {
						break
					}
					delete(ready, emitted)
					k := emitted
					mu.Unlock()
					s.Emit(k, &d.res)
					d.res = lint.FileResult{}
					mem.release(d.share)
					mu.Lock()
					emitted++
					cond.Broadcast()
				}
				emitting = false
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

// spareWorkersMinSize is the smallest file whose checks the spare cores
// share (Streamed.Run's fileWorkers). On a shorter one (a few paragraphs,
// a one-line draft) every check takes microseconds: the new goroutines
// would cost more than they share, each growing its own stack again from
// the smallest size, and waking them on a busy machine can wait a
// scheduler tick. The findings are the same either way.
const spareWorkersMinSize = 8 << 10

// lintInTurn lints target i of a stream within its time budget, taking
// its share of the memory budget in target order; it returns the result
// and the share, to be released once the result is handed on. spare is
// how many goroutines may run the file's checks when the options leave
// it open (0: as the options say); a file known to be shorter than
// spareWorkersMinSize runs them on one.
func lintInTurn(i int, t Target, opts Options, spare int, mem *memoryBudget) (lint.FileResult, int64) {
	var size int64
	sized := false
	if t.Err == nil && t.Stdin == nil {
		if info, err := os.Stat(t.Path); err == nil {
			size, sized = info.Size(), true
		}
	}
	if spare > 0 && (!sized || size >= spareWorkersMinSize) {
		opts.Lint.Workers = spare
	}
	share := mem.acquireInTurn(i, size, sized)
	if t.Err != nil {
		return lint.FileResult{Path: t.Path, Err: t.Err}, share
	}
	return LintTargetContext(context.Background(), t, opts), share
}

// LintTarget reads and lints one target. It never panics: a reader or a
// model failure becomes the result's error.
func LintTarget(t Target, opts Options) lint.FileResult {
	return LintTargetContext(context.Background(), t, opts)
}

// LintTargetContext is LintTarget within the file's time budget (counted
// from when the file has been read) and stopping when ctx is done.
func LintTargetContext(ctx context.Context, t Target, opts Options) (res lint.FileResult) {
	res.Path = t.Path
	if t.Err != nil {
		res.Err = t.Err
		return res
	}
	defer func() {
		if r := recover(); r != nil {
			res = lint.FileResult{Path: t.Path, Err: fmt.Errorf("internal error while reading the document: %v (please report it)", r)}
		}
	}()
	data, err := readAll(t, opts.InputFormat)
	if err != nil {
		res.Err = err
		return res
	}
	size := len(data)
	ctx, cancel := WithBudget(ctx, opts, size)
	defer cancel()
	src, err := input.ReadContext(ctx, t.Path, data, opts.InputFormat)
	if err != nil {
		res.Err = budgetError(ctx, opts, size, err)
		return res
	}
	res = LintSourceContext(ctx, src, opts)
	if res.Err != nil {
		res.Err = budgetError(ctx, opts, size, res.Err)
	}
	return res
}

// budgetError turns the error of work stopped by its budget into a
// TimeoutError naming the budget.
func budgetError(ctx context.Context, opts Options, size int, err error) error {
	if OverBudget(ctx) && errors.Is(err, context.Canceled) {
		return &TimeoutError{After: opts.Budget(size)}
	}
	return err
}

// LintSource lints an already-read source (the language server's buffers).
func LintSource(src document.Source, opts Options) lint.FileResult {
	return LintSourceContext(context.Background(), src, opts)
}

// LintSourceContext is LintSource that stops once ctx is done; the result
// then carries ctx's error and no findings.
func LintSourceContext(ctx context.Context, src document.Source, opts Options) lint.FileResult {
	path := src.Path
	doc, err := document.BuildContext(ctx, src)
	// The document holds its text as strings of its own: the source's
	// bytes are not kept for the lint.
	src = document.Source{}
	if err != nil {
		return lint.FileResult{Path: path, Err: err}
	}
	defer doc.Done()
	assumed := lint.Assume(doc, opts.Lint)
	findings, errs, trace, err := lint.RunTraced(ctx, doc, assumed, opts.Checks, opts.Lint)
	if err != nil {
		return lint.FileResult{Path: path, Err: err}
	}
	res := lint.FileResult{Path: path, Doc: doc, Findings: findings, CheckErrors: errs, Forum: assumed, Trace: trace}
	opts.pipeline().Run(&res)
	return res
}

// pipeline is the run's processors.
func (o *Options) pipeline() process.Pipeline {
	if o.Pipeline != nil {
		return o.Pipeline
	}
	return process.New(process.Settings{Checks: o.Checks, Only: o.Lint.Only, Disabled: o.Lint.Disabled})
}

// readAll reads a target, refusing without reading it a file larger than
// its format is ever linted at (input.MaxReadSize).
func readAll(t Target, format string) ([]byte, error) {
	limit := input.MaxReadSize(t.Path, format)
	r := t.Stdin
	var size int64 // the file's size when known, to read it into one allocation
	if r == nil {
		f, err := os.Open(t.Path)
		if err != nil {
			return nil, describe(err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			if info.IsDir() {
				return nil, errors.New("is a directory")
			}
			if info.Size() > limit {
				return nil, input.TooLargeError(t.Path, format)
			}
			size = info.Size()
		}
		r = f
	}
	// Read one byte past the limit so an oversized stream is detected
	// without ever holding more than the limit.
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead + 1)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, describe(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, input.TooLargeError(t.Path, format)
	}
	return data, nil
}

// SortByPath orders results by path; used when output should not depend on
// the order arguments were given in.
func SortByPath(rs []lint.FileResult) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Path < rs[j].Path })
}
