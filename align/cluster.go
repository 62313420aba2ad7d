package align

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/disjoint"
	"github.com/factcheck/factcheck/internal/par"
	"github.com/factcheck/factcheck/internal/sorted"
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
	// Canonical, Alias and Places may be called from several goroutines
	// at once.

	// Events, when set, is called with the alignment's events as soon as
	// they are known, before claims are aligned, so that work that needs
	// only the events can start (provenance's comparisons). It is called
	// on Cluster's goroutine, which does not wait for work it starts; the
	// events are final and must only be read.
	Events func([]Event)
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
	// Each document's nodes in parallel (a node is made from its claim
	// and the options alone), joined in document order.
	perDoc := make([][]*node, len(cs))
	par.Each(len(cs), func(di int) {
		ns := make([]*node, len(cs[di]))
		for ci := range cs[di] {
			ns[ci] = a.newNode(&cs[di][ci], di, opt)
		}
		perDoc[di] = ns
	})
	total := 0
	for _, ns := range perDoc {
		total += len(ns)
	}
	a.nodes = make([]*node, 0, total)
	for _, ns := range perDoc {
		a.nodes = append(a.nodes, ns...)
	}
	a.resolveEntities()
	a.sameDocs(cs)
	w := a.internWords()
	a.findEvents(w)
	if opt.Events != nil {
		opt.Events(a.Events)
	}
	a.copyClasses()
	a.alignClaims(w)
	a.buildGroups()
	a.contentLimits(a.alignContent())
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
	if len(c.Terms) > 0 {
		n.terms = make([]string, 0, len(c.Terms)) // held for the whole run
	}
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

// Event clustering, in named steps:
//
//  1. profiles: each document's entity keys and terms weighed by inverse
//     document frequency, as unit-length sparse vectors;
//  2. eventPairs: the candidate pairs, documents that share an entity key
//     or one of each other's heaviest features;
//  3. clusterEvents: average linkage over the candidates, most similar
//     first, then copies joined whatever their dates;
//  4. numberEvents: events numbered in document order and labelled.
//
// Every document pair is paid for once. A candidate's similarity is
// computed once for all copies of its two documents; average linkage keeps
// each pair's link (similarity or copy test) and, per pair of clusters, the
// sum over the rows it has seen, so a merge that was rejected is not
// rescanned when a later candidate proposes it again; the last pass asks
// the copy question once per pair of distinct texts, most of them answered
// by a bitmap. The clusters are those of the plain algorithm that rescans
// every pair for every candidate (TestClusterEventsMatchesReference).

// findEvents splits the documents into events: documents whose profiles are
// similar and whose publication dates are close report one event, and so do
// copies whatever their dates. Connected components of that relation are
// the events.
func (a *Alignment) findEvents(w nodeWords) {
	prof := a.profiles(w)
	pub := make([]time.Time, len(a.docs))
	for i, d := range a.docs {
		pub[i] = d.Meta.Published
	}
	in := &eventInput{vecs: prof.vecs, published: pub, same: a.same,
		copies: newCopyCache(a.docs, a.same)}
	a.numberEvents(clusterEvents(in, a.eventPairs(prof)))
}

// eventInput is what event clustering reads of the documents, by index.
type eventInput struct {
	vecs      [][]feature // unit-length profiles
	published []time.Time // zero when unknown
	same      []int       // the first document identical to each
	copies    *copyCache
}

// farApart reports whether documents x and y were published too far
// apart to report one event, unless one copies the other.
func (in *eventInput) farApart(x, y int) bool {
	px, py := in.published[x], in.published[y]
	return !px.IsZero() && !py.IsZero() && absDays(px, py) > eventDays
}

// profiles are the documents' profiles. Features are numbered in the order
// of their names, entity keys ("e:" + key) before terms ("t:" + term), so
// that every sum over a vector runs in one order on every run.
type profiles struct {
	vecs     [][]feature // by document, sorted by feature
	w        nodeWords   // the vocabularies the features number
	entities int32       // features below this are entity keys
}

// features is the number of features.
func (p *profiles) features() int { return int(p.entities) + len(p.w.termVocab) }

