package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

// stopwordData holds the stopword lists of every stage, one section each.
//
//go:embed data/stopwords.txt
var stopwordData string

// StopList names a section of data/stopwords.txt. The lists differ because
// their readers do: the file's header says how and why.
type StopList string

// The stopword lists.
const (
	// FunctionWords are the closed-class words the claims extractor treats
	// as grammar and leaves out of a claim's terms.
	FunctionWords StopList = "function"
	// TopicStopwords are the words source skips when it compares a line's
	// topic with the article's.
	TopicStopwords StopList = "topic"
	// CopyStopwords are the words provenance skips when it compares
	// passages for copies.
	CopyStopwords StopList = "copy"
)

var stopLists = sync.OnceValue(func() map[StopList][]string {
	l := ParseLists("stopwords.txt", stopwordData)
	out := map[StopList][]string{}
	for _, s := range []StopList{FunctionWords, TopicStopwords, CopyStopwords} {
		for _, r := range l.Records(string(s)) {
			out[s] = append(out[s], strings.Fields(strings.Join(r, " "))...)
		}
	}
	return out
})

// Stopwords returns the words of one list as a set, lowercase as written;
// the map is the caller's to keep. An unknown list is a broken invariant
// (the names are the constants above), so it panics.
func Stopwords(list StopList) map[string]bool {
	words, ok := stopLists()[list]
	if !ok {
		panic("lexicon: stopwords.txt: no list " + string(list))
	}
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
