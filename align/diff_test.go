package align

import (
	"slices"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// TestAlignUnitsNamesItself: a name of the source passage is not the
// partner of another name of the claim when the claim names it itself
// ("Westmoor, the team that gave Eastport its only loss" against
// "Eastport gave …"), though the claim's own mention is a plain word.
func TestAlignUnitsNamesItself(t *testing.T) {
	place := func(name string) unit {
		return unit{kind: uEntity, text: name, key: name, ent: &claims.Mention{Text: name, Type: claims.Place}}
	}
	word := func(w string) unit { return unit{kind: uWord, text: w, key: w, low: w} }
	a := &Alignment{cindex: &contentIndex{df: map[string]int{}, total: 10}}
	source := []unit{place("Eastport"), word("gave")}
	for _, tc := range []struct {
		name  string
		claim []unit
		want  []int
	}{
		{"the claim names the source's place itself", []unit{place("Westmoor"), word("gave"), word("Eastport")}, []int{-1, 1, -1}},
		{"one place stands where the other stood", []unit{place("Westmoor"), word("gave"), word("loss")}, []int{0, 1, -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := a.alignUnits(tc.claim, source)
			for i := range tc.want {
				if got[i] != tc.want[i] {
					t.Fatalf("partners = %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestSharedDirection: a compass point that begins both places' names
// ("South Alabama", "South Florida") is no context the two claims share.
func TestSharedDirection(t *testing.T) {
	ent := func(name string, typ claims.EntityType, start int) unit {
		return unit{kind: uEntity, text: name, key: name, start: start, end: start + len(name), ent: &claims.Mention{Text: name, Type: typ}}
	}
	word := func(w string, start int) unit {
		return unit{kind: uWord, text: w, key: w, low: w, start: start, end: start + len(w)}
	}
	for _, tc := range []struct {
		name string
		x    []unit
		want int
	}{
		{"a compass point before the place", []unit{word("win", 0), ent("South", claims.Other, 8), ent("Oregon", claims.Place, 14)}, 1},
		{"another word before the place", []unit{word("win", 0), word("over", 4), ent("Oregon", claims.Place, 9)}, 0},
		{"a compass point apart from the place", []unit{word("south", 0), word("of", 6), ent("Oregon", claims.Place, 9)}, 0},
		{"a compass point before a person", []unit{word("win", 0), ent("West", claims.Other, 4), ent("Ada West", claims.Person, 9)}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &pairDiff{x: tc.x}
			p.res.state = []unitState{unitMatched, unitMatched, unitContradicted}
			d := difference{kind: dPlace, at: 2, x: &tc.x[2]}
			if got := p.sharedDirection(&d); got != tc.want {
				t.Errorf("sharedDirection = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestSitesBuilding(t *testing.T) {
	place := &claims.Mention{Text: "Madrid", Type: claims.Place}
	demonym := &claims.Mention{Text: "Spanish", Type: claims.Place, Demonym: true}
	person := &claims.Mention{Text: "Ada Ruiz", Type: claims.Person}
	// units lays words out one space apart; a capitalized word is the
	// mention of the same text.
	units := func(words ...string) []unit {
		var us []unit
		at := 0
		for _, w := range words {
			u := unit{kind: uWord, text: w, key: w, low: w, start: at, end: at + len(w)}
			for _, m := range []*claims.Mention{place, demonym, person} {
				if m.Text == w {
					u.kind, u.ent = uEntity, m
				}
			}
			us = append(us, u)
			at += len(w) + 1
		}
		return us
	}
	for _, tc := range []struct {
		name string
		us   []unit
		want bool
	}{
		{"before a building", units("Madrid", "embassy"), true},
		{"before a building past a nationality", units("Madrid", "Spanish", "embassy"), true},
		{"before a facility", units("Madrid", "airport"), true},
		{"before a person", units("Madrid", "Ada Ruiz"), false},
		{"before another noun", units("Madrid", "native"), false},
		{"at the end", units("embassy", "Madrid"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sitesBuilding(tc.us, slices.IndexFunc(tc.us, func(u unit) bool { return u.ent == place })); got != tc.want {
				t.Errorf("sitesBuilding = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRarestKeys: a draft claim's candidates are looked up through its
// rarest keys that some passage holds; a key no passage holds, however
// rare, finds nothing and does not take a place among them.
func TestRarestKeys(t *testing.T) {
	a := &Alignment{cindex: &contentIndex{df: map[string]int{"espionage": 1, "hacker": 1, "agency": 2, "app": 3, "phone": 5}}}
	var us []unit
	for _, k := range []string{"agency", "espionage", "app", "hacker", "phone"} {
		us = append(us, unit{kind: uWord, key: k, text: k, low: k})
	}
	postings := map[string][]int{"agency": {0}, "app": {0}, "phone": {0, 1}}
	for _, tc := range []struct {
		name     string
		k        int
		postings map[string][]int
		want     []string
	}{
		{"posted keys, rarest first", 3, postings, []string{"agency", "app", "phone"}},
		{"fewer than posted", 2, postings, []string{"agency", "app"}},
		{"every key without postings", 3, nil, []string{"espionage", "hacker", "agency"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := a.rarestKeys(us, tc.k, tc.postings); !slices.Equal(got, tc.want) {
				t.Errorf("rarestKeys = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSameWordFrame: two names of no known kind are compared only between
// the same words, aligned on both sides, or at the ends of both claims.
func TestSameWordFrame(t *testing.T) {
	words := func(ws ...string) []unit {
		var us []unit
		for _, w := range ws {
			us = append(us, unit{kind: uWord, key: w, text: w, low: w})
		}
		return us
	}
	for _, tc := range []struct {
		name    string
		x, y    []unit
		partner []int // x's partners in y; x[1] and y[1] are the two names
		want    bool
	}{
		{"between the same words", words("report", "Bloomberg", "found"), words("report", "Forbes", "found"), []int{0, -1, 2}, true},
		{"both claims end there", words("report", "Bloomberg"), words("report", "Forbes"), []int{0, -1}, true},
		{"one claim goes on", words("report", "Bloomberg", "found"), words("report", "Forbes"), []int{0, -1, -1}, false},
		{"another word after", words("report", "Bloomberg", "found"), words("report", "Forbes", "said"), []int{0, -1, -1}, false},
		{"a claim's start against a passage's end", words("company", "Cupertino", "said"), words("called", "Faces"), []int{-1, -1, -1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameWordFrame(tc.x, tc.y, tc.partner, 1, 1); got != tc.want {
				t.Errorf("sameWordFrame = %v, want %v", got, tc.want)
			}
		})
	}
}
