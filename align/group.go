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
	// Limits are the caps alignment hit, sorted; a run with any may have
	// lost findings and must fail.
	Limits []Limit

	docs  []*source.Document
	draft int     // index of the draft in docs, -1 without one
	event []int   // event of each document
	nodes []*node // every claim, in document then position order
	pairs []pair  // aligned claim pairs of representatives, sorted
	// Copies (see copyClasses): each document's first identical copy, the
	// class of each representative, and where each document's nodes start.
	same   []int // the first document identical to each, whatever its event
	rep    []int
	copies [][]int
	first  []int
	linked []bool                                        // a representative's node aligned with some claim
	places Gazetteer                                     // nil when no gazetteer was given
	alias  func(names []string) (reason string, ok bool) // Options.Alias
	labels map[string]string                             // short file names for summaries

	cindex  *contentIndex        // rarity of content lemmas and keys
	vocab   []map[string]bool    // per document: every unit key it states
	collocs []map[[2]string]bool // per document: the keys of each two words it states side by side
	sets    []map[string][]unit  // per document: the nationalities before each word, by the word's key (setOf)
	counts  [][]*claims.Quantity // per document: the counts of a named thing it gives
	times   [][]unit             // per document: the times it gives
	passes  []passage            // the sources' sentences, read as units (draft mode)
	rels    memo[lexRel]         // relate's answers, memoized: WordNet walks cost microseconds
	entails pairMemo             // lexEquivalent's answers, by word ids
	words   wordIDs              // word units' keys interned, for entails
	// seenDiff holds the content diffs recorded, by check, claims and values.
	seenDiff map[string]bool
	diffs    map[string][]conflict // check name → conflicts found by diffing content pairs
	support  []Support             // the draft's claims in order (draft mode)
}

// node is one claim with what alignment derived from it.
type node struct {
	c     *claims.Claim
	doc   int
	group int
	keys  []string   // entity keys, sorted, unique
	kind  []referent // parallel to keys: how specific each key is
	terms []string   // content terms, sorted, unique
	pred  string     // head verb of the predicate
	units []unit     // content units, read on first use (see units)
}

// referent says how much sharing an entity key tells alignment.
type referent uint8

const (
	refOther   referent = iota // a person, organization, event or named thing
	refPlace                   // a city or region: where something happened
	refCountry                 // a country: shared by half the claims of a story
)

// weight is how much a shared key counts toward two claims being one fact.
func (r referent) weight() float64 {
	if r == refCountry {
		return 0.5
	}
	return 1
}

// pair is two aligned claims from different documents of one event.
type pair struct {
	a, b   int     // indexes into nodes, a < b
	shared float64 // weighted entity keys in common
	people int     // people in common
	places int     // cities and regions in common
	others int     // people, organizations and other named things in common
	sim    float64
}
