package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rawSession runs a server on bytes the test writes itself, for input no
// well-behaved client library would send.
type rawSession struct {
	t    *testing.T
	in   *io.PipeWriter
	out  *bufio.Reader
	code chan int
	log  *syncBuffer
}

func startRaw(t *testing.T) *rawSession {
	t.Helper()
	serverIn, in := io.Pipe()
	outR, serverOut := io.Pipe()
	r := &rawSession{t: t, in: in, out: bufio.NewReader(outR), code: make(chan int, 1), log: &syncBuffer{}}
	opts := testOptions()
	opts.Log = r.log
	go func() { r.code <- Serve(context.Background(), serverIn, serverOut, opts) }()
	// Drain what the server writes after the test stops reading, so a
	// reply never blocks it.
	t.Cleanup(func() {
		in.Close()
		go io.Copy(io.Discard, r.out)
		r.wait()
		outR.Close()
	})
	return r
}

func (r *rawSession) write(s string) {
	r.t.Helper()
	if _, err := io.WriteString(r.in, s); err != nil {
		r.t.Fatalf("write: %v", err)
	}
}

func frame(body string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
}

// read reads one framed message the server sent.
func (r *rawSession) read() map[string]any {
	r.t.Helper()
	type msg struct {
		m   map[string]any
		err error
	}
	ch := make(chan msg, 1)
	go func() {
		n := -1
		for {
			line, err := r.out.ReadString('\n')
			if err != nil {
				ch <- msg{err: err}
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				n, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r.out, body); err != nil {
			ch <- msg{err: err}
			return
		}
		var m map[string]any
		ch <- msg{m: m, err: json.Unmarshal(body, &m)}
	}()
	select {
	case got := <-ch:
		if got.err != nil {
			r.t.Fatalf("reading a reply: %v", got.err)
		}
		return got.m
	case <-time.After(hangGuard):
		r.t.Fatalf("no reply within %v", hangGuard)
	}
	return nil
}

func (r *rawSession) wait() int {
	select {
	case c := <-r.code:
		r.code <- c
		return c
	case <-time.After(hangGuard):
		r.t.Fatalf("server still running %v after its input was closed or broken; log:\n%s", hangGuard, r.log.String())
	}
	return -1
}

func errorCode(m map[string]any) int {
	e, _ := m["error"].(map[string]any)
	c, _ := e["code"].(float64)
	return int(c)
}

// TestMalformedMessagesKeepTheServer: well-framed messages that are not
// JSON, or not JSON-RPC, get an error reply with a null id, and the server
// goes on to answer the next request.
func TestMalformedMessagesKeepTheServer(t *testing.T) {
	r := startRaw(t)
	for _, tc := range []struct {
		body string
		code int
	}{
		{"{not json", -32700},
		{`{"jsonrpc":"2.0"}`, -32600},
		{`[]`, -32600},
		{`{"jsonrpc":"2.0","id":1,"method":5}`, -32600},
		{`"just a string"`, -32600},
	} {
		r.write(frame(tc.body))
		m := r.read()
		if errorCode(m) != tc.code || m["id"] != nil {
			t.Errorf("%s: reply %v, want error %d with a null id", tc.body, m, tc.code)
		}
	}
	// A stray header line the base protocol does not define is skipped.
	r.write("X-Junk: yes\r\n" + frame(`{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"capabilities":{}}}`))
	m := r.read()
	if m["id"] != float64(7) || m["result"] == nil {
		t.Fatalf("initialize after malformed input: %v", m)
	}
	r.write(frame(`{"jsonrpc":"2.0","id":8,"method":"shutdown"}`))
	if m := r.read(); m["id"] != float64(8) {
		t.Errorf("shutdown reply: %v", m)
	}
	r.write(frame(`{"jsonrpc":"2.0","method":"exit"}`))
	if code := r.wait(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}

// TestBrokenFramingEndsCleanly: input whose framing cannot be trusted ends
// the session (a client that writes it is gone or broken); the server
// exits with 1 instead of hanging or panicking.
func TestBrokenFramingEndsCleanly(t *testing.T) {
	for name, input := range map[string]string{
		"garbage":            "\x00\xff garbage with no header at all",
		"bad length":         "Content-Length: abc\r\n\r\n{}",
		"no length":          "Content-Type: application/json\r\n\r\n{}",
		"bare LF":            "Content-Length: 2\n\n{}",
		"short body":         "Content-Length: 500\r\n\r\n{\"jsonrpc\":",
		"huge length":        "Content-Length: 99999999999\r\n\r\n{}",
		"negative length":    "Content-Length: -5\r\n\r\n{}",
		"truncated mid-body": frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`)[:40],
	} {
		t.Run(name, func(t *testing.T) {
			r := startRaw(t)
			r.write(input)
			r.in.Close()
			if code := r.wait(); code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
		})
	}
}

// TestRandomBytes throws seeded random input at the server: whatever it
// makes of it, it must not panic and must stop once input ends.
func TestRandomBytes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 30; i++ {
		b := make([]byte, rng.Intn(400))
		rng.Read(b)
		if i%2 == 0 { // half of them with a plausible header
			b = append([]byte(fmt.Sprintf("Content-Length: %d\r\n\r\n", len(b))), b...)
		}
		code := Serve(context.Background(), bytes.NewReader(b), io.Discard, Options{Log: io.Discard})
		if code != 1 {
			t.Errorf("input %d: exit code %d, want 1", i, code)
		}
	}
}

// FuzzServe: no input makes the server panic or fail to stop when its
// input ends.
func FuzzServe(f *testing.F) {
	f.Add([]byte(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.md","languageId":"markdown","version":1,"text":"COUNT I\n1. Defendant copied it."}}}`) +
		frame(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.md","version":2},"contentChanges":[{"range":{"start":{"line":9,"character":-3},"end":{"line":0,"character":99}},"text":"😀"}]}}`)))
	f.Add([]byte("Content-Length: 5\r\n\r\n{abc}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		go func() {
			Serve(context.Background(), bytes.NewReader(data), io.Discard, testOptions())
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(hangGuard):
			t.Fatal("server did not stop after its input ended")
		}
	})
}
