package provenance

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/internal/par"
	"github.com/factcheck/factcheck/source"
)

// Params are the thresholds of relation detection. DefaultParams returns
// the measured values documented in docs/provenance.md.
type Params struct {
	Shingle     int // words per shingle
	MaxPostings int // a shingle in more documents than this is boilerplate and ignored
	MinShared   int // shared shingles before a pair is looked at closely
	Gap         int // tokens either side may skip inside one verbatim passage
	MinPassage  int // words for a verbatim passage to count

	CopyWords    int     // verbatim words outside quotes for a copy ...
	CopyCoverage float64 // ... covering this much of the shorter source,
	CopyPassage  int     // or in one passage at least this long,
	CopyTotal    int     // or this many in all

	MaxTermUnits int     // a content word in more sentences than this is too common to align on
	SentShared   int     // content-word weight two sentences must share
	SentDice     float64 // and their weighted Dice similarity
	ParaPairs    int     // aligned sentences in order for a paraphrase,
	ParaMin      int     // or at least this many ...
	ParaShare    float64 // ... covering this share of the shorter source
	ParaDensity  float64 // aligned / sentences spanned, on the sparser side
	ParaSim      float64 // mean similarity of the aligned sentences
}

// DefaultParams returns the measured thresholds the pipeline uses; a
// caller that tunes one field changes its own copy.
func DefaultParams() Params { return defaultParams }

var defaultParams = Params{
	Shingle:     5,
	MaxPostings: 256,
	MinShared:   2,
	Gap:         6,
	MinPassage:  8,

	CopyWords:    40,
	CopyCoverage: 0.5,
	CopyPassage:  40,
	CopyTotal:    100,

	MaxTermUnits: 128,
	SentShared:   6,
	SentDice:     0.4,
	ParaPairs:    6,
	ParaMin:      5,
	ParaShare:    0.6,
	ParaDensity:  0.55,
	ParaSim:      0.6,
}

// relate computes relations and injected-token anomalies. When ev is
// not nil, only pairs of documents of one event in it are
// compared: two reports of different events sharing stock phrases are no
// relation an editor needs, and on an archive they are most pairs.
func relate(docs []*source.Document, p Params, ev eventIDs) ([]Relation, []Anomaly) {
	return relateTexts(readAll(docs, p), p, ev)
}

// readAll reads every document for provenance, in parallel.
func readAll(docs []*source.Document, p Params) []*text {
	ts := make([]*text, len(docs))
	par.Each(len(docs), func(i int) { ts[i] = read(docs[i], p.Shingle) })
	return ts
}

// relateTexts is relate on documents already read; it uses them up (their
// shingles and sentence terms are dropped as it goes).
func relateTexts(ts []*text, p Params, ev eventIDs) ([]Relation, []Anomaly) {
	cls := textClasses(ts)
	cands := candidates(ts, p, ev, cls)
	// The texts of every document are held until this returns: what is
	// no longer needed goes as soon as it is not (the sentences' terms
	// now, the shingles after comparing).
	for _, t := range ts {
		for i := range t.units {
			t.units[i].Terms = nil
		}
	}
	type result struct {
		rel   Relation
		ok    bool
		anoms []Anomaly
	}
	// Two texts are compared once, in the orientation of their files,
	// however many pairs of files hold them.
	type job struct {
		x, y int // texts, oriented
		cmp  int // index into found
	}
	jobs := make([]job, len(cands))
	first := map[[2]int]int{} // (text of x, text of y) → index into found
	var todo []int            // the candidate that compares each
	for i, c := range cands {
		x, y := c.a, c.b
		if ts[x].doc.Path == ts[y].doc.Path {
			jobs[i].cmp = -1 // one file given twice: not a relation
			continue
		}
		if ts[y].doc.Path < ts[x].doc.Path {
			x, y = y, x
		}
		k := [2]int{cls[x], cls[y]}
		n, ok := first[k]
		if !ok {
			n = len(todo)
			first[k] = n
			todo = append(todo, i)
		}
		jobs[i] = job{x, y, n}
	}
	found := make([]compared, len(todo))
	par.Each(len(todo), func(n int) {
		i := todo[n]
		x, y, ups := orient(ts[cands[i].a], ts[cands[i].b], cands[i].units)
		found[n] = compareTexts(x, y, ups, p)
	})
	for _, t := range ts {
		t.sorted = shingles{}
	}
	res := make([]result, len(cands))
	par.Each(len(cands), func(i int) {
		j := jobs[i]
		if j.cmp < 0 || !found[j.cmp].ok {
			return
		}
		r, an := found[j.cmp].relation(ts[j.x], ts[j.y])
		res[i] = result{r, true, an}
	})
	// Sized first: with many copies these are every pair of files.
	nr, na := 0, 0
	for _, r := range res {
		if r.ok {
			nr++
			na += len(r.anoms)
		}
	}
	var rels []Relation
	var anoms []Anomaly
	if nr > 0 {
		rels = make([]Relation, 0, nr)
	}
	if na > 0 {
		anoms = make([]Anomaly, 0, na)
	}
	for _, r := range res {
		if r.ok {
			rels = append(rels, r.rel)
			anoms = append(anoms, r.anoms...)
		}
	}
	sort.Slice(rels, func(i, j int) bool {
		if rels[i].A != rels[j].A {
			return rels[i].A < rels[j].A
		}
		return rels[i].B < rels[j].B
	})
	siblings(rels)
	return rels, anoms
}

