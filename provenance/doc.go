// Package provenance owns the question "who said it first, and who copied
// whom": it detects copy and close-paraphrase relations between sources from
// their shared text, groups sources that share an origin, counts how many
// independent origins stand behind each aligned fact, and reports anomalies
// that only show up in copies (injected tokens, dates that contradict the
// origin's).
//
// Copy detection indexes hashed word shingles of article text in an inverted
// index, so its cost grows with the size of the input, not with the number
// of sentence pairs; see docs/provenance.md for the method and thresholds.
package provenance
