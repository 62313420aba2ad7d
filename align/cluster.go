package align

import (
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/source"
)

// Options tune alignment.
type Options struct {
	// Draft is the path of the editor's own article, "" when every source
	// is a peer.
	Draft string
	// Canonical maps a name to the canonical form an editor declared for it
	// (the rules file's aliases); nil when there are none.
	Canonical func(name string) (string, bool)
	// Alias says whether names all belong to one alias set the editor
	// declared, and where it is declared: the name check accepts such a
	// finding with that reason ("alias declared in .factcheck.yaml:3");
	// nil when there are none.
	Alias func(names []string) (reason string, ok bool)
	// Places knows which places contain which; without it no place is
	// known and the place check stays silent.
	Places Gazetteer
}

// Gazetteer answers questions about places by canonical name.
type Gazetteer interface {
	// Within reports whether inner lies inside outer (a city in its country).
	Within(inner, outer string) bool
	// Country returns the country a place is in (a country is in itself),
	// "" when the place is unknown.
	Country(place string) string
	// Known reports whether the place is in the gazetteer at all.
	Known(place string) bool
}

// Thresholds. They were set on the seeds and the ECB+ development corpus:
// an error-severity finding blocks a publication, so alignment errs on the
// side of keeping claims apart.
const (
	// sameEventSim is the least mean similarity of the entity and term
	// profiles of two groups of documents for them to report one event.
	// Measured on the 36 ECB+ topic pairs: 0.15 keeps 69% of same-event
	// document pairs together and merges 16% of cross-event pairs; 0.10
	// keeps 82% but merges 34%, which mixes events in provenance clusters.
	// Neither gives a cross-event finding: the claim-level checks keep the
	// merged events' claims apart.
	sameEventSim = 0.15
	// eventDays is how far apart two publication dates may be for the
	// documents to report one event; copies are exempt (source-date reports them).
	eventDays = 14
	// nearCopy is the share of the shorter document's word 4-grams that the
	// longer one contains, above which the two are copies.
	nearCopy = 0.5
	// minCopyShingles is the least number of shared word 4-grams for a
	// copy: two short reports of one kind of event share stock phrases.
	minCopyShingles = 20
	// eventFeatures is how many of a document's heaviest profile features
	// index it for event candidates besides its entity keys.
	eventFeatures = 12
)

// Posting caps. They are variables only so that tests can cross them with
// a small corpus; nothing else sets them.
var (
	// maxPosting caps the claims an entity key is used to pair; commoner keys
	// still count as shared but do not generate candidates, and the run
	// fails (align.Limit) rather than pass on pairs it did not look at.
	maxPosting = 4000
	// maxEventPosting caps the documents a key or feature is used to pair
	// when looking for events: a key in all of n documents makes n²/2
	// candidate pairs. At 1,024 the generated 5,000-document archive, where
	// an organization is named in 603 articles, stays under it (at 256 it
	// did not). A run that passes it fails (align.Limit): the pairs it
	// leaves out may be the only way two reports of one event meet.
	maxEventPosting = 1024
)

// Cluster groups claims into events and aligned facts.
func Cluster(docs []*source.Document, cs [][]claims.Claim, opt Options) *Alignment {
	a := &Alignment{docs: docs, draft: -1, places: opt.Places, alias: opt.Alias}
	paths := make([]string, len(docs))
	for i, d := range docs {
		paths[i] = d.Path
	}
	a.labels = labels(paths)
	for i, d := range docs {
		if opt.Draft != "" && d.Path == opt.Draft {
			a.draft = i
		}
	}
	for di := range cs {
		for ci := range cs[di] {
			c := &cs[di][ci]
			a.nodes = append(a.nodes, a.newNode(c, di, opt))
		}
	}
	a.resolveEntities()
	a.sameDocs(cs)
	a.findEvents()
	a.copyClasses()
	a.alignClaims()
	a.buildGroups()
	a.alignContent()
	a.contentLimits()
	return a
}

