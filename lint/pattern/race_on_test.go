//go:build race

package pattern_test

// raceEnabled: the race detector slows matching about tenfold, so the
// equivalence tests sample less text under it.
const raceEnabled = true
