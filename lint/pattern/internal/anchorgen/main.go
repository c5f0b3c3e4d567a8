// Command anchorgen writes lint/pattern/anchor_table.go: the literal anchors
// of every pattern the rules make and of every lexicon line, worked out
// ahead of time so that a run neither parses the expressions to find them
// nor walks a gram index per pattern, and lint/pattern/cue_trie.go, the trie
// of those anchors, which a run reads as it stands. It also writes
// lint/pattern/token_table.go, the token programs of the expressions that
// speak only of words (tokenprog.go), lint/pattern/token_set.go, the index
// of their first words (tokens.go), and lint/pattern/prog_table.go, the
// compiled programs of the forms of every pattern the tries run
// (progtable.go).
//
// It runs through go generate in lint/pattern:
//
//	go generate ./lint/pattern
package main

import (
	"fmt"
	"go/format"
	"os"

	_ "github.com/complaintlint/complaintlint/checks" // registers the rules' patterns
	"github.com/complaintlint/complaintlint/lint/legal"
	"github.com/complaintlint/complaintlint/lint/pattern"
)

func main() {
	out, tokens, progs, trie, set := "anchor_table.go", "token_table.go", "prog_table.go", "cue_trie.go", "token_set.go"
	if len(os.Args) > 5 {
		out, tokens, progs, trie, set = os.Args[1], os.Args[2], os.Args[3], os.Args[4], os.Args[5]
	}
	exprs := legal.RegisteredPatterns()
	table, trieTable := pattern.FormatAnchorTables(exprs)
	tokenTable, _, _ := pattern.FormatTokenTable(exprs)
	progTable := pattern.FormatProgTable(exprs)
	// The trie and the set of first words are composite literals, whose
	// layout gofmt decides: they are formatted here, so that the files
	// are as gofmt leaves them.
	trieSrc, err := format.Source([]byte(trieTable))
	if err != nil {
		fmt.Fprintln(os.Stderr, "anchorgen: cue trie:", err)
		os.Exit(1)
	}
	setSrc, err := format.Source([]byte(pattern.FormatTokenSet(exprs)))
	if err != nil {
		fmt.Fprintln(os.Stderr, "anchorgen: token set:", err)
		os.Exit(1)
	}
	for _, f := range []struct{ name, text string }{{out, table}, {tokens, tokenTable}, {progs, progTable}, {trie, string(trieSrc)}, {set, string(setSrc)}} {
		if err := os.WriteFile(f.name, []byte(f.text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "anchorgen:", err)
			os.Exit(1)
		}
	}
}
