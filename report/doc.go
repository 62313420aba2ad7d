// Package report owns the presentation of a check: one result model and one
// renderer per output format (table, Markdown, JSON, SARIF, GitHub
// annotations, HTML).
package report