// candidate is a pair of documents worth comparing, a < b, with the
// sentence pairs that share enough content words.
type candidate struct {
	a, b   int
	shared int // shared shingles
	units  []upair
}

// upair is a pair of similar units: unit i of a, unit j of b.
type upair struct {
	i, j int
	sim  float64
	w    int // shared weight
}

// candidates finds document pairs from two inverted indexes: shingle →
// documents, and content word → sentences. Neither compares all pairs:
// work is proportional to postings, and over-long postings (boilerplate,
// very common words) are dropped.
func candidates(ts []*text, p Params, ev eventIDs, cls []int) []candidate {
	pc := newPairCounter(ts, ev, cls)
	pc.countShingles(p)
	pc.countSentences(p)
	return pc.candidates(p)
}

// pairCounter counts what pairs of texts share. Only the first copy of
// each text is indexed; its postings weigh as many documents as it has
// copies.
type pairCounter struct {
	ts      []*text
	ev      eventIDs
	members [][]int // a representative's copies, itself first
	reps    []int   // the representatives, in order
	// oneEvent marks the representatives whose files all report one event:
	// their pairs are counted only when the two do; texts with copies in
	// other events are counted whatever, and their files' pairs filtered
	// one by one.
	oneEvent []bool
	pairs    map[[2]int]*pairCounts // representatives x ≤ y
	dropped  pairCounts             // counts for pairs that are not compared, then dropped
}

// pairCounts is what two representatives share.
type pairCounts struct {
	shared int
	units  []upair // seen from the first text's side
}

func newPairCounter(ts []*text, ev eventIDs, cls []int) *pairCounter {
	pc := &pairCounter{ts: ts, ev: ev, members: make([][]int, len(ts)), oneEvent: make([]bool, len(ts)), pairs: map[[2]int]*pairCounts{}}
	for d := range ts {
		if cls[d] == d {
			pc.reps = append(pc.reps, d)
		}
		pc.members[cls[d]] = append(pc.members[cls[d]], d)
	}
	for _, d := range pc.reps {
		pc.oneEvent[d] = true
		for _, m := range pc.members[d] {
			if !ev.same(d, m) {
				pc.oneEvent[d] = false
			}
		}
	}
	return pc
}

// elsewhere reports whether the pair x ≤ y is not compared: both texts'
// files all report one event, and not the same one.
func (pc *pairCounter) elsewhere(x, y int) bool {
	return pc.ev != nil && pc.oneEvent[x] && pc.oneEvent[y] && !pc.ev.same(x, y)
}

// get returns the counts of the pair x ≤ y.
func (pc *pairCounter) get(x, y int) *pairCounts {
	if pc.elsewhere(x, y) {
		return &pc.dropped
	}
	k := [2]int{x, y}
	c := pc.pairs[k]
	if c == nil {
		c = &pairCounts{}
		pc.pairs[k] = c
	}
	return c
}

// countShingles counts the shingles each pair shares, from each shingle's
// posting (the texts holding it); a posting over MaxPostings documents,
// copies counted, is dropped. Only the pairs that are compared are walked:
// on an archive most texts of a posting report other events, and walking
// their pairs to drop them cost the square of the posting.
func (pc *pairCounter) countShingles(p Params) {
	members := pc.members
	var byEvent []int32
	pc.eachPosting(func(_ uint64, l []int32) {
		n := 0
		for _, d := range l {
			n += len(members[d])
		}
		if n < 2 || n > p.MaxPostings {
			return
		}
		for _, d := range l {
			if len(members[d]) > 1 {
				pc.get(int(d), int(d)).shared++
			}
		}
		if pc.ev == nil {
			pc.countPairs(l)
			return
		}
		byEvent = pc.groupByEvent(l, byEvent)
		for i := 0; i < len(byEvent); {
			j := i + 1
			for j < len(byEvent) && pc.ev[byEvent[j]] == pc.ev[byEvent[i]] {
				j++
			}
			pc.countPairs(byEvent[i:j])
			i = j
		}
		// A text whose files report several events pairs with every other.
		for x, d := range l {
			if pc.oneEvent[d] {
				continue
			}
			for y, e := range l {
				if y < x && !pc.oneEvent[e] {
					continue // counted once, from the lesser
				}
				if e != d {
					pc.get(int(min(d, e)), int(max(d, e))).shared++
				}
			}
		}
	})
}