// name is feature f's name: "e:" and an entity key, or "t:" and a term.
func (p *profiles) name(f int32) string {
	if f < p.entities {
		return "e:" + p.w.keyVocab[f]
	}
	return "t:" + p.w.termVocab[f-p.entities]
}

// profiles weighs each document's entity keys (twice) and terms by inverse
// document frequency, normalized to unit length.
func (a *Alignment) profiles(w nodeWords) profiles {
	p := profiles{w: w, entities: int32(len(w.keyVocab))}
	nd := len(a.docs)
	p.vecs = make([][]feature, nd)
	size := make([]int, nd)
	for _, n := range a.nodes {
		size[n.doc] += len(n.keys) + len(n.terms)
	}
	for d := range p.vecs {
		p.vecs[d] = make([]feature, 0, size[d])
	}
	for i, n := range a.nodes {
		for _, k := range w.keys[i] {
			p.vecs[n.doc] = append(p.vecs[n.doc], feature{k, 2})
		}
		for _, t := range w.terms[i] {
			p.vecs[n.doc] = append(p.vecs[n.doc], feature{p.entities + t, 1})
		}
	}
	par.Each(len(p.vecs), func(i int) { p.vecs[i] = sumFeatures(p.vecs[i]) })
	df := make([]int, p.features())
	for _, v := range p.vecs {
		for _, f := range v {
			df[f.id]++
		}
	}
	par.Each(len(p.vecs), func(d int) {
		v := p.vecs[d]
		var norm float64
		for i := range v {
			v[i].w *= math.Log(1 + float64(nd)/float64(df[v[i].id]))
			norm += v[i].w * v[i].w
		}
		norm = math.Sqrt(norm)
		for i := range v {
			v[i].w /= norm
		}
	})
	return p
}

// sumFeatures sorts a document's raw counts by feature and adds up the
// counts of each feature (whole numbers, so the order does not matter).
func sumFeatures(v []feature) []feature {
	slices.SortFunc(v, func(a, b feature) int { return cmp.Compare(a.id, b.id) })
	out := v[:0]
	for _, f := range v {
		if n := len(out); n > 0 && out[n-1].id == f.id {
			out[n-1].w += f.w
			continue
		}
		out = append(out, f)
	}
	return out
}

// topFeatures returns a profile's n heaviest features, ties by name.
func topFeatures(v []feature, n int) []feature {
	top := slices.Clone(v)
	slices.SortFunc(top, func(a, b feature) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.id, b.id)
	})
	return top[:min(n, len(top))]
}

// eventPairs are the candidate pairs of event clustering, as the
// postings that make them: every pair of first copies in one posting is a
// candidate. They are not listed: at 5,000 generated documents they are
// 1.3 million, a hundred times the pairs similar enough to be considered,
// and scanPairs walks them document by document instead.
type eventPairs struct {
	// post holds the postings under the cap with two first copies or
	// more, each in document order.
	post [][]int32
	// of lists, by first copy, the postings of post it is in.
	of [][]int32
	// indexed says which first copies are in a posting under the cap:
	// the copies of one of them pair with each other.
	indexed []bool
}

// eventPairs finds the candidate pairs: documents that share an entity key
// or one of each other's most distinctive features (two reports of one
// match may spell the scorer differently and share only "semifinal" and
// the stadium); the index keeps this from being all pairs on a large
// archive. Identical documents have identical profiles: only the first of
// each is indexed, and the pairs it makes stand for all its copies', so a
// posting counts distinct documents.
func (a *Alignment) eventPairs(p profiles) eventPairs {
	post := make([][]int32, p.features())
	add := func(f int32, d int) {
		if n := len(post[f]); n == 0 || post[f][n-1] != int32(d) {
			post[f] = append(post[f], int32(d))
		}
	}
	// Each first copy's heaviest features, in parallel.
	tops := make([][]feature, len(p.vecs))
	par.Each(len(p.vecs), func(d int) {
		if a.same[d] == d {
			tops[d] = topFeatures(p.vecs[d], eventFeatures)
		}
	})
	for d, v := range p.vecs {
		if a.same[d] != d {
			continue
		}
		for _, f := range tops[d] {
			add(f.id, d)
		}
		for _, f := range v {
			if f.id < p.entities {
				add(f.id, d)
			}
		}
	}
	out := eventPairs{of: make([][]int32, len(a.docs)), indexed: make([]bool, len(a.docs))}
	for f, ds := range post {
		if len(ds) > maxEventPosting {
			a.limit(limitEvents, p.name(int32(f)), len(ds))
			continue
		}
		for _, i := range ds {
			out.indexed[i] = true
		}
		if len(ds) >= 2 {
			out.add(ds)
		}
	}
	return out
}

