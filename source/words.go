package source

import (
	_ "embed"
	"strings"
)

//go:embed data/stopwords.txt
var stopData string

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(stopData, "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}()

var stopHashes = func() map[uint64]bool {
	m := make(map[uint64]bool, len(stopWords))
	for w := range stopWords {
		m[wordHash(w)] = true
	}
	return m
}()