// countPairs adds one shared shingle to every pair of texts l (in
// document order).
func (pc *pairCounter) countPairs(l []int32) {
	for x := 0; x < len(l); x++ {
		for y := x + 1; y < len(l); y++ {
			pc.get(int(l[x]), int(l[y])).shared++
		}
	}
}

// groupByEvent returns, in buf, the texts of posting l whose files all
// report one event, grouped by event and in document order in each.
func (pc *pairCounter) groupByEvent(l []int32, buf []int32) []int32 {
	buf = buf[:0]
	for _, d := range l {
		if pc.oneEvent[d] {
			buf = append(buf, d)
		}
	}
	slices.SortStableFunc(buf, func(a, b int32) int { return cmp.Compare(pc.ev[a], pc.ev[b]) })
	return buf
}

// eachPosting calls f, in hash order, with each shingle the
// representatives hold and its posting: the texts holding it, in order.
// The texts' shingle lists are sorted, so the shingles whose hash starts
// with one byte are a stretch of each list: gathered and sorted a byte at
// a time, they give every posting without an index of every shingle (at
// 5,000 documents a map of 3 million postings, the largest thing alive
// while relations were built) and without a merge costing log(texts) per
// shingle.
func (pc *pairCounter) eachPosting(f func(h uint64, l []int32)) {
	cur := make([]int, len(pc.reps)) // where each text's next byte starts
	var buf, tmp []hpos              // a shingle's hash and the text holding it
	var l []int32
	for b := range uint64(256) {
		buf = buf[:0]
		for k, d := range pc.reps {
			hs := pc.ts[d].sorted.h
			i := cur[k]
			for ; i < len(hs) && hs[i]>>56 == b; i++ {
				buf = append(buf, hpos{hs[i], int32(d)})
			}
			cur[k] = i
		}
		sortHpos(buf, 48, &tmp) // the top byte is b for all
		for i := 0; i < len(buf); {
			h := buf[i].h
			l = l[:0]
			for ; i < len(buf) && buf[i].h == h; i++ {
				if n := len(l); n == 0 || l[n-1] != buf[i].pos {
					l = append(l, buf[i].pos)
				}
			}
			f(h, l)
		}
	}
}

// termPosting is a unit holding a content word, numbered across all
// documents, and the word's weight in it.
type termPosting struct{ g, w int32 }

// countSentences finds the similar units of each pair, for sentence
// alignment, from an inverted index content word → units; a dense scratch
// array accumulates shared weight without maps, and a word in over
// MaxTermUnits units is dropped.
func (pc *pairCounter) countSentences(p Params) {
	ts, members := pc.ts, pc.members
	base := make([]int, len(ts)+1)
	for d, t := range ts {
		base[d+1] = base[d] + len(t.units)
	}
	docOf := make([]int32, base[len(ts)])
	for d := range ts {
		for g := base[d]; g < base[d+1]; g++ {
			docOf[g] = int32(d)
		}
	}
	// Each content word once, found by its hash in one map lookup per
	// occurrence; the second pass walks the occurrences in the same order
	// and reads their words from at, without a lookup.
	type termIndex struct {
		units int // units holding the term, copies counted
		post  []termPosting
	}
	index := map[uint64]int32{}
	var terms []termIndex
	n := 0
	for _, d := range pc.reps {
		for _, un := range ts[d].units {
			n += len(un.Terms)
		}
	}
	// Each occurrence's term, in walking order: made at its size (grown
	// from empty it was the largest thing this allocated: at 5,000
	// generated documents 47 MB for a list of 8 MB).
	at := make([]int32, 0, n)
	for _, d := range pc.reps {
		for u, un := range ts[d].units {
			for _, tm := range un.Terms {
				k, ok := index[tm.Hash]
				if !ok {
					k = int32(len(terms))
					index[tm.Hash] = k
					terms = append(terms, termIndex{})
				}
				at = append(at, k)
				t := &terms[k]
				t.units += len(members[d])
				if t.units > p.MaxTermUnits {
					continue
				}
				t.post = append(t.post, termPosting{int32(base[d] + u), int32(tm.Weight)})
			}
		}
	}
	acc := make([]int32, base[len(ts)])
	var touched []int32
	next := 0 // the next occurrence in at
	for _, d := range pc.reps {
		for u, un := range ts[d].units {
			occ := at[next : next+len(un.Terms)]
			next += len(un.Terms)
			if un.Weight == 0 {
				continue
			}
			touched = touched[:0]
			for x, tm := range un.Terms {
				t := &terms[occ[x]]
				if t.units > p.MaxTermUnits {
					continue
				}
				l := t.post
				// Postings are in document order: the later texts, and this
				// one's own units when it has copies (another copy states them).
				from := base[d+1]
				if len(members[d]) > 1 {
					from = base[d]
				}
				i := sort.Search(len(l), func(i int) bool { return int(l[i].g) >= from })
				for _, r := range l[i:] {
					if acc[r.g] == 0 {
						touched = append(touched, r.g)
					}
					acc[r.g] += min(int32(tm.Weight), r.w)
				}
			}
			for _, g := range touched {
				w := int(acc[g])
				acc[g] = 0
				if w < p.SentShared {
					continue
				}
				od := int(docOf[g])
				ou := int(g) - base[od]
				o := ts[od].units[ou]
				sim := 2 * float64(w) / float64(un.Weight+o.Weight)
				if sim < p.SentDice {
					continue
				}
				if c := pc.get(d, od); c != &pc.dropped {
					c.units = append(c.units, upair{i: u, j: ou, sim: sim, w: w})
				}
			}
		}
	}
}

