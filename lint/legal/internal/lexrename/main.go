// Command lexrename rewrites the rules' cue-list look-ups by name,
// legal.Lex("copyright.accused-term"), into calls of the generated typed
// handles, lexicon.CopyrightAccusedTerm(), fixing the imports. It can be run
// again whenever new look-ups by name arrive (a merged branch):
//
//	go run ./lint/legal/internal/lexrename ./checks
//
// Run from the module root; -lexicons names the lexicon files' folder.
// Look-ups whose name is not a literal are left alone and listed; a
// literal name that no lexicon defines is listed and makes the exit status
// 1, since it would panic at run time.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/complaintlint/complaintlint/lint/legal/internal/lexname"
)

func main() {
	dir := flag.String("lexicons", "lint/legal/lexicons", "folder of the lexicon files")
	flag.Parse()
	roots := flag.Args()
	if len(roots) == 0 {
		roots = []string{"./checks"}
	}
	sections, err := lexname.Read(*dir)
	if err == nil && len(sections) == 0 {
		err = fmt.Errorf("no lexicons in %s", *dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lexrename:", err)
		os.Exit(2)
	}
	idents := map[string]string{}
	for _, s := range sections {
		idents[s.Name] = s.Ident
	}
	total, unknown := 0, false
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			res, err := rewrite(path, src, idents)
			if err != nil {
				return err
			}
			for _, l := range res.left {
				fmt.Fprintln(os.Stderr, l)
				unknown = unknown || strings.Contains(l, "no lexicon named")
			}
			if res.rewritten == 0 {
				return nil
			}
			total += res.rewritten
			info, err := d.Info()
			if err != nil {
				return err
			}
			return os.WriteFile(path, res.src, info.Mode().Perm())
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "lexrename:", err)
			os.Exit(2)
		}
	}
	fmt.Printf("lexrename: %d look-ups rewritten\n", total)
	if unknown {
		os.Exit(1)
	}
}
