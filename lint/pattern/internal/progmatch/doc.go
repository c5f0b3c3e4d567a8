// Package progmatch runs regular-expression programs (regexp/syntax.Prog)
// that were compiled ahead of time, so that a run does not compile the
// expressions written in the source: go generate encodes every program
// (Encode), a run decodes one on first use (Decode), far more cheaply than
// regexp.Compile parses, simplifies and compiles it, and a Matcher runs it.
//
// The Matcher is a bounded backtracker in leftmost-first (Perl) order, as
// Go's regexp answers whichever of its engines it picks: every (instruction,
// position) state is visited at most once, recorded in a bitmap as large as
// the program's length times the text's. Past a memory cap the Matcher
// hands the text to the compiled regexp instead, compiling it then.
package progmatch
