//go:build race

package driver

// raceEnabled: the race detector slows linting ~10×; the big-input timing
// tests skip under it.
const raceEnabled = true
