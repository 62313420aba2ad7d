package align

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/source"
	"github.com/google/go-cmp/cmp"
)

// sortCands puts candidate pairs in the order linkage considers them,
// written the plain way: by similarity, highest first, then by first and
// second document.
func sortCands(cs []eventCand) {
	sort.Slice(cs, func(x, y int) bool {
		if cs[x].sim != cs[y].sim {
			return cs[x].sim > cs[y].sim
		}
		if cs[x].i != cs[y].i {
			return cs[x].i < cs[y].i
		}
		return cs[x].j < cs[y].j
	})
}

// referenceEvents is event clustering written the plain way: every
// candidate pair of documents (copies expanded), sorted by similarity;
// average linkage that rescans every pair of two clusters for every
// candidate, computing each similarity and copy test again; then every
// candidate joined when its documents copy one another.
func referenceEvents(in *eventInput, p eventPairs) []int {
	nd := len(in.same)
	class := make([][]int, nd)
	for d, r := range in.same {
		class[r] = append(class[r], d)
	}
	var cands []eventCand
	for _, k := range keyedPairs(p) {
		r, q := int(k>>32), int(k&0xffffffff)
		sim := dot(in.vecs[r], in.vecs[q])
		for _, i := range class[r] {
			for _, j := range class[q] {
				cands = append(cands, eventCand{min(i, j), max(i, j), sim})
			}
		}
	}
	for r, ds := range class {
		if len(ds) < 2 || !p.indexed[r] {
			continue
		}
		for x, i := range ds {
			for _, j := range ds[x+1:] {
				cands = append(cands, eventCand{i, j, dot(in.vecs[r], in.vecs[r])})
			}
		}
	}
	sortCands(cands)
	copies := func(x, y int) bool {
		a, b := in.copies.shingles[x], in.copies.shingles[y]
		if len(a) > len(b) {
			a, b = b, a
		}
		need := max(minCopyShingles, int(math.Ceil(nearCopy*float64(len(a)))))
		shared := 0
		for _, h := range a {
			if slices.Contains(b, h) {
				shared++
			}
		}
		return len(a) >= need && shared >= need
	}
	parent := make([]int, nd)
	members := make([][]int, nd)
	for i := range parent {
		parent[i], members[i] = i, []int{i}
	}
	find := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	merge := func(ri, rj int) {
		ri, rj = min(ri, rj), max(ri, rj)
		parent[rj] = ri
		members[ri] = append(members[ri], members[rj]...)
	}
	for _, c := range cands {
		ri, rj := find(c.i), find(c.j)
		if ri == rj || c.sim < sameEventSim/2 {
			continue
		}
		var sum float64
		ok := true
		for _, x := range members[ri] {
			for _, y := range members[rj] {
				px, py := in.published[x], in.published[y]
				switch {
				case px.IsZero() || py.IsZero() || absDays(px, py) <= eventDays:
					sum += dot(in.vecs[x], in.vecs[y])
				case copies(x, y):
					sum++
				default:
					ok = false
				}
			}
		}
		if ok && sum/float64(len(members[ri])*len(members[rj])) >= sameEventSim {
			merge(ri, rj)
		}
	}
	for _, c := range cands {
		if ri, rj := find(c.i), find(c.j); ri != rj && copies(c.i, c.j) {
			merge(ri, rj)
		}
	}
	root := make([]int, nd)
	for i := range root {
		root[i] = find(i)
	}
	return root
}

// keyedPairs lists the candidate pairs of first copies the plain way:
// every pair of every posting as i<<32 | j, sorted and unique.
func keyedPairs(p eventPairs) []uint64 {
	var keyed []uint64
	for _, ds := range p.post {
		for x, i := range ds {
			for _, j := range ds[x+1:] {
				keyed = append(keyed, uint64(i)<<32|uint64(j))
			}
		}
	}
	slices.Sort(keyed)
	return slices.Compact(keyed)
}

