package lsp

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestLargeBuffersRefused: a buffer past the limit is not linted but
// answered with a message the attorney sees, and a message past the
// message limit is skipped without being read into memory; either way the
// server goes on serving.
func TestLargeBuffersRefused(t *testing.T) {
	saved := limits
	defer func() { limits = saved }()
	// Shrunk so that the race detector decodes the messages in time; the
	// real limits are exercised by the command's hostile-input suite.
	limits.buffer, limits.message = 64<<10, 320<<10
	r := startRaw(t)
	r.write(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`))
	if m := r.read(); m["id"] != float64(1) {
		t.Fatalf("initialize: %v", m)
	}
	r.write(frame(`{"jsonrpc":"2.0","method":"initialized","params":{}}`))
	shown := func(want string) {
		t.Helper()
		for range 5 {
			m := r.read()
			if m["method"] == "window/showMessage" {
				msg, _ := m["params"].(map[string]any)["message"].(string)
				if !strings.Contains(msg, want) || strings.Contains(msg, "\n") {
					t.Errorf("message %q, want one line with %q", msg, want)
				}
				return
			}
			if m["method"] == "textDocument/publishDiagnostics" {
				t.Fatalf("a buffer past the limit was linted: %v", m["params"].(map[string]any)["uri"])
			}
		}
		t.Fatalf("no window/showMessage")
	}
	open := func(uri, text string) string {
		b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
			"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
		return frame(string(b))
	}
	r.write(open("file:///big.txt", "COUNT I\n"+strings.Repeat("1. Defendant copied the Module.\n", limits.buffer/32)))
	shown("larger than the 64 KiB the language server lints")

	r.write(open("file:///huge.txt", strings.Repeat("a", int(limits.message))))
	shown("documents over 64 KiB are not linted in the editor")

	// A buffer that grows past the limit by edits is dropped.
	r.write(open("file:///grows.txt", "COUNT I\n1. Defendant copied the Module.\n"))
	for range 5 {
		if m := r.read(); m["method"] == "textDocument/publishDiagnostics" {
			break
		}
	}
	change, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
		"textDocument":   map[string]any{"uri": "file:///grows.txt", "version": 2},
		"contentChanges": []any{map[string]any{"range": map[string]any{"start": map[string]any{"line": 0, "character": 0}, "end": map[string]any{"line": 0, "character": 0}}, "text": strings.Repeat("x\n", limits.buffer/2+1)}},
	}})
	r.write(frame(string(change)))
	if m := r.read(); m["method"] != "textDocument/publishDiagnostics" || len(m["params"].(map[string]any)["diagnostics"].([]any)) != 0 {
		t.Errorf("grown buffer: diagnostics not cleared: %v", m["method"])
	}
	shown("larger than the 64 KiB the language server lints")

	r.write(frame(`{"jsonrpc":"2.0","id":8,"method":"shutdown"}`))
	if m := r.read(); m["id"] != float64(8) {
		t.Errorf("shutdown after large buffers: %v", m)
	}
	r.write(frame(`{"jsonrpc":"2.0","method":"exit"}`))
	if code := r.wait(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}
