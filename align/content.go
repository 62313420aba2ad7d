package align

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	wordnet "github.com/factcheck/factcheck/internal/lexicon"
	"github.com/factcheck/factcheck/internal/par"
	"github.com/factcheck/factcheck/internal/sorted"
)

// Alignment by content: a claim is paired with the claim of each other
// source that states most of what it says, found through an index of
// content lemmas and entity keys weighted by rarity, and scored by
// asymmetric coverage (how much of one claim's content the other states,
// synonyms and derivations counting as matches). Slot values (names,
// numbers, times) that differ do not count against a pair: they are what
// the diff compares.

// unitKind is what a unit of a claim is.
type unitKind uint8

const (
	uWord     unitKind = iota // a content word
	uEntity                   // a named entity, read as one unit
	uTime                     // a resolved time expression
	uQuantity                 // a counted quantity
	uNeg                      // a negation: not, never, no, n't, without
	uNumber                   // a number word or figure outside a quantity slot
)

// unit is one comparable piece of a claim.
type unit struct {
	kind       unitKind
	start, end int    // span in the document's Text
	text       string // as written
	key        string // lemma of a word, key of an entity, normalized value of a slot
	low        string // lowercase form of a word
	id         int32  // a word's key interned (wordIDs), 0 if none: memo keys
	ent        *claims.Mention
	tm         *claims.Time
	q          *claims.Quantity
	node       int // the claim the unit was read from
	// credit marks a name of a source sentence's attribution ("the
	// authority of Oman announced that …"): it aligns a restatement, but
	// it is who said the claim, not a value of it, and is never compared.
	credit bool
	// clauseEnd marks a unit a comma, semicolon or colon follows: the
	// claim's next words begin another clause.
	clauseEnd bool
}

// content reports whether a unit carries content that alignment weighs.
func (u *unit) content() bool { return u.kind == uWord || u.kind == uEntity }

// negations are the words that negate what follows them.
var negations = map[string]bool{"not": true, "never": true, "no": true, "n't": true, "without": true, "nobody": true, "nothing": true, "none": true, "neither": true, "nor": true}

// unitsOf reads a claim into units: slots first (each entity, resolved
// time and counted quantity is one unit at its first word), then the
// content words and negations between them.
func unitsOf(c *claims.Claim) []unit {
	type slot struct {
		start, end int
		u          unit
	}
	var slots []slot
	for i := range c.Entities {
		m := &c.Entities[i]
		if m.Key == "" || commonWordAtStart(c, m) {
			continue
		}
		slots = append(slots, slot{m.Start, m.End, unit{kind: uEntity, start: m.Start, end: m.End, text: m.Text, key: m.Key, ent: m}})
	}
	for i := range c.Times {
		t := &c.Times[i]
		if t.Attributive {
			continue
		}
		key := timeValue(*t).norm
		if t.From.IsZero() || t.Relative && t.Anchor.IsZero() {
			// A weekday without a date to count back from still names
			// one day of the week; another time that did not resolve is
			// compared by its words.
			if key = weekdayKey(t.Text); key == "" {
				continue
			}
		}
		slots = append(slots, slot{t.Start, t.End, unit{kind: uTime, start: t.Start, end: t.End, text: t.Text, key: key, tm: t}})
	}
	for i := range c.Quantities {
		q := &c.Quantities[i]
		// A classifier ("the 30-year-old sergeant", "a 6.1-magnitude
		// quake") is compared by its words, but for a span of time: "a
		// 10-year sentence", "the one-month anniversary" count one.
		if kindName(q) {
			continue
		}
		slots = append(slots, slot{q.Start, q.End, unit{kind: uQuantity, start: q.Start, end: q.End, text: q.Text, key: quantityValue(*q).norm, q: q}})
	}
	sort.Slice(slots, func(i, j int) bool {
		if slots[i].start != slots[j].start {
			return slots[i].start < slots[j].start
		}
		return slots[i].end > slots[j].end
	})
	words := claims.Words(c)
	out := make([]unit, 0, len(words))
	emitted, si := -1, 0 // end of the last slot emitted; next slot
	count := false       // whether that slot is a quantity
	for wi, w := range words {
		// A slot is emitted at its first word; words inside it are part
		// of it, and so is a slot nested in it, but for a nationality in
		// a count: "41 Peruvian fishermen" says whose as well as how many.
		for si < len(slots) && slots[si].start < w.End {
			if s := slots[si]; s.end > emitted {
				out = append(out, s.u)
				emitted, count = s.end, s.u.kind == uQuantity
			} else if count && s.u.kind == uEntity && s.u.ent.Demonym {
				out = append(out, s.u)
			}
			si++
		}
		if w.Start < emitted {
			continue
		}
		if w.Punct {
			if n := len(out); n > 0 && (w.Text == "," || w.Text == ";" || w.Text == ":") {
				out[n-1].clauseEnd = true
			}
			continue
		}
		if spacedContraction(words, wi+1) {
			continue // "hadn" of "hadn ’ t": the negation is read at its "t"
		}
		switch {
		case (negations[w.Low] || strings.HasSuffix(w.Low, "n't")) && !compounded(c, w) || implicative(words, wi) || spacedContraction(words, wi-1):
			out = append(out, unit{kind: uNeg, start: w.Start, end: w.End, text: w.Text, key: "not", low: w.Low})
		case w.Number:
			if !partOfName(c, words, wi) {
				out = append(out, unit{kind: uNumber, start: w.Start, end: w.End, text: w.Text, key: numberKey(w.Low), low: w.Low})
			}
		case w.Stop || len(w.Low) < 2:
		default:
			out = append(out, unit{kind: uWord, start: w.Start, end: w.End, text: w.Text, key: w.Lemma, low: w.Low})
		}
	}
	for ; si < len(slots); si++ {
		if s := slots[si]; s.end > emitted {
			out = append(out, s.u)
			emitted = s.end
		}
	}
	return out
}

