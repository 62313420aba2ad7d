package provenance

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortHpos checks sortHpos against a comparison sort: short and long
// lists, hashes spread or crowded into a few buckets, repeated hashes and
// repeated pairs, both byte positions.
func TestSortHpos(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var tmp []hpos
	for _, n := range []int{0, 1, 5, 63, 64, 65, 300, 5000} {
		for _, shift := range []uint{56, 48} {
			for _, spread := range []int{1 << 20, 40, 3} {
				hs := make([]hpos, n)
				for i := range hs {
					h := uint64(r.IntN(spread)) * 0x0101010101010101
					if shift == 48 {
						h = 0xab<<56 | h>>8
					}
					hs[i] = hpos{h, int32(r.IntN(n/2 + 1))}
				}
				want := slices.Clone(hs)
				slices.SortFunc(want, cmpHpos)
				sortHpos(hs, shift, &tmp)
				if !slices.Equal(hs, want) {
					t.Fatalf("n %d shift %d spread %d: sortHpos differs from a comparison sort", n, shift, spread)
				}
			}
		}
	}
}
