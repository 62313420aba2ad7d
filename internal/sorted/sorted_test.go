package sorted

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// TestCount checks Count against counting one list's values in a set of
// the other's, and AtLeast against Count, on random word lists.
func TestCount(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := func(n, of int) []string {
		var ws []string
		for range n {
			ws = append(ws, "w"+strconv.Itoa(r.IntN(of)))
		}
		slices.Sort(ws)
		return slices.Compact(ws)
	}
	for k := range 200 {
		xs, ys := words(r.IntN(30), 40), words(r.IntN(90), 40)
		set := map[string]bool{}
		for _, y := range ys {
			set[y] = true
		}
		want := 0
		for _, x := range xs {
			if set[x] {
				want++
			}
		}
		if got := Count(xs, ys); got != want {
			t.Fatalf("case %d: Count(%q, %q) = %d, want %d", k, xs, ys, got, want)
		}
		if got := Count(ys, xs); got != want {
			t.Fatalf("case %d: Count(%q, %q) = %d, want %d", k, ys, xs, got, want)
		}
		for need := range 6 {
			if got := AtLeast(xs, ys, need); got != (want >= need) {
				t.Fatalf("case %d: AtLeast(%q, %q, %d) = %v, with %d shared", k, xs, ys, need, got, want)
			}
		}
	}
	if got := Count(nil, []string{"a"}); got != 0 {
		t.Errorf("Count(nil, [a]) = %d, want 0", got)
	}
}

func TestAtLeastOne(t *testing.T) {
	for _, c := range []struct {
		x, y []int32
		want bool
	}{
		{nil, nil, false},
		{[]int32{1}, nil, false},
		{[]int32{1, 3, 5}, []int32{2, 4, 6}, false},
		{[]int32{1, 3, 5}, []int32{0, 5}, true},
		{[]int32{7}, []int32{1, 2, 7}, true},
		{[]int32{1, 2}, []int32{3, 4}, false},
	} {
		if got := AtLeast(c.x, c.y, 1); got != c.want {
			t.Errorf("AtLeast(%v, %v, 1) = %v, want %v", c.x, c.y, got, c.want)
		}
		if got := AtLeast(c.y, c.x, 1); got != c.want {
			t.Errorf("AtLeast(%v, %v, 1) = %v, want %v", c.y, c.x, got, c.want)
		}
	}
}
