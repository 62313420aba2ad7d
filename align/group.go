package align

import "github.com/factcheck/factcheck/claims"

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
	Label string   // a short description: key entities, place and date
	Paths []string // sources that report it, sorted
}

// Alignment is the result of grouping all claims of a run.
type Alignment struct {
	Events []Event
	Groups []Group
}