// add records a posting of two first copies or more, in document order.
func (p *eventPairs) add(ds []int32) {
	id := int32(len(p.post))
	p.post = append(p.post, ds)
	for _, d := range ds {
		p.of[d] = append(p.of[d], id)
	}
}

// eventCand is a candidate pair of documents, i < j, and the similarity
// of their profiles.
type eventCand struct {
	i, j int
	sim  float64
}

// clusterEvents returns each document's root, the least document of its
// event. Average linkage: two clusters merge when the mean similarity of
// all their documents' pairs reaches sameEventSim, so one strong pair
// cannot chain two events together; candidates are taken most similar
// first. Documents published far apart are never one event unless one
// copies the other, and copies always are.
func clusterEvents(in *eventInput, p eventPairs) []int {
	class := make([][]int, len(in.same)) // first identical document → all of them
	for d, r := range in.same {
		class[r] = append(class[r], d)
	}
	cands, copied := scanPairs(in, p)
	cands = linkCandidates(in.vecs, class, p, cands)
	l := newLinkage(in, 2*len(cands))
	eachCandidate(cands, class, l.consider)
	l.joinCopies(class, copied, p)
	root := make([]int, len(in.same))
	for i := range root {
		root[i] = l.find(i)
	}
	return root
}

// linkCandidates returns the candidates similar enough for linkage to
// consider (at least half of sameEventSim), most similar first, as pairs
// of first copies: each stands for every pair of copies of two paired
// documents, or of one indexed document (r == q), which eachCandidate
// walks. Copies share one similarity, so expanding them here and sorting
// the expansion, as before, cost N² for N copies of a story. cands are
// scanPairs' pairs of distinct first copies, in document order.
func linkCandidates(vecs [][]feature, class [][]int, p eventPairs, cands []classCand) []classCand {
	for r, ds := range class {
		if len(ds) < 2 || !p.indexed[r] {
			continue
		}
		if sim := dot(vecs[r], vecs[r]); sim >= sameEventSim/2 {
			cands = append(cands, classCand{r, r, sim})
		}
	}
	slices.SortStableFunc(cands, func(x, y classCand) int { return cmp.Compare(y.sim, x.sim) })
	return cands
}

// classCand is a candidate pair of first copies r ≤ q and the similarity
// of their profiles.
type classCand struct {
	r, q int
	sim  float64
}

// eachCandidate calls f with every pair of documents the candidates stand
// for, most similar first, ties in document order: the order the sorted
// list of every pair of copies gives. A candidate alone at its similarity
// (nearly all) is walked in order without being expanded; candidates that
// tie are expanded together and sorted.
func eachCandidate(cands []classCand, class [][]int, f func(eventCand)) {
	for len(cands) > 0 {
		n := 1
		for n < len(cands) && cands[n].sim == cands[0].sim {
			n++
		}
		if n == 1 {
			copyPairs(class[cands[0].r], class[cands[0].q], cands[0].r == cands[0].q, func(i, j int) {
				f(eventCand{i, j, cands[0].sim})
			})
		} else {
			var tied []eventCand
			for _, c := range cands[:n] {
				copyPairs(class[c.r], class[c.q], c.r == c.q, func(i, j int) {
					tied = append(tied, eventCand{i, j, c.sim})
				})
			}
			slices.SortFunc(tied, func(x, y eventCand) int { return cmp.Or(cmp.Compare(x.i, y.i), cmp.Compare(x.j, y.j)) })
			for _, c := range tied {
				f(c)
			}
		}
		cands = cands[n:]
	}
}

