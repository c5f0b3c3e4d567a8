//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFinderReportsUnusableConfig: a .complaintlint.yml found beside a
// complaint that cannot be read as a file is an error naming it, never
// passed over (which would drop its suppressions), and a named pipe there
// is not opened (opening one blocks until a writer comes).
func TestFinderReportsUnusableConfig(t *testing.T) {
	root := t.TempDir()
	mk := func(name string, make func(path string) error) string {
		dir := filepath.Join(root, name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := make(filepath.Join(dir, FileName)); err != nil {
			t.Skipf("%s: %v", name, err)
		}
		return dir
	}
	cases := map[string]string{
		mk("loop", func(p string) error { return os.Symlink(FileName, p) }):          "a symbolic link that cannot be followed (too many levels of symbolic links)",
		mk("dangling", func(p string) error { return os.Symlink("nowhere.yml", p) }): "a symbolic link that cannot be followed (no such file or directory)",
		mk("fifo", func(p string) error { return syscall.Mkfifo(p, 0o644) }):         "not a regular file (a named pipe)",
		mk("device", func(p string) error { return os.Symlink(os.DevNull, p) }):      "not a regular file (a device)",
		mk("folder", func(p string) error { return os.Mkdir(p, 0o755) }):             "not a regular file (a folder)",
	}
	f := &Finder{Known: known, Cwd: root}
	for dir, want := range cases {
		done := make(chan error, 1)
		go func() {
			_, err := f.ForFile(filepath.Join(dir, "complaint.md"))
			done <- err
		}()
		var err error
		select {
		case err = <-done:
		case <-time.After(time.Minute):
			t.Fatalf("%s: the finder blocked", dir)
		}
		prefix := filepath.Join(filepath.Base(dir), FileName) + ": "
		if err == nil || !strings.HasPrefix(err.Error(), prefix+want) {
			t.Errorf("%s: error %v, want %q", dir, err, prefix+want)
		}
	}
	// A real configuration next to them still works.
	ok := filepath.Join(root, "ok")
	write(t, filepath.Join(ok, FileName), "fail-on: warning\n")
	if c, err := f.ForFile(filepath.Join(ok, "complaint.md")); err != nil || c == nil {
		t.Errorf("regular configuration: %v, %v", c, err)
	}
}
