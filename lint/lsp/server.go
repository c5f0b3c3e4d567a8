package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/process"
)

// DefaultDebounce is how long the server waits after the last keystroke
// before linting: long enough that typing a word lints once, short enough
// that findings follow the attorney's pause.
const DefaultDebounce = 150 * time.Millisecond

// ConfigFunc returns the options for the file at path (a file system path,
// or the URI of an unsaved buffer), starting from base, the options given
// on the command line (Options.Checks, Options.Lint and Options.Pipeline). It is how project
// configuration (.complaintlint.yml) plugs in, with everything it sets,
// suppressions included, so a buffer gets the findings the command line
// reports for the saved file. The server calls it when a document opens
// and again for every open document when a configuration file changes or
// is saved.
type ConfigFunc func(path string, base driver.Options) (driver.Options, error)

// Options configure a server.
type Options struct {
	// Checks are the rules to run.
	Checks []*lint.Check
	// Lint are the base options: the jurisdiction profile from the command
	// line, enabled rules.
	Lint lint.Options
	// Pipeline processes each buffer's findings (severities, suppressions,
	// the cap), as the run plan built it; nil: the default for Checks.
	Pipeline process.Pipeline
	// Config, when set, adjusts Lint per file from project configuration.
	Config ConfigFunc
	// ConfigNames are the base names of configuration files whose change
	// or save reloads the configuration.
	ConfigNames []string
	// Debounce overrides DefaultDebounce; a client's initializationOptions
	// {"debounceMs": n} override both.
	Debounce time.Duration
	// Version is reported in serverInfo.
	Version string
	// Log receives the server's own log lines (standard error).
	Log io.Writer
}

// lifecycle is where the server is in the initialize / shutdown handshake.
type lifecycle int

const (
	uninitialized lifecycle = iota
	running
	shutDown
)

// Server is one language server session over one connection.
type Server struct {
	opts Options
	log  *log.Logger

	// pubMu orders every publishDiagnostics: a lint's publish and a close's
	// clearing never interleave, so an editor never sees results for a
	// closed document or an older version after a newer one.
	pubMu sync.Mutex

	mu        sync.Mutex
	state     lifecycle
	stopped   bool // no more lints: shutdown, exit or disconnect
	enc       encoding
	debounce  time.Duration
	markdown  bool // hover answers in Markdown
	watch     bool // the client can watch configuration files for us
	docs      map[string]*document
	exitCode  int
	lints     sync.WaitGroup // lint and request goroutines in flight
	conn      *jsonrpc2.Conn
	connReady chan struct{}
	// ctx ends calls to the client (registerCapability) when the server
	// stops, so waiting for goroutines never waits on a client that will
	// not answer.
	ctx    context.Context
	cancel context.CancelFunc
}

// Serve runs a language server on in and out (standard input and output)
// until the client sends exit or goes away, and returns the process exit
// code: 0 after a shutdown request, 1 otherwise, as the spec asks.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) int {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	s := &Server{
		opts:      opts,
		log:       log.New(opts.Log, "complaintlint lsp: ", log.LstdFlags|log.Lmicroseconds),
		debounce:  opts.Debounce,
		markdown:  true,
		docs:      map[string]*document{},
		exitCode:  1,
		connReady: make(chan struct{}),
	}
	s.ctx, s.cancel = context.WithCancel(ctx)
	defer s.cancel()
	stream := tolerantStream{
		ObjectStream: jsonrpc2.NewBufferedStream(stdio{in, out}, boundedCodec{}),
		logf:         s.log.Printf,
	}
	conn := jsonrpc2.NewConn(ctx, stream, s, jsonrpc2.SetLogger(s.log))
	s.mu.Lock()
	s.conn = conn
	s.mu.Unlock()
	close(s.connReady)
	<-conn.DisconnectNotify()
	s.stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.exitCode
}

// stop ends all linting and waits for work in flight, so that Serve
// returns with no goroutine of its own left running.
func (s *Server) stop() {
	s.cancel()
	s.mu.Lock()
	s.stopped = true
	for _, d := range s.docs {
		d.stopTimer()
	}
	s.mu.Unlock()
	s.lints.Wait()
}

