package align

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// TestSharedCount checks sharedCount, a merge of two sorted lists,
// against counting one list's words in a set of the other's (what the
// restatement test did before).
func TestSharedCount(t *testing.T) {
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
		if got := sharedCount(xs, ys); got != want {
			t.Fatalf("case %d: sharedCount(%q, %q) = %d, want %d", k, xs, ys, got, want)
		}
		if got := sharedCount(ys, xs); got != want {
			t.Fatalf("case %d: sharedCount(%q, %q) = %d, want %d", k, ys, xs, got, want)
		}
	}
	if got := sharedCount(nil, []string{"a"}); got != 0 {
		t.Errorf("sharedCount(nil, [a]) = %d, want 0", got)
	}
}
