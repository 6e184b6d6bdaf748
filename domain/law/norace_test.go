//go:build !race

package law

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = false