// copyPairs calls f(i, j), i < j, for every pair of a document of xs and
// one of ys (sorted, disjoint), or of two documents of xs when within,
// in the order of (i, j).
func copyPairs(xs, ys []int, within bool, f func(i, j int)) {
	if within {
		for a, i := range xs {
			for _, j := range xs[a+1:] {
				f(i, j)
			}
		}
		return
	}
	// Each document in turn as the lesser of its pairs, with the other
	// side's documents after it.
	for a, b := 0, 0; a < len(xs) || b < len(ys); {
		if b == len(ys) || a < len(xs) && xs[a] < ys[b] {
			for _, j := range ys[b:] {
				f(xs[a], j)
			}
			a++
		} else {
			for _, j := range xs[a:] {
				f(ys[b], j)
			}
			b++
		}
	}
}

// scanPairs walks every candidate pair of distinct first copies once,
// document by document, and returns those that copy one another
// (i<<32 | j) and those linkage is to consider, both in the order of
// (i, j). The pairs are never listed whole: each document gathers its
// later partners from its postings, and the walk is done in parallel, a
// stretch of documents at a time, each with its own scratch.
//
// Linkage considers the pairs at least half of sameEventSim similar,
// except those published far apart that are not copies: such a pair can
// never be linked (its link is noLink, and any two clusters holding its
// documents have it among their pairs), so considering it only rejects a
// merge that every later candidate between those clusters rejects
// anyway. On an archive that spans years nearly every candidate pair is
// one of them, and its similarity is not computed.
func scanPairs(in *eventInput, p eventPairs) ([]classCand, []uint64) {
	// Every document paired has its shingles hashed first, in parallel:
	// the copy test then only reads them.
	var paired []int
	for d, of := range p.of {
		if len(of) > 0 {
			paired = append(paired, d)
		}
	}
	par.Each(len(paired), func(i int) { in.copies.ensure(paired[i]) })
	var nf int32
	for _, v := range in.vecs {
		if n := len(v); n > 0 {
			nf = max(nf, v[n-1].id+1)
		}
	}
	parts := (len(p.of) + scanStretch - 1) / scanStretch
	cands := make([][]classCand, parts)
	copied := make([][]uint64, parts)
	pool := sync.Pool{New: func() any {
		return &rowScratch{row: make([]float64, nf), seen: make([]int32, len(p.of))}
	}}
	par.Each(parts, func(part int) {
		s := pool.Get().(*rowScratch)
		defer pool.Put(s)
		for i := part * scanStretch; i < min(len(p.of), (part+1)*scanStretch); i++ {
			js := s.partners(p, i)
			if len(js) == 0 {
				continue
			}
			s.spread(in.vecs[i])
			for _, j := range js {
				copies := in.copies.compute(i, int(j))
				if copies {
					copied[part] = append(copied[part], uint64(i)<<32|uint64(j))
				}
				if !copies && in.farApart(i, int(j)) {
					continue // never linked: see above
				}
				if sim := s.sim(in.vecs[j]); sim >= sameEventSim/2 {
					cands[part] = append(cands[part], classCand{i, int(j), sim})
				}
			}
			s.clear(in.vecs[i])
		}
	})
	return slices.Concat(cands...), slices.Concat(copied...)
}

// scanStretch is how many documents scanPairs gives one task: the early
// documents of an archive have the most later partners, so the stretches
// are short enough to even the load out.
const scanStretch = 64

// rowScratch is what scanPairs needs per task: a dense row for one
// document's profile, which partners were seen, and lists reused from
// document to document.
type rowScratch struct {
	row  []float64 // zero but while a document's profile is spread in it
	seen []int32   // by document: 1 + the last document it partnered
	js   []int32
}

// partners returns the first copies paired with first copy i that come
// after it, sorted: every later document of each of i's postings, once.
func (s *rowScratch) partners(p eventPairs, i int) []int32 {
	s.js = s.js[:0]
	for _, id := range p.of[i] {
		ds := p.post[id]
		k, _ := slices.BinarySearch(ds, int32(i))
		for _, j := range ds[k+1:] {
			if s.seen[j] != int32(i)+1 {
				s.seen[j] = int32(i) + 1
				s.js = append(s.js, j)
			}
		}
	}
	slices.Sort(s.js)
	return s.js
}

// spread writes a profile into the dense row, for sim.
func (s *rowScratch) spread(v []feature) {
	for _, f := range v {
		s.row[f.id] = f.w
	}
}

