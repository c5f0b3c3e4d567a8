package lsp

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/chart"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
)

// document is an open buffer. Its fields are guarded by Server.mu.
type document struct {
	uri    string
	path   string // file system path, or the URI for unsaved buffers
	format string // "markdown" or "text"

	version int32
	text    []byte
	// gen counts changes to anything a lint reads (text or options), so a
	// result is current exactly when its gen is the document's.
	gen  uint64
	opts driver.Options

	timer *time.Timer
	// timerGen identifies the current timer: a timer that fired just as
	// it was replaced finds its number stale and does nothing.
	timerGen uint64
	running  bool // a lint goroutine owns this document
	again    bool // the debounce fired while running: lint once more
	result   *result
}

func (d *document) stopTimer() {
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
}

// snapshot is what one lint reads, copied under the lock.
type snapshot struct {
	uri, path, format string
	version           int32
	gen               uint64
	text              []byte
	opts              driver.Options
	enc               encoding
}

func (s *Server) snapshotLocked(d *document) snapshot {
	return snapshot{uri: d.uri, path: d.path, format: d.format, version: d.version, gen: d.gen, text: d.text, opts: d.opts, enc: s.enc}
}

// result is one lint of one snapshot, with the line table its positions
// convert through and its findings as diagnostics.
type result struct {
	snapshot
	lines    *lineTable
	findings []lint.Finding
	diags    []Diagnostic
	// chart is the element chart of the same lint, shown as the hover of
	// a count heading; nil when the buffer could not be read.
	chart *chart.Chart
}

// servedFormat decides whether a buffer is a complaint the server lints:
// Markdown and plain text by language id, else by the URI's extension.
// Word files are not served: an editor shows them as zip bytes, not text.
func servedFormat(languageID, uri string) (string, bool) {
	switch strings.ToLower(languageID) {
	case "markdown":
		return "markdown", true
	case "plaintext", "text":
		return "text", true
	}
	switch strings.ToLower(path.Ext(uriPath(uri))) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return "markdown", true
	case ".txt":
		return "text", true
	}
	return "", false
}

// uriPath is the file system path of a file: URI, or the URI itself for
// other schemes (an unsaved "untitled:" buffer).
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return uri
	}
	return filepath.FromSlash(u.Path)
}

func (s *Server) didOpen(p DidOpenTextDocumentParams) {
	item := p.TextDocument
	format, ok := servedFormat(item.LanguageID, item.URI)
	if !ok {
		s.log.Printf("not linting %s (language %q): complaintlint serves Markdown and plain text", item.URI, item.LanguageID)
		return
	}
	if len(item.Text) > limits.buffer {
		s.refuseLarge(item.URI, len(item.Text))
		return
	}
	d := &document{uri: item.URI, path: uriPath(item.URI), format: format, version: item.Version, text: []byte(item.Text)}
	d.opts = s.optionsFor(d.path)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.docs[d.uri]; old != nil {
		old.stopTimer() // a second didOpen replaces the first
	}
	s.docs[d.uri] = d
	// A freshly opened file is linted at once: there is no typing to wait
	// out.
	s.scheduleLocked(d, 0)
}

func (s *Server) didChange(p DidChangeTextDocumentParams) {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.mu.Unlock()
		return // not a document the server serves
	}
	d.text = applyChanges(d.text, p.ContentChanges, s.enc)
	if len(d.text) <= limits.buffer {
		d.version = p.TextDocument.Version
		d.gen++
		s.scheduleLocked(d, s.debounce)
		s.mu.Unlock()
		return
	}
	// Edits to a buffer not held cannot be applied later: the document is
	// dropped, as if closed, until it is opened again.
	size := len(d.text)
	d.stopTimer()
	delete(s.docs, d.uri)
	d.text = nil
	s.mu.Unlock()
	s.pubMu.Lock()
	s.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: d.uri, Diagnostics: []Diagnostic{}})
	s.pubMu.Unlock()
	s.refuseLarge(d.uri, size)
}

// refuseLarge tells the attorney that a buffer is too large to lint.
func (s *Server) refuseLarge(uri string, n int) {
	msg := fmt.Sprintf("complaintlint: %s is %s, larger than the %s the language server lints; it is not linted in the editor (lint it with the command line, or reopen it when it is smaller)",
		uriPath(uri), size(uint64(n)), size(uint64(limits.buffer)))
	s.log.Printf("%s", msg)
	s.notify("window/showMessage", ShowMessageParams{Type: messageError, Message: msg})
}

// didSave lints at once what the debounce was still holding back, and
// reloads the configuration when the saved file is a configuration file.
func (s *Server) didSave(uri string) {
	if s.isConfig(uri) {
		s.reloadConfig()
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if d := s.docs[uri]; d != nil && d.timer != nil {
		s.scheduleLocked(d, 0)
	}
}

// didClose drops the document and clears its diagnostics. Removing it
// from the map first means a lint still running will not publish for it.
func (s *Server) didClose(uri string) {
	s.mu.Lock()
	d := s.docs[uri]
	if d != nil {
		d.stopTimer()
		delete(s.docs, uri)
	}
	s.mu.Unlock()
	if d == nil {
		return
	}
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	s.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}})
}