// randomEvents makes n documents of a few stories: profiles that share a
// story's features with noise, dates within weeks of the story's (some
// unknown), shingles from the story's pool, some documents identical to
// an earlier one and some near copies published months later; and
// candidate pairs, most but not all pairs of first copies, as postings of
// one pair and postings of several documents.
func randomEvents(rng *rand.Rand, n int) (*eventInput, eventPairs) {
	stories := 1 + rng.IntN(4)
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	in := &eventInput{vecs: make([][]feature, n), published: make([]time.Time, n), same: make([]int, n),
		copies: newCopyCache(nil, make([]int, n))}
	sh := in.copies.shingles
	for d := range n {
		in.same[d] = d
		story := rng.IntN(stories)
		switch {
		case d > 0 && rng.IntN(8) == 0: // identical to an earlier document
			r := in.same[rng.IntN(d)]
			in.same[d], in.vecs[d], in.published[d], sh[d] = r, in.vecs[r], in.published[r], sh[r]
			continue
		case d > 0 && rng.IntN(6) == 0: // a near copy, published months later
			r := rng.IntN(d)
			in.vecs[d] = noisy(rng, in.vecs[r])
			in.published[d] = base.AddDate(0, 2+rng.IntN(6), 0)
			sh[d] = append(slices.Clone(sh[r][:len(sh[r])*(1+rng.IntN(3))/3]), pool(rng, 99, 40)...)
		default:
			var v []feature
			for f := range 12 {
				if rng.IntN(3) > 0 {
					v = append(v, feature{int32(story*20 + f), rng.Float64()})
				}
			}
			for range 4 + rng.IntN(12) {
				v = append(v, feature{int32(100 + rng.IntN(50)), rng.Float64()})
			}
			in.vecs[d] = unitVec(v)
			if rng.IntN(5) > 0 {
				in.published[d] = base.AddDate(0, 0, story*10+rng.IntN(30))
			}
			sh[d] = append(pool(rng, story, 20+rng.IntN(40)), pool(rng, 99, rng.IntN(60))...)
		}
		slices.Sort(sh[d])
		sh[d] = slices.Compact(sh[d])
	}
	copy(in.copies.same, in.same)
	p := eventPairs{of: make([][]int32, n), indexed: make([]bool, n)}
	var firsts []int32
	for i := range n {
		if in.same[i] != i || rng.IntN(10) == 0 {
			continue
		}
		firsts = append(firsts, int32(i))
		p.indexed[i] = true
		for j := i + 1; j < n; j++ {
			if in.same[j] == j && rng.IntN(10) < 6 {
				p.add([]int32{int32(i), int32(j)})
			}
		}
	}
	for range rng.IntN(4) {
		var ds []int32
		for _, d := range firsts {
			if rng.IntN(3) == 0 {
				ds = append(ds, d)
			}
		}
		if len(ds) >= 2 {
			p.add(ds)
		}
	}
	return in, p
}

// pool draws k shingles of a story out of the hundred its documents
// share, spread over the hash's bits as word shingles are.
func pool(rng *rand.Rand, story, k int) []uint64 {
	out := make([]uint64, k)
	for i := range out {
		out[i] = (uint64(story)<<32 | rng.Uint64N(100)) * 0x9e3779b97f4a7c15
	}
	return out
}

// noisy returns v with each weight moved a little, renormalized.
func noisy(rng *rand.Rand, v []feature) []feature {
	out := slices.Clone(v)
	for i := range out {
		out[i].w *= 0.5 + rng.Float64()
	}
	return unitVec(out)
}

// unitVec sorts and merges a vector's features and scales it to length 1.
func unitVec(v []feature) []feature {
	v = sumFeatures(v)
	var norm float64
	for _, f := range v {
		norm += f.w * f.w
	}
	for i := range v {
		v[i].w /= math.Sqrt(norm)
	}
	return v
}

// TestClusterEventsMatchesReference: the linkage that pays for each pair
// once gives the events of the one that rescans every pair, on random
// inputs that exercise rejected merges proposed again, pairs kept apart by
// their dates, near copies published months apart and identical documents.
func TestClusterEventsMatchesReference(t *testing.T) {
	var mixed, apart, copied int
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 16))
		in, p := randomEvents(rng, 5+rng.IntN(40))
		want := referenceEvents(in, p)
		got := clusterEvents(in, p)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("seed %d: clusterEvents mismatch (-reference +got):\n%s", seed, diff)
		}
		events := map[int]bool{}
		for d, r := range got {
			events[r] = true
			if pr, pd := in.published[r], in.published[d]; !pr.IsZero() && !pd.IsZero() && absDays(pr, pd) > eventDays {
				copied++
			}
		}
		if len(events) > 1 && len(events) < len(got)-1 {
			mixed++
		}
		if len(events) > 1 {
			apart++
		}
	}
	// The inputs are not trivial: most runs have events of several
	// documents besides others, and copies join documents months apart.
	if mixed < 150 || apart < 170 || copied == 0 {
		t.Errorf("random inputs too easy: %d of 200 runs with mixed events, %d with several, %d documents joined across dates", mixed, apart, copied)
	}
}