// spacedContraction reports whether words[i] is the apostrophe of a
// negative contraction written with spaces, as tokenized corpora write
// them ("hadn ’ t been submitted", "didn ' t return"): the word before
// ends in n and the word after is t.
func spacedContraction(words []claims.Word, i int) bool {
	if i < 1 || i+1 >= len(words) || !words[i].Punct {
		return false
	}
	switch words[i].Text {
	case "'", "’":
	default:
		return false
	}
	return strings.HasSuffix(words[i-1].Low, "n") && words[i+1].Low == "t"
}

// weekdayKey returns "weekday:NAME" for a time written as a weekday
// ("Thursday", "Thursday morning"), "" otherwise.
func weekdayKey(text string) string {
	first, _, _ := strings.Cut(text, " ")
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(first, d.String()) {
			return "weekday:" + strings.ToLower(d.String())
		}
	}
	return ""
}

// partOfName reports whether the number at words[i] is not a count: a
// clock time ("11:11 GMT", "0241 GMT"), a model or a classifier joined by a
// hyphen ("AK-47s", "30-year-old", "6.1-magnitude"). A classifier names a
// kind of thing: "the 30-year-old sergeant" and "the 16-year-old" are two
// people, and the words of "year-old" would frame them as one slot.
func partOfName(c *claims.Claim, words []claims.Word, i int) bool {
	glued := func(k int) bool { return k >= 0 && k < len(words) && words[k].Glued }
	next := func(k int) string {
		if k < len(words) {
			return words[k].Low
		}
		return ""
	}
	switch {
	case glued(i) && i > 0 && (words[i-1].Low == "-" || words[i-1].Low == ":"):
		return true // AK-47, the minutes of 6:41
	case glued(i+1) && (next(i+1) == "-" || next(i+1) == ":" || !words[i+1].Punct):
		return true // 30-year-old, the hour of 11:11, 47s
	}
	switch next(i + 1) {
	case "gmt", "utc", "a.m.", "p.m.", "am", "pm":
		return true
	}
	return false
}

// compounded reports whether a word is joined by a hyphen to the next:
// "never-before-seen details" and "no-fly zone" name things, they deny
// nothing.
func compounded(c *claims.Claim, w claims.Word) bool {
	return w.End < len(c.Doc.Text) && c.Doc.Text[w.End] == '-'
}

// commonWordAtStart reports whether a mention is one capitalized word at
// the start of its claim that English uses as a common word
// ("Previously", "Meanwhile"): the capital is the sentence's, not a
// name's. It is compared as a word.
func commonWordAtStart(c *claims.Claim, m *claims.Mention) bool {
	return m.Start == c.Start && !strings.ContainsAny(m.Text, " .-") && m.Type != claims.Place && wordnet.Known(strings.ToLower(m.Text))
}

// implicative reports whether words[i] is a verb that negates the
// infinitive it governs: "failed to capture" did not capture, "refused to
// sign" did not sign.
func implicative(words []claims.Word, i int) bool {
	switch words[i].Lemma {
	case "fail", "refuse":
		return i+1 < len(words) && words[i+1].Low == "to"
	}
	return false
}

