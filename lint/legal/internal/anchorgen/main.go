// Command anchorgen writes lint/legal/anchor_table.go: the literal anchors
// of every pattern the rules make and of every lexicon line, worked out
// ahead of time so that a run neither parses the expressions to find them
// nor walks a gram index per pattern (the cue trie is built from it).
//
// It runs through go generate in lint/legal:
//
//	go generate ./lint/legal
package main

import (
	"fmt"
	"os"

	_ "github.com/complaintlint/complaintlint/checks" // registers the rules' patterns
	"github.com/complaintlint/complaintlint/lint/legal"
)

func main() {
	out := "anchor_table.go"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	table := legal.FormatAnchorTable(legal.RegisteredPatterns())
	if err := os.WriteFile(out, []byte(table), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "anchorgen:", err)
		os.Exit(1)
	}
}