// clear undoes spread.
func (s *rowScratch) clear(v []feature) {
	for _, f := range v {
		s.row[f.id] = 0
	}
}

// sim returns dot(u, v) where u is the profile spread in the row: v's
// features are looked up in it and the products added in feature order,
// as dot adds them (the zeros of features u lacks change nothing), so the
// result is dot's to the bit.
func (s *rowScratch) sim(v []feature) float64 {
	var sum float64
	for _, f := range v {
		sum += s.row[f.id] * f.w
	}
	return sum
}

// linkage is the state of average linkage: a union-find whose roots are
// each cluster's least document, every cluster's members in merge order,
// the pairs of clusters that may never merge, and what is known of
// document pairs and cluster pairs.
type linkage struct {
	in      *eventInput
	sets    disjoint.Sets
	members [][]int
	// blocked holds, by root, the clusters that a pair keeps apart (published
	// far apart and not copies): such a rejection is permanent, since
	// clusters only grow, so later candidates between them are rejected
	// without scanning their members again.
	blocked map[int]map[int]bool
	// links holds each pair of first copies' link: its similarity, 1 for copies
	// published far apart, noLink for others published far apart.
	links map[uint64]float64
	// sums holds, by ordered pair of roots (r, q), the sum of links over
	// the first rows of r's members against all cols of q's, added row by
	// row as a full scan adds them: while q does not grow, the sum for a
	// grown r continues from it with r's new rows only.
	sums map[[2]int]partialSum
}

type partialSum struct {
	rows, cols int
	sum        float64
}

// noLink is the link of two documents that may not be one event.
const noLink = -1

// newLinkage starts every document in a cluster of its own, with room
// for about links links (ECB+ computes 2.3 a candidate; the table grown
// from empty was rehashed a dozen times on one goroutine).
func newLinkage(in *eventInput, links int) *linkage {
	n := len(in.same)
	l := &linkage{in: in, sets: disjoint.New(n), members: make([][]int, n),
		blocked: map[int]map[int]bool{}, links: make(map[uint64]float64, links), sums: map[[2]int]partialSum{}}
	for i := range l.members {
		l.members[i] = []int{i}
	}
	return l
}

func (l *linkage) find(i int) int { return l.sets.Find(i) }

// consider merges the clusters of a candidate's documents when every pair
// between them may link and their mean similarity reaches sameEventSim.
func (l *linkage) consider(c eventCand) {
	ri, rj := l.find(c.i), l.find(c.j)
	if ri == rj || l.blocked[ri][rj] {
		return
	}
	sum, ok := l.sum(ri, rj)
	if !ok {
		l.block(ri, rj)
		return
	}
	if sum/float64(len(l.members[ri])*len(l.members[rj])) < sameEventSim {
		return
	}
	l.merge(min(ri, rj), max(ri, rj))
}

// sum adds the links of every pair of r's and q's members, r's in the
// outer loop; false when a pair may not link.
func (l *linkage) sum(r, q int) (float64, bool) {
	k := [2]int{r, q}
	p := l.sums[k]
	if p.cols != len(l.members[q]) {
		p = partialSum{}
	}
	for _, x := range l.members[r][p.rows:] {
		for _, y := range l.members[q] {
			s := l.link(x, y)
			if s == noLink {
				delete(l.sums, k)
				return 0, false
			}
			p.sum += s
		}
	}
	p.rows, p.cols = len(l.members[r]), len(l.members[q])
	l.sums[k] = p
	return p.sum, true
}

// link returns the link of two documents, computed once per pair of
// first copies: copies have the same profile, date and shingles, so every
// pair of their copies has the same link.
func (l *linkage) link(x, y int) float64 {
	rx, ry := l.in.same[x], l.in.same[y]
	k := uint64(min(rx, ry))<<32 | uint64(max(rx, ry))
	if s, ok := l.links[k]; ok {
		return s
	}
	s := dot(l.in.vecs[x], l.in.vecs[y])
	if l.in.farApart(x, y) {
		s = noLink
		if l.in.copies.copies(x, y) {
			s = 1
		}
	}
	l.links[k] = s
	return s
}

