package provenance

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testkit"
	"github.com/factcheck/factcheck/source"
	"github.com/google/go-cmp/cmp"
)

// TestCopies: with copies of two seed articles in one run, every pair of
// files holding the two texts gets the relation the two files alone get,
// and every pair of copies of one text is a copy relation (issue 16: a
// text is indexed and compared once however many copies it has).
func TestCopies(t *testing.T) {
	paths := testkit.Glob(t, "../testdata/seeds/*.txt")
	if len(paths) != 5 {
		t.Fatalf("want 5 seeds, have %d", len(paths))
	}
	var one, three string // a wire story and the copy that credits it
	for _, p := range paths {
		switch {
		case strings.Contains(filepath.Base(p), "001_"):
			one = p
		case strings.Contains(filepath.Base(p), "003_"):
			three = p
		}
	}
	parse := func(path, from string) *source.Document {
		d, _ := parseAs(t, path, from)
		return d
	}
	alone := Relations([]*source.Document{parse("a.txt", one), parse("b.txt", three)}, DefaultParams())
	if len(alone) != 1 {
		t.Fatalf("the two seeds alone: %d relations, want 1", len(alone))
	}
	// Copies interleaved in path order, so that both orientations occur.
	var docs []*source.Document
	for i := range 3 {
		docs = append(docs, parse(fmt.Sprintf("a%d.txt", i), one), parse(fmt.Sprintf("b%d.txt", i), three))
	}
	rels := Relations(docs, DefaultParams())
	// The relation between two files of the two texts, paths renamed.
	rename := func(r Relation, a, b string) Relation {
		r.A, r.B = a, b
		fix := func(s string) string {
			return strings.NewReplacer("a.txt", a, "b.txt", b).Replace(s)
		}
		r.From, r.To, r.Evidence = fix(r.From), fix(r.To), fix(r.Evidence)
		r.Passages = append([]Passage(nil), r.Passages...)
		for i := range r.Passages {
			r.Passages[i].A.Path, r.Passages[i].B.Path = a, b
		}
		return r
	}
	byPair := map[[2]string]Relation{}
	for _, r := range rels {
		byPair[[2]string{r.A, r.B}] = r
	}
	if len(rels) != 15 {
		t.Errorf("%d relations among 6 files, want every pair: 15", len(rels))
	}
	for i := range 3 {
		for j := range 3 {
			a, b := fmt.Sprintf("a%d.txt", i), fmt.Sprintf("b%d.txt", j)
			got, ok := byPair[[2]string{a, b}]
			if !ok {
				t.Errorf("no relation between %s and %s", a, b)
				continue
			}
			if diff := cmp.Diff(rename(alone[0], a, b), got); diff != "" {
				t.Errorf("%s, %s: relation differs from the two files alone (-alone +copies):\n%s", a, b, diff)
			}
		}
	}
	for _, r := range rels {
		if r.A[0] == r.B[0] && r.Kind != Copy {
			t.Errorf("%s and %s hold one text but are %s", r.A, r.B, r.Kind)
		}
	}
}

// TestEachPosting: merging the texts' sorted shingle lists gives, for each
// shingle, the representatives holding it in order, as an index built
// text by text does; texts that are not representatives are left out.
func TestEachPosting(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 50; round++ {
		n := 1 + r.IntN(12)
		// Few distinct shingles, so texts share them, over the whole
		// range of hashes (every leading byte).
		ts, cls := randomTexts(r, n, 1+r.IntN(40)) // a copy is not indexed
		pc := newPairCounter(ts, nil, cls)
		want := map[uint64][]int32{}
		for _, d := range pc.reps {
			for _, h := range ts[d].sorted.h {
				if l := want[h]; len(l) == 0 || l[len(l)-1] != int32(d) {
					want[h] = append(l, int32(d))
				}
			}
		}
		got := map[uint64][]int32{}
		var last uint64
		pc.eachPosting(func(h uint64, l []int32) {
			if len(got) > 0 && h <= last {
				t.Errorf("round %d: posting %d after %d: not in hash order", round, h, last)
			}
			last = h
			got[h] = slices.Clone(l)
		})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("round %d: postings mismatch (-want +got):\n%s", round, diff)
		}
	}
}

// TestCountShinglesByEvent: counting only the pairs that are compared
// gives every compared pair the count that walking all pairs of each
// posting gives it, and makes no entry for a pair of texts of two events;
// texts whose copies report several events pair with every other.
func TestCountShinglesByEvent(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var several, apart int
	for round := range 200 {
		n := 2 + r.IntN(16)
		ts, cls := randomTexts(r, n, 1+r.IntN(30))
		ev := make(eventIDs, n) // a copy may be of another event
		for d := range ev {
			ev[d] = r.IntN(3)
		}
		p := Params{MaxPostings: 2 + r.IntN(12)}
		pc := newPairCounter(ts, ev, cls)
		pc.countShingles(p)
		want := map[[2]int]int{}
		pc.eachPosting(func(_ uint64, l []int32) {
			m := 0
			for _, d := range l {
				m += len(pc.members[d])
			}
			if m < 2 || m > p.MaxPostings {
				return
			}
			for x, d := range l {
				if len(pc.members[d]) > 1 {
					want[[2]int{int(d), int(d)}]++
				}
				for _, e := range l[x+1:] {
					if pc.elsewhere(int(d), int(e)) {
						apart++
						continue
					}
					want[[2]int{int(d), int(e)}]++
				}
			}
		})
		got := map[[2]int]int{}
		for k, c := range pc.pairs {
			got[k] = c.shared
		}
		for _, d := range pc.reps {
			if !pc.oneEvent[d] {
				several++
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d: shared counts mismatch (-want +got):\n%s", round, diff)
		}
	}
	if several == 0 || apart == 0 {
		t.Errorf("%d texts in several events, %d pairs apart: the test does not reach both", several, apart)
	}
}

// randomTexts makes n texts of up to 29 shingles drawn from a pool of
// poolSize hashes over the whole range (every leading byte), so that
// texts share them, and their classes: now and then a text is a copy of
// an earlier one, of its class.
func randomTexts(r *rand.Rand, n, poolSize int) ([]*text, []int) {
	pool := make([]uint64, poolSize)
	for i := range pool {
		pool[i] = r.Uint64()
	}
	ts := make([]*text, n)
	cls := make([]int, n)
	for d := range ts {
		var hs []hpos
		for i := r.IntN(30); i > 0; i-- {
			hs = append(hs, hpos{pool[r.IntN(len(pool))], int32(i)})
		}
		slices.SortFunc(hs, func(a, b hpos) int { return cmpTwo(a.h, uint64(a.pos), b.h, uint64(b.pos)) })
		ts[d] = &text{sorted: newShingles(hs)}
		cls[d] = d
		if d > 0 && r.IntN(4) == 0 {
			cls[d] = cls[r.IntN(d)]
		}
	}
	return ts, cls
}
