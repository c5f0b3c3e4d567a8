// Command anchorgen writes lint/pattern/anchor_table.go: the literal anchors
// of every pattern the rules make and of every lexicon line, worked out
// ahead of time so that a run neither parses the expressions to find them
// nor walks a gram index per pattern (the cue trie is built from it). It
// also writes lint/pattern/token_table.go, the token programs of the
// expressions that speak only of words (tokenprog.go), and
// lint/pattern/prog_table.go, the compiled programs of the forms of every
// pattern the tries run (progtable.go).
//
// It runs through go generate in lint/pattern:
//
//	go generate ./lint/pattern
package main

import (
	"fmt"
	"os"

	_ "github.com/complaintlint/complaintlint/checks" // registers the rules' patterns
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

func main() {
	out, tokens, progs := "anchor_table.go", "token_table.go", "prog_table.go"
	if len(os.Args) > 3 {
		out, tokens, progs = os.Args[1], os.Args[2], os.Args[3]
	}
	exprs := legal.RegisteredPatterns()
	table := pattern.FormatAnchorTable(exprs)
	tokenTable, _, _ := pattern.FormatTokenTable(exprs)
	progTable := pattern.FormatProgTable(exprs)
	for _, f := range []struct{ name, text string }{{out, table}, {tokens, tokenTable}, {progs, progTable}} {
		if err := os.WriteFile(f.name, []byte(f.text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "anchorgen:", err)
			os.Exit(1)
		}
	}
}