func (l *linkage) block(ri, rj int) {
	for _, r := range [2][2]int{{ri, rj}, {rj, ri}} {
		if l.blocked[r[0]] == nil {
			l.blocked[r[0]] = map[int]bool{}
		}
		l.blocked[r[0]][r[1]] = true
	}
}

// merge moves rj's cluster into ri's, ri < rj, and what rj's root knew
// to ri's.
func (l *linkage) merge(ri, rj int) {
	l.sets.Union(ri, rj)
	l.members[ri] = append(l.members[ri], l.members[rj]...)
	l.members[rj] = nil
	for k := range l.blocked[rj] {
		delete(l.blocked[k], rj)
		if k != ri {
			l.block(ri, k)
		}
	}
	delete(l.blocked, rj)
	delete(l.blocked[ri], rj)
}

// joinCopies merges the clusters of candidates that copy one another:
// copies are one event whatever their dates (source-date reports them).
// The events are the connected components, whatever the order of the
// merges: copied holds the candidate pairs of distinct first copies that
// are copies (scanPairs tested every candidate, in parallel), and each
// indexed first copy with copies is asked about itself.
func (l *linkage) joinCopies(class [][]int, copied []uint64, p eventPairs) {
	for _, k := range copied {
		r, q := int(k>>32), int(k&0xffffffff)
		l.join(r, class[r], class[q])
	}
	for r, ds := range class {
		if len(ds) >= 2 && p.indexed[r] && l.apart(ds, nil) && l.in.copies.copiesOnce(r, r) {
			l.join(r, ds, nil)
		}
	}
}

// join merges the clusters of documents ds and es, copies of one another,
// into first copy r's.
func (l *linkage) join(r int, ds, es []int) {
	if !l.apart(ds, es) {
		return
	}
	for _, d := range slices.Concat(ds, es) {
		if ri, rj := l.find(r), l.find(d); ri != rj {
			l.merge(min(ri, rj), max(ri, rj))
		}
	}
}

// apart reports whether documents ds and es are not all in one cluster.
func (l *linkage) apart(ds, es []int) bool {
	root := l.find(ds[0])
	for _, d := range ds {
		if l.find(d) != root {
			return true
		}
	}
	for _, d := range es {
		if l.find(d) != root {
			return true
		}
	}
	return false
}

