// Package report owns the presentation of a run: one renderer per output
// format behind one Renderer interface over a pipeline.Result. New gives
// the check report (table, text, Markdown, JSON, SARIF, GitHub
// annotations, HTML), NewProvenance the provenance alone (table,
// Markdown, JSON) and NewClaims the claims listing (text, JSON); it also
// draws the progress line a long run shows on a terminal. Renderers only
// print: they never read the clock and never decide the exit code.
package report
