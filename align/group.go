package align

import (
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/source"
)

// Group is a set of claims, from one or more sources, that state the same
// fact about the same event. Checks compare the claims of a group; a group
// whose claims all come from one source is single-source.
type Group struct {
	Event  int             // index into Alignment.Events
	Claims []*claims.Claim // sorted by position
	// Findings are the IDs of findings raised on this group.
	Findings []string
}

// Event is one real-world occurrence the sources report on. Claims about
// different events are never compared.
type Event struct {
	Label string   // a short description: the most cited entities
	Paths []string // sources that report it, sorted
}

// Alignment is the result of grouping all claims of a run.
type Alignment struct {
	Events []Event
	Groups []Group

	docs   []*source.Document
	draft  int       // index of the draft in docs, -1 without one
	event  []int     // event of each document
	nodes  []*node   // every claim, in document then position order
	pairs  []pair    // aligned claim pairs, sorted
	places Gazetteer // nil when no gazetteer was given
}

// node is one claim with what alignment derived from it.
type node struct {
	c     *claims.Claim
	doc   int
	group int
	keys  []string // specific entity keys, sorted, unique
	terms []string // content terms, sorted, unique
	pred  string   // head verb of the predicate
}

// pair is two aligned claims from different documents of one event.
type pair struct {
	a, b   int // indexes into nodes, a < b
	shared int // specific entity keys in common
	sim    float64
}
