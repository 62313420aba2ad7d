package align

import (
	"cmp"
	"slices"
	"sort"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/disjoint"
	"github.com/factcheck/factcheck/internal/par"
)

// alignClaims pairs claims from different documents of one event that state
// the same fact. Candidates come from an index of entity keys and rare
// terms, so the work grows with the number of claims sharing a referent,
// not with all pairs. Events are independent: they are aligned in
// parallel, each into its own slot, and the pairs sorted after.
func (a *Alignment) alignClaims(w nodeWords) {
	df := make([]int, len(w.termVocab))
	for _, ids := range w.terms {
		for _, t := range ids {
			df[t]++
		}
	}
	// Copies are paired through their first copy.
	byEvent := make([][]int, len(a.Events))
	rare := make([][]int32, len(a.nodes))
	for i, n := range a.nodes {
		if a.isRep(i) {
			ev := a.event[n.doc]
			byEvent[ev] = append(byEvent[ev], i)
			rare[i] = rareTerms(w.terms[i], df, 3)
		}
	}
	a.linked = make([]bool, len(a.nodes))
	type result struct {
		pairs  []pair
		limits []posted // postings over the cap, in node order
	}
	res := make([]result, len(a.Events))
	par.Each(len(a.Events), func(ev int) {
		r := &res[ev]
		r.pairs, r.limits = a.alignEvent(byEvent[ev], w, rare)
	})
	n := 0
	for _, r := range res {
		n += len(r.pairs)
	}
	a.pairs = make([]pair, 0, n)
	for _, r := range res {
		a.pairs = append(a.pairs, r.pairs...)
		for _, l := range r.limits {
			a.limit(limitClaims, l.key, l.n)
		}
	}
	sort.Slice(a.pairs, func(i, j int) bool {
		if a.pairs[i].a != a.pairs[j].a {
			return a.pairs[i].a < a.pairs[j].a
		}
		return a.pairs[i].b < a.pairs[j].b
	})
}

// nodeWords are the terms and entity keys of the nodes as integers: their
// ranks among all the nodes' terms, and among their keys, sorted, so that
// a node's sorted strings are sorted ids, and two nodes' shared words are
// counted without hashing or comparing strings.
type nodeWords struct {
	keyVocab, termVocab []string  // sorted: keyVocab[id], termVocab[id]
	keys, terms         [][]int32 // per node, parallel to its keys and terms
}

func (a *Alignment) internWords() nodeWords {
	off := make([]int, len(a.nodes)+1) // where each node's ids start in one array
	for i, n := range a.nodes {
		off[i+1] = off[i] + len(n.keys) + len(n.terms)
	}
	// Sized for ECB+'s share of distinct words (a fifth of the keys, a
	// thirteenth of the terms), not grown from empty on one goroutine.
	nk := 0
	for _, n := range a.nodes {
		nk += len(n.keys)
	}
	keys, terms := make(map[string]int32, nk/4), make(map[string]int32, (off[len(a.nodes)]-nk)/12)
	for _, n := range a.nodes {
		for _, k := range n.keys {
			keys[k] = 0
		}
		for _, t := range n.terms {
			terms[t] = 0
		}
	}
	w := nodeWords{keyVocab: sortedKeys(keys), termVocab: sortedKeys(terms),
		keys: make([][]int32, len(a.nodes)), terms: make([][]int32, len(a.nodes))}
	for r, s := range w.keyVocab {
		keys[s] = int32(r)
	}
	for r, s := range w.termVocab {
		terms[s] = int32(r)
	}
	all := make([]int32, off[len(a.nodes)])
	// The maps are only read from here on: the nodes' ids are looked up in
	// parallel, each node's into its own stretch of all.
	const chunk = 256
	par.Each((len(a.nodes)+chunk-1)/chunk, func(c int) {
		for i := c * chunk; i < min(len(a.nodes), (c+1)*chunk); i++ {
			n := a.nodes[i]
			mid := off[i] + len(n.keys)
			ks, ts := all[off[i]:mid:mid], all[mid:off[i+1]:off[i+1]]
			for j, k := range n.keys {
				ks[j] = keys[k]
			}
			for j, t := range n.terms {
				ts[j] = terms[t]
			}
			w.keys[i], w.terms[i] = ks, ts
		}
	})
	return w
}

