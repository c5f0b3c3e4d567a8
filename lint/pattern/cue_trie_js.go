//go:build js

package pattern

// The browser build goes without the generated trie (cue_trie.go), which
// would grow its download: there tableTrie builds the trie on first use.
func generatedCueTrie() *cueTrie { return nil }
