// Package report owns the presentation of a check: one result model and one
// renderer per output format (table, text, Markdown, JSON, SARIF, GitHub
// annotations, HTML), and the progress line a long run shows on a
// terminal. Renderers only print: they never read the clock and never
// decide the exit code.
package report
