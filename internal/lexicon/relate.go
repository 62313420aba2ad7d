package lexicon

import (
	"cmp"
	"slices"
	"sync"

	"github.com/factcheck/factcheck/internal/lexicon/internal/table"
	"github.com/factcheck/factcheck/internal/sorted"
)

// Relation is the natural-logic relation between two words, read from a
// to b: the first text said a, the second says b.
type Relation uint8

// Relations, weakest first.
const (
	// Unrelated: no WordNet evidence links the words (or one is unknown).
	Unrelated Relation = iota
	// Equivalent: the same lemma, a shared synset in any sense, or a
	// derivational link ('+') from a sense of one to a synset of the other
	// ("ban"/"banned", "decline"/"declining", "rise"/"climb").
	Equivalent
	// Narrower: b is more specific than a, a hyponym ("vehicle" -> "truck").
	Narrower
	// Broader: b is more general than a, a hypernym or instance hypernym
	// within MaxHypernymSteps ("truck" -> "vehicle").
	Broader
	// Alternation: exclusive siblings, co-hyponyms of a specific shared
	// hypernym ("tuesday"/"wednesday", "ukraine"/"poland"); see
	// AltMinDepth and AltMaxSteps.
	Alternation
	// Opposite: antonyms ("rise"/"fall", "hot"/"cold"); see Via.
	Opposite
)

var relationNames = [...]string{"unrelated", "equivalent", "narrower", "broader", "alternation", "opposite"}

func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "relation?"
}

// Via says which WordNet evidence gave an Equivalent or Opposite relation.
type Via uint8

const (
	ViaNone Via = iota
	// ViaLemma: the words share a lemma (Equivalent).
	ViaLemma
	// ViaSynset: for Equivalent, the words share a synset; for Opposite,
	// a sense of each is in a pair of synsets joined by an antonym pointer,
	// though the pointer names other words of those synsets ("drop" in the
	// synset of "decrease", which is the antonym of "increase").
	ViaSynset
	// ViaAntonym: a direct lexical antonym pointer between the two lemmas.
	ViaAntonym
	// ViaCluster: an indirect adjective antonym: the head adjectives of
	// the words' similar-to clusters are antonyms ("wet"/"arid").
	ViaCluster
	// ViaDerivation: through a derivationally related form, for Equivalent
	// a sense of one word derived from a synset of the other, for Opposite
	// an antonym of a derived form ("gain"/"lose").
	ViaDerivation
	// ViaHypernym: for Opposite, each word is, or is one step below, one
	// of two antonyms ("tumble" under "fall" against "rise"; "schoolgirl"
	// under "girl" against "boy"): what the one is, the other excludes.
	ViaHypernym
)

var viaNames = [...]string{"", "lemma", "synset", "antonym", "cluster", "derivation", "hypernym"}

func (v Via) String() string {
	if int(v) < len(viaNames) {
		return viaNames[v]
	}
	return "via?"
}

// Thresholds of the hierarchy tests.
const (
	// MaxHypernymSteps bounds the hypernym walk for Broader and Narrower;
	// WordNet's deepest noun is 19 steps below "entity", so this admits
	// nearly any ancestor while keeping the walk bounded.
	MaxHypernymSteps = 16
	// AltMinDepth is the least depth (hypernym steps from the root, by the
	// shortest path) of a shared hypernym for Alternation. Depths 0-3 are
	// "entity", "physical entity", "abstraction", "object", "whole",
	// "causal agent", "person", "act"-like classes: siblings under them
	// ("road"/"idea") are merely different, not exclusive.
	AltMinDepth = 4
	// AltMaxSteps is the most hypernym steps from each word's sense to the
	// shared hypernym for Alternation. Siblings (1) and cousins (2) are
	// mostly kinds that exclude each other; further apart the shared
	// hypernym says little.
	AltMaxSteps = 2
)

