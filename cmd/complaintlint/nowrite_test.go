package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fileState is what "untouched" means for a file: the same bytes, mode and
// modification time.
type fileState struct {
	data  string
	mode  fs.FileMode
	mtime time.Time
}

// snapshot records every file under root except inside .git.
func snapshot(t *testing.T, root string) map[string]fileState {
	t.Helper()
	out := map[string]fileState{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return fs.SkipDir
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out[rel] = fileState{string(b), info.Mode(), info.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// minimalDocx is a Word document with one copyright count.
func minimalDocx(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	para := func(s string) string { return `<w:p><w:r><w:t xml:space="preserve">` + s + `</w:t></w:r></w:p>` }
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			para("COUNT I") + para("COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)") + para("1. Defendant copied the Module and sold copies of it.") + `</w:body></w:document>`,
	}
	for _, name := range []string{"[Content_Types].xml", "word/document.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, parts[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func lspFrame(msg string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(msg), msg)
}

// TestNothingWritten runs every command over a tree of documents and
// checks the documents are byte- and mtime-identical afterwards, and that
// the only files created are the ones a command exists to write.
func TestNothingWritten(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	out := t.TempDir() // reports written with FORMAT=FILE go elsewhere
	docs := map[string][]byte{
		"docs/flawed.txt":       []byte(flawed),
		"docs/clean.md":         []byte("# Complaint\n\n" + clean),
		"docs/brief.docx":       minimalDocx(t),
		"docs/sub/crlf.txt":     []byte(strings.ReplaceAll(flawed, "\n", "\r\n")),
		"docs/sub/readonly.txt": []byte(flawed),
	}
	for name, data := range docs {
		p := filepath.Join(repo, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(repo, "docs/sub/readonly.txt"), 0o444); err != nil {
		t.Fatal(err)
	}
	// Old mtimes, so a rewrite within the same second is still caught.
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	for name := range docs {
		if err := os.Chtimes(filepath.Join(repo, name), old, old); err != nil {
			t.Fatal(err)
		}
	}
	gitIn(t, repo, "init", "-q")
	gitIn(t, repo, "add", ".")
	gitIn(t, repo, "commit", "-q", "-m", "docs")
	t.Chdir(repo)
	t.Setenv("GITHUB_ACTIONS", "")

	before := snapshot(t, repo)
	check := func(step string, allowed ...string) {
		t.Helper()
		after := snapshot(t, repo)
		for name, st := range before {
			if got, ok := after[name]; !ok {
				t.Errorf("%s: %s was removed", step, name)
			} else if got != st {
				t.Errorf("%s: %s changed (mode %v→%v, mtime %v→%v, %d→%d bytes)", step, name, st.mode, got.mode, st.mtime, got.mtime, len(st.data), len(got.data))
			}
		}
		for name := range after {
			if _, ok := before[name]; ok {
				continue
			}
			ok := false
			for _, a := range allowed {
				ok = ok || a == name
			}
			if !ok {
				t.Errorf("%s: created %s", step, name)
			}
		}
		for _, a := range allowed {
			if _, ok := after[a]; !ok {
				t.Errorf("%s: did not write %s", step, a)
			}
		}
	}
	runIt := func(args ...string) (int, string) {
		t.Helper()
		var o, e bytes.Buffer
		code := run(args, strings.NewReader(""), &o, &e)
		return code, e.String()
	}

	for _, format := range []string{"text", "line", "json", "sarif", "github", "checkstyle"} {
		if code, stderr := runIt("-f", format, "docs"); code != exitFindings {
			t.Errorf("--format %s: exit %d: %s", format, code, stderr)
		}
		check("--format " + format)
	}
	if code, stderr := runIt("-f", "sarif="+filepath.Join(out, "r.sarif"), "-f", "json="+filepath.Join(out, "r.json"), "docs"); code != exitFindings {
		t.Errorf("--format FILE: exit %d: %s", code, stderr)
	}
	check("--format sarif=FILE")
	if _, err := os.Stat(filepath.Join(out, "r.sarif")); err != nil {
		t.Errorf("sarif file: %v", err)
	}

	if code, stderr := runIt("--write-baseline", "baseline.json", "docs"); code != exitClean {
		t.Errorf("--write-baseline: exit %d: %s", code, stderr)
	}
	check("--write-baseline", "baseline.json")
	before = snapshot(t, repo)
	if code, stderr := runIt("--baseline", "baseline.json", "docs"); code != exitClean {
		t.Errorf("--baseline: exit %d: %s", code, stderr)
	}
	check("--baseline")
	if code, stderr := runIt("--diff", "HEAD", "docs"); code != exitClean {
		t.Errorf("--diff HEAD: exit %d: %s", code, stderr)
	}
	check("--diff")

	for _, args := range [][]string{{"rules"}, {"rules", "--profile", "--circuit", "11", "--state", "FL"}, {"explain", "copyright-infringement-period-missing"}, {"version"}, {"help"}} {
		if code, stderr := runIt(args...); code != exitClean {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
		check(strings.Join(args, " "))
	}

	if code, stderr := runIt("init"); code != exitClean {
		t.Errorf("init: exit %d: %s", code, stderr)
	}
	check("init", ".complaintlint.yml")
	before = snapshot(t, repo)
	if code, _ := runIt("init"); code != exitError {
		t.Errorf("init over an existing file: exit %d, want %d", code, exitError)
	}
	check("init again")
	if code, stderr := runIt("init", "--force"); code != exitClean {
		t.Errorf("init --force: exit %d: %s", code, stderr)
	}
	delete(before, ".complaintlint.yml") // --force rewrites it, by request
	check("init --force", ".complaintlint.yml")
	before = snapshot(t, repo)

	hook := filepath.Join(repo, ".git", "hooks", "pre-commit")
	os.Remove(hook)
	if code, stderr := runIt("hook", "install"); code != exitClean {
		t.Errorf("hook install: exit %d: %s", code, stderr)
	}
	check("hook install")
	if _, err := os.Stat(hook); err != nil {
		t.Errorf("hook not written: %v", err)
	}
	if code, _ := runIt("hook", "install"); code != exitError {
		t.Errorf("hook install over an existing hook: exit %d, want %d", code, exitError)
	}
	check("hook install again")

	// The language server: initialize, open a document, shut down, exit.
	uri := "file://" + filepath.Join(repo, "docs", "flawed.txt")
	text := strings.ReplaceAll(strings.ReplaceAll(flawed, `\`, `\\`), "\n", `\n`)
	text = strings.ReplaceAll(text, `"`, `\"`)
	start := lspFrame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"file://`+repo+`","capabilities":{}}}`) +
		lspFrame(`{"jsonrpc":"2.0","method":"initialized","params":{}}`) +
		lspFrame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"`+uri+`","languageId":"plaintext","version":1,"text":"`+text+`"}}}`)
	stop := lspFrame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) + lspFrame(`{"jsonrpc":"2.0","method":"exit"}`)
	var lspErr bytes.Buffer
	done := make(chan int, 1)
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	go func() { done <- run([]string{"lsp"}, inR, outW, &lspErr); outW.Close() }()
	go func() { io.WriteString(inW, start) }()
	// Read until the diagnostics for the opened document arrive, then
	// shut the server down.
	seen := make(chan string, 1)
	go func() {
		var got []byte
		buf := make([]byte, 4096)
		sent := false
		for {
			n, err := outR.Read(buf)
			got = append(got, buf[:n]...)
			if !sent && bytes.Contains(got, []byte("copyright-infringement-period-missing")) {
				sent = true
				go func() { io.WriteString(inW, stop) }()
			}
			if err != nil {
				seen <- string(got)
				return
			}
		}
	}()
	var lspOut string
	select {
	case code := <-done:
		lspOut = <-seen
		if code != exitClean {
			t.Errorf("lsp: exit %d: %s", code, lspErr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("lsp did not publish diagnostics and exit")
	}
	inW.Close()
	if !strings.Contains(lspOut, `"capabilities"`) || !strings.Contains(lspOut, "publishDiagnostics") {
		t.Errorf("lsp output: %q", lspOut)
	}
	check("lsp")
}
