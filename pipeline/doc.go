// Package pipeline owns the wiring of the stages: it reads the sources,
// extracts claims, aligns them, runs the checks and applies the rules file,
// returning one value that the report package prints. It holds no state
// between runs.
package pipeline
