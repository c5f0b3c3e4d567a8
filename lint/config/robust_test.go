//go:build unix

package config

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// TestParseHostile: inputs a parser should refuse, each with a line number,
// without expanding them: alias bombs (whose expansion would be 10^10
// values), binary, tabs, anchors used where a scalar belongs. Memory, not
// the clock, shows nothing was expanded.
func TestParseHostile(t *testing.T) {
	var bomb strings.Builder
	bomb.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		bomb.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				bomb.WriteString(", ")
			}
			bomb.WriteString("*a" + string(rune('0'+i-1)))
		}
		bomb.WriteString("]\n")
	}
	bomb.WriteString("rules:\n  disable: *a9\n")
	cases := []struct{ name, text, want string }{
		{"alias bomb", bomb.String(), ".complaintlint.yml:1: unknown key \"a0\""},
		{"alias bomb under a known key", "x: &x [a, b]\n", ".complaintlint.yml:1: unknown key \"x\""},
		{"nested list in disable", "rules:\n  disable: [[a]]\n", ".complaintlint.yml:2:"},
		{"tab indentation", "rules:\n\tdisable: []\n", ".complaintlint.yml:2: not valid YAML"},
		{"binary", "rules:\x00\x01\n", ".complaintlint.yml:"},
		{"invalid UTF-8", "rules:\n  disable: [\"\xff\xfe\"]\n", ".complaintlint.yml:"},
		{"document separator", "fail-on: error\n---\nfail-on: none\n", ".complaintlint.yml:2: a second YAML document"},
	}
	for _, tc := range cases {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := parse(t, tc.text)
		runtime.ReadMemStats(&after)
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
			t.Errorf("%s: parsing allocated %d MB", tc.name, grew>>20)
		}
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		if !strings.HasPrefix(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q, want one line starting %q", tc.name, err, tc.want)
		}
	}
}

// TestLoadBounded: a configuration that is a device, a named pipe or past
// the size limit is refused at once, naming the file, instead of growing
// memory without end or waiting for a writer.
func TestLoadBounded(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yml")
	if err := os.WriteFile(big, []byte("files:\n  exclude:\n"+strings.Repeat("    - \"d/*.txt\"\n", MaxSize/16)), 0o600); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.yml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		big:         "big.yml: cannot read the configuration: file is larger than the limit for a configuration (256 KiB)",
		"/dev/zero": "zero: cannot read the configuration: not a regular file (a device)",
		fifo:        "fifo.yml: cannot read the configuration: not a regular file (a named pipe)",
	} {
		_, err := Load(path, filepath.Base(path), nil)
		if err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", path, err, want)
		}
	}
}
