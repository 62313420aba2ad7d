package source

import (
	_ "embed"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/internal/lexicon"
)

// The data files source reads; each says in its first lines what it holds
// and where it comes from.
var (
	//go:embed data/furniture.txt
	furnitureData string
	//go:embed data/abbreviations.txt
	abbrevData string
	//go:embed data/openers.txt
	openersData string
)

// wordLists holds the words of data/: the furniture and dateline words of
// furniture.txt (each field reads the section of the same name), the
// abbreviations and sentence openers the splitter knows, and from
// internal/lexicon the stopwords of the topic comparison and the month names
// of the shared calendar.
type wordLists struct {
	abbrevs        map[string]abbrevKind
	openers        map[string]bool
	stopHashes     map[uint64]bool // wordHash of each stopword
	navWords       map[string]bool
	promptPrefixes []string
	promptWords    []string
	promptWordsB   [][]byte // promptWords as bytes, for the byte scan
	furnitureClass map[string]bool
	dateLineNoise  map[string]bool
	months         map[string]time.Month // the first three letters of a month's name, lowercase
}

// vocab returns the process-wide word lists, read on first use and never
// written after.
var vocab = sync.OnceValue(func() *wordLists {
	l := lexicon.ParseLists("furniture.txt", furnitureData)
	w := &wordLists{
		navWords:       l.Set("navWords"),
		promptPrefixes: l.Words("promptPrefixes"),
		promptWords:    l.Words("promptWords"),
		furnitureClass: l.Set("furnitureClass"),
		dateLineNoise:  l.Set("dateLineNoise"),
		months:         map[string]time.Month{},
		abbrevs:        map[string]abbrevKind{},
		openers:        lexicon.ParseLists("openers.txt", openersData).Set(""),
		stopHashes:     map[uint64]bool{},
	}
	for _, r := range lexicon.ParseLists("abbreviations.txt", abbrevData).Records("") {
		f := strings.Fields(strings.Join(r, " "))
		if len(f) != 2 {
			continue
		}
		switch f[1] {
		case "title":
			w.abbrevs[f[0]] = abbrevTitle
		case "number":
			w.abbrevs[f[0]] = abbrevNumber
		case "maybe":
			w.abbrevs[f[0]] = abbrevMaybe
		}
	}
	for s := range lexicon.Stopwords(lexicon.TopicStopwords) {
		w.stopHashes[wordHash(s)] = true
	}
	for _, p := range w.promptWords {
		w.promptWordsB = append(w.promptWordsB, []byte(p))
	}
	for _, c := range lexicon.Calendar() {
		if c.Kind == "month" {
			w.months[strings.ToLower(c.Forms[0])[:3]] = time.Month(c.Number)
		}
	}
	return w
})
