// Package align owns the comparison of sources: it resolves entities across
// files, groups claims that state the same fact about the same event, and
// runs the divergence checks that turn disagreements into findings.
package align
