package lsp

import (
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/driver"
)

// probe is a test rule: it reports the word "FLAG" wherever it appears,
// sleeps first when the text says "SLOW", panics when it says "PANIC", and
// counts its runs.
type probe struct {
	runs  atomic.Int32
	delay time.Duration
}

func (p *probe) check() *lint.Check {
	return &lint.Check{
		ID: "probe", Title: "Test probe", Scope: lint.ScopeDocument, Severity: lint.Warning,
		Doc: lint.Doc{Message: "probe hit", Fix: "remove FLAG"},
		Run: func(pass *lint.Pass) {
			p.runs.Add(1)
			text := pass.Doc.Src
			if strings.Contains(text, "SLOW") {
				time.Sleep(p.delay)
			}
			if strings.Contains(text, "PANIC") {
				panic("probe told to panic")
			}
			for i := strings.Index(text, "FLAG"); i >= 0; {
				pass.ReportPhrase(lint.Span{Start: i, End: i + 4})
				j := strings.Index(text[i+4:], "FLAG")
				if j < 0 {
					break
				}
				i += 4 + j
			}
		},
	}
}

func probeServer(t *testing.T, p *probe, debounceMs int) *testClient {
	opts := testOptions()
	opts.Checks = []*lint.Check{p.check()}
	c := startServer(t, opts)
	c.initialize(nil, map[string]any{"debounceMs": debounceMs})
	return c
}

func change(c *testClient, uri string, version int32, text string) {
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: version},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: text}},
	})
}

func open(c *testClient, uri string, text string) {
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, LanguageID: "markdown", Version: 1, Text: text}})
}

// TestStaleResultsAreDropped: a lint that finishes after the text changed
// is never published, and published versions only go up.
func TestStaleResultsAreDropped(t *testing.T) {
	p := &probe{delay: 400 * time.Millisecond}
	c := probeServer(t, p, 0)
	const uri = "file:///stale.md"
	open(c, uri, "SLOW FLAG at version one\n")
	// Arrives while version 1 is being linted (the probe sleeps 400 ms).
	time.Sleep(50 * time.Millisecond)
	change(c, uri, 2, "version two, FLAG FLAG\n")
	pub := c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return *p.Version == 2 })
	if len(pub.Diagnostics) != 2 {
		t.Errorf("version 2 published %d diagnostics, want 2", len(pub.Diagnostics))
	}
	time.Sleep(100 * time.Millisecond)
	for _, p := range c.publishes() {
		if *p.Version != 2 {
			t.Errorf("published version %d: the stale lint of version 1 reached the editor", *p.Version)
		}
	}
	c.shutdown()
}

// TestCloseDuringLint: closing a document while it is linted clears its
// diagnostics, and the lint in flight publishes nothing after that.
func TestCloseDuringLint(t *testing.T) {
	p := &probe{delay: 300 * time.Millisecond}
	c := probeServer(t, p, 0)
	const uri = "file:///closed.md"
	open(c, uri, "SLOW FLAG\n")
	time.Sleep(50 * time.Millisecond)
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return p.Version == nil })
	time.Sleep(400 * time.Millisecond) // the lint has finished by now
	pubs := c.publishes()
	if len(pubs) != 1 || len(pubs[0].Diagnostics) != 0 {
		t.Errorf("publishes after close: %+v, want only the clearing one", pubs)
	}
	c.shutdown()
}

// TestDebounce: a burst of changes inside the debounce window is linted
// once, at its last version.
func TestDebounce(t *testing.T) {
	p := &probe{}
	c := probeServer(t, p, 300)
	const uri = "file:///typing.md"
	open(c, uri, "FLAG\n")
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return *p.Version == 1 })
	runs := p.runs.Load()
	text := "FLAG\n"
	for v := int32(2); v <= 10; v++ {
		text += "x"
		change(c, uri, v, text)
	}
	pub := c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return *p.Version == 10 })
	if len(pub.Diagnostics) != 1 {
		t.Errorf("diagnostics %+v", pub.Diagnostics)
	}
	if got := p.runs.Load() - runs; got != 1 {
		t.Errorf("nine quick changes were linted %d times, want once", got)
	}
	c.shutdown()
}

// TestSaveLintsAtOnce: saving flushes the debounce. The debounce is an
// hour, so the diagnostics for version 2 can only come from the save.
func TestSaveLintsAtOnce(t *testing.T) {
	p := &probe{}
	opts := testOptions()
	opts.Checks = []*lint.Check{p.check()}
	opts.Debounce = time.Hour
	c := startServer(t, opts)
	c.initialize(nil, nil)
	const uri = "file:///saved.md"
	open(c, uri, "clean\n")
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return *p.Version == 1 })
	change(c, uri, 2, "FLAG\n")
	c.notify("textDocument/didSave", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return *p.Version == 2 })
	c.shutdown()
}

