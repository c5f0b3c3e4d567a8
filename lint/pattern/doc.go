// Package pattern is the pattern engine: regular expressions (RE2 syntax,
// Go's regexp semantics) asked the same questions many times over the
// sentences of long documents, answered exactly as regexp answers them but
// only where a match can begin.
//
// What it holds:
//
//   - Pattern (MustPattern, NewPattern; MustCompile for a pattern that
//     tolerates curly quotes and wrapped lines): an expression with its
//     literal anchors, the places a match can begin.
//   - Lexicon: a named list of expressions asked as one (does any line
//     match, how many lines match, where), in the cue-list file format
//     ParseLexicons reads ("[name]" sections of one expression a line).
//   - Text, Plain, Index: a string a question is asked about, either plain
//     or a span of an indexed document, whose gram index, memos and token
//     pass answer for every pattern at once.
//   - The generated tables (anchor_table.go, token_table.go, prog_table.go,
//     written by internal/anchorgen through go generate): the anchors,
//     token programs and compiled programs of every expression the program
//     makes, so that a run neither parses nor compiles them.
//     internal/progmatch runs the compiled programs.
//
// What it is not: it holds no vocabulary. Which expressions to ask, the
// lists themselves and what a match means belong to the packages built on
// it (lint/legal); the generated tables hold their expressions only as
// data the generator read from the linked program, and the engine answers
// any expression the same way whether the tables hold it or not.
package pattern