// numberEvents numbers the events in document order, so output is stable,
// and labels them.
func (a *Alignment) numberEvents(root []int) {
	a.event = make([]int, len(a.docs))
	ids := map[int]int{}
	for i := range a.docs {
		id, ok := ids[root[i]]
		if !ok {
			id = len(a.Events)
			ids[root[i]] = id
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

// copyCache answers copies questions, computing each document's shingles
// and each pair's answer once: average linkage asks about the same pair
// again every time one of its clusters grows. Identical documents share
// their shingles and answers.
type copyCache struct {
	docs     []*source.Document
	same     []int      // the first document identical to each
	shingles [][]uint64 // sorted, unique; nil until first asked
	bits     []*shingleBits
	ones     []int // bits set in each bitmap
	// folded are the bitmaps folded to a quarter, for a first test.
	folded     []*foldedBits
	foldedOnes []int
	memo       map[[2]int]bool
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

func (b *shingleBits) ones() int { return onesIn(b[:]) }

// shared counts the bits set in both bitmaps.
func (b *shingleBits) shared(o *shingleBits) int { return sharedIn(b[:], o[:]) }

// onesIn counts the bits set in ws.
func onesIn(ws []uint64) int {
	n := 0
	for _, w := range ws {
		n += bits.OnesCount64(w)
	}
	return n
}

// sharedIn counts the bits set in both ws and vs, of one length.
func sharedIn(ws, vs []uint64) int {
	n := 0
	for i, w := range ws {
		n += bits.OnesCount64(w & vs[i])
	}
	return n
}

// foldedBits is a shingle bitmap folded to a quarter: word w has the bits
// of words w, w+32, w+64 and w+96, so a shingle's bit is in it at the
// same place for every document.
type foldedBits [shingleWords / 4]uint64

func (b *shingleBits) fold() *foldedBits {
	var f foldedBits
	for i, w := range b {
		f[i%len(f)] |= w
	}
	return &f
}

func (f *foldedBits) ones() int { return onesIn(f[:]) }

// shared counts the bits set in both folded bitmaps.
func (f *foldedBits) shared(o *foldedBits) int { return sharedIn(f[:], o[:]) }

func newCopyCache(docs []*source.Document, same []int) *copyCache {
	return &copyCache{docs: docs, same: same, shingles: make([][]uint64, len(same)),
		bits: make([]*shingleBits, len(same)), ones: make([]int, len(same)),
		folded: make([]*foldedBits, len(same)), foldedOnes: make([]int, len(same)), memo: map[[2]int]bool{}}
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

// compute answers copies for two first copies.
func (c *copyCache) compute(i, j int) bool {
	c.ensure(i)
	c.ensure(j)
	if len(c.shingles[i]) > len(c.shingles[j]) {
		i, j = j, i
	}
	x, y := c.shingles[i], c.shingles[j] // x the shorter
	// A copy shares at least need shingles; the count stops as soon as
	// what is left of the shorter side cannot reach it.
	need := max(minCopyShingles, int(math.Ceil(nearCopy*float64(len(x)))))
	if len(x) < need {
		return false
	}
	// A shingle of x is in y only if its bit is set in both bitmaps: at
	// most one shingle per bit they share, plus the shingles x has more
	// than bits (two on one bit). The same holds of the bitmaps folded to
	// a quarter: most pairs fail on their 32 words, most others on the
	// 128.
	if c.folded[i].shared(c.folded[j])+len(x)-c.foldedOnes[i] < need {
		return false
	}
	if c.bits[i].shared(c.bits[j])+len(x)-c.ones[i] < need {
		return false
	}
	return mayShare(x, c.bits[j], need) && sorted.AtLeast(x, y, need)
}

// ensure computes document k's shingles and their bitmap once (a test
// may have given the shingles).
func (c *copyCache) ensure(k int) {
	if c.shingles[k] == nil {
		c.shingles[k] = wordShingles(c.docs[k])
	}
	if c.bits[k] == nil {
		c.bits[k] = newShingleBits(c.shingles[k])
		c.ones[k] = c.bits[k].ones()
		c.folded[k] = c.bits[k].fold()
		c.foldedOnes[k] = c.folded[k].ones()
	}
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

// wordShingles hashes every run of four words of a document's article
// sentences, lowercased; the result is sorted and unique, and not nil.
// A word is a run of letters and digits; its hash is FNV-1a over the
// UTF-8 of its lowercased runes, as strings.ToLower would spell it,
// computed while the text is read, without a string per word.
func wordShingles(d *source.Document) []uint64 {
	buf := shingleBufs.Get().(*[]uint64)
	defer shingleBufs.Put(buf)
	out := (*buf)[:0]
	var win [4]uint64
	n := 0
	push := func(h uint64) {
		copy(win[:], win[1:])
		win[3] = h
		n++
		if n >= 4 {
			out = append(out, ((win[0]*31+win[1])*31+win[2])*31+win[3])
		}
	}
	var enc [utf8.UTFMax]byte
	for _, s := range d.Sentences {
		if !s.Kind.IsArticle() {
			continue
		}
		h, in := uint64(fnvOffset), false
		for _, r := range s.Text {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if in {
					push(h)
					h, in = fnvOffset, false
				}
				continue
			}
			in = true
			for _, b := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
				h = (h ^ uint64(b)) * fnvPrime
			}
		}
		if in {
			push(h)
		}
	}
	*buf = out
	slices.Sort(out)
	// Held for every document until events are found, while provenance
	// reads the texts: at its final size (and not nil).
	return append([]uint64{}, slices.Compact(out)...)
}

// shingleBufs are where wordShingles gathers a document's hashes before
// it copies them out at their final size: reused, not grown from empty
// for every document.
var shingleBufs = sync.Pool{New: func() any { return new([]uint64) }}

// FNV-1a, 64 bits (hash/fnv's constants).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func absDays(a, b time.Time) float64 {
	return math.Abs(a.Sub(b).Hours() / 24)
}

// feature is one weighted entry of a sparse profile.
type feature struct {
	id int32
	w  float64
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