// Detail is a Relation with the evidence behind it.
type Detail struct {
	Relation Relation
	Via      Via // for Equivalent and Opposite
	// Hypernym is the first lemma of the synset the relation goes through:
	// the shared hypernym for Alternation, the more general word's synset
	// for Broader and Narrower.
	Hypernym string
	// Depth is the Hypernym's shortest distance to the root (Alternation).
	Depth int
	// StepsA and StepsB are the hypernym steps from a's and b's senses up
	// to Hypernym (Alternation: both; Broader: StepsA; Narrower: StepsB).
	StepsA, StepsB int
	// Overlapping marks an Alternation whose shared hypernym is a kind of
	// group, act, communication, state, psychological feature or relation:
	// WordNet's co-hyponyms there often overlap (a summit is a conference,
	// a ceremony a role), where those of physical things, attributes and
	// measures exclude each other (a boat is not a car, yellow not blue, a
	// month not a year).
	Overlapping bool
}

// overlappingTops are the WordNet noun concepts under which co-hyponyms
// overlap (see Detail.Overlapping), by their first lemma.
var overlappingTops = map[string]bool{
	"group": true, "act": true, "communication": true, "state": true,
	"psychological feature": true, "relation": true,
}

// overlapping reports whether syn or one of its hypernyms is one of the
// overlappingTops.
func overlapping(t *table.Tables, syn int32) bool {
	for _, a := range ancestors(t, []sense{{syn: syn}}, 32) {
		if overlappingTops[firstLemma(t, a.syn)] {
			return true
		}
	}
	return false
}

// Relate types the substitution of b for a using WordNet, over all parts
// of speech and senses of both words (lemmas or inflected forms,
// multiword allowed). When several relations hold through different
// senses the strongest evidence wins, in the order Equivalent, Opposite,
// Broader or Narrower, Alternation: Equivalent first because a shared
// sense means the substitution can be a paraphrase, so a conflict must not
// be claimed. Between Broader and Narrower the shorter hypernym path wins,
// Broader on a tie. Alternation is only for nouns; verb hierarchies are too
// shallow for a specific shared hypernym.
func Relate(a, b string) Relation { return RelateDetail(a, b).Relation }

// mainSenseCount is how many of a lemma's senses per part of speech, most
// frequent first, the hypernym tests read (opposites through a hypernym,
// VerbSiblings): rare senses join unrelated things ("kill" is also "to
// hurt", which would make killing and wounding one act).
const mainSenseCount = 2

// mainSenses keeps the first mainSenseCount senses of each lemma in each
// part of speech (ss is in WordNet's sense order per lemma).
func mainSenses(t *table.Tables, ss []sense) []sense {
	type key struct {
		lemma int32
		pos   POS
	}
	n := map[key]int{}
	var out []sense
	for _, s := range ss {
		k := key{s.lemma, posOf(t, s.syn)}
		if n[k] < mainSenseCount {
			n[k]++
			out = append(out, s)
		}
	}
	return out
}

// VerbSiblings reports whether two verbs name kinds of one act: one of the
// main senses of each has the same direct hypernym ("execute" and
// "slaughter" are both ways to "kill"), or one is the other's.
func VerbSiblings(a, b string) bool {
	t := tables()
	verbs := func(w string) []sense {
		var out []sense
		for _, s := range mainSenses(t, sensesOf(t, lemmaIDs(t, normalize(w), Verb, nil))) {
			if posOf(t, s.syn) == Verb {
				out = append(out, s)
			}
		}
		return out
	}
	va, vb := withParents(t, verbs(a)), withParents(t, verbs(b))
	for _, x := range va {
		if hasSyn(vb, x.syn) {
			return true
		}
	}
	return false
}

// RelateDetail is Relate with the evidence: for Alternation the shared
// hypernym, its depth and each word's distance to it, so callers can
// demand more closeness than the package's thresholds.
func RelateDetail(a, b string) Detail {
	t := tables()
	a, b = normalize(a), normalize(b)
	if a == "" || b == "" {
		return Detail{}
	}
	if a == b {
		return Detail{Relation: Equivalent, Via: ViaLemma}
	}
	wa, wb := wordOf(t, a), wordOf(t, b)
	for _, l := range wa.lemmas {
		if slices.Contains(wb.lemmas, l) {
			return Detail{Relation: Equivalent, Via: ViaLemma}
		}
	}
	sa, sb := wa.senses, wb.senses
	if len(sa) == 0 || len(sb) == 0 {
		return Detail{}
	}
	if v := equivalent(wa, wb); v != ViaNone {
		return Detail{Relation: Equivalent, Via: v}
	}
	if v := opposite(t, sa, sb); v != ViaNone {
		return Detail{Relation: Opposite, Via: v}
	}
	if opposite(t, withDerived(t, sa), withDerived(t, sb)) != ViaNone {
		return Detail{Relation: Opposite, Via: ViaDerivation}
	}
	if d, ok := hyponymy(t, wa, wb); ok {
		return d
	}
	if antonymSynsets(t, withParents(t, mainSenses(t, sa)), withParents(t, mainSenses(t, sb))) {
		return Detail{Relation: Opposite, Via: ViaHypernym}
	}
	if d, ok := alternation(t, wa, wb); ok {
		return d
	}
	return Detail{}
}

