package legal

import "github.com/complaintlint/complaintlint/lint/pattern"

// RegisteredPatterns lists the expression of every pattern made so far and
// of every line of every built-in lexicon (each lexicon is compiled first):
// what the pattern engine's generator (lint/pattern/internal/anchorgen)
// writes its tables for, and what the tests compile.
func RegisteredPatterns() []string {
	for _, n := range LexiconNames() {
		Lex(n).Regexp()
	}
	return pattern.RegisteredPatterns()
}
