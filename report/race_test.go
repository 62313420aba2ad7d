//go:build race

package report

// raceEnabled skips the headless-browser tests under the race detector:
// Chromium runs no Go code, and the page is rendered before it starts, so
// they would cost CI time (11 s) for nothing.
const raceEnabled = true
