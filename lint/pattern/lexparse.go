package pattern

// ParseLexiconsUnchecked is ParseLexicons leaving the syntax of each
// fragment to the first compile: the vocabulary reads the cue lists built
// into the binary that way, one section at a time, since checking them all
// costs more than the rest of a short run. Its tests check the files whole
// with ParseLexicons.
func ParseLexiconsUnchecked(data string) (map[string]*Lexicon, error) {
	return parseLexicons(data, false)
}
