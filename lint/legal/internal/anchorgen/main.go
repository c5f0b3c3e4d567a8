// Command anchorgen writes lint/legal/anchor_table.go: the literal anchors
// of every pattern the rules make and of every lexicon line, worked out
// ahead of time so that a run neither parses the expressions to find them
// nor walks a gram index per pattern, and lint/legal/cue_trie.go, the trie
// of those anchors, which a run reads as it stands. It also writes
// lint/legal/token_table.go, the token programs of the expressions that
// speak only of words (tokenprog.go), and lint/legal/prog_table.go, the
// compiled programs of the forms of every pattern the tries run
// (progtable.go).
//
// It runs through go generate in lint/legal:
//
//	go generate ./lint/legal
package main

import (
	"fmt"
	"go/format"
	"os"

	_ "github.com/complaintlint/complaintlint/checks" // registers the rules' patterns
	"github.com/complaintlint/complaintlint/lint/legal"
)

func main() {
	out, tokens, progs, trie := "anchor_table.go", "token_table.go", "prog_table.go", "cue_trie.go"
	if len(os.Args) > 4 {
		out, tokens, progs, trie = os.Args[1], os.Args[2], os.Args[3], os.Args[4]
	}
	exprs := legal.RegisteredPatterns()
	table, trieTable := legal.FormatAnchorTables(exprs)
	tokenTable, _, _ := legal.FormatTokenTable(exprs)
	progTable := legal.FormatProgTable(exprs)
	// The trie is numbers in composite literals, whose layout gofmt
	// decides: it is formatted here, so that the file is as gofmt leaves
	// it.
	trieSrc, err := format.Source([]byte(trieTable))
	if err != nil {
		fmt.Fprintln(os.Stderr, "anchorgen: cue trie:", err)
		os.Exit(1)
	}
	for _, f := range []struct{ name, text string }{{out, table}, {tokens, tokenTable}, {progs, progTable}, {trie, string(trieSrc)}} {
		if err := os.WriteFile(f.name, []byte(f.text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "anchorgen:", err)
			os.Exit(1)
		}
	}
}
