// Package deps owns no code: its test keeps the import rules between the
// stages that docs/architecture.md draws (pipeline does not import report,
// claims nothing of align, rules or report, align not report, nothing
// imports cmd), reading every package's imports with go/parser.
package deps