// numberKey normalizes a number word or figure: "five" and "5" are one
// value.
func numberKey(low string) string {
	if v, ok := claims.NumberWord(low); ok {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strings.ReplaceAll(low, ",", "")
}

// units returns a node's units, read once.
func (a *Alignment) units(i int) []unit {
	n := a.nodes[i]
	if n.units == nil {
		n.units = unitsOf(n.c)
		if n.units == nil {
			n.units = []unit{}
		}
		for k := range n.units {
			n.units[k].node = i
		}
		a.words.assign(n.units)
	}
	return n.units
}

// contentIndex is the run's content vocabulary: document frequency of each
// lemma and key, for rarity weights.
type contentIndex struct {
	df    map[string]int
	total int
}

func (ix *contentIndex) weight(key string) float64 {
	return math.Log(1 + float64(ix.total+1)/float64(ix.df[key]+1))
}

// coverage is how much of x's content y states: the weighted share of
// x's content units that some unit of y matches. Units of x whose value
// y gives differently (an entity of the same type, a time, a number) are
// left out of both sides: they are what a diff compares.
func (a *Alignment) coverage(x, y []unit) float64 {
	var got, all float64
	for i := range x {
		u := &x[i]
		if !u.content() {
			continue
		}
		w := a.cindex.weight(u.key)
		if u.kind == uEntity {
			w *= 1.5
		}
		switch matchIn(a, u, y) {
		case matchSame:
			got += w
			all += w
		case matchSlot:
			// an entity of the same kind in the other claim: a substitution
			// to compare, not missing content
		default:
			all += w
		}
	}
	if all == 0 {
		return 0
	}
	return got / all
}

type matchKind uint8

const (
	matchNone matchKind = iota
	matchSame
	matchSlot
)

// matchIn says whether some unit of ys states u.
func matchIn(a *Alignment, u *unit, ys []unit) matchKind {
	best := matchNone
	for j := range ys {
		switch m := a.match(u, &ys[j]); m {
		case matchSame:
			return m
		case matchSlot:
			best = m
		}
	}
	return best
}

// match compares two units: the same content (the same lemma, a synonym
// or derivation, the same referent or a place inside the other), a slot
// of the same kind with another value, or nothing.
func (a *Alignment) match(x, y *unit) matchKind {
	if x.kind != y.kind {
		if headOf(x, y) || headOf(y, x) {
			return matchSame
		}
		return matchNone
	}
	switch x.kind {
	case uWord:
		if x.key == y.key || x.low == y.low || a.lexEquivalent(x, y) {
			return matchSame
		}
	case uEntity:
		if x.key == y.key || a.entityCompatible(x.ent, y.ent) {
			return matchSame
		}
		if x.ent.Type == y.ent.Type && x.ent.Demonym == y.ent.Demonym {
			// one standing where the other stood: a substitution (a
			// nationality says whose, a place where: never one for the
			// other)
			return matchSlot
		}
	case uNeg:
		return matchSame
	case uNumber:
		if x.key == y.key {
			return matchSame
		}
	case uTime, uQuantity:
		return matchSlot
	}
	return matchNone
}

// headOf reports whether the word w is the head noun of the name e: "the
// navy" for "the Indian Navy", "the court" for "the Supreme Court".
func headOf(w, e *unit) bool {
	if w.kind != uWord || e.kind != uEntity || e.ent.Type == claims.Person {
		return false
	}
	i := strings.LastIndexByte(e.ent.Text, ' ')
	return strings.EqualFold(e.ent.Text[i+1:], w.low)
}

// entityCompatible reports whether two mentions can name one referent: a
// place inside the other, or a demonym and its country.
func (a *Alignment) entityCompatible(x, y *claims.Mention) bool {
	if x.Key == y.Key || strings.EqualFold(x.Text, y.Text) || sameHead(x, y) || abbreviatedName(x.Key, y.Key) {
		return true
	}
	if x.Type != claims.Place || y.Type != claims.Place {
		return false
	}
	if leadingWords(x.Key, y.Key) || leadingWords(y.Key, x.Key) {
		return true // "Gaza City" and "Gaza", "Kerman province" and "Kerman"
	}
	return a.places != nil && (a.places.Within(x.Canonical, y.Canonical) || a.places.Within(y.Canonical, x.Canonical))
}

// abbreviatedName reports whether two names of as many words are one,
// some words abbreviated in one of them: "W." and "West", "Mt Kenya" and
// "Mount Kenya".
func abbreviatedName(x, y string) bool {
	xs, ys := strings.Fields(x), strings.Fields(y)
	if len(xs) == 0 || len(xs) != len(ys) {
		return false
	}
	for k := range xs {
		w, v := strings.TrimSuffix(xs[k], "."), strings.TrimSuffix(ys[k], ".")
		if w == "" || v == "" || !abbreviates(w, v) && !abbreviates(v, w) {
			return false
		}
	}
	return true
}

// leadingWords reports whether the name short is the first words of the
// name long.
func leadingWords(short, long string) bool {
	s, l := strings.Fields(short), strings.Fields(long)
	return len(s) > 0 && len(s) < len(l) && slices.Equal(s, l[:len(s)])
}

// sameHead reports whether one name is the other with words dropped
// ("Bridge" and "Harlow Bridge"), a word of the shorter standing for the
// initials of words of the longer ("INS Sukanya" and "Indian Naval Ship
// Sukanya"): a shorter or longer name of one referent. "UFO Media" and
// "Ozy Media" share a word, not a name.
func sameHead(x, y *claims.Mention) bool {
	xs, ys := strings.Fields(x.Key), strings.Fields(y.Key)
	if len(xs) > len(ys) {
		xs, ys = ys, xs
	}
	if len(xs) == 0 || len(xs) == len(ys) {
		return false
	}
	if k := slices.Index(ys, "of"); k > 0 && slices.Equal(xs, ys[:k]) {
		return true // "X of Y" is headed by X: "Mafia" and "Mafia of Gotti"
	}
	long := strings.Join(ys, " ")
	initials := make([]byte, len(ys))
	for i, w := range ys {
		initials[i] = w[0]
	}
	for _, w := range xs {
		if !slices.ContainsFunc(ys, func(v string) bool { return abbreviates(w, v) }) && !(len(w) > 1 && strings.Contains(string(initials), w)) {
			return false
		}
	}
	return abbreviates(xs[len(xs)-1], ys[len(ys)-1]) || strings.HasSuffix(long, xs[len(xs)-1])
}

// abbreviates reports whether a word of a name is another or its
// abbreviation: its letters in the other's order, from the same first
// letter ("mt" for "mount", "w" for "west", "ltd" for "limited").
func abbreviates(w, v string) bool {
	if w == v {
		return true
	}
	if len(w) >= len(v) || len(w) > 3 || w[0] != v[0] {
		return false
	}
	k := 0
	for i := 0; i < len(v) && k < len(w); i++ {
		if v[i] == w[k] {
			k++
		}
	}
	return k == len(w)
}

// buildContentIndex counts, for every lemma and key, the claims that use it.
func (a *Alignment) buildContentIndex() {
	a.buildContentIndexOf(func(int) bool { return true })
}

// buildContentIndexOf builds the index over the claims of the documents
// keep accepts.
func (a *Alignment) buildContentIndexOf(keep func(doc int) bool) {
	ix := &contentIndex{df: map[string]int{}}
	for i, n := range a.nodes {
		if !keep(n.doc) {
			continue
		}
		ix.total++
		for _, k := range distinctKeys(a.units(i)) {
			ix.df[k]++
		}
	}
	a.cindex = ix
}

// Thresholds of alignment by content.
const (
	// contentKeys is how many of a draft claim's rarest content keys look
	// up its candidates.
	contentKeys = 8
	// minDraftCover is the least share of a draft claim's content a
	// source claim must state for the two to be compared.
	minDraftCover = 0.5
)

// contrasted reports whether us[k] is the denied half of a contrast: "girls,
// not boys" states the girls and denies the boys.
func contrasted(us []unit, k int) bool {
	return k >= 2 && us[k-1].kind == uNeg && us[k-2].clauseEnd && us[k].kind == uWord
}

// buildVocab records, per document, every unit key its claims state.
func (a *Alignment) buildVocab() {
	a.buildVocabOf(func(int) bool { return true })
}

// buildVocabOf records the vocabulary of the documents keep accepts.
func (a *Alignment) buildVocabOf(keep func(doc int) bool) {
	a.vocab = make([]map[string]bool, len(a.docs))
	a.collocs = make([]map[[2]string]bool, len(a.docs))
	a.sets = make([]map[string][]unit, len(a.docs))
	a.counts = make([][]*claims.Quantity, len(a.docs))
	a.times = make([][]unit, len(a.docs))
	for i := range a.vocab {
		a.vocab[i] = map[string]bool{}
		a.collocs[i] = map[[2]string]bool{}
		a.sets[i] = map[string][]unit{}
	}
	for i, n := range a.nodes {
		if !keep(n.doc) {
			continue
		}
		us := a.units(i)
		for k, u := range us {
			if u.kind != uNeg && u.kind != uTime && !contrasted(us, k) {
				a.vocab[n.doc][u.key] = true
			}
			if k > 0 && u.kind == uWord && us[k-1].kind == uWord {
				a.collocs[n.doc][[2]string{us[k-1].key, u.key}] = true
			}
			if k > 0 && nationalityBefore(&us[k-1], &u) {
				a.sets[n.doc][u.key] = append(a.sets[n.doc][u.key], us[k-1])
			}
			switch {
			case u.kind == uQuantity && typed(&u):
				a.counts[n.doc] = append(a.counts[n.doc], u.q)
			case u.kind == uTime:
				a.times[n.doc] = append(a.times[n.doc], u)
			}
		}
	}
}

// nationalityBefore reports whether n is a nationality right before the
// word w it qualifies: "Israeli" in "Israeli carriers".
func nationalityBefore(n, w *unit) bool {
	return n.kind == uEntity && n.ent.Demonym && w.kind == uWord && w.start-n.end <= 1
}

// setOf returns the one nationality document d gives the set the word
// key names, wherever it names that set ("Israeli carriers"), or nil when
// it gives none or several.
func (a *Alignment) setOf(d int, key string) *unit {
	us := a.sets[d][key]
	if len(us) == 0 || slices.ContainsFunc(us, func(u unit) bool { return u.key != us[0].key }) {
		return nil
	}
	return &us[0]
}

// timeStated reports whether document d gives time u: a time that
// overlaps it, the same weekday where neither resolved, or a relative
// time read against another day, which cannot be told apart.
func (a *Alignment) timeStated(u *unit, d int) bool {
	return slices.ContainsFunc(a.times[d], func(o unit) bool {
		if !resolved(u) || !resolved(&o) {
			return u.key == o.key
		}
		xs, ys, _ := comparable([]claims.Time{*u.tm}, []claims.Time{*o.tm})
		return len(xs) == 0 || len(ys) == 0 || overlap(xs[0], ys[0])
	})
}

// countStated reports whether document d gives count q: a count of the
// same thing whose value agrees with q's (quantitiesAgree).
func (a *Alignment) countStated(q *claims.Quantity, d int) bool {
	return slices.ContainsFunc(a.counts[d], func(o *claims.Quantity) bool {
		return sameCount(*q, *o) && quantitiesAgree(*q, *o)
	})
}

// distinctKeys returns the keys of the content units, each once, in order.
func distinctKeys(us []unit) []string {
	var keys []string
	seen := map[string]bool{}
	for _, u := range us {
		if u.content() && !seen[u.key] {
			seen[u.key] = true
			keys = append(keys, u.key)
		}
	}
	return keys
}

// rarestKeys returns the k rarest distinct content keys of a unit list
// among those posted, or among all when postings is nil: a key no passage
// holds finds nothing, and a summary sentence that puts several words of
// its own would spend the lookup on them ("demanded … uninstall …
// possess … unacknowledged").
func (a *Alignment) rarestKeys(us []unit, k int, postings map[string][]int) []string {
	keys := distinctKeys(us)
	if postings != nil {
		keys = slices.DeleteFunc(keys, func(key string) bool { return len(postings[key]) == 0 })
	}
	sort.SliceStable(keys, func(i, j int) bool {
		di, dj := a.cindex.df[keys[i]], a.cindex.df[keys[j]]
		if di != dj {
			return di < dj
		}
		return keys[i] < keys[j]
	})
	if len(keys) > k {
		keys = keys[:k]
	}
	return keys
}

// alignContent pairs each claim of the draft with the sentence of each
// source (whatever its event) that states most of it, tiles what that
// sentence leaves with more sentences of the source, diffs them, keeps the
// contradictions the decision rule accepts and records the claim's
// support. It returns the postings of the source passages it looked the
// draft's claims up in (nil without a draft), for contentLimits.
func (a *Alignment) alignContent() map[string][]int {
	// Peers are compared by content only where one restates another
	// (alignRestatements): compared claim by claim, reports written apart
	// gave hundreds of false conflicts on ECB+.
	if a.draft < 0 {
		a.alignRestatements()
		return nil
	}
	a.buildContentIndex()
	a.buildVocab()
	a.buildPassages()
	a.diffs = map[string][]conflict{}
	a.seenDiff = map[string]bool{}
	postings := a.postings(func(int) bool { return true })
	for i, n := range a.nodes {
		if n.doc != a.draft {
			continue
		}
		best, score := a.bestPassages(i, postings, n.doc)
		results := map[int]diffResult{}
		contradicted := false
		for _, d := range sortedInts(best) {
			if score[d] < nearCover {
				continue
			}
			r, c := a.compare(i, d, best[d], score[d], postings)
			results[d] = r
			contradicted = contradicted || c
		}
		if !contradicted {
			contradicted = a.unsourcedName(i, best, results)
		}
		a.support = append(a.support, a.supportOf(i, best, score, results, contradicted))
	}
	return postings
}

// unsourcedCover is the least share of a draft claim a source passage
// must state for a name in the claim that no source gives to be read as
// put in place of the passage's.
const unsourcedCover = 0.8

// bareNameCover is the least share of a draft claim a passage must state
// for a bare name (bareName) in it to be read as put in place of the
// passage's: one capitalized word of no known kind is often no name at
// all ("the Islamist group" against "the village of Qana", in a passage
// that states four fifths of the claim in loose synonyms), so it needs
// nearly the whole claim around it ("recall 19 Cybertruck pickups to
// address a specific electrical connection issue" against "19 Endurance
// pickups").
const bareNameCover = 0.9

// bareName reports whether a unit is a name of one word of no known kind.
func bareName(u *unit) bool {
	return u.ent.Type == claims.Other && !strings.Contains(u.ent.Text, " ")
}

// unsourcedName records a name that draft claim (node) i gives and no
// source names, put where a source passage that restates the rest of the
// claim gives another name of its kind, which the draft gives nowhere:
// "the James Gunn Space Telescope peered into" against "the James Webb
// Space Telescope peered into". A name added beside the passage's names
// is a detail no source states, left to the support map; a passage with
// two such names does not say which one the draft replaced.
func (a *Alignment) unsourcedName(i int, best map[int]int, results map[int]diffResult) bool {
	for _, d := range sortedInts(results) {
		if results[d].cov < unsourcedCover {
			continue
		}
		for _, u := range results[d].extra {
			if u.kind != uEntity || a.namedBySource(u) {
				continue
			}
			y, ok := a.replacedName(u, a.passes[best[d]].units)
			if !ok || spellingVariants(u.ent.Text, y.ent.Text) {
				continue // "Technicolour" and "Technicolor": the name check's
			}
			if results[d].cov < bareNameCover && (bareName(u) || bareName(y)) {
				continue
			}
			if u.ent.Type == claims.Place && y.ent.Type == claims.Place && !a.knownPlaces(u, y) {
				continue // one may lie in the other (slotConflict)
			}
			c := conflict{a: i, b: y.node, va: diffValue(u), vb: diffValue(y)}
			if c.a > c.b {
				c.a, c.b, c.va, c.vb = c.b, c.a, c.vb, c.va
			}
			a.diffs["entity"] = append(a.diffs["entity"], c)
			return true
		}
	}
	return false
}

// replacedName returns the one name among a passage's units of u's kind
// that the draft does not give, nor any name of the draft can stand for.
func (a *Alignment) replacedName(u *unit, ys []unit) (*unit, bool) {
	var found *unit
	for j := range ys {
		y := &ys[j]
		if y.kind != uEntity || y.credit || y.class() != u.class() || a.stated(y, a.draft) || a.namedByDraft(y) {
			continue
		}
		if found != nil && found.key != y.key {
			return nil, false
		}
		found = y
	}
	return found, found != nil
}

// namedBySource reports whether some source names an entity of the draft:
// the same name, a longer or shorter form of it, or a place inside it (a
// source that says "London" sources the draft's "U.K."; one that says
// "Russia" does not source "Moscow").
func (a *Alignment) namedBySource(u *unit) bool {
	for d := range a.docs {
		if d != a.draft && a.stated(u, d) {
			return true
		}
	}
	return a.someEntity(func(doc int) bool { return doc != a.draft }, func(y *unit) bool { return a.names(y, u) })
}

// namedByDraft reports whether the draft names a source's entity, in the
// same sense.
func (a *Alignment) namedByDraft(y *unit) bool {
	return a.someEntity(func(doc int) bool { return doc == a.draft }, func(u *unit) bool { return a.names(y, u) })
}

// names reports whether the entity y, as given, sources the entity u:
// one name, or a place within u's.
func (a *Alignment) names(y, u *unit) bool {
	x, m := y.ent, u.ent
	if x.Key == m.Key || strings.EqualFold(x.Text, m.Text) || sameHead(x, m) {
		return true
	}
	return x.Type == claims.Place && m.Type == claims.Place && a.places != nil && a.places.Within(x.Canonical, m.Canonical)
}

// someEntity reports whether an entity unit of a document keep accepts
// satisfies f.
func (a *Alignment) someEntity(keep func(doc int) bool, f func(*unit) bool) bool {
	for k := range a.nodes {
		if !keep(a.nodes[k].doc) {
			continue
		}
		us := a.units(k)
		for j := range us {
			if us[j].kind == uEntity && f(&us[j]) {
				return true
			}
		}
	}
	return false
}

// restateShare is the least share of a source's content keys another,
// longer source of its event must use for the first to be read as
// restating it (a summary, a rewrite): its claims are then compared with
// the other's sentences as a draft's are. Reports written apart share
// far less: the test costs one set lookup per word and spares them the
// sentence search.
const restateShare = 0.7

// restateLength is how many times as many words as a restating source
// the restated one must have: a summary or a brief restates an article;
// two reports of one length are reports, compared claim by claim.
const restateLength = 3

// alignRestatements compares, in plain mode, the claims of each source
// that restates another with that source's sentences, as a draft's are.
func (a *Alignment) alignRestatements() {
	// The test reads the words the claims reader lemmatized, not units:
	// reading every claim into units would cost more than the rest.
	// Each document's distinct terms, sorted (a set per document was
	// filled on one goroutine, a map assignment a word).
	byDoc := make([][]int, len(a.docs))
	for i, n := range a.nodes {
		byDoc[n.doc] = append(byDoc[n.doc], i)
	}
	terms := make([][]string, len(a.docs))
	par.Each(len(terms), func(d int) {
		n := 0
		for _, i := range byDoc[d] {
			n += len(a.nodes[i].c.Terms)
		}
		ts := make([]string, 0, n)
		for _, i := range byDoc[d] {
			ts = append(ts, a.nodes[i].c.Terms...)
		}
		slices.Sort(ts)
		terms[d] = slices.Compact(ts)
	})
	var pairs [][2]int // restating document, restated document
	for x := range a.docs {
		if a.same[x] != x || len(terms[x]) == 0 {
			continue
		}
		for y := range a.docs {
			if y == x || a.same[y] != y || a.event[x] != a.event[y] || len(terms[y]) < restateLength*len(terms[x]) {
				continue
			}
			n := sorted.Count(terms[x], terms[y])
			traceRestate(a.docs[x].Path, a.docs[y].Path, "words", float64(n)/float64(len(terms[x])))
			if float64(n) >= restateShare*float64(len(terms[x])) {
				pairs = append(pairs, [2]int{x, y})
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	isRestated, involved := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		isRestated[p[1]] = true
		involved[p[0]], involved[p[1]] = true, true
	}
	var read []int // the claims of the documents compared, read into units in parallel
	for i, n := range a.nodes {
		if involved[n.doc] {
			read = append(read, i)
		}
	}
	par.Each(len(read), func(k int) { a.units(read[k]) })
	a.buildContentIndexOf(func(doc int) bool { return involved[doc] })
	a.buildVocabOf(func(doc int) bool { return involved[doc] })
	a.buildPassagesOf(func(doc int) bool { return isRestated[doc] })
	a.diffs = map[string][]conflict{}
	a.seenDiff = map[string]bool{}
	postings := a.postings(func(doc int) bool { return isRestated[doc] })
	// Pairs are independent until their contradictions are recorded,
	// which is done in pair order.
	diffs := make([][]restated, len(pairs))
	par.Each(len(pairs), func(k int) { diffs[k] = a.restatement(pairs[k], byDoc[pairs[k][0]], postings) })
	for _, ds := range diffs {
		for _, d := range ds {
			a.record(d.i, d.r)
		}
	}
}

// restated is the diff of one claim of a restating source.
type restated struct {
	i, q int // claim (node), its best passage
	s    float64
	r    diffResult
}

// restatement diffs the claims (nodes) of p[0] against the sentences of
// p[1] if p[0] restates p[1], and returns nil if it does not. Sharing
// words is not restating: the claims must find their sentences. Two
// reports of two earthquakes share "quake", "killed" and "villages", not
// statements. The best sentences come first, which cost one coverage each:
// most pairs are decided there; the tiled coverage, which is what a draft
// claim is judged by, only when it could reach the bar.
func (a *Alignment) restatement(p [2]int, nodes []int, postings map[string][]int) []restated {
	var fs []restated
	var sum float64
	for _, i := range nodes {
		q, best := -1, 0.0
		for _, c := range a.shortlist(i, postings, p[1]) {
			if sc := a.coverage(a.units(i), a.passes[c].units); q < 0 || sc > best || sc == best && c < q {
				q, best = c, sc
			}
		}
		if q >= 0 && best >= nearCover {
			sum += best
			fs = append(fs, restated{i: i, q: q, s: best})
		}
	}
	if n := len(nodes); n == 0 || sum < restateFloor*float64(n) {
		return nil
	}
	sum = 0
	for k, f := range fs {
		fs[k].r = a.diffTiled(f.i, p[1], f.q, f.s, postings)
		sum += fs[k].r.cov
	}
	traceRestate(a.docs[p[0]].Path, a.docs[p[1]].Path, "cover", sum/float64(len(nodes)))
	if sum < restateCover*float64(len(nodes)) {
		return nil
	}
	return fs
}

// restateCover is the least mean coverage of a restating source's claims
// by the sentences of the source it restates, tiled as a draft claim's
// are; restateFloor the least mean coverage by their best sentences alone
// for the tiling to be tried. Two short reports of two earthquakes in one
// country reach 0.54 and 0.59 by their best sentences.
const (
	restateCover = 0.6
	restateFloor = 0.5
)

// shortlistSize is how many passages of a restated source, ranked by the
// rare keys they share with a claim, are scored with synonyms: scoring
// every sentence that shares a word costs a WordNet lookup per pair of
// words.
const shortlistSize = 2

// shortlist returns the passages of document d that share the most of
// claim (node) i's rarest keys, by their weight.
func (a *Alignment) shortlist(i int, postings map[string][]int, d int) []int {
	keys := a.rarestKeys(a.units(i), contentKeys, postings)
	hits := map[int]float64{}
	for _, k := range keys {
		if len(postings[k]) > maxPosting {
			continue
		}
		for _, p := range postings[k] {
			if a.passes[p].doc == d {
				hits[p] += a.cindex.weight(k)
			}
		}
	}
	ps := sortedInts(hits)
	sort.SliceStable(ps, func(x, y int) bool { return hits[ps[x]] > hits[ps[y]] })
	return ps[:min(len(ps), shortlistSize)]
}

// postings indexes the passages of the documents keep accepts by their
// content keys: key → passages.
func (a *Alignment) postings(keep func(doc int) bool) map[string][]int {
	post := map[string][]int{}
	for p := range a.passes {
		if !keep(a.passes[p].doc) {
			continue
		}
		for _, k := range distinctKeys(a.passes[p].units) {
			post[k] = append(post[k], p)
		}
	}
	return post
}

// bestPassages finds, for claim (node) i, the passage of each other
// document that states most of it, through its rarest content keys, with
// its coverage. A claim no passage states enough of through its own words
// looks again through their WordNet synonyms: "which have initiated an
// inquiry" shares no word with "which have launched an investigation",
// which coverage, reading synonyms, scores high. Only then: a claim that
// found its sentences keeps them, and a synonym of a rare sense of a
// common word ("bombing" for "bombardment") finds passages of other
// people's acts.
func (a *Alignment) bestPassages(i int, postings map[string][]int, own int) (best map[int]int, score map[int]float64) {
	x := a.units(i)
	best = map[int]int{} // document → best passage
	score = map[int]float64{}
	seen := map[int]bool{} // a passage holding several of the keys is scored once
	lookup := func(keys []string) {
		for _, k := range keys {
			post := postings[k]
			if len(post) > maxPosting {
				continue
			}
			for _, p := range post {
				d := a.passes[p].doc
				if d == own || seen[p] {
					continue
				}
				seen[p] = true
				s := a.coverage(x, a.passes[p].units)
				if b, ok := best[d]; !ok || s > score[d] || s == score[d] && p < b {
					best[d], score[d] = p, s
				}
			}
		}
	}
	keys := a.rarestKeys(x, contentKeys, postings)
	lookup(keys)
	for _, s := range score {
		if s >= nearCover {
			return best, score
		}
	}
	var syns []string
	for _, k := range a.rarestKeys(x, contentKeys, nil) {
		syns = append(syns, wordnet.Synonyms(k)...)
	}
	lookup(syns)
	return best, score
}

// compare diffs claim (node) i against passage p of document d, its best
// there with coverage cov, tiles the rest, and records the contradictions
// the decision rule accepts; it reports whether there were any.
func (a *Alignment) compare(i, d, p int, cov float64, postings map[string][]int) (diffResult, bool) {
	r := a.diffTiled(i, d, p, cov, postings)
	return r, a.record(i, r)
}

// diffTiled diffs claim (node) i against passage p of document d and the
// passages that tile the rest of it.
func (a *Alignment) diffTiled(i, d, p int, cov float64, postings map[string][]int) diffResult {
	r := a.diffUnits(a.units(i), a.nodes[i].doc, a.passes[p].units, d)
	tracePair(a, i, p, cov, r)
	return a.tile(i, d, p, r, postings)
}

// record keeps the contradictions of claim (node) i's diff that the
// decision rule accepts and reports whether there were any.
func (a *Alignment) record(i int, r diffResult) bool {
	traceDecide(r, decide(r, minDraftCover))
	if !decide(r, minDraftCover) {
		return false
	}
	for _, df := range r.diffs {
		if df.silent {
			continue
		}
		c := conflict{a: i, b: df.y.node, va: diffValue(df.x), vb: diffValue(df.y), weak: df.weak}
		if c.a > c.b {
			c.a, c.b, c.va, c.vb = c.b, c.a, c.vb, c.va
		}
		check := diffCheck[df.kind]
		id := check + "\x00" + strconv.Itoa(c.a) + "\x00" + strconv.Itoa(c.b) + "\x00" + c.va.norm + "\x00" + c.vb.norm
		if a.seenDiff[id] {
			continue
		}
		a.seenDiff[id] = true
		a.diffs[check] = append(a.diffs[check], c)
	}
	return true
}

// Thresholds of tiling.
const (
	// maxTiles is how many passages of one source a draft claim is
	// compared with: a draft sentence often joins two or three.
	maxTiles = 3
	// minTileUnits is the least number of the claim's content units a
	// further passage must state that the passages before did not.
	minTileUnits = 2
)

// tile covers what the first passage p of document d left of draft claim
// (node) i with further passages of d, chosen greedily by how much of the
// rest they state, and merges their diffs: "tool for big, uncrewed
// aircraft" may restate one sentence of the source and the rest of the
// claim another.
func (a *Alignment) tile(i, d, p int, r diffResult, postings map[string][]int) diffResult {
	x, xdoc := a.units(i), a.nodes[i].doc
	used := []int{p}
	var tried []int
	for len(used) < maxTiles {
		var rest []unit
		for k := range x {
			if x[k].content() && !r.state[k].states() {
				rest = append(rest, x[k])
			}
		}
		if len(rest) < minTileUnits {
			break
		}
		best, bestN := -1, 0
		tried = tried[:0] // a passage holding several of the keys is scored once
		for _, k := range a.rarestKeys(rest, contentKeys, postings) {
			for _, q := range postings[k] {
				if a.passes[q].doc != d || slices.Contains(used, q) || slices.Contains(tried, q) {
					continue
				}
				tried = append(tried, q)
				if n := a.stating(rest, a.passes[q].units); n > bestN || n == bestN && q < best {
					best, bestN = q, n
				}
			}
		}
		if bestN < minTileUnits {
			break
		}
		o := a.diffUnits(x, xdoc, a.passes[best].units, d)
		tracePair(a, i, best, -1, o)
		r = a.merge(x, r, o)
		used = append(used, best)
	}
	if q := a.valuePassage(i, d, used, r, postings); q >= 0 {
		o := a.diffUnits(x, xdoc, a.passes[q].units, d)
		tracePair(a, i, q, -1, o)
		r = a.merge(x, r, o)
	}
	return r
}

// valuePassage finds the passage of document d, other than those used,
// that counts what the claim (node) i counts (a quantity of the same
// unit) where the passages so far neither state nor contradict the
// count, and states the most of the rest of the claim (at least
// minDraftCover); -1 when there is none. Times are left out: a sentence
// with another date is as often another act ("elected to the board in
// 1995", "chosen as president in 2002").
//
// The sentence that states most of a claim is often not the one with its
// count: "the navy captured 62 pirates" is best stated by "the navy
// captured three boats of the pirates", while "apprehending 26 pirates"
// is two sentences on.
func (a *Alignment) valuePassage(i, d int, used []int, r diffResult, postings map[string][]int) int {
	x := a.units(i)
	var classes []string
	for k := range x {
		if x[k].kind == uQuantity && typed(&x[k]) && r.state[k] != unitContradicted && r.state[k] != unitMatched {
			classes = append(classes, x[k].class())
		}
	}
	if len(classes) == 0 {
		return -1
	}
	best, bestCov := -1, minDraftCover
	seen := map[int]bool{}
	for _, k := range a.rarestKeys(x, contentKeys, postings) {
		for _, q := range postings[k] {
			if a.passes[q].doc != d || seen[q] || slices.Contains(used, q) {
				continue
			}
			seen[q] = true
			if !slices.ContainsFunc(a.passes[q].units, func(u unit) bool { return slices.Contains(classes, u.class()) }) {
				continue
			}
			if c := a.coverage(x, a.passes[q].units); c > bestCov || c == bestCov && (best < 0 || q < best) {
				best, bestCov = q, c
			}
		}
	}
	return best
}

// stating counts the content units of xs that some unit of ys states.
func (a *Alignment) stating(xs, ys []unit) int {
	n := 0
	for i := range xs {
		if xs[i].content() && matchIn(a, &xs[i], ys) == matchSame {
			n++
		}
	}
	return n
}

// decide is the one decision rule: a pair whose context agrees (the rest
// of the claim is stated) and that contradicts on typed slots is a
// conflict; a pair that differs in two independent slots (a date and a
// place, a name and a count: "In 2019 the club beat Rovers in the
// semifinal" and "the club beat Rovers in the final on Sunday") reports two
// occurrences.
func decide(r diffResult, min float64) bool {
	if r.cov < min {
		return false
	}
	loud := false
	for _, d := range r.diffs {
		loud = loud || !d.silent
	}
	if !loud {
		return false
	}
	kinds := map[diffKind]bool{}
	for _, d := range r.diffs {
		switch d.kind {
		case dDate, dPlace, dEntity, dNumber:
			kinds[d.kind] = true
		}
	}
	return len(kinds) < 2
}
