// Package progmatch runs regular-expression programs (regexp/syntax.Prog)
// that were compiled ahead of time, so that a run does not compile the
// expressions written in the source: go generate packs every program into
// the Matcher's form (Flatten; one word an instruction, rune classes
// shared) and writes it as statically initialised arrays, which a run
// slices on first use, with no decoding, and a Matcher runs.
//
// The Matcher is a bounded backtracker in leftmost-first (Perl) order, as
// Go's regexp answers whichever of its engines it picks: every (instruction,
// position) state is visited at most once, recorded in a bitmap as large as
// the program's length times the text's. Past a memory cap the Matcher
// hands the text to the compiled regexp instead, compiling it then.
package progmatch