// Entails reports whether the substitution of b for a keeps a's meaning
// or widens it: RelateDetail(a, b) is Equivalent or Broader. It is the
// test alignment asks of every pair of words, so it tries the cheap
// relations first and looks for antonyms only to rule out a Broader.
func Entails(a, b string) bool {
	t := tables()
	a, b = normalize(a), normalize(b)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	wa, wb := wordOf(t, a), wordOf(t, b)
	for _, l := range wa.lemmas {
		if slices.Contains(wb.lemmas, l) {
			return true
		}
	}
	sa, sb := wa.senses, wb.senses
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	if equivalent(wa, wb) != ViaNone {
		return true
	}
	if d, ok := hyponymy(t, wa, wb); !ok || d.Relation != Broader {
		return false
	}
	return opposite(t, sa, sb) == ViaNone && opposite(t, withDerived(t, sa), withDerived(t, sb)) == ViaNone
}

// sense is one meaning of a lemma: a synset holding it.
type sense struct{ syn, lemma int32 }

// word is what Relate reads of one word, computed once per word: a
// corpus compares each word with hundreds of others.
type word struct {
	lemmas []int32
	senses []sense
	up     []anc     // hypernyms of every sense, up to MaxHypernymSteps, sorted by synset
	upHas  synFilter // the synsets of up
	nounUp []anc     // hypernyms of the noun senses, up to AltMaxSteps
	syns   []int32   // the synsets of the senses, sorted, each once
	deriv  []int32   // the synsets the senses' lemmas derive into, sorted, each once
}

// equivalent reports how two words share a meaning: a shared synset, or a
// derivation from one word's lemma into a synset of the other; ViaNone
// when they do not.
func equivalent(wa, wb *word) Via {
	if sorted.AtLeast(wa.syns, wb.syns, 1) {
		return ViaSynset
	}
	if sorted.AtLeast(wa.syns, wb.deriv, 1) || sorted.AtLeast(wa.deriv, wb.syns, 1) {
		return ViaDerivation
	}
	return ViaNone
}

var wordCache sync.Map // normalized word → *word

func wordOf(t *table.Tables, w string) *word {
	if v, ok := wordCache.Load(w); ok {
		return v.(*word)
	}
	x := &word{lemmas: allLemmaIDs(t, w)}
	x.senses = sensesOf(t, x.lemmas)
	x.up = ancestors(t, x.senses, MaxHypernymSteps)
	slices.SortFunc(x.up, func(a, b anc) int { return cmp.Compare(a.syn, b.syn) })
	for _, a := range x.up {
		x.upHas.add(a.syn)
	}
	var nouns []sense
	for _, s := range x.senses {
		if posOf(t, s.syn) == Noun {
			nouns = append(nouns, s)
		}
	}
	if len(nouns) > 0 {
		x.nounUp = ancestors(t, nouns, AltMaxSteps)
	}
	for _, s := range x.senses {
		x.syns = append(x.syns, s.syn)
		triples(t.Deriv.Row(s.syn), func(src, syn, _ int32) bool {
			if src == s.lemma {
				x.deriv = append(x.deriv, syn)
			}
			return false
		})
	}
	slices.Sort(x.syns)
	x.syns = slices.Clip(slices.Compact(x.syns))
	slices.Sort(x.deriv)
	x.deriv = slices.Clip(slices.Compact(x.deriv))
	v, _ := wordCache.LoadOrStore(w, x)
	return v.(*word)
}

func sensesOf(t *table.Tables, lemmas []int32) []sense {
	var out []sense
	for _, l := range lemmas {
		for _, s := range t.LemmaSyn.Row(l) {
			out = append(out, sense{s, l})
		}
	}
	return out
}

