// Package claims owns the second stage of the pipeline: it splits each
// sentence of a source into atomic claims (one checkable fact each) and reads
// their slots: entities with canonical forms, times resolved against the
// publication date, quantities with their hedges, polarity, modality, the
// predicate, and who is credited with the statement.
package claims