// posted is a posting list too long to pair: its key and length.
type posted struct {
	key string
	n   int
}

// alignEvent pairs the claims of one event (its representatives' nodes,
// in order), marking the nodes it links. It writes only its own nodes'
// slots of a.linked.
func (a *Alignment) alignEvent(nodes []int, w nodeWords, rare [][]int32) ([]pair, []posted) {
	keys := newPostings(nodes, w.keys) // entity key → nodes
	terms := newPostings(nodes, rare)  // rare term → nodes
	var pairs []pair
	var over []posted
	// Only the nodes after i in a posting (each pair is considered once,
	// from its lower index), unless the list is too long to pair: that is
	// a limit, since the pairs it would have made may be the only way two
	// claims meet.
	add := func(cands, post []int, i int, key string) []int {
		if len(post) > maxPosting {
			over = append(over, posted{key, len(post)})
			return cands
		}
		k := sort.SearchInts(post, i+1)
		return append(cands, post[k:]...)
	}
	var cands []int
	for _, i := range nodes {
		n := a.nodes[i]
		cands = cands[:0]
		for _, k := range w.keys[i] {
			cands = add(cands, keys.of(k), i, w.keyVocab[k])
		}
		for _, t := range rare[i] {
			cands = add(cands, terms.of(t), i, w.termVocab[t])
		}
		sort.Ints(cands)
		for x, j := range cands {
			if x > 0 && cands[x-1] == j {
				continue
			}
			m := a.nodes[j]
			// Two claims of one file are not compared, unless the file has
			// copies: then another copy states the second claim.
			if m.doc == n.doc && !a.multi(n.doc) {
				continue
			}
			if p, ok := alignPair(n, m, w, i, j); ok {
				p.a, p.b = i, j
				pairs = append(pairs, p)
				a.linked[i], a.linked[j] = true, true
			}
		}
		// A claim of a file with copies is stated by every copy: they are
		// one fact when the claim aligns with itself (it has something to
		// be found by, and says it).
		if a.multi(n.doc) && len(n.keys)+len(n.terms) > 0 {
			if _, ok := alignPair(n, n, w, i, i); ok {
				a.linked[i] = true
			}
		}
	}
	return pairs, over
}

// postings lists, for each word id, the nodes holding it in node order:
// the pairs (id, node) packed in one sorted array, a run per id (a map of
// slices made a slice per word of every event).
type postings struct {
	packed []uint64 // id<<32 | node, sorted
	nodes  []int    // the node of each packed pair
}

// newPostings indexes ids[i] of each of nodes (in increasing order).
func newPostings(nodes []int, ids [][]int32) postings {
	n := 0
	for _, i := range nodes {
		n += len(ids[i])
	}
	p := postings{packed: make([]uint64, 0, n)}
	for _, i := range nodes {
		for _, id := range ids[i] {
			p.packed = append(p.packed, uint64(uint32(id))<<32|uint64(uint32(i)))
		}
	}
	slices.Sort(p.packed)
	p.nodes = make([]int, len(p.packed))
	for x, v := range p.packed {
		p.nodes[x] = int(uint32(v))
	}
	return p
}

// of returns the nodes holding id, in order.
func (p postings) of(id int32) []int {
	lo, _ := slices.BinarySearch(p.packed, uint64(uint32(id))<<32)
	hi, _ := slices.BinarySearch(p.packed, uint64(uint32(id)+1)<<32)
	return p.nodes[lo:hi]
}

// rareTerms returns the k terms of a claim that are rarest in the run.
func rareTerms(terms []int32, df []int, k int) []int32 {
	if len(terms) <= k {
		return terms
	}
	out := append([]int32(nil), terms...)
	slices.SortStableFunc(out, func(x, y int32) int { return cmp.Compare(df[x], df[y]) })
	return out[:k]
}

