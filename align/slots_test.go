package align

import (
	"math"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/testkit"
)

func TestQuantitiesAgree(t *testing.T) {
	exact := func(v float64) claims.Quantity { return claims.Quantity{Value: v, Low: v, High: v} }
	floor := func(v float64) claims.Quantity {
		return claims.Quantity{Value: v, Hedge: "more than", Low: v, High: math.Inf(1)}
	}
	span := func(v float64, unit string) claims.Quantity {
		return claims.Quantity{Value: v, Low: v, High: v, Unit: unit}
	}
	for _, tc := range []struct {
		name string
		a, b claims.Quantity
		want bool
	}{
		{"a round figure holds what rounds to it", exact(70000), exact(72000), true},
		{"the half step above rounds up", exact(70000), exact(75000), false},
		{"the half step below rounds to it", exact(70000), exact(65000), true},
		{"one precision, two values", exact(31000), exact(32000), false},
		{"the precise figure is taken as written", exact(32500), exact(32000), false},
		{"small counts compare as written", exact(12), exact(10), false},
		{"a floor holds a larger figure", floor(50), exact(57), true},
		{"a floor does not hold a smaller figure", floor(50), exact(40), false},
		{"equal", exact(26), exact(26), true},
		{"one count, two time units", span(3, "day"), span(3, "week"), false},
		{"one span in two time units", span(2, "month"), span(8, "week"), true},
		{"a year in months", span(12, "month"), span(1, "year"), true},
		{"eighteen months are not two years", span(18, "month"), span(2, "year"), false},
		{"other units are left to sameCount", span(3, "mile"), span(3, "vote"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := quantitiesAgree(tc.a, tc.b); got != tc.want {
				t.Errorf("quantitiesAgree(%v, %v) = %v, want %v", tc.a.Value, tc.b.Value, got, tc.want)
			}
			if got := quantitiesAgree(tc.b, tc.a); got != tc.want {
				t.Errorf("quantitiesAgree(%v, %v) = %v, want %v (swapped)", tc.b.Value, tc.a.Value, got, tc.want)
			}
		})
	}
}

func TestSpellingVariants(t *testing.T) {
	testkit.Pairs(t, "spellingVariants", spellingVariants, []testkit.Pair[bool]{
		{"Technicolour", "Technicolor", true},
		{"Salahuddin", "Salahaddin", true},
		{"Iran", "Iraq", false},
		{"Marta Sokolova", "Martha Sokolova", true},
		{"James Webb Space Telescope", "James Gunn Space Telescope", false},
		{"Okafor Deep Field Array", "Okafor Deep Field Arrays", true},
		{"Harlow Bridge", "Bridge", false},
	})
}

func TestShortFor(t *testing.T) {
	testkit.Pairs(t, "shortFor", shortFor, []testkit.Pair[bool]{
		{"Calif", "California", true},
		{"Calif.", "California", true},
		{"Tulane", "Tulane University", true},
		{"Forbes", "Bloomberg", false},
		{"Ca", "California", false},
		{"Tulane College", "Tulane University", false},
	})
}
