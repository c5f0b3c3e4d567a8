// Package boundedfile reads the small files that steer a run (the
// configuration, the baseline) with a size limit and only when they are
// regular files: a device such as /dev/zero would otherwise grow memory
// without end, and a named pipe would hang the run waiting for a writer.
package boundedfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Read returns the contents of the regular file at path, refusing one
// larger than limit bytes. what names the file in the size error ("a
// configuration"); errors are one line, without the path, which the
// caller prints.
func Read(path string, limit int64, what string) ([]byte, error) {
	// Stat before opening: opening a named pipe blocks until someone
	// writes to it.
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(info); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close() // read-only: a close error loses nothing
	// Again on the opened file, which may have been replaced meanwhile.
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(info); err != nil {
		return nil, err
	}
	if info.Size() > limit {
		return nil, tooLarge(limit, what)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit, what)
	}
	return data, nil
}

// ErrTooLarge is wrapped by the error for a file past its limit.
var ErrTooLarge = errors.New("file is larger than the limit")

func tooLarge(limit int64, what string) error {
	return fmt.Errorf("%w for %s (%s)", ErrTooLarge, what, size(limit))
}

// ErrNotRegular is wrapped by the error for a directory, device, pipe or
// socket.
var ErrNotRegular = errors.New("not a regular file")

func regular(info fs.FileInfo) error {
	m := info.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return fmt.Errorf("%w (a directory)", ErrNotRegular)
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w (a named pipe)", ErrNotRegular)
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return fmt.Errorf("%w (a device)", ErrNotRegular)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w (a socket)", ErrNotRegular)
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, m.Type())
}

func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}