// candidates turns the counted pairs, in order, into candidate pairs of
// files.
func (pc *pairCounter) candidates(p Params) []candidate {
	keys := make([][2]int, 0, len(pc.pairs))
	for k := range pc.pairs {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]int) int { return cmpTwo(x[0], x[1], y[0], y[1]) })
	var out []candidate
	for _, k := range keys {
		c := pc.pairs[k]
		sortUpairs(c.units)
		out = classPairs(pc.members, k[0], k[1], c.shared, c.units, pc.ev, p, out)
	}
	sortCandidates(out)
	return out
}

// run is a stretch of consecutive matching shingles: shingles a..aEnd-1 of
// A match b..b+(aEnd-a)-1 of B.
type run struct{ a, aEnd, b int }

// passage is a verbatim passage in token ranges, with the gaps it bridged.
type passage struct {
	a0, a1, b0, b1 int // token ranges [a0,a1) and [b0,b1)
	gaps           [][4]int
	skipped        int // tokens of A inside bridged gaps
}

// words is the number of A's words the passage matched.
func (q passage) words() int {
	return q.a1 - q.a0 - q.skipped
}

// match pairs a shingle position of x with one of y.
type match struct{ i, j int32 }

// matchPool recycles verbatim's match lists: a large run compares tens of
// thousands of pairs, and allocating a list for each dominated its memory.
var matchPool = sync.Pool{New: func() any { return new([]match) }}