// scheduleLocked (re)starts d's debounce timer.
func (s *Server) scheduleLocked(d *document, wait time.Duration) {
	if s.stopped {
		return
	}
	d.stopTimer()
	d.timerGen++
	gen := d.timerGen
	d.timer = time.AfterFunc(wait, func() { s.fire(d, gen) })
}

// fire starts a lint goroutine for d unless one is running, in which case
// that goroutine lints once more when it finishes. One goroutine per
// document at most means a burst of changes never queues a pile of stale
// lints.
func (s *Server) fire(d *document, timerGen uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped || s.docs[d.uri] != d || d.timerGen != timerGen {
		return
	}
	d.timer = nil
	if d.running {
		d.again = true
		return
	}
	d.running = true
	s.lints.Add(1)
	go s.lintLoop(d)
}

func (s *Server) lintLoop(d *document) {
	defer s.lints.Done()
	for {
		s.mu.Lock()
		if s.stopped || s.docs[d.uri] != d {
			d.running = false
			s.mu.Unlock()
			return
		}
		snap := s.snapshotLocked(d)
		d.again = false
		s.mu.Unlock()

		res := s.lint(snap)
		s.publish(d, res)

		s.mu.Lock()
		if !d.again || s.stopped || s.docs[d.uri] != d {
			d.running = false
			s.mu.Unlock()
			return
		}
		s.mu.Unlock()
	}
}

// publish sends res unless the document changed or closed while it was
// linted: a stale result is dropped, never shown.
func (s *Server) publish(d *document, res *result) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	s.mu.Lock()
	current := !s.stopped && s.docs[d.uri] == d && d.gen == res.gen
	if current {
		d.result = res
	}
	s.mu.Unlock()
	if !current {
		return
	}
	version := res.version
	s.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{
		URI: res.uri, Version: &version, Diagnostics: res.diags,
	})
}

// lint runs the checks on a snapshot and converts the findings. A buffer
// the readers refuse (empty, NUL bytes) has no findings; a panic in the
// model or the conversion is logged and yields none, so the server lives
// on.
func (s *Server) lint(snap snapshot) (res *result) {
	res = &result{snapshot: snap, lines: newLineTable(snap.text), diags: []Diagnostic{}}
	defer func() {
		if r := recover(); r != nil {
			s.log.Printf("internal error linting %s: %v\n%s", snap.uri, r, debug.Stack())
			res.findings, res.diags = nil, []Diagnostic{}
		}
	}()
	src, err := input.Read(snap.path, snap.text, snap.format)
	if err != nil {
		if !errors.Is(err, input.ErrEmpty) {
			s.log.Printf("%s: %v", snap.uri, err)
		}
		return res
	}
	fr := driver.LintSource(src, snap.opts)
	for _, e := range fr.CheckErrors {
		s.log.Printf("%s: %v", snap.uri, e)
	}
	res.findings = fr.Findings
	res.diags = diagnostics(res, snap.enc)
	res.chart = chart.Build(&fr)
	return res
}

// resultFor captures, now, on the dispatch goroutine, what a request
// about uri must read, and returns a function that yields the result for
// that text: the stored lint when it is current, else a fresh lint of the
// captured snapshot (the debounced lint has not caught up yet). Calling the
// function later, on another goroutine, cannot see changes that arrived
// after the request.
func (s *Server) resultFor(uri string) func() *result {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	switch {
	case d == nil:
		return func() *result { return nil }
	case d.result != nil && d.result.gen == d.gen:
		res := d.result
		return func() *result { return res }
	}
	snap := s.snapshotLocked(d)
	return func() *result { return s.lint(snap) }
}

// optionsFor applies project configuration to the base options. A broken
// configuration file is reported to the attorney once per load and the
// base options are used, so the file is still linted.
func (s *Server) optionsFor(p string) driver.Options {
	base := driver.Options{Checks: s.opts.Checks, Lint: s.opts.Lint, Pipeline: s.opts.Pipeline}
	if s.opts.Config == nil {
		return base
	}
	o, err := s.opts.Config(p, base)
	if err != nil {
		s.log.Printf("configuration for %s: %v", p, err)
		s.notify("window/showMessage", ShowMessageParams{Type: messageError, Message: fmt.Sprintf("complaintlint: configuration: %v", err)})
		return base
	}
	if o.Checks == nil {
		o.Checks = s.opts.Checks
	}
	return o
}

// isConfig reports whether uri names a configuration file.
func (s *Server) isConfig(uri string) bool {
	base := path.Base(filepath.ToSlash(uriPath(uri)))
	for _, n := range s.opts.ConfigNames {
		if base == n {
			return true
		}
	}
	return false
}

// reloadConfig re-reads the configuration of every open document and
// relints them all.
func (s *Server) reloadConfig() {
	s.mu.Lock()
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	for _, d := range docs {
		o := s.optionsFor(d.path) // d.path never changes: no lock needed
		s.mu.Lock()
		if s.docs[d.uri] == d {
			d.opts = o
			d.gen++
			s.scheduleLocked(d, 0)
		}
		s.mu.Unlock()
	}
}
