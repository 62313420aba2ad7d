package lexicon

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/lexicon/internal/table"
)

// POS is a WordNet part of speech.
type POS uint8

// Parts of speech. Adj includes WordNet's adjective satellites.
const (
	Noun POS = table.Noun
	Verb POS = table.Verb
	Adj  POS = table.Adj
	Adv  POS = table.Adv
)

var posNames = [...]string{"noun", "verb", "adj", "adv"}

func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return "POS(" + string(rune('0'+p)) + ")"
}

// allPOS is the order in which Lemma and Relate look at parts of speech.
var allPOS = [...]POS{Noun, Verb, Adj, Adv}

// detach holds morphy's suffix rules per POS: an ending and its
// replacement, tried in this order.
var detach = [...][][2]string{
	Noun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	Verb: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	Adj:  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	Adv:  nil,
}

// maxCombos bounds the candidate forms tried for a multiword expression.
const maxCombos = 64

// Lemmas returns the WordNet base forms of a word form for a POS, as
// WordNet's morphy finds them: the forms the *.exc exception lists give
// ("fell" -> "fall", "mice" -> "mouse"), then the word itself, then the
// suffix detachment rules ("rises" -> "rise"), keeping only forms WordNet
// has for pos, without duplicates. A multiword expression is also tried
// with each word replaced by its candidate forms ("stepped down" ->
// "step down"). The word is lowercased; underscores count as spaces.
func Lemmas(word string, pos POS) []string {
	return lemmaStrings(lemmaIDs(tables(), normalize(word), pos, nil))
}

// Lemma returns the lemmas of word across all parts of speech, nouns
// first, then verbs, adjectives and adverbs, without duplicates. It is for
// callers that do not know the part of speech.
func Lemma(word string) []string {
	return lemmaStrings(allLemmaIDs(tables(), normalize(word)))
}

// Known reports whether WordNet has the word in any part of speech, after
// morphological reduction.
func Known(word string) bool {
	return len(allLemmaIDs(tables(), normalize(word))) > 0
}

func normalize(w string) string {
	if normalized(w) {
		return w
	}
	w = strings.ToLower(strings.TrimSpace(w))
	w = strings.ReplaceAll(w, "_", " ")
	return strings.Join(strings.Fields(w), " ")
}

// normalized reports whether normalize would return w unchanged, for the
// common case it answers without allocating: ASCII with no upper case
// letter, underscore or white space but single spaces between words.
func normalized(w string) bool {
	if w == "" || w[0] == ' ' || w[len(w)-1] == ' ' {
		return w == ""
	}
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '_', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && w[i-1] == ' ':
			return false
		}
	}
	return true
}

func lemmaStrings(ids []int32) []string {
	if len(ids) == 0 {
		return nil
	}
	t := tables()
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = t.Lemmas.At(id)
	}
	return out
}

func allLemmaIDs(t *table.Tables, w string) []int32 {
	var ids []int32
	for _, p := range allPOS {
		ids = lemmaIDs(t, w, p, ids)
	}
	return ids
}

// lemmaIDs appends the lemma ids of w for pos to dst, skipping ids dst has.
func lemmaIDs(t *table.Tables, w string, pos POS, dst []int32) []int32 {
	if w == "" || int(pos) >= len(detach) {
		return dst
	}
	add := func(id int32) {
		if id >= 0 && hasPOS(t, id, pos) && !slices.Contains(dst, id) {
			dst = append(dst, id)
		}
	}
	for _, c := range candidates(t, w, pos) {
		add(t.Lemmas.Find(c))
	}
	if strings.Contains(w, " ") {
		for _, c := range multiword(t, w, pos) {
			add(t.Lemmas.Find(c))
		}
	}
	return dst
}

// candidates returns the unfiltered morphy forms of a single form: the
// exception bases, the form itself and, if it has no exception entry, the
// detachment results.
func candidates(t *table.Tables, w string, pos POS) []string {
	var out []string
	excepted := false
	if e := t.ExcForms.Find(w); e >= 0 {
		for _, v := range t.ExcBase.Row(e) {
			if POS(v&3) == pos {
				out = append(out, t.Lemmas.At(v>>2))
				excepted = true
			}
		}
	}
	out = append(out, w)
	if excepted {
		return out
	}
	for _, r := range detach[pos] {
		if stem, ok := strings.CutSuffix(w, r[0]); ok && stem != "" {
			out = append(out, stem+r[1])
		}
	}
	return out
}

// multiword returns the forms of a multiword expression with each word
// replaced by its candidates.
func multiword(t *table.Tables, w string, pos POS) []string {
	words := strings.Split(w, " ")
	combos := []string{""}
	for i, word := range words {
		var next []string
		for _, prefix := range combos {
			for _, c := range candidates(t, word, pos) {
				if i > 0 {
					c = prefix + " " + c
				}
				if len(next) < maxCombos {
					next = append(next, c)
				}
			}
		}
		combos = next
	}
	return combos
}

// hasPOS reports whether lemma id has a synset of pos.
func hasPOS(t *table.Tables, id int32, pos POS) bool {
	lo, hi := t.PosStart[pos], t.PosStart[pos+1]
	for _, s := range t.LemmaSyn.Row(id) {
		if s >= lo && s < hi {
			return true
		}
	}
	return false
}

func posOf(t *table.Tables, syn int32) POS {
	for p := Adv; p > Noun; p-- {
		if syn >= t.PosStart[p] {
			return p
		}
	}
	return Noun
}
