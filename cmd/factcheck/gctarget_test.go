package main

import "testing"

// TestGCPercentFor: the target lets the heap grow by gcHeadroom past the
// live heap, within [gcMinPercent, gcMaxPercent]: a small heap is not
// collected every few megabytes, a large one (where peak memory is
// decided) is held to 1.5 times what is live.
func TestGCPercentFor(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, gcMaxPercent},
		{1 * mib, gcMaxPercent},
		{16 * mib, 400},
		{32 * mib, 200},
		{64 * mib, 100},
		{100 * mib, 64},
		{128 * mib, 50},
		{900 * mib, gcMinPercent},
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MiB) = %d, want %d", c.live/mib, got, c.want)
		}
	}
}
