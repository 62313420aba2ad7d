// Package lexicon owns the English word knowledge factcheck takes from
// WordNet 3.0: base forms of inflected words (Lemmas), synonyms, demonym
// pertainyms, and the natural-logic relation between two words (Relate:
// equivalent, more general, more specific, alternation, opposite).
//
// The WordNet data are generated tables embedded in the binary
// (data/wordnet.bin, WordNet's license in data/LICENSE-WordNet), decoded
// once on first use. Builds never need WordNet installed; to regenerate the
// tables after changing the generator, install Debian's wordnet-base and run
//
//	go run ./internal/lexicon/gen -dict /usr/share/wordnet -out internal/lexicon/data
//
// from the repository root (or go generate ./internal/lexicon).
//
// Words are lowercase; multiword lemmas use single spaces ("step down").
// Every result is deterministic: slices follow WordNet's sense order, never
// map order.
package lexicon

//go:generate go run ./gen -dict /usr/share/wordnet -out data
