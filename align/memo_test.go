package align

import (
	"sync"
	"sync/atomic"
	"testing"
)

// TestPairMemo: the table answers as the function does for every pair,
// across its growths and from goroutines that race to fill it, and a pair
// it holds is not computed again.
func TestPairMemo(t *testing.T) {
	answer := func(x, y int32) bool { return (x*7+y*3)%5 < 2 }
	const words = 150 // 22,500 pairs: the table grows from 4,096 slots to 65,536
	var m pairMemo
	var calls atomic.Int64
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := int32(1); x <= words; x++ {
				for y := int32(1); y <= words; y++ {
					// Each goroutine walks the pairs from another start.
					xx := (x+int32(g)*37)%words + 1
					got := m.get(pairKey(xx, y), func() bool { calls.Add(1); return answer(xx, y) })
					if got != answer(xx, y) {
						t.Errorf("get(%d, %d) = %v, want %v", xx, y, got, answer(xx, y))
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if n := calls.Load(); n < words*words {
		t.Fatalf("computed %d answers for %d pairs", n, words*words)
	}
	// Alone, a goroutine finds every pair stored (none lost to a race
	// with a growth), or stores it now and finds it on the next pass.
	for pass := range 2 {
		calls.Store(0)
		for x := int32(1); x <= words; x++ {
			for y := int32(1); y <= words; y++ {
				if got := m.get(pairKey(x, y), func() bool { calls.Add(1); return answer(x, y) }); got != answer(x, y) {
					t.Fatalf("get(%d, %d) = %v, want %v", x, y, got, answer(x, y))
				}
			}
		}
		if pass == 1 && calls.Load() != 0 {
			t.Errorf("second pass computed %d answers, want 0", calls.Load())
		}
	}
	// The order of a pair matters.
	if pairKey(1, 2) == pairKey(2, 1) {
		t.Errorf("pairKey(1, 2) == pairKey(2, 1)")
	}
}

// TestWordIDs: word units of one key get one id, other units none.
func TestWordIDs(t *testing.T) {
	var w wordIDs
	a := []unit{{kind: uWord, key: "lead"}, {kind: uEntity, key: "lead"}, {kind: uWord, key: "say"}}
	b := []unit{{kind: uWord, key: "say"}, {kind: uNumber, key: "5"}, {kind: uWord, key: "lead"}}
	w.assign(a)
	w.assign(b)
	if a[0].id == 0 || a[2].id == 0 || a[0].id == a[2].id {
		t.Errorf("ids of two words: %d, %d", a[0].id, a[2].id)
	}
	if a[1].id != 0 || b[1].id != 0 {
		t.Errorf("ids of an entity and a number: %d, %d, want 0", a[1].id, b[1].id)
	}
	if b[0].id != a[2].id || b[2].id != a[0].id {
		t.Errorf("a key's ids differ: %d and %d, %d and %d", b[0].id, a[2].id, b[2].id, a[0].id)
	}
}

// TestLexEquivalentIsRelate: lexEquivalent answers what relate does
// (Equivalent or Broader), memoized or not, in whichever order the two are
// asked: a negative prefix rules out WordNet's synonyms ("unthaw" and
// "thaw"), as relate does. It had looked relate's memo up first, so that
// its answer for such a pair depended on which was asked first.
func TestLexEquivalentIsRelate(t *testing.T) {
	pairs := [][2]string{
		{"thaw", "unthaw"}, {"unthaw", "thaw"}, {"ravel", "unravel"}, {"unravel", "ravel"},
		{"crewed", "uncrewed"}, {"dog", "animal"}, {"animal", "dog"}, {"buy", "purchase"}, {"rise", "fall"},
	}
	for _, memoized := range []bool{false, true} {
		a := &Alignment{}
		for _, p := range pairs {
			x, y := []unit{{kind: uWord, key: p[0]}}, []unit{{kind: uWord, key: p[1]}}
			if memoized {
				a.words.assign(x)
				a.words.assign(y)
			}
			// lexEquivalent first: relate's memo must not be what answers.
			got := a.lexEquivalent(&x[0], &y[0])
			if want := a.relate(p[1], p[0]); got != (want == relEquivalent || want == relBroader) {
				t.Errorf("lexEquivalent(%q, %q) = %v, relate = %v (memoized %v)", p[0], p[1], got, want, memoized)
			}
		}
	}
}
