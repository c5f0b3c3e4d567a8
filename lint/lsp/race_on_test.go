//go:build race

package lsp

// raceEnabled: the race detector slows the regexp-heavy rules some
// fortyfold, so timing guards skip under it.
const raceEnabled = true
