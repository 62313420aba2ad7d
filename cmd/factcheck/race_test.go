//go:build race

package main

// raceEnabled shrinks the largest inputs under the race detector, which
// runs them ten times slower.
const raceEnabled = true
