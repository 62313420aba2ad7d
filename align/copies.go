package align

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Identical documents (the same bytes, read the same way, with the same
// metadata and in the same event: a story syndicated or archived many
// times) are aligned once. Their claims are the same, so every pair the
// other copies would make gives the same answer: only the first copy's
// claims (the representative) are indexed and paired, and what the checks
// find on it is spread to every copy afterwards. N copies of a story then
// cost N times one copy in reading and extraction and about one copy in
// alignment, where they cost N² before, and no posting cap is reached by
// copies alone.
//
// What the copies would have made is kept exactly: two copies of one
// document are different sources, so a claim of the document is paired
// with the other claims of the same document (another copy states them),
// and with itself (every copy states it) when it aligns with itself.

// sameDocs finds the documents that are copies of an earlier one,
// whatever their events: a.same[d] is the first document identical to d
// (d itself when none is). The draft is never a copy: the editor's own
// file is never merged with a source.
func (a *Alignment) sameDocs(cs [][]claims.Claim) {
	a.same = make([]int, len(a.docs))
	// A cheap key first; the claims are compared only between documents
	// whose bytes already match.
	byKey := map[string]int{}
	keys := map[int][]string{} // a first copy's claim keys, made once
	for d, doc := range a.docs {
		a.same[d] = d
		if d == a.draft {
			continue
		}
		h := sha256.Sum256(doc.Raw)
		k := fmt.Sprintf("%x|%v|%+v", h, doc.Format, doc.Meta)
		r, ok := byKey[k]
		if !ok {
			byKey[k] = d
			continue
		}
		if doc.Text != a.docs[r].Text {
			continue
		}
		kr, ok := keys[r]
		if !ok {
			kr = make([]string, len(cs[r]))
			for i := range cs[r] {
				kr[i] = claimKey(&cs[r][i])
			}
			keys[r] = kr
		}
		if sameClaims(kr, cs[d]) {
			a.same[d] = r
		}
	}
}

// copyClasses groups the copies of one event: after it, a.rep[d] is the
// first copy of d in d's event (d itself when d has no earlier copy there)
// and a.copies[r] lists the class of each representative r, in document
// order (nil for a document that is not a representative).
func (a *Alignment) copyClasses() {
	nd := len(a.docs)
	a.rep = make([]int, nd)
	a.copies = make([][]int, nd)
	// Nodes are in document order: a document's claims start at first[d].
	a.first = make([]int, nd+1)
	i := 0
	for d := 0; d <= nd; d++ {
		for i < len(a.nodes) && a.nodes[i].doc < d {
			i++
		}
		a.first[d] = i
	}
	byClass := map[[2]int]int{} // (first identical document, event) → representative
	for d := range a.docs {
		k := [2]int{a.same[d], a.event[d]}
		r, ok := byClass[k]
		if !ok {
			r = d
			byClass[k] = d
		}
		a.rep[d] = r
		a.copies[r] = append(a.copies[r], d)
	}
}

// sameClaims reports whether a document's claims are the same, in
// everything but the file they sit in, as those whose claimKeys are keys.
func sameClaims(keys []string, cs []claims.Claim) bool {
	if len(keys) != len(cs) {
		return false
	}
	for i := range cs {
		if claimKey(&cs[i]) != keys[i] {
			return false
		}
	}
	return true
}

func claimKey(c *claims.Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d|%d|%d|%q|%d:%d|%s|%q|%q|%q|%q|%v|%v|%v|%s|%s|%d",
		c.Sentence, c.Start, c.End, c.Text, c.Pos.Line, c.Pos.Column, c.Kind, c.Frame,
		c.Predicate, c.Class, c.Terms, c.Entities, c.Times, c.Quantities, c.Polarity, c.Modality, c.Pos.Offset)
	if c.Attribution != nil {
		fmt.Fprintf(&b, "|a%+v", *c.Attribution)
	}
	if c.Subject != nil {
		fmt.Fprintf(&b, "|s%+v", *c.Subject)
	}
	return b.String()
}

// isRep reports whether node i is paired: it belongs to the first copy of
// its document.
func (a *Alignment) isRep(i int) bool { return a.rep[a.nodes[i].doc] == a.nodes[i].doc }

// multi reports whether a representative document has other copies.
func (a *Alignment) multi(doc int) bool { return len(a.copies[doc]) > 1 }

// copyNode returns the node of document d that stands where node i stands
// in its own document (d a copy of i's document).
func (a *Alignment) copyNode(i, d int) int {
	return a.first[d] + i - a.first[a.nodes[i].doc]
}

// members returns the nodes that node i of a representative stands for:
// itself and the same claim in each copy, in node order.
func (a *Alignment) members(i int) []int {
	docs := a.copies[a.nodes[i].doc]
	out := make([]int, len(docs))
	for k, d := range docs {
		out[k] = a.copyNode(i, d)
	}
	return out
}

// spread turns conflicts found between representatives into the
// conflicts the copies would have given: each copy of a side conflicts
// with each copy of the other side in another document. Only the pairs
// that decide what collect prints are kept (for every node, its first and
// its last pair in pair order: the first pair of a group names its topic,
// a node's last pair sets its value), in pair order, so that collect
// reads what it read when every copy was paired.
func (a *Alignment) spread(cs []conflict) []conflict {
	expand := false
	for _, c := range cs {
		if a.multi(a.nodes[c.a].doc) || a.multi(a.nodes[c.b].doc) {
			expand = true
			break
		}
	}
	if !expand {
		return cs
	}
	var out []conflict
	add := func(u, w int, vu, vw value, weak bool) {
		if u < w {
			out = append(out, conflict{a: u, b: w, va: vu, vb: vw, weak: weak})
		} else {
			out = append(out, conflict{a: w, b: u, va: vw, vb: vu, weak: weak})
		}
	}
	for _, c := range cs {
		xs, ys := a.members(c.a), a.members(c.b)
		side := func(us, ws []int, vu, vw value) {
			for _, u := range us {
				du := a.nodes[u].doc
				lo, hi := -1, -1
				for _, w := range ws {
					if a.nodes[w].doc == du {
						continue
					}
					if lo < 0 {
						lo = w
					}
					hi = w
				}
				if lo < 0 {
					continue
				}
				add(u, lo, vu, vw, c.weak)
				if hi != lo {
					add(u, hi, vu, vw, c.weak)
				}
			}
		}
		side(xs, ys, c.va, c.vb)
		side(ys, xs, c.vb, c.va)
	}
	// Pair order; a pair found twice is one conflict.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return slices.CompactFunc(out, func(x, y conflict) bool { return x.a == y.a && x.b == y.b })
}
