// Package lexicon names every cue list of lint/legal/lexicons/*.txt by a
// typed handle: lexicon.CopyrightAccusedTerm() is the lexicon
// [copyright.accused-term]. The handles are generated (names.go), so a rule
// that names a lexicon the files do not define does not compile. A handle
// costs nothing until called: the lexicons are read on first use.
package lexicon

//go:generate go run ../internal/lexgen