// Handle implements jsonrpc2.Handler. The library calls it on its read
// goroutine, one message at a time, which keeps document changes in the
// order the client sent them; anything slow (linting, calls to the client)
// runs on goroutines of its own.
func (s *Server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Printf("internal error handling %s: %v\n%s", req.Method, r, debug.Stack())
			if !req.Notif {
				s.reply(ctx, conn, req, nil, rpcError(jsonrpc2.CodeInternalError, "internal error: %v", r))
			}
		}
	}()
	result, err := s.dispatch(ctx, conn, req)
	if req.Notif {
		if err != nil {
			s.log.Printf("%s: %v", req.Method, err)
		}
		return
	}
	if _, ok := result.(deferredReply); ok {
		return
	}
	s.reply(ctx, conn, req, result, err)
}

// reply answers a request with its result or error; an error that is not
// already a JSON-RPC error is an internal one.
func (s *Server) reply(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request, result any, err error) {
	if err != nil {
		var rpcErr *jsonrpc2.Error
		if !errors.As(err, &rpcErr) {
			rpcErr = rpcError(jsonrpc2.CodeInternalError, "%v", err)
		}
		err = conn.ReplyWithError(ctx, req.ID, rpcErr)
	} else {
		err = conn.Reply(ctx, req.ID, result)
	}
	if err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("replying to %s: %v", req.Method, err)
	}
}

// deferredReply is the result of a request answered later from a
// goroutine.
type deferredReply struct{}

// LSP error codes beyond JSON-RPC's own.
const (
	codeServerNotInitialized = -32002
	codeRequestCancelled     = -32800
)

func rpcError(code int64, format string, args ...any) *jsonrpc2.Error {
	return &jsonrpc2.Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

func (s *Server) dispatch(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	switch {
	case req.Method == "exit":
		s.exit(conn)
		return nil, nil
	case req.Method == "initialize":
		if state != uninitialized {
			return nil, rpcError(jsonrpc2.CodeInvalidRequest, "initialize sent twice")
		}
		return s.initialize(req)
	case state == uninitialized:
		if req.Notif {
			return nil, nil // the spec says to drop notifications before initialize
		}
		return nil, rpcError(codeServerNotInitialized, "the server is not initialized: send initialize first")
	case state == shutDown:
		if req.Notif {
			return nil, nil
		}
		return nil, rpcError(jsonrpc2.CodeInvalidRequest, "the server is shut down: send exit")
	}
	switch req.Method {
	case "initialized":
		s.initialized(conn)
		return nil, nil
	case "shutdown":
		s.stop()
		s.mu.Lock()
		s.state = shutDown
		s.mu.Unlock()
		return nil, nil
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		s.didOpen(p)
		return nil, nil
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		s.didChange(p)
		return nil, nil
	case "textDocument/didSave":
		var p DidCloseTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		s.didSave(p.TextDocument.URI)
		return nil, nil
	case "textDocument/didClose":
		var p DidCloseTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		s.didClose(p.TextDocument.URI)
		return nil, nil
	case "workspace/didChangeWatchedFiles":
		var p DidChangeWatchedFilesParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		for _, ch := range p.Changes {
			if s.isConfig(ch.URI) {
				s.reloadConfig()
				break
			}
		}
		return nil, nil
	case "textDocument/hover":
		var p TextDocumentPositionParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		res, md := s.resultFor(p.TextDocument.URI), s.markdownHover()
		return s.later(ctx, conn, req, func() (any, error) { return s.hover(res(), p, md), nil })
	case "textDocument/codeAction":
		var p CodeActionParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		res := s.resultFor(p.TextDocument.URI)
		return s.later(ctx, conn, req, func() (any, error) { return s.codeActions(res(), p), nil })
	case "workspace/executeCommand":
		var p ExecuteCommandParams
		if err := params(req, &p); err != nil {
			return nil, err
		}
		return s.executeCommand(ctx, conn, p)
	}
	if req.Notif {
		// $/cancelRequest, $/setTrace and notifications of features the
		// server does not offer need no answer.
		return nil, nil
	}
	return nil, rpcError(jsonrpc2.CodeMethodNotFound, "method not supported: %s", req.Method)
}

// params decodes a request's parameters, answering InvalidParams when they
// do not fit.
func params(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return rpcError(jsonrpc2.CodeInvalidParams, "%s needs params", req.Method)
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return rpcError(jsonrpc2.CodeInvalidParams, "%s: %v", req.Method, err)
	}
	return nil
}

