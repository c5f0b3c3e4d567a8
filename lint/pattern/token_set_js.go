//go:build js

package pattern

// The browser build goes without the generated set of first words
// (token_set.go), which would grow its download: there tokenSetOf builds
// the set on first use.
func generatedTokenSet() *tokenSet { return nil }
