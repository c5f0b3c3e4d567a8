package boundedfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestRead: a regular file within the limit is read; a larger one, a
// device, a named pipe and a directory are refused at once with a
// one-line error, without reading (a pipe with no writer would block).
func TestRead(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.yml")
	if err := os.WriteFile(small, []byte("profile: {}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, err := Read(small, 1<<10, "a configuration"); err != nil || string(b) != "profile: {}\n" {
		t.Errorf("small file: %q, %v", b, err)
	}
	large := filepath.Join(dir, "large.yml")
	if err := os.WriteFile(large, make([]byte, 2<<10), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yml")
	if err := os.Symlink(small, link); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(link, 1<<10, "a configuration"); err != nil {
		t.Errorf("symlink to a regular file: %v", err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		is   error
		want string
	}{
		{large, ErrTooLarge, "file is larger than the limit for a configuration (1 KiB)"},
		{"/dev/zero", ErrNotRegular, "not a regular file (a device)"},
		{fifo, ErrNotRegular, "not a regular file (a named pipe)"},
		{dir, ErrNotRegular, "not a regular file (a directory)"},
	} {
		_, err := Read(c.path, 1<<10, "a configuration")
		if !errors.Is(err, c.is) || err.Error() != c.want || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v, want %q", c.path, err, c.want)
		}
	}
}
