// Command summedits scores factcheck on the SummEdits news development corpus
// (../shared/corpora/summedits-news): it runs `factcheck check` on every
// article/summary pair in draft mode and in plain mode, decides from the JSON
// report whether an inconsistent summary was caught near its edit or a
// consistent one was flagged, and prints balanced accuracy at error severity
// and at warning or above, recall per edit type and change kind, and the
// false-alarm rate. The definition is the corpus README's (see
// docs/evaluation.md); scripts/summedits-eval builds factcheck and runs it.
//
// Usage:
//
//	summedits -bin PATH [-corpus DIR] [-mode draft|plain|both] [-j N]
//	          [-only SUBSTR] [-article ID] [-every N -offset K]
//	          [-by-article] [-verbose] [-json FILE]
//
// Exit codes: 0 every pair ran, 1 some factcheck run failed (exit 2, a
// timeout or output that is not a JSON report; each is listed on stderr and
// left out of the scores), 2 bad flags or a corpus that cannot be read.
package main
