package main

import (
	"fmt"
	"io"
	"sync"
)

// stderrIsTerminal decides whether progress is shown; tests replace it.
var stderrIsTerminal = isTerminal

// progress shows "linting 12/40 files" on a terminal's standard error,
// rewritten in place, while a long run works. It is never shown when
// standard error is not a terminal (CI logs, pre-commit, editors), where
// carriage returns would only clutter the log.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	done  int
	shown bool
	held  bool // a report is being written to the terminal
}

func newProgress(w io.Writer, total int) *progress { return &progress{w: w, total: total} }

// tick records one more file done. Workers call it concurrently.
func (p *progress) tick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if !p.held {
		p.draw()
	}
}

func (p *progress) draw() {
	fmt.Fprintf(p.w, "\rcomplaintlint: linted %d/%d files", p.done, p.total)
	p.shown = true
}

// hold erases the line and keeps it off the terminal while a file's
// report is written to standard output, which shares it; release draws
// it again.
func (p *progress) hold() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.held = true
	p.erase()
}

func (p *progress) release() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.held = false
	if p.done > 0 && p.done < p.total {
		p.draw()
	}
}

// clear erases the progress line so the report starts on a clean line.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
}

func (p *progress) erase() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
