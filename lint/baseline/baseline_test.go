package baseline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
)

// update is accepted so that `go test ./... -update`, which rewrites the
// golden files under testdata/golden, runs in every package; this package
// has none.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

func results(t *testing.T, path, text string, sentences ...string) []lint.FileResult {
	t.Helper()
	d := document.Build(document.PlainSource(path, []byte(text)))
	var fs []lint.Finding
	for _, s := range sentences {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		fs = append(fs, lint.Finding{Rule: "r", Span: lint.Span{Start: i, End: i + len(s)}, Message: "m", CountIndex: -1})
	}
	return []lint.FileResult{{Path: path, Doc: d, Findings: fs}}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.txt")
	text := "1. One.\n\n2. Two.\n\n3. Three.\n"
	b := Build(results(t, path, text, "One.", "Two."), dir)
	if len(b.Findings) != 2 || b.Findings[0].Path != "c.txt" || b.Findings[0].Line != 1 {
		t.Fatalf("baseline %+v", b)
	}
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		t.Fatal(err)
	}
	bpath := filepath.Join(dir, "baseline.json")
	if err := os.WriteFile(bpath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	read, err := Read(bpath)
	if err != nil {
		t.Fatal(err)
	}
	// Later: "One." was fixed, "Three." is new, and text moved above "Two.".
	later := "0. Preamble.\n\n2. Two.\n\n3. Three.\n"
	rs := results(t, path, later, "Two.", "Three.")
	out := read.Apply(rs, dir)
	if out.Known != 1 || out.Fixed != 1 {
		t.Errorf("outcome %+v, want 1 known and 1 fixed", out)
	}
	if len(rs[0].Findings) != 1 || rs[0].Doc.SourceSlice(rs[0].Findings[0].Span) != "Three." {
		t.Errorf("left %v, want only the new finding", rs[0].Findings)
	}
	// A file not linted in this run does not count as fixed.
	other := results(t, filepath.Join(dir, "other.txt"), text)
	if out := read.Apply(other, dir); out.Fixed != 0 {
		t.Errorf("fixed %d for a file not in the baseline run", out.Fixed)
	}
}

func TestSuppressedNotRecorded(t *testing.T) {
	rs := results(t, "c.txt", "1. One.\n", "One.")
	rs[0].Findings[0].Suppressed = &lint.Suppression{Kind: "config", Justification: "x"}
	if b := Build(rs, "."); len(b.Findings) != 0 {
		t.Errorf("suppressed finding recorded: %+v", b.Findings)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"garbage.json": "not json",
		"v2.json":      `{"version": 2, "fingerprintScheme": "complaintlint/v1", "findings": []}`,
		"scheme.json":  `{"version": 1, "fingerprintScheme": "other/v9", "findings": []}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		if _, err := Read(p); err == nil || !strings.Contains(err.Error(), "--write-baseline") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := Read(filepath.Join(dir, "absent.json")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("absent: %v", err)
	}
}

// TestReadBounded: a baseline that is a device, a named pipe or past the
// size limit is refused at once instead of growing memory without end or
// waiting for a writer.
func TestReadBounded(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, make([]byte, MaxSize+1), 0o600); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		big:         "big.json: file is larger than the limit for a baseline (16 MiB)",
		"/dev/zero": "baseline /dev/zero: not a regular file (a device)",
		fifo:        "fifo.json: not a regular file (a named pipe)",
	} {
		_, err := Read(path)
		if err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", path, err, want)
		}
	}
}

// --write-baseline replaces a baseline of any version, and nothing else.
func TestCheckReplaceable(t *testing.T) {
	dir := t.TempDir()
	put := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := map[string]string{
		"new file":         filepath.Join(dir, "new.json"),
		"current baseline": put("cur.json", `{"version": 1, "fingerprintScheme": "x", "findings": []}`),
		"older baseline":   put("old.json", `{"version": 0, "findings": [{"path": "a.md"}]}`),
	}
	for name, p := range ok {
		if err := CheckReplaceable(p); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	refused := map[string]struct{ path, want string }{
		"complaint":           {put("draft.txt", "COUNT I\n"), "the file exists and is not a complaintlint baseline"},
		"other JSON":          {put("notes.json", `{"meeting": "Tuesday"}`), "the file exists and is not a complaintlint baseline"},
		"findings not a list": {put("odd.json", `{"version": 1, "findings": 3}`), "not a complaintlint baseline"},
		"folder":              {dir, "that is a folder"},
	}
	for name, c := range refused {
		err := CheckReplaceable(c.path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
	if err := CheckReplaceable(os.DevNull); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("device: %v", err)
	}
}
