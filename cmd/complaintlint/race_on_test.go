//go:build race

package main

// raceEnabled: the race detector slows linting ~10×, so stress tests run
// fewer rounds under it.
const raceEnabled = true
