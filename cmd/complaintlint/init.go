package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/pflag"

	"github.com/complaintlint/complaintlint/lint/config"
)

// runInit writes a commented starter .complaintlint.yml in the working
// directory. An existing file is a team's settings and suppressions: it is
// never replaced without --force.
func runInit(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("complaintlint init", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "overwrite an existing "+config.FileName)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: complaintlint init [--force]\n\nWrites a commented starter %s in the current directory.\n\n%s", config.FileName, fs.FlagUsages())
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitClean
		}
		fmt.Fprintf(stderr, "complaintlint init: %v\n", err)
		return exitError
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "complaintlint init: unexpected argument %q\n", fs.Arg(0))
		return exitError
	}
	if err := createFile(config.FileName, []byte(config.Starter), 0o644, *force); err != nil {
		fmt.Fprintf(stderr, "complaintlint init: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "wrote %s; edit it, then run complaintlint on your complaints\n", config.FileName)
	return exitClean
}

// createFile writes data to path. Without force it refuses when path
// exists, and creates the file exclusively so two runs cannot both write
// (O_EXCL also refuses a symbolic link, even a dangling one). With force
// it writes a new file and renames it over path: a symbolic link there is
// replaced, never followed to the file it points to, and a failed write
// leaves the old file whole.
func createFile(path string, data []byte, perm os.FileMode, force bool) error {
	write := func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
	if force {
		return writeFileAtomicMode(path, perm, write)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; keeping it (use --force to overwrite)", path)
	}
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
