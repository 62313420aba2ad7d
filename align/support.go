package align

import (
	"maps"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// SupportState is where the sources stand on one claim of the draft.
type SupportState string

const (
	Supported       SupportState = "supported"    // a source states it
	Contradicted    SupportState = "contradicted" // a source states otherwise: a finding
	PartlySupported SupportState = "partly"       // a source states most of it; Missing names the rest
	NotSupported    SupportState = "unsupported"  // no source states it
)

// Support is one claim of the draft with the sources' stand on it: the
// draft's own support map.
type Support struct {
	Claim Side // the draft's claim (Value is empty)
	State SupportState
	// Sources are the source sentences that state it, the best of each
	// source, sorted by position.
	Sources []Side
	// Findings are the IDs of the findings that contradict it; the
	// pipeline fills them in after the rules applied.
	Findings []string
	// Missing are the draft's words no source states (Partly), or states
	// only elsewhere while the supporting sentence has other words in
	// their place ("a specific software issue" against "a specific wiring
	// issue", in a source that speaks of software updates).
	Missing []string
	// Nearest is the source sentence closest to an unsupported claim, with
	// the value it gives where the draft differs, when there is one.
	Nearest *Side

	headline bool
}

// Thresholds of the support map.
const (
	// fullCover is the share of a draft claim a source claim must state
	// for it to be supported outright.
	fullCover = 0.8
	// nearCover is the least share for a source claim to be named as the
	// nearest to an unsupported one.
	nearCover = 0.25
)

// supportOf records the support of a draft claim from its best source
// passages (by document, with their scores) and their diffs.
func (a *Alignment) supportOf(i int, best map[int]int, score map[int]float64, diffs map[int]diffResult, contradicted bool) Support {
	n := a.nodes[i]
	s := Support{Claim: claimSide(n.c, "", 0, 0), State: NotSupported, headline: n.c.Kind == claims.KindHeadline}
	us := a.units(i)
	var nearest = -1
	var nearScore float64
	missing := map[string]bool{}
	// essential are the missing words a claim cannot do without: names,
	// the claim's main verb ("has been acquitted of fraud charges" is not
	// what "was arrested on fraud charges" states, though it shares all
	// else), and words a source denies or asks under another act (a questioned
	// unit is never stated, so it is among the diff's extra words too).
	essential := map[string]bool{}
	first := true
	var supporting []int // the documents of s.Sources
	for _, d := range sortedInts(best) {
		j := best[d]
		if score[d] > nearScore {
			nearest, nearScore = j, score[d]
		}
		if r, ok := diffs[d]; !ok || r.cov < minDraftCover {
			continue
		}
		s.Sources = append(s.Sources, a.passageSide(j))
		supporting = append(supporting, d)
		// A word is missing when no supporting source states it.
		here := map[string]bool{}
		for _, u := range diffs[d].extra {
			here[u.text] = true
			if u.kind == uEntity || isPredicate(n.c, u) {
				essential[u.text] = true
			}
		}
		for _, k := range diffs[d].questioned {
			essential[us[k].text] = true
		}
		for _, k := range diffs[d].replaced {
			here[us[k].text] = true // though the source may use it elsewhere
			essential[us[k].text] = true
		}
		// A value the passage gives otherwise is not stated by it, though
		// the pair is no conflict (two values differ: two occasions).
		for k, st := range diffs[d].state {
			if st == unitContradicted {
				u := &us[k]
				here[u.text] = true
				essential[u.text] = true
			}
		}
		for w := range missing {
			if !here[w] {
				delete(missing, w)
			}
		}
		if first {
			for w := range here {
				missing[w] = true
			}
			first = false
		}
	}
	if !first {
		// A count or a time is a fact a supporting source must give as
		// well: "the navy captured 62 pirates" is not what "the navy
		// captured 26 pirates" or "the navy captured pirates" states, nor
		// "flights were cancelled on Tuesday" what "flights were
		// cancelled" states.
		for _, u := range us {
			stated := func(d int) bool { return a.timeStated(&u, d) }
			switch {
			case u.kind == uQuantity && typed(&u):
				stated = func(d int) bool { return a.countStated(u.q, d) }
			case u.kind != uTime:
				continue
			}
			if !slices.ContainsFunc(supporting, stated) {
				missing[u.text] = true
				essential[u.text] = true
			}
		}
	}
	sortSides(s.Sources)
	switch {
	case contradicted:
		s.State = Contradicted
	case len(s.Sources) > 0 && (len(missing) == 0 || nearScore >= fullCover && !anyOf(missing, essential)):
		// A claim a source states nearly all of is supported, unless what
		// it leaves out is a name ("Erik Lindqvist is averaging 14.9
		// points" is not what "Ada Okafor is averaging 15.5 points"
		// states) or a word the source denies or asks ("found guilty"
		// against "pleaded not guilty").
		s.State = Supported
	case len(s.Sources) > 0:
		s.State = PartlySupported
		s.Missing = sortedKeys(missing)
	case nearest >= 0 && nearScore >= nearCover:
		side := a.passageSide(nearest)
		r := a.diffUnits(us, n.doc, a.passes[nearest].units, a.passes[nearest].doc)
		if len(r.diffs) > 0 && r.diffs[0].y != nil {
			v := diffValue(r.diffs[0].y)
			side.Value, side.Start, side.End = v.text, v.start, v.end
		}
		s.Nearest = &side
	}
	return s
}

// anyOf reports whether some key of m is in set.
func anyOf(m, set map[string]bool) bool {
	for k := range m {
		if set[k] {
			return true
		}
	}
	return false
}

// sortedInts returns a map's int keys in order.
func sortedInts[V any](m map[int]V) []int {
	return slices.Sorted(maps.Keys(m))
}

// SupportMap returns the draft's claims, in order, each with the sources'
// stand on it; nil without a draft. Headlines are included: a draft's
// title is checked as its body is.
func SupportMap(a *Alignment) []Support { return a.support }

// Unsupported returns the draft's claims that no source states: a
// paraphrase a source states is supported, not listed here.
func Unsupported(a *Alignment) []Side {
	var out []Side
	for _, s := range a.support {
		if s.State == NotSupported && !s.headline {
			out = append(out, s.Claim)
		}
	}
	return out
}

// isPredicate reports whether u is the claim's main verb: the first word
// of its lemmatized predicate ("prop" of "prop up").
func isPredicate(c *claims.Claim, u *unit) bool {
	head, _, _ := strings.Cut(c.Predicate, " ")
	return u.kind == uWord && head != "" && u.key == head
}
