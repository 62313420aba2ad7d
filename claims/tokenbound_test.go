package claims

import "testing"

// TestTokenBound: the capacity tokenize allocates is never below the
// tokens it finds (else the slice would grow), and not far above them:
// periods kept in abbreviations, apostrophes inside words and letters
// outside ASCII are counted again. FuzzExtract checks the first on any
// input.
func TestTokenBound(t *testing.T) {
	for _, c := range []struct {
		in     string
		atMost int // tokenBound no more than this over the tokens
	}{
		{"", 0},
		{"The minister's aides met on Feb. 24, 2022, in the U.S. capital.", 5},
		{"Russia’s G-20 talks: “no negotiations,” 1,000.5 people; 10th time.", 5},
		{"Ça a été décidé à Zürich — naïvement.", 10},
		{"don't won't it's", 6},
		{"\x00\x1f\x7f!?", 0},
		{"a\u00a0b\u0085c", 2},
		{"١٢٣ ٤٥", 0},
	} {
		b, n := tokenBound(c.in), len(tokenize(c.in, 0))
		if b < n || b > n+c.atMost {
			t.Errorf("tokenBound(%q) = %d for %d tokens, want %d to %d", c.in, b, n, n, n+c.atMost)
		}
	}
}