// alignPair decides whether two claims, nodes i and j, state the same
// fact. It asks for shared referents and a shared act, or for
// near-identical wording: claims that merely mention the same people are
// not the same fact.
func alignPair(n, m *node, w nodeWords, i, j int) (pair, bool) {
	var p pair
	// Similarity is over words and referents together: the referents are
	// content as much as the words ("The bridge collapsed on March 29" has
	// one content word besides its name).
	words := countShared(w.terms[i], w.terms[j])
	refs := countShared(w.keys[i], w.keys[j])
	if union := len(n.terms) + len(m.terms) + len(n.keys) + len(m.keys) - words - refs; union > 0 {
		p.sim = float64(words+refs) / float64(union)
	}
	eachShared(w.keys[i], w.keys[j], func(i int) {
		k := n.kind[i]
		p.shared += k.weight()
		switch k {
		case refPlace:
			p.places++
		case refOther:
			p.others++
		}
		if isPerson(n.c, n.keys[i]) {
			p.people++
		}
	})
	// Opposite acts align too: that is what the polarity check looks for.
	same := samePredicate(n.pred, m.pred) || opposite(n.pred, m.pred)
	caption := n.c.Kind == claims.KindCaption || m.c.Kind == claims.KindCaption
	switch {
	case p.sim >= 0.6:
		return p, true
	case p.shared >= 2 && same && p.sim >= 0.15:
		return p, true
	case p.shared >= 1 && same && p.sim >= 0.35:
		return p, true
	case caption && p.people >= 2 && p.places >= 1:
		// A caption names who and where, rarely the act.
		return p, true
	case p.shared >= 3 && p.sim >= 0.25:
		return p, true
	}
	return p, false
}

func isPerson(c *claims.Claim, key string) bool {
	for _, m := range c.Entities {
		if m.Key == key && m.Type == claims.Person {
			return true
		}
	}
	return false
}

func countShared[T int32 | string](a, b []T) int {
	n := 0
	eachShared(a, b, func(int) { n++ })
	return n
}

// eachShared calls f with the index in a of every element two sorted,
// unique slices share.
func eachShared[T int32 | string](a, b []T, f func(i int)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			f(i)
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
}

// buildGroups joins aligned claims into groups (connected components of
// the aligned pairs) and records each node's group.
func (a *Alignment) buildGroups() {
	sets := disjoint.New(len(a.nodes))
	// The copies of a claim that aligns with anything (another claim, or
	// itself) are aligned with each other through it.
	for i := range a.nodes {
		if a.isRep(i) && a.linked[i] && a.multi(a.nodes[i].doc) {
			for _, j := range a.members(i)[1:] {
				sets.Union(i, j)
			}
		}
	}
	for _, p := range a.pairs {
		sets.Union(p.a, p.b)
	}
	// Groups are numbered in the order of their first node. They are
	// counted first, so that the groups and their claims are made at
	// their sizes: with a group for nearly every claim, a map from root
	// to group, the list of groups grown by doubling and a list of claims
	// per group were most of what this allocated.
	id := make([]int32, len(a.nodes))      // by root: 1 + its group, 0 until seen
	size := make([]int32, 0, len(a.nodes)) // by group: its claims
	for i, n := range a.nodes {
		r := sets.Find(i)
		if id[r] == 0 {
			size = append(size, 0)
			id[r] = int32(len(size))
		}
		n.group = int(id[r]) - 1
		size[n.group]++
	}
	a.Groups = make([]Group, len(size))
	all := make([]*claims.Claim, len(a.nodes)) // every group's claims, one after another
	at := 0
	for g, n := range size {
		a.Groups[g].Claims = all[at : at : at+int(n)]
		at += int(n)
	}
	for _, n := range a.nodes {
		g := &a.Groups[n.group]
		if len(g.Claims) == 0 {
			g.Event = a.event[n.doc]
		}
		g.Claims = append(g.Claims, n.c)
	}
}
