// Package driver lints files: it expands the paths a user names into files,
// reads each through lint/input, builds its document model once, runs the
// checks, and returns results in the order the files were named whatever
// order the workers finished in.
package driver

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/suppress"
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
	// Suppress holds the configuration's suppressions; directives in the
	// document are honoured whatever it holds.
	Suppress suppress.Options
	// Timeout is how long Run waits for one file (0: no limit). A check
	// cannot be interrupted, so past the budget the file is reported as
	// given up and its lint is abandoned: it runs on in the background but
	// its result is discarded, never written into the results.
	Timeout time.Duration
}

// DefaultTimeout is the per-file budget the command line uses: far more
// than any real complaint needs (well under a second), short enough that a
// pathological file cannot stall a pre-commit hook.
const DefaultTimeout = 10 * time.Second

// TimeoutError is the error of a file given up on after Options.Timeout.
type TimeoutError struct{ After time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("gave up after %s (file too complex); the other files were linted", e.After)
}

// Target is one thing to lint: a file on disk, or standard input.
type Target struct {
	Path  string // as the user wrote it; for stdin, the --stdin-filename or "<stdin>"
	Stdin io.Reader
	// Err is set when the path could not be expanded (missing, unreadable).
	Err error
}

// Expand turns command-line paths into targets. Directories are walked for
// .txt, .md, .markdown and .docx files in lexical order; symbolic links to
// directories are not followed (a loop must not hang a hook). A path that
// does not exist becomes a target carrying its error, so the other paths
// are still linted.
func Expand(paths []string) []Target {
	var out []Target
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, Target{Path: p, Err: describe(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				out = append(out, Target{Path: p, Err: fmt.Errorf("not a regular file (%s)", kind(info.Mode()))})
				continue
			}
			out = append(out, Target{Path: p})
			continue
		}
		var found []Target
		skippedLinks := 0
		// A folder named on the command line through a symbolic link is
		// walked: WalkDir does not follow a link at its root, but does
		// follow one written with a trailing separator. Links inside the
		// folder are still not followed.
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 && !strings.HasSuffix(p, string(filepath.Separator)) {
			root = p + string(filepath.Separator)
		}
		walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, Target{Path: path, Err: describe(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != root && (d.Name() == ".git" || d.Name() == "node_modules") {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 && input.Lintable(path) {
				skippedLinks++
			}
			if d.Type()&fs.ModeSymlink != 0 || !d.Type().IsRegular() {
				return nil
			}
			if input.Lintable(path) {
				found = append(found, Target{Path: path})
			}
			return nil
		})
		if walkErr != nil {
			found = append(found, Target{Path: p, Err: describe(walkErr)})
		}
		if len(found) == 0 {
			msg := "directory has no .txt, .md or .docx files to lint"
			if skippedLinks > 0 {
				links := "links"
				if skippedLinks == 1 {
					links = "link"
				}
				msg += fmt.Sprintf(" (it holds %d symbolic %s to such files, which are not followed inside a folder; name them on the command line)", skippedLinks, links)
			}
			out = append(out, Target{Path: p, Err: errors.New(msg)})
		}
		out = append(out, found...)
	}
	return out
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return m.String()
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
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	// Fewer files than workers (a hook on one draft): the spare workers run
	// the checks of each file instead.
	if opts.Lint.Workers == 0 && len(targets) > 0 && len(targets) < jobs {
		opts.Lint.Workers = jobs / len(targets)
	}
	if jobs > len(targets) {
		jobs = len(targets)
	}
	results := make([]lint.FileResult, len(targets))
	var next int
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(targets) {
					return
				}
				results[i] = lintWithin(targets[i], opts)
				if opts.Progress != nil {
					mu.Lock()
					done++
					d := done
					mu.Unlock()
					opts.Progress(d, len(targets))
				}
			}
		}()
	}
	wg.Wait()
	return results
}

// lintWithin lints a target, giving up after opts.Timeout. The lint runs
// in its own goroutine and hands its result over a buffered channel, so an
// abandoned lint finishes (or not) without touching anything shared.
func lintWithin(t Target, opts Options) lint.FileResult {
	if opts.Timeout <= 0 {
		return LintTarget(t, opts)
	}
	ch := make(chan lint.FileResult, 1)
	go func() { ch <- LintTarget(t, opts) }()
	timer := time.NewTimer(opts.Timeout)
	defer timer.Stop()
	select {
	case r := <-ch:
		return r
	case <-timer.C:
		return lint.FileResult{Path: t.Path, Err: &TimeoutError{After: opts.Timeout}}
	}
}

// LintTarget reads and lints one target. It never panics: a reader or a
// model failure becomes the result's error.
func LintTarget(t Target, opts Options) (res lint.FileResult) {
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
	data, err := readAll(t)
	if err != nil {
		res.Err = err
		return res
	}
	src, err := input.Read(t.Path, data, opts.InputFormat)
	if err != nil {
		res.Err = err
		return res
	}
	return LintSource(src, opts)
}

// LintSource lints an already-read source (the language server's buffers).
func LintSource(src document.Source, opts Options) lint.FileResult {
	doc := document.Build(src)
	assumed := lint.Assume(doc, opts.Lint)
	findings, errs, trace := lint.RunTraced(doc, assumed, opts.Checks, opts.Lint)
	res := lint.FileResult{Path: src.Path, Doc: doc, Findings: findings, CheckErrors: errs, Forum: assumed, Trace: trace}
	opts.Suppress.MinSeverity = opts.Lint.MinSeverity
	opts.Suppress.Only, opts.Suppress.Disabled = opts.Lint.Only, opts.Lint.Disabled
	opts.Suppress.SeverityOverride = opts.Lint.SeverityOverride
	suppress.Apply(&res, opts.Checks, opts.Suppress)
	doc.Done()
	return res
}

func readAll(t Target) ([]byte, error) {
	r := t.Stdin
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
			if info.Size() > input.MaxFileSize {
				return nil, input.ErrTooLarge
			}
		}
		r = f
	}
	// Read one byte past the limit so an oversized stream is detected
	// without ever holding more than the limit.
	data, err := io.ReadAll(io.LimitReader(r, input.MaxFileSize+1))
	if err != nil {
		return nil, describe(err)
	}
	if len(data) > input.MaxFileSize {
		return nil, input.ErrTooLarge
	}
	return data, nil
}

// SortByPath orders results by path; used when output should not depend on
// the order arguments were given in.
func SortByPath(rs []lint.FileResult) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Path < rs[j].Path })
}
