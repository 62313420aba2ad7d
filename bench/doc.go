// Package bench owns the performance benchmarks: each pipeline stage
// (ingest, sentences, claims, align, provenance, report) and the whole
// check, on the seeds, on generated corpora of 10 to 5,000 documents
// (internal/benchgen) and on the ECB+ corpus, beside a naive baseline that
// runs prose.NewDocument with default options on every file. It has no
// code outside its tests; scripts/bench runs it and prints a table.
//
// See docs/performance.md for the figures and how to reproduce them.
package bench