// verbatim finds the verbatim passages shared by x and y.
func verbatim(x, y *text, p Params) []passage {
	k := p.Shingle
	// Matching shingles by a merge join of the two sorted shingle lists:
	// no per-pair map. A shingle repeated more than 8 times on a side is
	// boilerplate and skipped.
	mp := matchPool.Get().(*[]match)
	ms := (*mp)[:0]
	defer func() { *mp = ms[:0]; matchPool.Put(mp) }()
	xs, ys := x.sorted.h, y.sorted.h
	for a, b := 0, 0; a < len(xs) && b < len(ys); {
		switch {
		case xs[a] < ys[b]:
			a++
		case xs[a] > ys[b]:
			b++
		default:
			h := xs[a]
			a2, b2 := a, b
			for a2 < len(xs) && xs[a2] == h {
				a2++
			}
			for b2 < len(ys) && ys[b2] == h {
				b2++
			}
			if a2-a <= 8 && b2-b <= 8 {
				for _, xa := range x.sorted.pos[a:a2] {
					for _, yb := range y.sorted.pos[b:b2] {
						ms = append(ms, match{xa, yb})
					}
				}
			}
			a, b = a2, b2
		}
	}
	slices.SortFunc(ms, func(a, b match) int { return cmpTwo(a.i, a.j, b.i, b.j) })
	var runs []run
	// open holds the runs that ended at the previous shingle of x, by
	// diagonal; at most 8 (the cap on positions per shingle).
	type diag struct{ d, run int }
	var open, next []diag
	last := -2
	for m := 0; m < len(ms); {
		i := int(ms[m].i)
		if i != last+1 {
			open = open[:0] // the previous shingle of x had no match
		}
		last = i
		next = next[:0]
		for ; m < len(ms) && int(ms[m].i) == i; m++ {
			j := int(ms[m].j)
			d := j - i
			ri := -1
			for _, o := range open {
				if o.d == d {
					ri = o.run
					break
				}
			}
			if ri >= 0 {
				runs[ri].aEnd = i + 1
			} else {
				runs = append(runs, run{a: i, aEnd: i + 1, b: j})
				ri = len(runs) - 1
			}
			next = append(next, diag{d, ri})
		}
		open, next = next, open
	}
	// Merge runs into passages across small gaps (edits, injected tokens).
	slices.SortFunc(runs, func(a, b run) int { return cmpTwo(a.a, a.b, b.a, b.b) })
	var ps []passage
	for _, r := range runs {
		a0, a1 := r.a, r.aEnd+k-1
		b0, b1 := r.b, r.b+(r.aEnd-r.a)+k-1
		merged := false
		// Passages are in creation order, not by end: look at the recent
		// ones (a bounded number, so long inputs stay linear).
		for pi := len(ps) - 1; pi >= 0 && pi >= len(ps)-32; pi-- {
			q := &ps[pi]
			ga, gb := a0-q.a1, b0-q.b1
			if a0 < q.a0 || b0 < q.b0 || ga > p.Gap || gb > p.Gap || ga < -k || gb < -k {
				continue
			}
			if ga > 0 || gb > 0 {
				q.gaps = append(q.gaps, [4]int{q.a1, a0, q.b1, b0})
			}
			q.skipped += max(ga, 0)
			q.a1, q.b1 = max(q.a1, a1), max(q.b1, b1)
			merged = true
			break
		}
		if !merged {
			ps = append(ps, passage{a0: a0, a1: a1, b0: b0, b1: b1})
		}
	}
	out := ps[:0]
	for _, q := range ps {
		if q.words() >= p.MinPassage {
			out = append(out, q)
		}
	}
	return out
}

