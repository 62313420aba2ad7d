package align

import (
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