func (a *Alignment) newNode(c *claims.Claim, doc int, opt Options) *node {
	n := &node{c: c, doc: doc, pred: predicateOf(c)}
	for i := range c.Entities {
		m := &c.Entities[i]
		if opt.Canonical != nil {
			// A declared alias and its canonical form share one key, whatever
			// the claims package folded them to.
			if canon, ok := opt.Canonical(m.Canonical); ok {
				m.Key = "alias:" + strings.ToLower(canon)
			}
		}
	}
	a.setKeys(n)
	// Verbs of one class count as one term ("jailed" and "detained"), and
	// opposite classes as one axis: "convicted" and "acquitted" make the
	// same statement, opposed, and the polarity check needs them aligned.
	l := lex()
	for _, t := range c.Terms {
		if cl := claims.ClassOf(t); cl != "" {
			t = "class:" + cl
			if ax, ok := l.axis[cl]; ok {
				t = "axis:" + ax
			}
		} else if ax, ok := l.axis[t]; ok {
			t = "axis:" + ax
		}
		n.terms = append(n.terms, t)
	}
	n.terms = uniqueSorted(n.terms)
	return n
}

func uniqueSorted(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// setKeys records a node's entity keys, sorted and unique, with how
// specific each is.
func (a *Alignment) setKeys(n *node) {
	kinds := map[string]referent{}
	for _, m := range n.c.Entities {
		if m.Key == "" {
			continue
		}
		r := refOther
		if m.Type == claims.Place {
			r = refPlace
			if a.places != nil && a.places.Country(m.Canonical) == m.Canonical {
				r = refCountry
			}
		}
		if old, ok := kinds[m.Key]; !ok || r < old {
			kinds[m.Key] = r
		}
	}
	n.keys = sortedKeys(kinds)
	n.kind = make([]referent, len(n.keys))
	for i, k := range n.keys {
		n.kind[i] = kinds[k]
	}
}

// resolveEntities links surname-only person keys to the one full name they
// can stand for across all sources ("okafor" → "ada okafor"), so that a
// source that never gives the first name still aligns.
func (a *Alignment) resolveEntities() {
	full := map[string][]string{} // last token → full person keys
	for _, n := range a.nodes {
		for _, m := range n.c.Entities {
			if m.Type == claims.Person && strings.Contains(m.Key, " ") {
				last := m.Key[strings.LastIndexByte(m.Key, ' ')+1:]
				full[last] = append(full[last], m.Key)
			}
		}
	}
	for k, v := range full {
		full[k] = uniqueSorted(v)
	}
	for _, n := range a.nodes {
		changed := false
		for i := range n.c.Entities {
			m := &n.c.Entities[i]
			if m.Type != claims.Person || strings.Contains(m.Key, " ") {
				continue
			}
			if v := full[m.Key]; len(v) == 1 {
				m.Key = v[0]
				changed = true
			}
		}
		if changed {
			a.setKeys(n)
		}
	}
}

// profile is a document's weighted bag of entity keys and terms.
type profile map[string]float64

// findEvents splits the documents into events: documents whose profiles are
// similar and whose publication dates are close report one event, and so do
// copies whatever their dates. Connected components of that relation are
// the events.
func (a *Alignment) findEvents() {
	nd := len(a.docs)
	profs := a.profiles()
	// Identical documents have identical profiles: only the first of
	// each is indexed, and the pairs it makes stand for all its copies'.
	class := make([][]int, nd) // first identical document → all of them
	for d := range a.docs {
		class[a.same[d]] = append(class[a.same[d]], d)
	}
	// Candidate pairs share an entity key or one of each other's most
	// distinctive features (two reports of one match may spell the scorer
	// differently and share only "semifinal" and the stadium); the index
	// keeps this from being all pairs on a large archive.
	index := map[string][]int{}
	for i, p := range profs {
		if a.same[i] != i {
			continue
		}
		for _, k := range topFeatures(p, eventFeatures) {
			index[k] = append(index[k], i)
		}
		for k := range p {
			if strings.HasPrefix(k, "e:") {
				index[k] = append(index[k], i)
			}
		}
	}
	for k, post := range index {
		index[k] = uniqueInts(post)
	}
	type cand struct {
		i, j int
		sim  float64
	}
	// Each pair once: collected from every posting, then sorted and made
	// unique, which is cheaper than a map of pairs seen. A posting counts
	// distinct documents: copies do not lengthen it.
	var keyed []uint64
	indexed := make([]bool, nd)
	for _, k := range sortedKeys(index) {
		post := index[k]
		if len(post) > maxEventPosting {
			a.limit(limitEvents, k, len(post))
			continue
		}
		for x := 0; x < len(post); x++ {
			indexed[post[x]] = true
			for y := x + 1; y < len(post); y++ {
				keyed = append(keyed, uint64(post[x])<<32|uint64(post[y]))
			}
		}
	}
	slices.Sort(keyed)
	keyed = slices.Compact(keyed)
	vecs := sparseProfiles(profs)
	// Every pair of copies of two documents is a candidate, and so is
	// every pair of copies of one indexed document.
	n := 0
	for _, k := range keyed {
		n += len(class[k>>32]) * len(class[k&0xffffffff])
	}
	for _, ds := range class {
		n += len(ds) * (len(ds) - 1) / 2
	}
	cands := make([]cand, 0, n)
	for _, k := range keyed {
		r, q := int(k>>32), int(k&0xffffffff)
		sim := dot(vecs[r], vecs[q])
		for _, i := range class[r] {
			for _, j := range class[q] {
				cands = append(cands, cand{min(i, j), max(i, j), sim})
			}
		}
	}
	for r, ds := range class {
		if len(ds) < 2 || !indexed[r] {
			continue
		}
		sim := dot(vecs[r], vecs[r])
		for x, i := range ds {
			for _, j := range ds[x+1:] {
				cands = append(cands, cand{i, j, sim})
			}
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].sim != cands[y].sim {
			return cands[x].sim > cands[y].sim
		}
		if cands[x].i != cands[y].i {
			return cands[x].i < cands[y].i
		}
		return cands[x].j < cands[y].j
	})
	// Average linkage: two clusters merge when the mean similarity of all
	// their documents' pairs reaches sameEventSim, so one strong pair
	// cannot chain two events together. Documents published far apart are
	// never one event unless one copies the other, and copies always are.
	parent := make([]int, nd)
	members := make([][]int, nd)
	for i := range parent {
		parent[i] = i
		members[i] = []int{i}
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	cp := newCopyCache(a.docs, a.same)
	link := func(x, y int) (sim float64, ok bool) {
		px, py := a.docs[x].Meta.Published, a.docs[y].Meta.Published
		if !px.IsZero() && !py.IsZero() && absDays(px, py) > eventDays {
			if cp.copies(x, y) {
				return 1, true
			}
			return 0, false
		}
		return dot(vecs[x], vecs[y]), true
	}
	// Two clusters with a pair that may not link never merge, however
	// they grow: blocked remembers them (by root) so that later candidates
	// between them are rejected without scanning their members again.
	blocked := map[int]map[int]bool{}
	block := func(ri, rj int) {
		for _, r := range [2][2]int{{ri, rj}, {rj, ri}} {
			if blocked[r[0]] == nil {
				blocked[r[0]] = map[int]bool{}
			}
			blocked[r[0]][r[1]] = true
		}
	}
	// merge moves what rj's root knew to ri's.
	merge := func(ri, rj int) {
		parent[rj] = ri
		members[ri] = append(members[ri], members[rj]...)
		members[rj] = nil
		for k := range blocked[rj] {
			delete(blocked[k], rj)
			if k != ri {
				block(ri, k)
			}
		}
		delete(blocked, rj)
		delete(blocked[ri], rj)
	}
	for _, c := range cands {
		ri, rj := find(c.i), find(c.j)
		if ri == rj || c.sim < sameEventSim/2 || blocked[ri][rj] {
			continue
		}
		// One pair that may not link rejects the merge, so the sum is
		// only finished when every pair links.
		var sum float64
		ok := true
	pairs:
		for _, x := range members[ri] {
			for _, y := range members[rj] {
				s, fine := link(x, y)
				if !fine {
					ok = false
					break pairs
				}
				sum += s
			}
		}
		if !ok {
			block(ri, rj)
			continue
		}
		if sum/float64(len(members[ri])*len(members[rj])) < sameEventSim {
			continue
		}
		if rj < ri {
			ri, rj = rj, ri
		}
		merge(ri, rj)
	}
	// Copies are one event whatever their dates: source-date reports them.
	for _, c := range cands {
		if ri, rj := find(c.i), find(c.j); ri != rj && cp.copiesOnce(c.i, c.j) {
			if rj < ri {
				ri, rj = rj, ri
			}
			merge(ri, rj)
		}
	}
	// Number events in document order so output is stable.
	a.event = make([]int, nd)
	ids := map[int]int{}
	for i := range a.docs {
		r := find(i)
		id, ok := ids[r]
		if !ok {
			id = len(a.Events)
			ids[r] = id
			a.Events = append(a.Events, Event{})
		}
		a.event[i] = id
		a.Events[id].Paths = append(a.Events[id].Paths, a.docs[i].Path)
	}
	byEvent := make([][]*node, len(a.Events))
	for _, n := range a.nodes {
		byEvent[a.event[n.doc]] = append(byEvent[a.event[n.doc]], n)
	}
	for i := range a.Events {
		sort.Strings(a.Events[i].Paths)
		a.Events[i].Label = eventLabel(byEvent[i])
	}
}

// topFeatures returns a profile's n heaviest features, ties by name.
func topFeatures(p profile, n int) []string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if p[keys[i]] != p[keys[j]] {
			return p[keys[i]] > p[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

func uniqueInts(s []int) []int {
	sort.Ints(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// profiles weighs each document's entity keys and terms by inverse
// document frequency, normalized to unit length.
func (a *Alignment) profiles() []profile {
	nd := len(a.docs)
	profs := make([]profile, nd)
	for i := range profs {
		profs[i] = profile{}
	}
	for _, n := range a.nodes {
		for _, k := range n.keys {
			profs[n.doc]["e:"+k] += 2
		}
		for _, t := range n.terms {
			profs[n.doc]["t:"+t]++
		}
	}
	// Weight by inverse document frequency, then normalize.
	df := map[string]int{}
	for _, p := range profs {
		for k := range p {
			df[k]++
		}
	}
	for _, p := range profs {
		var norm float64
		for k, w := range p {
			w *= math.Log(1 + float64(nd)/float64(df[k]))
			p[k] = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for k := range p {
			p[k] /= norm
		}
	}
	return profs
}

// copyCache answers copies questions, computing each document's shingles
// and each pair's answer once: average linkage asks about the same pair
// again every time one of its clusters grows. Identical documents share
// their shingles and answers.
type copyCache struct {
	docs     []*source.Document
	same     []int      // the first document identical to each
	shingles [][]uint64 // sorted, unique; nil until first asked
	bits     []*shingleBits
	memo     map[[2]int]bool
}

// shingleBits has a bit set for each of a document's shingles (by the
// hash's top bits): a shingle whose bit is clear in the other document is
// certainly not in it, so most pairs that are not copies are told apart
// by testing half the shorter document's shingles against a bitmap,
// without walking the other's list.
type shingleBits [shingleWords]uint64

const shingleWords = 128 // 8,192 bits: about 1 in 8 set for a 4.5 KB article

func newShingleBits(sh []uint64) *shingleBits {
	var b shingleBits
	for _, h := range sh {
		b[h>>57] |= 1 << (h >> 51 & 63)
	}
	return &b
}

func (b *shingleBits) has(h uint64) bool { return b[h>>57]&(1<<(h>>51&63)) != 0 }

func newCopyCache(docs []*source.Document, same []int) *copyCache {
	return &copyCache{docs: docs, same: same, shingles: make([][]uint64, len(docs)),
		bits: make([]*shingleBits, len(docs)), memo: map[[2]int]bool{}}
}

// copies reports whether one document copies the other: most of the
// shorter one's word 4-grams are in the longer, and at least
// minCopyShingles of them.
func (c *copyCache) copies(i, j int) bool {
	v, k, known := c.known(i, j)
	if !known {
		v = c.compute(k[0], k[1])
		c.memo[k] = v
	}
	return v
}

// known returns the memoized answer for documents i and j, if any, and
// the pair of their first copies it is kept under, in order.
func (c *copyCache) known(i, j int) (v bool, k [2]int, ok bool) {
	k = [2]int{c.same[i], c.same[j]}
	if k[1] < k[0] {
		k[0], k[1] = k[1], k[0]
	}
	v, ok = c.memo[k]
	return v, k, ok
}

// compute answers copies for two first copies, i < j.
func (c *copyCache) compute(i, j int) bool {
	for _, k := range []int{i, j} {
		if c.shingles[k] == nil {
			c.shingles[k] = wordShingles(c.docs[k])
			c.bits[k] = newShingleBits(c.shingles[k])
		}
	}
	x, y, by := c.shingles[i], c.shingles[j], c.bits[j]
	if len(x) > len(y) {
		x, y, by = y, x, c.bits[i]
	}
	// A copy shares at least need shingles; the count stops as soon as
	// what is left of the shorter side cannot reach it.
	need := max(minCopyShingles, int(math.Ceil(nearCopy*float64(len(x)))))
	return len(x) >= need && mayShare(x, by, need) && atLeast(x, y, need)
}

// mayShare reports whether x may share need values with the set whose
// bitmap is b: false once more of x's values are certainly missing from
// it than x can spare.
func mayShare(x []uint64, b *shingleBits, need int) bool {
	spare := len(x) - need
	for _, h := range x {
		if !b.has(h) {
			if spare--; spare < 0 {
				return false
			}
		}
	}
	return true
}

// copiesOnce is copies for a pair asked only once more: the answer is
// not kept (the last pass over the candidates asks each pair once, and
// keeping millions of answers costs more than it saves).
func (c *copyCache) copiesOnce(i, j int) bool {
	v, k, known := c.known(i, j)
	if !known {
		v = c.compute(k[0], k[1])
	}
	return v
}

// atLeast reports whether two sorted, unique slices share at least need
// values, giving up once too few are left on either side.
func atLeast(a, b []uint64, need int) bool {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		if n+min(len(a), len(b)) < need {
			return false
		}
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			if n >= need {
				return true
			}
			a, b = a[1:], b[1:]
		}
	}
	return n >= need
}

// wordShingles hashes every run of four words of a document's article
// sentences, lowercased; the result is sorted and unique, and not nil.
func wordShingles(d *source.Document) []uint64 {
	out := []uint64{}
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
			n++
			if n >= 4 {
				out = append(out, ((win[0]*31+win[1])*31+win[2])*31+win[3])
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func absDays(a, b time.Time) float64 {
	return math.Abs(a.Sub(b).Hours() / 24)
}

// feature is one weighted entry of a sparse profile.
type feature struct {
	id int32
	w  float64
}

// sparseProfiles turns the profiles into vectors sorted by feature, so
// that a dot product is a merge, not a map lookup per feature.
func sparseProfiles(profs []profile) [][]feature {
	ids := map[string]int32{}
	out := make([][]feature, len(profs))
	for i, p := range profs {
		v := make([]feature, 0, len(p))
		for k, w := range p {
			id, ok := ids[k]
			if !ok {
				id = int32(len(ids))
				ids[k] = id
			}
			v = append(v, feature{id, w})
		}
		slices.SortFunc(v, func(a, b feature) int { return int(a.id) - int(b.id) })
		out[i] = v
	}
	return out
}

// dot is the cosine of two unit-length sparse profiles.
func dot(p, q []feature) float64 {
	var s float64
	for len(p) > 0 && len(q) > 0 {
		switch {
		case p[0].id < q[0].id:
			p = p[1:]
		case p[0].id > q[0].id:
			q = q[1:]
		default:
			s += p[0].w * q[0].w
			p, q = p[1:], q[1:]
		}
	}
	return s
}

// eventLabel names an event by the entities its claims cite most.
func eventLabel(nodes []*node) string {
	count := map[string]int{}
	name := map[string]string{}
	for _, n := range nodes {
		for _, m := range n.c.Entities {
			if m.Key == "" {
				continue
			}
			count[m.Key]++
			if name[m.Key] == "" || m.Canonical < name[m.Key] {
				name[m.Key] = m.Canonical
			}
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > 3 {
		keys = keys[:3]
	}
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = name[k]
	}
	return strings.Join(names, ", ")
}