// TestScanPairs: the walk by document finds, among the pairs of the
// postings, listed the plain way, those that copy one another and those
// at least half of sameEventSim similar, with dot's similarity to the
// bit, leaving out those published far apart that are not copies, both
// in pair order; for the candidates of random runs and for
// every pair of 300 documents in one posting (several stretches, done in
// parallel).
func TestScanPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var runs []struct {
		in *eventInput
		p  eventPairs
	}
	for range 20 {
		in, p := randomEvents(rng, 60)
		runs = append(runs, struct {
			in *eventInput
			p  eventPairs
		}{in, p})
	}
	big, _ := randomEvents(rng, 300)
	all := eventPairs{of: make([][]int32, 300), indexed: make([]bool, 300)}
	var firsts []int32
	for d, r := range big.same {
		if d == r {
			firsts = append(firsts, int32(d))
		}
	}
	all.add(firsts)
	if len(firsts) <= scanStretch {
		t.Fatalf("%d documents: one stretch", len(firsts))
	}
	runs = append(runs, struct {
		in *eventInput
		p  eventPairs
	}{big, all})
	var similar, copied, farApart int
	for _, r := range runs {
		var wantCands []classCand
		var wantCopied []uint64
		for _, k := range keyedPairs(r.p) {
			i, j := int(k>>32), int(k&0xffffffff)
			copies := r.in.copies.copies(i, j)
			if copies {
				wantCopied = append(wantCopied, k)
			}
			pi, pj := r.in.published[i], r.in.published[j]
			if !copies && !pi.IsZero() && !pj.IsZero() && absDays(pi, pj) > eventDays {
				farApart++
				continue
			}
			if sim := dot(r.in.vecs[i], r.in.vecs[j]); sim >= sameEventSim/2 {
				wantCands = append(wantCands, classCand{i, j, sim})
			}
		}
		gotCands, gotCopied := scanPairs(r.in, r.p)
		if diff := cmp.Diff(wantCands, gotCands, cmp.AllowUnexported(classCand{})); diff != "" {
			t.Fatalf("scanPairs candidates mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantCopied, gotCopied); diff != "" {
			t.Fatalf("scanPairs copies mismatch (-want +got):\n%s", diff)
		}
		similar += len(gotCands)
		copied += len(gotCopied)
	}
	if similar == 0 || copied == 0 || farApart == 0 {
		t.Errorf("%d similar pairs, %d copies, %d published far apart: the test does not reach all", similar, copied, farApart)
	}
}

// TestLinkageSum: the sum kept for a pair of clusters, continued as one
// grows and restarted as the other does, is the full scan's to the bit.
func TestLinkageSum(t *testing.T) {
	var continued, restarted int
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 17))
		in, _ := randomEvents(rng, 30)
		l := newLinkage(in, 0)
		for range 300 {
			r, q := l.find(rng.IntN(30)), l.find(rng.IntN(30))
			if r == q {
				continue
			}
			if rng.IntN(8) == 0 {
				l.merge(min(r, q), max(r, q))
				continue
			}
			if p, ok := l.sums[[2]int{r, q}]; ok && p.cols == len(l.members[q]) && p.rows < len(l.members[r]) {
				continued++
			} else if ok && p.cols != len(l.members[q]) {
				restarted++
			}
			var want float64
			wantOK := true
			for _, x := range l.members[r] {
				for _, y := range l.members[q] {
					s := l.link(x, y)
					wantOK = wantOK && s != noLink
					want += s
				}
			}
			got, ok := l.sum(r, q)
			if ok != wantOK || ok && got != want {
				t.Fatalf("seed %d: sum(%v, %v) = %v, %v; a full scan gives %v, %v", seed, l.members[r], l.members[q], got, ok, want, wantOK)
			}
		}
	}
	if continued < 20 || restarted < 20 {
		t.Errorf("%d sums continued, %d restarted: the test does not reach both", continued, restarted)
	}
}

