//go:build race

package law

// raceEnabled is true when the tests run under the race detector, which
// slows them several times: time bounds are not checked then.
const raceEnabled = true
