//go:build race

package report

// raceEnabled skips the headless-browser width test under the race
// detector: Chromium runs no Go code, so it would cost CI time for nothing.
const raceEnabled = true
