package linttest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag: golden files are rewritten only when a test
// run asks for it (go test ./... -update). Every test package that has
// tests imports linttest, so the flag is defined in each test binary and
// "go test ./... -update" never fails on an unknown flag.
var Update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// Golden compares got with the golden file at path, or rewrites the file
// when -update is set. A mismatch reports the first differing line.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w []byte
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if !bytes.Equal(g, w) {
			t.Fatalf("%s differs at line %d:\n got: %q\nwant: %q\n(if the change is intended, run go test ./... -update and review the diff)", path, i+1, g, w)
		}
	}
}
