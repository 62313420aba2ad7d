// Package claims owns the second stage of the pipeline: it splits each
// sentence of a source into atomic claims (one checkable fact each) and reads
// their slots: entities with canonical forms, times resolved against the
// publication date, quantities with their hedges, polarity, modality, the
// predicate, and who is credited with the statement.
//
// The reading is lexical, not statistical: a tokenizer that keeps byte spans,
// gazetteers shipped in data/ (countries with aliases and demonyms, capitals
// and major cities with their country and region, states and regions,
// organizations and recurring events, titles and honorifics, irregular and
// regular verbs, predicate classes, and in words.txt the cue lists: hedges,
// negators, reporting verbs, name suffixes, number words), the calendar
// names and function words shared with other stages (internal/lexicon),
// capitalization, and document-level coreference. It is fast (several MB per
// CPU-second) and deterministic, and its mistakes can be read and fixed in
// the data files.
//
// Splitting handles coordinated clauses, enumerations after a colon (with
// "that" items, semicolons, or commas that match an announced count),
// appositives and non-restrictive relative clauses (as description claims),
// and attribution ("X said", "according to X", "…, X told Y"), which is kept
// apart from the content. Every claim, mention, time and quantity keeps its
// byte span in the document's Text: Text == Doc.Text[Start:End].
//
// See docs/claims.md for the fields and the data files.
package claims