// later answers a request from a goroutine. The request's inputs (the
// document's text and version) are read now, on the dispatch goroutine,
// inside f's snapshot; only the work runs later. That keeps a request
// consistent with the changes that came before it.
func (s *Server) later(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request, f func() (any, error)) (any, error) {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return nil, rpcError(codeRequestCancelled, "the server is stopping")
	}
	s.lints.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.lints.Done()
		var result any
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					s.log.Printf("internal error in %s: %v\n%s", req.Method, r, debug.Stack())
					err = rpcError(jsonrpc2.CodeInternalError, "internal error: %v", r)
				}
			}()
			result, err = f()
		}()
		s.reply(ctx, conn, req, result, err)
	}()
	return deferredReply{}, nil
}

func (s *Server) initialize(req *jsonrpc2.Request) (any, error) {
	var p InitializeParams
	if err := params(req, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.enc = negotiate(p.Capabilities.General.PositionEncodings)
	if f := p.Capabilities.TextDocument.Hover.ContentFormat; len(f) > 0 {
		s.markdown = false
		for _, k := range f {
			s.markdown = s.markdown || k == "markdown"
		}
	}
	s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
	if len(p.InitializationOptions) > 0 && string(p.InitializationOptions) != "null" {
		var io InitializationOptions
		if err := json.Unmarshal(p.InitializationOptions, &io); err != nil {
			s.log.Printf("ignoring initializationOptions: %v", err)
		} else if io.DebounceMs != nil && *io.DebounceMs >= 0 && *io.DebounceMs <= 10000 {
			s.debounce = time.Duration(*io.DebounceMs) * time.Millisecond
		}
	}
	s.state = running
	s.log.Printf("initialized: position encoding %s, debounce %v", s.enc, s.debounce)
	return InitializeResult{
		Capabilities: ServerCapabilities{
			PositionEncoding:       s.enc.String(),
			TextDocumentSync:       TextDocumentSync{OpenClose: true, Change: 2, Save: SaveOptions{}},
			CodeActionProvider:     CodeActionOptions{CodeActionKinds: []string{"quickfix"}},
			HoverProvider:          true,
			ExecuteCommandProvider: ExecuteCommandOptions{Commands: []string{explainCommand}},
		},
		ServerInfo: ServerInfo{Name: "complaintlint", Version: s.opts.Version},
	}, nil
}

// initialized asks the client to watch configuration files, when the
// server has configuration to reload and the client can watch. The call
// waits for the client's answer, so it runs off the dispatch goroutine.
func (s *Server) initialized(conn *jsonrpc2.Conn) {
	s.mu.Lock()
	watch := s.watch && s.opts.Config != nil && len(s.opts.ConfigNames) > 0 && !s.stopped
	if watch {
		s.lints.Add(1)
	}
	s.mu.Unlock()
	if !watch {
		return
	}
	var watchers []FileSystemWatcher
	for _, n := range s.opts.ConfigNames {
		watchers = append(watchers, FileSystemWatcher{GlobPattern: "**/" + n})
	}
	go func() {
		defer s.lints.Done()
		err := conn.Call(s.ctx, "client/registerCapability", RegistrationParams{Registrations: []Registration{{
			ID: "complaintlint-config", Method: "workspace/didChangeWatchedFiles",
			RegisterOptions: DidChangeWatchedFilesRegistrationOptions{Watchers: watchers},
		}}}, nil)
		if err != nil {
			s.log.Printf("asking the client to watch %s: %v", strings.Join(s.opts.ConfigNames, ", "), err)
		}
	}()
}

func (s *Server) markdownHover() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.markdown
}

// exit ends the session; the exit code says whether shutdown came first.
func (s *Server) exit(conn *jsonrpc2.Conn) {
	s.mu.Lock()
	if s.state == shutDown {
		s.exitCode = 0
	}
	s.mu.Unlock()
	if err := conn.Close(); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("closing the connection: %v", err)
	}
}

// notify sends a notification, logging a failure (a client that went away
// is noticed by the read loop, not here).
func (s *Server) notify(method string, params any) {
	<-s.connReady
	if err := s.conn.Notify(context.Background(), method, params); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("sending %s: %v", method, err)
	}
}