// chain is the longest alignment of units that keeps sentence order on
// both sides.
func chain(ups []upair) []upair {
	if len(ups) == 0 {
		return nil
	}
	best := make([]int, len(ups))
	prev := make([]int, len(ups))
	bi := 0
	for i := range ups {
		best[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if ups[j].i < ups[i].i && ups[j].j < ups[i].j && best[j]+1 > best[i] {
				best[i], prev[i] = best[j]+1, j
			}
		}
		if best[i] > best[bi] {
			bi = i
		}
	}
	var out []upair
	for i := bi; i >= 0; i = prev[i] {
		out = append(out, ups[i])
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// orient puts the text with the lower path first (A < B by path; the
// index order is input order), with the sentence pairs seen from it.
func orient(x, y *text, ups []upair) (*text, *text, []upair) {
	if y.doc.Path < x.doc.Path {
		return y, x, transposed(ups)
	}
	return x, y, ups
}

// compared is what comparing two texts finds in their contents: the same
// for every pair of copies of the two, so it is found once per pair of
// distinct texts and made into a relation for each pair of files.
type compared struct {
	ok              bool
	kind            Kind
	evidence        string // before the direction is decided
	coverage, score float64
	cx, cy          int       // words of each side in verbatim passages
	parts           []part    // the passages, in the order they are printed
	ps              []passage // the verbatim passages, for injected tokens
	// The documents compared, and each part's spans in them: a pair of
	// files laid out as these two (copies of the same bytes) takes the
	// spans and fused tokens, renamed, without finding them again.
	xdoc, ydoc *source.Document
	spans      [][2]Span
	fused      []fusedHit // in the verbatim passages, in their order
}

// part is a passage in token ranges of both sides.
type part struct {
	kind           PassageKind
	a0, a1, b0, b1 int
	text           string
	words          int
}

// compareTexts compares two oriented texts.
func compareTexts(x, y *text, ups []upair, p Params) compared {
	var r compared
	ps := verbatim(x, y, p)
	covX := make([]bool, len(x.toks))
	covY := make([]bool, len(y.toks))
	words, longest := 0, 0
	for _, q := range ps {
		for i := q.a0; i < q.a1; i++ {
			covX[i] = true
		}
		for i := q.b0; i < q.b1; i++ {
			covY[i] = true
		}
		// Bridged gaps are not shared text.
		for _, g := range q.gaps {
			for i := g[0]; i < g[1]; i++ {
				covX[i] = false
			}
			for i := g[2]; i < g[3]; i++ {
				covY[i] = false
			}
		}
	}
	cx, cy := count(covX), count(covY)
	words = min(cx, cy)
	// Copy evidence counts words outside quotation marks: two reporters
	// quoting one statement have not copied each other.
	own := min(unquoted(x.quoted, covX), unquoted(y.quoted, covY))
	for _, q := range ps {
		n := 0
		for i := q.a0; i < q.a1; i++ {
			if !x.quoted[i] && covX[i] {
				n++
			}
		}
		longest = max(longest, n)
	}
	shorter := min(len(x.toks), len(y.toks))
	if shorter > 0 {
		if len(x.toks) <= len(y.toks) {
			r.coverage = float64(cx) / float64(len(x.toks))
		} else {
			r.coverage = float64(cy) / float64(len(y.toks))
		}
	}

	ch := chain(ups)
	nu := min(len(x.units), len(y.units))
	if nu > 0 {
		r.score = float64(len(ch)) / float64(nu)
	}
	density := 0.0
	if len(ch) > 0 {
		sx := ch[len(ch)-1].i - ch[0].i + 1
		sy := ch[len(ch)-1].j - ch[0].j + 1
		density = float64(len(ch)) / float64(min(sx, sy))
	}

	switch {
	case own >= p.CopyWords && (r.coverage >= p.CopyCoverage || longest >= p.CopyPassage || own >= p.CopyTotal):
		r.kind = Copy
		r.evidence = fmt.Sprintf("%d words in %d verbatim passages (%d outside quotes, longest %d), %.0f%% of the shorter source", words, len(ps), own, longest, 100*r.coverage)
	case (len(ch) >= p.ParaPairs || (len(ch) >= p.ParaMin && r.score >= p.ParaShare)) && density >= p.ParaDensity && meanSim(ch) >= p.ParaSim:
		r.kind = Paraphrase
		r.evidence = fmt.Sprintf("%d sentences align in order (%.0f%% of the shorter source, density %.2f, similarity %.2f), %d verbatim words", len(ch), 100*r.score, density, meanSim(ch), words)
	case len(ps) > 0:
		r.kind = Independent
		r.evidence = fmt.Sprintf("%d shared words in %d passages (longest %d), %d sentences align in order: below copy and paraphrase thresholds", words, len(ps), longest, len(ch))
	default:
		return r
	}
	r.ok, r.cx, r.cy, r.ps = true, cx, cy, ps

	for _, q := range ps {
		r.parts = append(r.parts, part{
			kind: Verbatim, a0: q.a0, a1: q.a1, b0: q.b0, b1: q.b1,
			text:  Excerpt(x.doc.Text[x.toks[q.a0].Start:x.toks[q.a1-1].End]),
			words: q.words(),
		})
	}
	if r.kind == Paraphrase {
		for _, u := range ch {
			ux, uy := x.units[u.i], y.units[u.j]
			if covered(covX, ux.First, ux.Last) {
				continue // already shown as verbatim
			}
			r.parts = append(r.parts, part{
				kind: Reworded, a0: ux.First, a1: ux.Last, b0: uy.First, b1: uy.Last,
				text:  Excerpt(x.doc.Text[x.toks[ux.First].Start:x.toks[ux.Last-1].End]),
				words: u.w,
			})
		}
	}
	// By position in A, then B (Span.Start is the first token's offset).
	sort.SliceStable(r.parts, func(i, j int) bool {
		a, b := r.parts[i], r.parts[j]
		if sa, sb := x.toks[a.a0].Start, x.toks[b.a0].Start; sa != sb {
			return sa < sb
		}
		return y.toks[a.b0].Start < y.toks[b.b0].Start
	})
	for _, q := range ps {
		r.fused = append(r.fused, fused(x, y, q)...)
	}
	r.xdoc, r.ydoc = x.doc, y.doc
	r.spans = make([][2]Span, len(r.parts))
	for i, q := range r.parts {
		r.spans[i] = [2]Span{span(x, q.a0, q.a1), span(y, q.b0, q.b1)}
	}
	return r
}

// sameLayout reports whether two documents hold the same text at the
// same lines and columns: the same bytes, read the same way.
func sameLayout(a, b *source.Document) bool {
	return a == b || a.Format == b.Format && a.Text == b.Text && bytes.Equal(a.Raw, b.Raw)
}

// relation makes the comparison of two texts the relation of two files
// holding them (x first, by path): their spans, the direction of
// copying, and the injected tokens.
func (c *compared) relation(x, y *text) (Relation, []Anomaly) {
	r := Relation{A: x.doc.Path, B: y.doc.Path, Kind: c.kind, Evidence: c.evidence, Coverage: c.coverage, Score: c.score}
	if len(c.parts) > 0 {
		r.Passages = make([]Passage, 0, len(c.parts))
	}
	same := sameLayout(x.doc, c.xdoc) && sameLayout(y.doc, c.ydoc)
	for i, q := range c.parts {
		a, b := c.spans[i][0], c.spans[i][1]
		if same {
			a.Path, b.Path = x.doc.Path, y.doc.Path
		} else {
			a, b = span(x, q.a0, q.a1), span(y, q.b0, q.b1)
		}
		r.Passages = append(r.Passages, Passage{Kind: q.kind, A: a, B: b, Text: q.text, Words: q.words})
	}
	if r.Kind != Independent {
		r.From, r.To, r.Basis, r.Evidence = direct(x, y, c.cx, c.cy, r.Evidence)
	}
	hits := c.fused
	if !same {
		hits = nil
		for _, q := range c.ps {
			hits = append(hits, fused(x, y, q)...)
		}
	}
	var anoms []Anomaly
	for _, h := range hits {
		anoms = append(anoms, h.anomaly(x, y))
	}
	return r, anoms
}

func meanSim(ch []upair) float64 {
	if len(ch) == 0 {
		return 0
	}
	s := 0.0
	for _, u := range ch {
		s += u.sim
	}
	return s / float64(len(ch))
}

func unquoted(quoted, cov []bool) int {
	n := 0
	for i, c := range cov {
		if c && !quoted[i] {
			n++
		}
	}
	return n
}

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

func covered(bs []bool, i, j int) bool {
	n := 0
	for _, b := range bs[i:j] {
		if b {
			n++
		}
	}
	return j > i && 2*n > j-i
}

// span locates tokens [i,j) of t.
func span(t *text, i, j int) Span {
	d := t.doc
	s, e := t.toks[i].Start, t.toks[j-1].End
	_, size := utf8.DecodeLastRuneInString(d.Text[:e])
	ps, pe := d.Pos(s), d.Pos(e-size)
	return Span{Path: d.Path, Start: s, End: e, StartLine: ps.Line, StartCol: ps.Column, EndLine: pe.Line, EndCol: pe.Column}
}

// Excerpt collapses whitespace and shortens s for display: the passages
// carry it, and the renderers show statements and quotes with it.
func Excerpt(s string) string {
	if len(s) > 800 {
		// Only the start is shown; cut on a rune boundary.
		n := 800
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n] + " …"
	}
	s = strings.Join(strings.Fields(s), " ")
	const max = 100
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// direct decides which of x and y is the origin, from agency credits,
// publication dates and containment, in that order of strength, and
// returns the evidence that decided it.
func direct(x, y *text, cx, cy int, ev string) (from, to string, basis Basis, evidence string) {
	var votes []string
	// Paths in the evidence are printed as the human formats print them.
	xp, yp := escape.Path(x.doc.Path), escape.Path(y.doc.Path)
	switch {
	case x.credit != "" && y.credit == "":
		from, to, basis = x.doc.Path, y.doc.Path, ByCredit
		votes = append(votes, fmt.Sprintf("%s carries the agency credit %s", xp, x.credit))
	case y.credit != "" && x.credit == "":
		from, to, basis = y.doc.Path, x.doc.Path, ByCredit
		votes = append(votes, fmt.Sprintf("%s carries the agency credit %s", yp, y.credit))
	}
	px, py := x.doc.Meta.Published, y.doc.Meta.Published
	if !px.IsZero() && !py.IsZero() && !sameDay(px, py) {
		f, t := x.doc.Path, y.doc.Path
		if py.Before(px) {
			f, t = t, f
		}
		v := fmt.Sprintf("%s published %s, %s published %s", xp, px.Format("2006-01-02"), yp, py.Format("2006-01-02"))
		if from == "" {
			from, to, basis = f, t, ByDate
		} else if from != f {
			v += " (contradicts the credit)"
		}
		votes = append(votes, v)
	}
	// Containment: the source holding all of the other's shared text plus
	// much more took the other whole and added to it.
	if from == "" {
		nx, ny := len(x.toks), len(y.toks)
		switch {
		case nx > 0 && float64(cx) >= 0.8*float64(nx) && ny >= 2*nx:
			from, to, basis = x.doc.Path, y.doc.Path, ByContainment
			votes = append(votes, fmt.Sprintf("%s contains %s plus %d more words", yp, xp, ny-cy))
		case ny > 0 && float64(cy) >= 0.8*float64(ny) && nx >= 2*ny:
			from, to, basis = y.doc.Path, x.doc.Path, ByContainment
			votes = append(votes, fmt.Sprintf("%s contains %s plus %d more words", xp, yp, nx-cx))
		}
	}
	if len(votes) == 0 {
		return "", "", "", ev + "; direction unknown"
	}
	return from, to, basis, ev + "; " + strings.Join(votes, "; ")
}

// siblings drops the direction between two sources that both derive, by
// an agency credit, from a third: the two are siblings, and a date or
// containment between them says nothing about who copied whom.
func siblings(rels []Relation) {
	credited := map[string][]string{} // derived → credited origins
	for _, r := range rels {
		if r.Basis == ByCredit && r.Kind != Independent {
			credited[r.To] = append(credited[r.To], r.From)
		}
	}
	for i := range rels {
		r := &rels[i]
		if r.From == "" || r.Basis == ByCredit {
			continue
		}
		for _, o := range credited[r.A] {
			if slices.Contains(credited[r.B], o) {
				r.Evidence += fmt.Sprintf("; but both derive from %s, so direction unknown", escape.Path(o))
				r.From, r.To, r.Basis = "", "", ""
				break
			}
		}
	}
}

func sameDay(a, b interface{ Format(string) string }) bool {
	return a.Format("2006-01-02") == b.Format("2006-01-02")
}

// fused reports tokens glued to a word inside a verbatim passage: where one
// side has "XWord" and the other "Word" at the same place in a bridged gap.
func fused(x, y *text, q passage) []fusedHit {
	var out []fusedHit
	for _, g := range q.gaps {
		if g[1] <= g[0] || g[3] <= g[2] {
			continue // one side only inserted or overlapped: nothing to compare
		}
		ax, bx := x.toks[g[0]:g[1]], y.toks[g[2]:g[3]]
		for _, ta := range ax {
			for _, tb := range bx {
				if h, ok := fusion(x, ta, y, tb); ok {
					out = append(out, h)
				} else if h, ok := fusion(y, tb, x, ta); ok {
					h.inY = true
					out = append(out, h)
				}
			}
		}
	}
	return out
}

// fusedHit is a fused token found comparing two texts: in the second
// (inY) or the first, at pos, the other's word at other; the positions'
// file names are set by anomaly, for the pair of files at hand.
type fusedHit struct {
	inY               bool
	pos, other        source.Position
	text, extra, word string
	otherText         string
}

// anomaly is the hit as an anomaly of files x and y (holding the texts
// compared, or copies of them laid out alike).
func (h fusedHit) anomaly(x, y *text) Anomaly {
	t, u := x, y
	if h.inY {
		t, u = y, x
	}
	pos, op := h.pos, h.other
	pos.Filename, op.Filename = t.doc.Path, u.doc.Path
	return Anomaly{
		Kind:   AnomalyInjected,
		Pos:    pos,
		Text:   h.text,
		Detail: fmt.Sprintf("%q fused to %q; %s has %q", h.extra, h.word, op, h.otherText),
	}
}

// fusion reports whether token c of t is token o of u with letters glued
// to its front or back at a case change ("XyzWord", "WordXyz").
func fusion(t *text, c word, u *text, o word) (fusedHit, bool) {
	raw := t.doc.Text[c.Start:c.End]
	cn, on := normWord(raw), normWord(u.doc.Text[o.Start:o.End])
	if len(on) < 3 || len(cn) < len(on)+3 {
		return fusedHit{}, false
	}
	var extra, word string
	var at int // byte offset in raw where the original word starts or ends
	switch {
	case strings.HasSuffix(cn, on) && len(cn) == len(raw):
		at = len(raw) - len(on)
		extra, word = raw[:at], raw[at:]
	case strings.HasPrefix(cn, on) && len(cn) == len(raw):
		at = len(on)
		word, extra = raw[:at], raw[at:]
	default:
		return fusedHit{}, false
	}
	// The seam must be a case change: "tR" in "XyztRussian", "nX" in "WordXyz".
	before, _ := utf8.DecodeLastRuneInString(raw[:at])
	after, _ := utf8.DecodeRuneInString(raw[at:])
	if !(unicode.IsLower(before) && unicode.IsUpper(after)) {
		return fusedHit{}, false
	}
	return fusedHit{pos: t.doc.Pos(c.Start), other: u.doc.Pos(o.Start), text: raw, extra: extra, word: word,
		otherText: u.doc.Text[o.Start:o.End]}, true
}

// cmpTwo orders by a first key (x1 against y1), then a second.
func cmpTwo[T cmp.Ordered](x1, x2, y1, y2 T) int {
	if c := cmp.Compare(x1, y1); c != 0 {
		return c
	}
	return cmp.Compare(x2, y2)
}
