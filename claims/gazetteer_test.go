package claims

import (
	"slices"
	"testing"
)

// TestSpacedInitials: an initialism of the gazetteer is found written
// with spaces ("U. S."), as some corpora write it; initials of a person
// the gazetteer lacks are not.
func TestSpacedInitials(t *testing.T) {
	g := load()
	for _, tc := range []struct {
		text, want string
		n          int
	}{
		{"U. S. Surgeon General", "United States", 2},
		{"U.S. Surgeon General", "United States", 1},
		{"U. N. Security Council", "United Nations", 2},
		{"J. R. Okafor", "", 0},
	} {
		e, n := g.lookup(tokenize(tc.text, 0))
		if n != tc.n || e.canonical != tc.want {
			t.Errorf("lookup(%q) = %q in %d tokens, want %q in %d", tc.text, e.canonical, n, tc.want, tc.n)
		}
	}
	for _, tc := range []struct{ in, want string }{{"U.S.", "U. S."}, {"U.S.A.", "U. S. A."}, {"US", ""}, {"U.s.", ""}, {"Mt.", ""}} {
		if got, _ := spacedInitials(tc.in); got != tc.want {
			t.Errorf("spacedInitials(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRegionDemonyms(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Europe", []string{"European"}},
		{"Asia", []string{"Asian"}},
		{"Texas", []string{"Texan"}},
		{"Gaza", nil},
	} {
		if got := regionDemonyms(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("regionDemonyms(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