func hasSyn(ss []sense, syn int32) bool {
	for _, s := range ss {
		if s.syn == syn {
			return true
		}
	}
	return false
}

// triples calls fn for each (source lemma, target synset, target lemma)
// of a lexical pointer row, stopping when fn returns true.
func triples(row []int32, fn func(src, syn, dst int32) bool) bool {
	for i := 0; i+2 < len(row); i += 3 {
		if fn(row[i], row[i+1], row[i+2]) {
			return true
		}
	}
	return false
}

// opposite looks for antonymy between the senses, strongest evidence
// first, in both directions (WordNet's antonym pointers are nearly always
// mutual, but not quite).
func opposite(t *table.Tables, sa, sb []sense) Via {
	direct := func(x, y []sense) bool {
		for _, s := range x {
			if triples(t.Ant.Row(s.syn), func(src, syn, dst int32) bool {
				return src == s.lemma && slices.Contains(y, sense{syn, dst})
			}) {
				return true
			}
		}
		return false
	}
	if direct(sa, sb) || direct(sb, sa) {
		return ViaAntonym
	}
	if antonymSynsets(t, sa, sb) {
		return ViaSynset
	}
	// Indirect adjective antonyms: the antonyms of a's cluster heads are
	// heads of clusters holding a sense of b. A cluster is a loose
	// relation: one of the two senses must be a main one, or rare senses
	// make opposites of "conservative" (cautious, so moderate) and "far"
	// (as in "the far right", so immoderate).
	antHeads := map[int32]bool{} // head → whether a main sense of a leads to it
	main := func(ss []sense) []bool {
		m := mainSenses(t, ss)
		out := make([]bool, len(ss))
		for i, s := range ss {
			out[i] = slices.Contains(m, s)
		}
		return out
	}
	mainA, mainB := main(sa), main(sb)
	for i, s := range sa {
		for _, h := range heads(t, s.syn) {
			triples(t.Ant.Row(h), func(_, syn, _ int32) bool {
				antHeads[syn] = antHeads[syn] || mainA[i]
				return false
			})
		}
	}
	for i, s := range sb {
		for _, h := range heads(t, s.syn) {
			if m, ok := antHeads[h]; ok && (m || mainB[i]) {
				return ViaCluster
			}
		}
	}
	return ViaNone
}

// antonymSynsets reports whether a synset of x holds an antonym of a
// word in a synset of y, or the other way round.
func antonymSynsets(t *table.Tables, x, y []sense) bool {
	one := func(x, y []sense) bool {
		for _, s := range x {
			if triples(t.Ant.Row(s.syn), func(_, syn, _ int32) bool { return hasSyn(y, syn) }) {
				return true
			}
		}
		return false
	}
	return one(x, y) || one(y, x)
}

// withParents returns the senses plus their direct hypernyms (as senses
// without a lemma).
func withParents(t *table.Tables, ss []sense) []sense {
	out := append([]sense(nil), ss...)
	for _, s := range ss {
		for _, h := range t.Hyper.Row(s.syn) {
			if !hasSyn(out, h) {
				out = append(out, sense{h, -1})
			}
		}
	}
	return out
}

// heads returns the head synsets of an adjective synset's similar-to
// cluster: itself for a head, its & targets for a satellite; nil for
// other parts of speech.
func heads(t *table.Tables, syn int32) []int32 {
	if posOf(t, syn) != Adj {
		return nil
	}
	if h := t.Similar.Row(syn); len(h) > 0 {
		return h
	}
	return []int32{syn}
}

// withDerived returns the senses plus the senses their derivation pointers
// lead to ("gain" the verb -> "gain" the noun).
func withDerived(t *table.Tables, ss []sense) []sense {
	out := append([]sense(nil), ss...)
	for _, s := range ss {
		triples(t.Deriv.Row(s.syn), func(src, syn, dst int32) bool {
			if src == s.lemma && !slices.Contains(out, sense{syn, dst}) {
				out = append(out, sense{syn, dst})
			}
			return false
		})
	}
	return out
}

// anc is a hypernym of some sense, steps above it.
type anc struct {
	syn   int32
	steps int
}

