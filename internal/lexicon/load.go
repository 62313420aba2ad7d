package lexicon

import (
	_ "embed"
	"sync"

	"github.com/factcheck/factcheck/internal/lexicon/internal/table"
)

// wordnetGz holds the tables written by ./gen from WordNet 3.0.
//
//go:embed data/wordnet.bin
var wordnetBin string

// tables decodes the embedded tables on first use. A decode failure means
// the committed data are corrupt, a broken invariant.
var tables = sync.OnceValue(func() *table.Tables {
	t, err := table.Decode(wordnetBin)
	if err != nil {
		panic("lexicon: embedded WordNet tables: " + err.Error())
	}
	return t
})

// Load decodes the embedded tables now if no call has yet: a caller that
// will need them soon can have them decoded on another goroutine, while
// it does other work, instead of on the first call that needs them.
func Load() { tables() }
