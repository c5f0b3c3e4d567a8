// Package baseline records the findings a team has already seen so that a
// run reports only new ones: adopt complaintlint on a drafts folder full of
// known gaps, and CI fails only when a change adds one.
//
// A finding is identified by its fingerprint (package fingerprint: rule,
// count and flagged text, never line numbers) and its file's path relative
// to the baseline file's directory, so the same baseline works from any
// working directory and survives edits elsewhere in the complaint.
package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/boundedfile"
	"github.com/complaintlint/complaintlint/lint/fingerprint"
)

// Version is the version of the baseline file format.
const Version = 1

// File is a baseline as stored.
type File struct {
	Version int `json:"version"`
	// Scheme is the fingerprint scheme the entries were computed with.
	Scheme   string  `json:"fingerprintScheme"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding. Line and Message are for the people who
// review the baseline; only Path, Rule and Fingerprint are matched.
type Entry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Line        int    `json:"line"`
	Message     string `json:"message"`
}

// Build records the unsuppressed findings of results, with paths relative
// to dir (the baseline file's directory).
func Build(results []lint.FileResult, dir string) File {
	var entries []Entry
	for i := range results {
		entries = append(entries, Entries(&results[i], dir)...)
	}
	return FromEntries(entries)
}

// Entries are what a baseline records of one file's result: an entry per
// finding not suppressed, its path relative to dir. A run that streams its
// results keeps these, not the results, until it writes the baseline.
func Entries(r *lint.FileResult, dir string) []Entry {
	if r.Doc == nil {
		return nil
	}
	var out []Entry
	fps := fingerprint.File(r)
	for k, f := range r.Findings {
		if f.Suppressed != nil {
			continue
		}
		out = append(out, Entry{Path: relTo(dir, r.Path), Rule: f.Rule, Fingerprint: fps[k], Line: r.Start(f).Line, Message: f.Message})
	}
	return out
}

// FromEntries is the baseline of the entries of a run's files, taken in
// the run's order: sorted by path and line, the run's order kept among
// equals, as Build sorts them.
func FromEntries(entries []Entry) File {
	b := File{Version: Version, Scheme: fingerprint.Version, Findings: []Entry{}}
	b.Findings = append(b.Findings, entries...)
	sort.SliceStable(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Path != y.Path {
			return x.Path < y.Path
		}
		return x.Line < y.Line
	})
	return b
}

// Write writes the baseline as indented JSON, one finding per entry, so it
// reviews well in a diff.
func Write(w io.Writer, b File) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}

// MaxSize is the largest baseline read: about sixty thousand findings,
// far past any draft's, while decoding it stays within tens of MiB.
const MaxSize = 16 << 20

// Read loads a baseline file.
func Read(path string) (*File, error) {
	data, err := boundedfile.Read(path, MaxSize, "a baseline")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	var b File
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a complaintlint baseline (%w); write one with --write-baseline", path, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("baseline %s: format version %d, this complaintlint reads version %d; write it again with --write-baseline", path, b.Version, Version)
	}
	if b.Scheme != fingerprint.Version {
		return nil, fmt.Errorf("baseline %s: fingerprints of scheme %q, this complaintlint computes %q; write it again with --write-baseline", path, b.Scheme, fingerprint.Version)
	}
	return &b, nil
}

// CheckReplaceable refuses to let --write-baseline replace path unless it
// does not exist yet or holds a complaintlint baseline of any version: a
// mistyped name must not turn a complaint or another tool's file into a
// baseline.
func CheckReplaceable(path string) error {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("--write-baseline %s: %w", path, err)
	}
	if info.IsDir() {
		return fmt.Errorf("--write-baseline %s: that is a folder; name the baseline file, e.g. %s", path, filepath.Join(path, "complaintlint-baseline.json"))
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("--write-baseline %s: not a regular file; name a new file or an existing baseline", path)
	}
	// A file past the size a baseline is read at is no baseline to replace.
	data, err := boundedfile.Read(path, MaxSize, "a baseline")
	if err != nil && !errors.Is(err, boundedfile.ErrTooLarge) {
		return fmt.Errorf("--write-baseline %s: %w", path, err)
	}
	if err != nil || !looksLikeBaseline(data) {
		return fmt.Errorf("--write-baseline %s: the file exists and is not a complaintlint baseline; keeping it (name a new file, or delete this one first)", path)
	}
	return nil
}

// looksLikeBaseline reports a JSON object with the fields every version of
// the format has, whatever their values.
func looksLikeBaseline(data []byte) bool {
	var probe struct {
		Version  *int            `json:"version"`
		Findings json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return false
	}
	return probe.Version != nil && len(probe.Findings) > 0 && probe.Findings[0] == '['
}

// Outcome is what applying a baseline did.
type Outcome struct {
	// Known is how many findings were in the baseline and left out.
	Known int
	// Fixed is how many baseline findings of the files linted were not
	// found any more.
	Fixed int
}

// Apply removes from results the findings the baseline records. dir is the
// baseline file's directory. Files not linted in this run do not count
// toward Fixed.
func (b *File) Apply(results []lint.FileResult, dir string) Outcome {
	m := b.Matcher(dir)
	for i := range results {
		m.Apply(&results[i])
	}
	return m.Outcome()
}

// Matcher applies a baseline one file at a time, as each file's lint
// ends, and tells afterwards what it did over all of them. It is safe for
// concurrent use: the files of a run are linted on several workers.
type Matcher struct {
	dir    string
	mu     sync.Mutex
	left   map[entryKey]bool // recorded findings not met yet
	linted map[string]bool   // paths (relative to dir) of the files applied
	known  int
}

type entryKey struct{ path, rule, fp string }

// Matcher starts applying the baseline to files; dir is the baseline
// file's directory.
func (b *File) Matcher(dir string) *Matcher {
	m := &Matcher{dir: dir, left: make(map[entryKey]bool, len(b.Findings)), linted: map[string]bool{}}
	for _, e := range b.Findings {
		m.left[entryKey{e.Path, e.Rule, e.Fingerprint}] = true
	}
	return m
}

// Apply removes from r the findings the baseline records. Each recorded
// finding stands for one finding: a second identical one is new.
func (m *Matcher) Apply(r *lint.FileResult) {
	if r.Doc == nil {
		return
	}
	path := relTo(m.dir, r.Path)
	fps := fingerprint.File(r)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.linted[path] = true
	kept := r.Findings[:0]
	for k, f := range r.Findings {
		kk := entryKey{path, f.Rule, fps[k]}
		if f.Suppressed == nil && m.left[kk] {
			delete(m.left, kk)
			m.known++
			continue
		}
		kept = append(kept, f)
	}
	r.Findings = kept
}

// Outcome is what the files applied so far left out and no longer have.
func (m *Matcher) Outcome() Outcome {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := Outcome{Known: m.known}
	for k := range m.left {
		if m.linted[k.path] {
			out.Fixed++
		}
	}
	return out
}

// relTo is path relative to dir with forward slashes; a path that cannot
// be made relative (another drive, standard input) is kept as given.
func relTo(dir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}
