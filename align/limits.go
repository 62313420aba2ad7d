package align

import (
	"fmt"
	"slices"
	"strings"
)

// A Limit records that alignment left out work an index made too large:
// keys shared by more documents, claims or source sentences than a
// posting list may pair. The pairs it would have made may be the only way
// two claims meet, so a finding may be missing: a run with a limit must
// fail, never pass.
type Limit struct {
	Stage string   // "events", "claims" or "draft"
	Keys  []string // the index keys over the cap, sorted
	Len   int      // the longest posting: how many share one key
	Max   int      // the cap
}

func (l Limit) String() string {
	what := map[string]string{limitEvents: "documents", limitClaims: "claims", limitDraft: "source sentences"}[l.Stage]
	names := make([]string, 0, 3)
	for _, k := range l.Keys[:min(3, len(l.Keys))] {
		names = append(names, fmt.Sprintf("%q", strings.TrimPrefix(strings.TrimPrefix(k, "e:"), "t:")))
	}
	if more := len(l.Keys) - len(names); more > 0 {
		names = append(names, fmt.Sprintf("%d more", more))
	}
	return fmt.Sprintf("alignment limit: up to %d %s share one key (%s), more than the %d that are paired; findings may be missing, so the run fails: check fewer or less repetitive files at once",
		l.Len, what, strings.Join(names, ", "), l.Max)
}

const (
	limitEvents = "events"
	limitClaims = "claims"
	limitDraft  = "draft"
)

// limit records a cap that was hit: one Limit per stage, in the order the
// stages run, each key once.
func (a *Alignment) limit(stage, key string, n int) {
	most := maxPosting
	if stage == limitEvents {
		most = maxEventPosting
	}
	for i := range a.Limits {
		if l := &a.Limits[i]; l.Stage == stage {
			l.Len = max(l.Len, n)
			if k, found := slices.BinarySearch(l.Keys, key); !found {
				l.Keys = slices.Insert(l.Keys, k, key)
			}
			return
		}
	}
	a.Limits = append(a.Limits, Limit{Stage: stage, Keys: []string{key}, Len: n, Max: most})
}

// contentLimits records the posting lists draft alignment skipped
// (alignContent leaves out a content key stated by more than maxPosting
// source sentences): the same lists, from the postings it looked up.
func (a *Alignment) contentLimits(posted map[string][]int) {
	if a.draft < 0 {
		return
	}
	for i, n := range a.nodes {
		if n.doc != a.draft {
			continue
		}
		for _, k := range a.rarestKeys(a.units(i), contentKeys, posted) {
			if n := len(posted[k]); n > maxPosting {
				a.limit(limitDraft, k, n)
			}
		}
	}
}
