package align

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPostings checks the packed postings against a map of slices built
// the plain way: for every id, the nodes holding it, in node order.
func TestPostings(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ids := make([][]int32, 300)
	for i := range ids {
		for range r.IntN(6) {
			ids[i] = append(ids[i], int32(r.IntN(40)))
		}
		slices.Sort(ids[i])
		ids[i] = slices.Compact(ids[i])
	}
	var nodes []int
	for i := range ids {
		if r.IntN(3) > 0 {
			nodes = append(nodes, i)
		}
	}
	want := map[int32][]int{}
	for _, i := range nodes {
		for _, id := range ids[i] {
			want[id] = append(want[id], i)
		}
	}
	p := newPostings(nodes, ids)
	for id := int32(0); id < 45; id++ {
		if got := p.of(id); !slices.Equal(got, want[id]) {
			t.Errorf("id %d: nodes %v, want %v", id, got, want[id])
		}
	}
	if got := newPostings(nil, ids).of(3); len(got) != 0 {
		t.Errorf("no nodes: id 3 held by %v", got)
	}
}
