// Package rules owns the editor's rules file (.factcheck.yaml): aliases,
// resolutions of findings, severity overrides, ignores and per-source
// metadata; it applies them to findings and writes new resolutions back
// without losing the file's comments.
package rules