// TestCopiesMatchesCount: the copy test, with its bitmap bounds, answers
// as a plain count of shared shingles does, at overlaps on both sides of
// the threshold and for short documents.
func TestCopiesMatchesCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var yes, no int
	for range 2000 {
		shared := pool(rng, 0, rng.IntN(400))
		x := append(slices.Clone(shared), pool(rng, 1+rng.IntN(1000), rng.IntN(400))...)
		y := append(slices.Clone(shared), pool(rng, 1001+rng.IntN(1000), rng.IntN(800))...)
		for _, s := range []*[]uint64{&x, &y} {
			for i := range *s {
				(*s)[i] = (*s)[i]*0x2545f4914f6cdd1d + uint64(rng.IntN(2))
			}
			slices.Sort(*s)
			*s = slices.Compact(*s)
		}
		c := newCopyCache(nil, []int{0, 1})
		c.shingles[0], c.shingles[1] = x, y
		a, b := x, y
		if len(a) > len(b) {
			a, b = b, a
		}
		n := 0
		for _, h := range a {
			if _, ok := slices.BinarySearch(b, h); ok {
				n++
			}
		}
		need := max(minCopyShingles, int(math.Ceil(nearCopy*float64(len(a)))))
		want := len(a) >= need && n >= need
		if got := c.copies(0, 1); got != want {
			t.Fatalf("copies of %d and %d shingles sharing %d = %v, want %v", len(x), len(y), n, got, want)
		}
		if want {
			yes++
		} else {
			no++
		}
	}
	if yes < 100 || no < 100 {
		t.Errorf("%d copies and %d not: the inputs do not reach both sides", yes, no)
	}
}

// TestWordShingles: the shingles hashed while reading are those of
// strings.ToLower and hash/fnv over each word.
func TestWordShingles(t *testing.T) {
	texts := []string{
		"The council met on Monday in the town hall, and voted 7-2.",
		"ÉCOLE Straße İstanbul ΟΔΟΣ Ǆemal: naïve café 2024 ½ x²",
		"one two three",
		"",
		"a\xffb c d e f",
	}
	for _, text := range texts {
		d := &source.Document{Sentences: []source.Sentence{
			{Text: text, Kind: source.KindBody},
			{Text: "Skipped furniture words here", Kind: source.KindFurniture},
			{Text: "and a second sentence", Kind: source.KindHeadline},
		}}
		var want []uint64
		var win [4]uint64
		n := 0
		for _, s := range d.Sentences {
			if !s.Kind.IsArticle() {
				continue
			}
			for _, w := range strings.FieldsFunc(s.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				h := fnv.New64a()
				h.Write([]byte(strings.ToLower(w)))
				copy(win[:], win[1:])
				win[3] = h.Sum64()
				if n++; n >= 4 {
					want = append(want, ((win[0]*31+win[1])*31+win[2])*31+win[3])
				}
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if diff := cmp.Diff(want, wordShingles(d)); diff != "" {
			t.Errorf("wordShingles(%q) mismatch (-want +got):\n%s", text, diff)
		}
	}
}

// TestEachCandidateOrder checks that walking candidates of first copies
// gives every pair of their copies in the order of the sorted expansion,
// with similarities drawn from a few values so that many candidates tie.
func TestEachCandidateOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 16))
	tied := 0
	for range 100 {
		n := 2 + rng.IntN(30)
		same := make([]int, n)
		for d := range same {
			same[d] = d
			if d > 0 && rng.IntN(2) == 0 {
				same[d] = same[rng.IntN(d)]
			}
		}
		class := make([][]int, n)
		for d, r := range same {
			class[r] = append(class[r], d)
		}
		var reps []int
		for r, ds := range class {
			if len(ds) > 0 {
				reps = append(reps, r)
			}
		}
		var cands []classCand
		var want []eventCand
		for x, r := range reps {
			for _, q := range reps[x:] {
				if rng.IntN(3) == 0 || r == q && len(class[r]) < 2 {
					continue
				}
				c := classCand{r, q, float64(rng.IntN(3)) / 4}
				cands = append(cands, c)
				for _, i := range class[r] {
					for _, j := range class[q] {
						if r != q || i < j {
							want = append(want, eventCand{min(i, j), max(i, j), c.sim})
						}
					}
				}
			}
		}
		sort.SliceStable(cands, func(x, y int) bool { return cands[x].sim > cands[y].sim })
		for k := 1; k < len(cands); k++ {
			if cands[k].sim == cands[k-1].sim {
				tied++
			}
		}
		sortCands(want)
		var got []eventCand
		eachCandidate(cands, class, func(c eventCand) { got = append(got, c) })
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(eventCand{})); diff != "" {
			t.Fatalf("pairs mismatch (-want +got):\n%s", diff)
		}
	}
	if tied == 0 {
		t.Fatal("no candidates tied: the test does not reach the tied path")
	}
}