// TestPanicsAreContained: a rule that panics and a configuration loader
// that panics are logged; the server keeps serving.
func TestPanicsAreContained(t *testing.T) {
	p := &probe{}
	opts := testOptions()
	opts.Checks = []*lint.Check{p.check()}
	opts.Config = func(path string, base driver.Options) (driver.Options, error) {
		if strings.Contains(path, "boom") {
			panic("config loader bug")
		}
		return base, nil
	}
	c := startServer(t, opts)
	c.initialize(nil, map[string]any{"debounceMs": 0})
	open(c, "file:///boom.md", "FLAG\n")
	open(c, "file:///panic.md", "PANIC FLAG\n")
	pub := c.waitDiagnostics("file:///panic.md", func(PublishDiagnosticsParams) bool { return true })
	if len(pub.Diagnostics) != 0 {
		t.Errorf("a panicking rule still produced %+v", pub.Diagnostics)
	}
	open(c, "file:///fine.md", "FLAG\n")
	c.waitDiagnostics("file:///fine.md", func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	log := c.log.String()
	if !strings.Contains(log, "config loader bug") || !strings.Contains(log, "probe told to panic") {
		t.Errorf("panics not logged:\n%s", log)
	}
	if code := c.shutdown(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}

// TestConfigReload: the server asks the client to watch configuration
// files, and a change to one re-reads the configuration of every open
// document and relints it.
func TestConfigReload(t *testing.T) {
	p := &probe{}
	var mu sync.Mutex
	disabled := false
	opts := testOptions()
	opts.Checks = []*lint.Check{p.check()}
	opts.ConfigNames = []string{".complaintlint.yml"}
	opts.Config = func(path string, base driver.Options) (driver.Options, error) {
		mu.Lock()
		defer mu.Unlock()
		if disabled {
			base.Lint.Disabled = map[string]bool{"probe": true}
		}
		return base, nil
	}
	c := startServer(t, opts)
	var res InitializeResult
	c.mustCall("initialize", map[string]any{"capabilities": map[string]any{
		"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}},
	}, "initializationOptions": map[string]any{"debounceMs": 0}}, &res)
	c.notify("initialized", map[string]any{})
	const uri = "file:///proj/complaint.md"
	open(c, uri, "FLAG\n")
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	// The registration is sent from its own goroutine after "initialized";
	// under load it may arrive after the first diagnostics.
	registered := false
	for deadline := time.Now().Add(hangGuard); !registered && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		c.mu.Lock()
		registered = len(c.requests) == 1 && c.requests[0] == "client/registerCapability"
		c.mu.Unlock()
	}
	if !registered {
		t.Errorf("server-to-client requests %v, want one client/registerCapability", c.requests)
	}

	mu.Lock()
	disabled = true
	mu.Unlock()
	c.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams{Changes: []FileEvent{{URI: "file:///proj/.complaintlint.yml", Type: 2}}})
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 })

	// Saving the configuration file in the editor reloads it too.
	mu.Lock()
	disabled = false
	mu.Unlock()
	c.notify("textDocument/didSave", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: "file:///proj/.complaintlint.yml"}})
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	c.shutdown()
}

// TestConfigErrorIsShown: a broken configuration is reported to the
// attorney and the file is linted with the base options.
func TestConfigErrorIsShown(t *testing.T) {
	p := &probe{}
	opts := testOptions()
	opts.Checks = []*lint.Check{p.check()}
	opts.Config = func(string, driver.Options) (driver.Options, error) {
		return driver.Options{}, errors.New(".complaintlint.yml:3: unknown rule \"nope\"")
	}
	c := startServer(t, opts)
	c.initialize(nil, map[string]any{"debounceMs": 0})
	open(c, "file:///x.md", "FLAG\n")
	c.waitDiagnostics("file:///x.md", func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	c.mu.Lock()
	msgs := c.messages
	c.mu.Unlock()
	if len(msgs) != 1 || msgs[0].Type != messageError || !strings.Contains(msgs[0].Message, "unknown rule") {
		t.Errorf("messages %+v, want the configuration error", msgs)
	}
	c.shutdown()
}

// TestRequestsSeeLatestText: a hover that arrives before the debounced
// lint has caught up answers for the text as changed, not the last lint.
func TestRequestsSeeLatestText(t *testing.T) {
	p := &probe{}
	c := probeServer(t, p, 5000)
	const uri = "file:///moving.md"
	open(c, uri, "FLAG\n")
	c.waitDiagnostics(uri, func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	change(c, uri, 2, "xxFLAG\n")
	var h *Hover
	c.mustCall("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: Position{0, 3}}, &h)
	if h == nil || h.Range == nil || *h.Range != (Range{Position{0, 2}, Position{0, 6}}) {
		t.Errorf("hover = %+v, want the finding at 0:2-0:6 in the changed text", h)
	}
	var actions []CodeAction
	c.mustCall("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Range: Range{Position{0, 0}, Position{0, 1}}}, &actions)
	if len(actions) != 0 {
		t.Errorf("actions before the finding's new place: %+v", actions)
	}
	c.shutdown()
}
