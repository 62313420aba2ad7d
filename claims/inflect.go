package claims

import (
	"strings"
	"sync"
)

// participles maps an irregular verb's base to its first past participle
// (data/irregular.tsv: "take" → "taken").
var participles = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, f := range lines("irregular.tsv") {
		if ps := splitList(field(f, 2)); len(ps) > 0 {
			m[field(f, 0)] = ps[0]
		}
	}
	return m
})

// Participle is the past participle of a verb lemma, for writing a claim's
// act in the passive ("capture" → "captured", "take" → "taken", "stop" →
// "stopped"). A phrasal predicate inflects its first word ("shut down" →
// "shut down"). "" for an empty lemma.
func Participle(lemma string) string {
	return inflect(lemma, func(v string) string {
		if p, ok := participles()[v]; ok {
			return p
		}
		switch {
		case strings.HasSuffix(v, "e"):
			return v + "d"
		case consonantY(v):
			return v[:len(v)-1] + "ied"
		case doublesFinal(v):
			return v + v[len(v)-1:] + "ed"
		}
		return v + "ed"
	})
}

// inflect applies form to the first word of a lemma phrase.
func inflect(lemma string, form func(string) string) string {
	lemma = strings.TrimSpace(lemma)
	if lemma == "" {
		return ""
	}
	first, rest, _ := strings.Cut(lemma, " ")
	if rest != "" {
		return form(first) + " " + rest
	}
	return form(first)
}

func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// consonantY is a verb ending in a consonant and y ("carry"), whose
// y turns to i before -ed.
func consonantY(v string) bool {
	n := len(v)
	return n > 2 && v[n-1] == 'y' && !vowel(v[n-2])
}

// doublesFinal is a one-syllable verb ending in one vowel and one
// consonant ("stop", "plan"), whose consonant doubles before -ed; w, x
// and y never double.
func doublesFinal(v string) bool {
	n := len(v)
	if n < 3 || vowel(v[n-1]) || strings.IndexByte("wxy", v[n-1]) >= 0 || !vowel(v[n-2]) || vowel(v[n-3]) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if vowel(v[i]) && (i == 0 || !vowel(v[i-1])) {
			groups++
		}
	}
	return groups == 1
}
