package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint"
)

// testClient is an editor stand-in: it talks to a Server over io.Pipe in
// real Content-Length framed JSON-RPC (the same library on the client side)
// and records what the server sends on its own.
type testClient struct {
	t    *testing.T
	conn *jsonrpc2.Conn
	code chan int // the server's exit code
	log  *syncBuffer

	mu       sync.Mutex
	cond     *sync.Cond
	diags    []PublishDiagnosticsParams
	messages []ShowMessageParams
	requests []string // methods of server-to-client requests
}

// syncBuffer collects the server's log safely across goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testOptions() Options {
	return Options{Checks: checks.All, Lint: lint.Options{Profile: lint.DefaultProfile}}
}

func startServer(t *testing.T, opts Options) *testClient {
	t.Helper()
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	c := &testClient{t: t, code: make(chan int, 1), log: &syncBuffer{}}
	c.cond = sync.NewCond(&c.mu)
	opts.Log = c.log
	go func() { c.code <- Serve(context.Background(), serverIn, serverOut, opts) }()
	stream := jsonrpc2.NewBufferedStream(stdio{clientIn, clientOut}, jsonrpc2.VSCodeObjectCodec{})
	c.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() {
		c.conn.Close()
		select {
		case <-c.code:
		case <-time.After(30 * time.Second):
			t.Error("server did not stop after the client went away")
		}
		if t.Failed() {
			t.Logf("server log:\n%s", c.log.String())
		}
	})
	return c
}

func (c *testClient) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	defer c.cond.Broadcast()
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			c.t.Errorf("bad publishDiagnostics: %v", err)
		}
		c.diags = append(c.diags, p)
	case "window/showMessage":
		var p ShowMessageParams
		json.Unmarshal(*req.Params, &p)
		c.messages = append(c.messages, p)
	}
	if !req.Notif {
		c.requests = append(c.requests, req.Method)
	}
	return nil, nil
}

func (c *testClient) call(method string, params, result any) error {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return c.conn.Call(ctx, method, params, result)
}

func (c *testClient) mustCall(method string, params, result any) {
	c.t.Helper()
	if err := c.call(method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// initialize performs the handshake offering the given encodings.
func (c *testClient) initialize(encodings []string, initOpts any) InitializeResult {
	c.t.Helper()
	caps := map[string]any{"general": map[string]any{"positionEncodings": encodings}}
	var res InitializeResult
	c.mustCall("initialize", map[string]any{"processId": nil, "capabilities": caps, "initializationOptions": initOpts}, &res)
	c.notify("initialized", map[string]any{})
	return res
}

// hangGuard is how long a test waits for something that would otherwise
// block it forever; it detects hangs and never measures speed.
const hangGuard = 2 * time.Minute

// waitDiagnostics waits for a publish for uri that satisfies ok and
// returns it; publishes before the n-th already seen are skipped.
func (c *testClient) waitDiagnostics(uri string, ok func(PublishDiagnosticsParams) bool) PublishDiagnosticsParams {
	c.t.Helper()
	// A guard against a hang, not a measure of speed: generous enough for
	// a loaded machine under the race detector.
	deadline := time.Now().Add(hangGuard)
	timer := time.AfterFunc(hangGuard, func() { c.mu.Lock(); c.cond.Broadcast(); c.mu.Unlock() })
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for seen := 0; ; {
		for ; seen < len(c.diags); seen++ {
			if p := c.diags[seen]; p.URI == uri && ok(p) {
				return p
			}
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("no matching diagnostics for %s within %v; got %d publishes", uri, hangGuard, len(c.diags))
		}
		c.cond.Wait()
	}
}

// publishes returns a copy of every publish so far.
func (c *testClient) publishes() []PublishDiagnosticsParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]PublishDiagnosticsParams(nil), c.diags...)
}

// shutdown performs the orderly end and returns the server's exit code.
func (c *testClient) shutdown() int {
	c.t.Helper()
	c.mustCall("shutdown", nil, nil)
	c.notify("exit", nil)
	return c.exitCode()
}

func (c *testClient) exitCode() int {
	c.t.Helper()
	select {
	case code := <-c.code:
		c.code <- code // keep it for Cleanup
		return code
	case <-time.After(30 * time.Second):
		c.t.Fatal("server did not exit")
	}
	return -1
}

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
