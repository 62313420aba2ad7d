package provenance

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"sort"
)

// Identical texts (a story syndicated or archived many times) are read
// the same way and compared the same way: the candidate search counts
// each distinct text once in its postings, weighted by its copies, and
// two texts are compared once for every pair of their copies. N copies
// of a story then cost N times one copy to read and about one copy to
// compare, though every pair of copies is still a relation, and the
// posting caps count documents exactly as when every copy was indexed.

// textClasses returns, for each text, the first text with the same
// content: the same text, sentences and publication date.
func textClasses(ts []*text) []int {
	cls := make([]int, len(ts))
	first := map[[32]byte]int{}
	for d, t := range ts {
		k := contentKey(t)
		if r, ok := first[k]; ok && ts[r].doc.Text == t.doc.Text {
			cls[d] = r
			continue
		}
		if _, ok := first[k]; !ok {
			first[k] = d
		}
		cls[d] = d
	}
	return cls
}

func contentKey(t *text) [32]byte {
	h := sha256.New()
	h.Write([]byte(t.doc.Text))
	var b [8]byte
	put := func(v int) {
		binary.LittleEndian.PutUint64(b[:], uint64(v))
		h.Write(b[:])
	}
	put(len(t.doc.Sentences))
	for _, s := range t.doc.Sentences {
		put(s.Start)
		put(s.End)
		put(s.Block)
		h.Write([]byte(s.Kind))
		h.Write([]byte{0})
	}
	put(int(t.doc.Meta.Published.Unix()))
	h.Write([]byte(t.credit))
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// transposed returns the sentence pairs seen from the other side, sorted.
func transposed(ups []upair) []upair {
	out := make([]upair, len(ups))
	for i, u := range ups {
		out[i] = upair{i: u.j, j: u.i, sim: u.sim, w: u.w}
	}
	sortUpairs(out)
	return out
}

func sortUpairs(ups []upair) {
	sort.Slice(ups, func(i, j int) bool {
		if ups[i].i != ups[j].i {
			return ups[i].i < ups[j].i
		}
		return ups[i].j < ups[j].j
	})
}

// classPairs expands what was counted between distinct texts into the
// candidate pairs of their copies: every pair of documents, one a copy
// of x and the other a copy of y (x ≤ y, representatives), or two copies
// of x.
func classPairs(members [][]int, x, y int, shared int, units []upair, ev eventIDs, p Params, out []candidate) []candidate {
	if shared < p.MinShared && len(units) < 2 {
		return out
	}
	var back []upair // units seen from y's side, made on first use
	for _, a := range members[x] {
		for _, b := range members[y] {
			if x == y && b <= a {
				continue
			}
			lo, hi := min(a, b), max(a, b)
			if !ev.same(lo, hi) {
				continue
			}
			us := units
			if x != y && lo != a {
				if back == nil {
					back = transposed(units)
				}
				us = back
			}
			out = append(out, candidate{a: lo, b: hi, shared: shared, units: us})
		}
	}
	return out
}

// sortCandidates orders candidates by their documents.
func sortCandidates(cs []candidate) {
	slices.SortFunc(cs, func(x, y candidate) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
}