// ancestors returns the synsets of ss and their hypernyms up to maxSteps,
// each once with its least distance, breadth first (so in a deterministic
// order of increasing distance).
func ancestors(t *table.Tables, ss []sense, maxSteps int) []anc {
	var out []anc
	var seen map[int32]bool // once out is too long to scan
	add := func(syn int32, steps int) {
		if seen == nil {
			for _, a := range out {
				if a.syn == syn {
					return
				}
			}
			if len(out) == scanAncestors {
				seen = make(map[int32]bool, 2*scanAncestors)
				for _, a := range out {
					seen[a.syn] = true
				}
			}
		}
		if seen != nil {
			if seen[syn] {
				return
			}
			seen[syn] = true
		}
		out = append(out, anc{syn, steps})
	}
	for _, s := range ss {
		add(s.syn, 0)
	}
	for start := 0; start < len(out); start++ {
		a := out[start]
		if a.steps == maxSteps {
			continue
		}
		for _, h := range t.Hyper.Row(a.syn) {
			add(h, a.steps+1)
		}
	}
	return out
}

// scanAncestors is how many ancestors ancestors looks through for a
// repeat before it keeps them in a map.
const scanAncestors = 32

func find(as []anc, syn int32) (int, bool) {
	for _, a := range as {
		if a.syn == syn {
			return a.steps, true
		}
	}
	return 0, false
}

// findSorted is find in ancestors sorted by synset (each synset once).
func findSorted(as []anc, syn int32) (int, bool) {
	lo, hi := 0, len(as)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if as[m].syn < syn {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(as) && as[lo].syn == syn {
		return as[lo].steps, true
	}
	return 0, false
}

// synFilter is a Bloom filter of a set of synsets: a clear bit proves a
// synset absent, so hyponymy looks up only the few senses it may find.
type synFilter [8]uint64

func synBit(syn int32) (int, uint64) {
	h := uint32(syn) * 2654435761 // Knuth's multiplicative hash
	return int(h >> 29), 1 << (h >> 23 & 63)
}

func (f *synFilter) add(syn int32) {
	i, b := synBit(syn)
	f[i] |= b
}

func (f *synFilter) mayHave(syn int32) bool {
	i, b := synBit(syn)
	return f[i]&b != 0
}

// hyponymy finds b among a's hypernyms (Broader) or a among b's
// (Narrower), preferring the shorter path.
func hyponymy(t *table.Tables, wa, wb *word) (Detail, bool) {
	best := Detail{}
	bestSteps := MaxHypernymSteps + 1
	try := func(up []anc, has *synFilter, other []sense, r Relation) {
		for _, s := range other {
			if !has.mayHave(s.syn) {
				continue
			}
			if n, ok := findSorted(up, s.syn); ok && n > 0 && n < bestSteps {
				bestSteps = n
				best = Detail{Relation: r, Hypernym: firstLemma(t, s.syn), Depth: int(t.Depth[s.syn])}
				if r == Broader {
					best.StepsA = n
				} else {
					best.StepsB = n
				}
			}
		}
	}
	try(wa.up, &wa.upHas, wb.senses, Broader)
	try(wb.up, &wb.upHas, wa.senses, Narrower)
	return best, best.Relation != Unrelated
}

// alternation finds a shared noun hypernym at least AltMinDepth deep and
// at most AltMaxSteps above a sense of each word, preferring the closest
// pair, then the deepest hypernym.
func alternation(t *table.Tables, wa, wb *word) (Detail, bool) {
	upA, upB := wa.nounUp, wb.nounUp
	if len(upA) == 0 || len(upB) == 0 {
		return Detail{}, false
	}
	var best Detail
	for _, x := range upA {
		depth := int(t.Depth[x.syn])
		if x.steps == 0 || depth < AltMinDepth {
			continue
		}
		y, ok := find(upB, x.syn)
		if !ok || y == 0 {
			continue
		}
		if best.Relation == Unrelated || x.steps+y < best.StepsA+best.StepsB ||
			x.steps+y == best.StepsA+best.StepsB && depth > best.Depth {
			best = Detail{Relation: Alternation, Hypernym: firstLemma(t, x.syn), Depth: depth, StepsA: x.steps, StepsB: y, Overlapping: overlapping(t, x.syn)}
		}
	}
	return best, best.Relation == Alternation
}

func firstLemma(t *table.Tables, syn int32) string {
	if row := t.SynLemma.Row(syn); len(row) > 0 {
		return t.Lemmas.At(row[0])
	}
	return ""
}
