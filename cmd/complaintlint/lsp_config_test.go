package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// sameConfig is a project configuration that changes the profile, a
// severity, and suppresses one finding of the sample complaint by path.
const sameConfig = `profile:
  circuit: 9
  state: CA
rules:
  severity:
    plausibility-conclusory-allegation: warning
suppress:
  - path: drafts/complaint.md
    rule: cfaa-loss-threshold-unpled
    reason: "Loss is pleaded in the damages section."
`

// TestCLIAndLanguageServerAgree: the same configuration gives the same
// findings on the command line and in the language server, run through
// both as a user runs them (the server used to drop the suppress: list).
func TestCLIAndLanguageServerAgree(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "complaints", "sample-complaint.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "drafts"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "drafts", "complaint.md")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".complaintlint.yml"), []byte(sameConfig), 0o644); err != nil {
		t.Fatal(err)
	}

	var out, errOut bytes.Buffer
	run([]string{"-f", "line", "--fail-on", "none", path}, nil, &out, &errOut)
	re := regexp.MustCompile(`^.*:(\d+):(\d+): (error|warning|info): .* \[([a-z0-9-]+)\]$`)
	var cli []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		m := re.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("unexpected CLI line %q (stderr %s)", l, errOut.String())
		}
		cli = append(cli, fmt.Sprintf("%s:%s %s %s", m[1], m[2], m[3], m[4]))
	}
	sort.Strings(cli)
	joined := strings.Join(cli, "\n")
	// The configuration is in effect at all: the suppressed rule is gone
	// and the severity is the configuration's.
	if strings.Contains(joined, "cfaa-loss-threshold-unpled") || !strings.Contains(joined, "warning plausibility-conclusory-allegation") {
		t.Fatalf("the CLI did not apply the configuration:\n%s", joined)
	}

	server := lspDiagnostics(t, path, string(text))
	sort.Strings(server)
	if got := strings.Join(server, "\n"); got != joined {
		t.Errorf("the language server's findings differ from the CLI's\nserver:\n%s\ncli:\n%s", got, joined)
	}
}

// lspDiagnostics runs `complaintlint lsp`, opens the file and returns its
// diagnostics as "line:column severity rule" with 1-based code-point
// positions, the CLI's.
func lspDiagnostics(t *testing.T, path, text string) []string {
	t.Helper()
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	done := make(chan int, 1)
	var logBuf bytes.Buffer
	go func() {
		done <- runLSP(nil, serverIn, serverOut, &logBuf)
		serverOut.Close()
	}()
	uri := "file://" + filepath.ToSlash(path)
	diags := make(chan json.RawMessage, 16)
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil {
			var p struct {
				URI string `json:"uri"`
			}
			if json.Unmarshal(*req.Params, &p) == nil && p.URI == uri {
				diags <- *req.Params
			}
		}
		return nil, nil
	})
	stream := jsonrpc2.NewBufferedStream(struct {
		io.Reader
		io.WriteCloser
	}{clientIn, clientOut}, jsonrpc2.VSCodeObjectCodec{})
	conn := jsonrpc2.NewConn(context.Background(), stream, handler)
	defer conn.Close()
	ctx := context.Background()
	var initRes json.RawMessage
	if err := conn.Call(ctx, "initialize", map[string]any{
		"processId": nil, "rootUri": nil,
		"capabilities":          map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-32"}}},
		"initializationOptions": map[string]any{"debounceMs": 0},
	}, &initRes); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(initRes), `"utf-32"`) {
		t.Fatalf("the server did not agree to code-point positions: %s", initRes)
	}
	conn.Notify(ctx, "initialized", map[string]any{})
	conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "markdown", "version": 1, "text": text,
	}})
	var params json.RawMessage
	select {
	case params = <-diags:
	case <-time.After(2 * time.Minute): // a hang guard, not a timing check
		t.Fatalf("no diagnostics from the server; log:\n%s", logBuf.String())
	}
	var pub struct {
		Diagnostics []struct {
			Range struct {
				Start struct{ Line, Character int }
			}
			Severity int
			Code     string
		}
	}
	if err := json.Unmarshal(params, &pub); err != nil {
		t.Fatal(err)
	}
	names := map[int]string{1: "error", 2: "warning", 3: "info"}
	var out []string
	for _, d := range pub.Diagnostics {
		out = append(out, strconv.Itoa(d.Range.Start.Line+1)+":"+strconv.Itoa(d.Range.Start.Character+1)+" "+names[d.Severity]+" "+d.Code)
	}
	conn.Call(ctx, "shutdown", nil, nil)
	conn.Notify(ctx, "exit", nil)
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Error("the server did not exit")
	}
	return out
}
