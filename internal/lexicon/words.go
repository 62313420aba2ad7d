package lexicon

import "slices"

// Pertainym returns the noun an adjective pertains to by WordNet's
// pertainym pointer ("chinese" -> "china", "israeli" -> "israel"), or ""
// if none: callers use it to take a demonym to its country. The first
// adjective sense with a pertainym decides.
func Pertainym(adj string) string {
	t := tables()
	for _, s := range sensesOf(t, lemmaIDs(t, normalize(adj), Adj, nil)) {
		var noun int32 = -1
		triples(t.Pert.Row(s.syn), func(src, _, dst int32) bool {
			if src == s.lemma {
				noun = dst
				return true
			}
			return false
		})
		if noun >= 0 {
			return t.Lemmas.At(noun)
		}
	}
	return ""
}

// Synonyms returns the other lemmas sharing a synset with the word's
// lemmas in any part of speech, for indexing: in sense order (WordNet's
// most frequent senses first), then synset word order, without duplicates.
func Synonyms(word string) []string {
	t := tables()
	own := allLemmaIDs(t, normalize(word))
	var ids []int32
	for _, s := range sensesOf(t, own) {
		for _, l := range t.SynLemma.Row(s.syn) {
			if !slices.Contains(own, l) && !slices.Contains(ids, l) {
				ids = append(ids, l)
			}
		}
	}
	return lemmaStrings(ids)
}
