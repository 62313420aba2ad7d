package align

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/edit"
	wordnet "github.com/factcheck/factcheck/internal/lexicon"
)

// The diff of an aligned pair, in the manner of natural logic (MacCartney
// and Manning 2008): the two claims' units are aligned in order, and every
// substitution between them is typed by the relation of its two sides:
// the same value, a value the other contains, an exclusive alternative of
// the same kind (another number, day, place, person, colour), the
// opposite, a negation, or unrelated. A negation flips the relation of
// what it governs, which is why "did not challenge" contradicts
// "challenged".

// lexRel is the relation of a word substitution, from the first claim's
// word to the second's.
type lexRel uint8

const (
	relUnrelated   lexRel = iota // nothing known: at most a detail
	relEquivalent                // synonyms, derivations: a paraphrase
	relNarrower                  // the second is more specific: a detail added
	relBroader                   // the second is more general: entailed
	relAlternation               // exclusive alternatives of one kind
	relOpposite                  // antonyms
)

// diffKind is the kind of a contradicting difference; each is reported by
// one check.
type diffKind uint8

const (
	dNumber diffKind = iota
	dDate
	dPlace
	dEntity
	dNegation
	dOpposite
	dAlternation
)

var diffCheck = [...]string{dNumber: "number", dDate: "date", dPlace: "place", dEntity: "entity", dNegation: "polarity", dOpposite: "polarity", dAlternation: "term"}

// difference is one contradicting substitution: x in the first claim, y in
// the second.
type difference struct {
	kind diffKind
	at   int // index of x in the claim's units; -1 for a negation
	x, y *unit
	// weak marks a difference found with little context: a warning.
	weak bool
	// silent marks a difference the checks cannot judge (two places the
	// gazetteer does not know): not reported, but it still makes two
	// occurrences with another differing slot.
	silent bool
	// set marks a nationality given to a set the source gives another
	// (setNationality): the set's word is context of its own.
	set bool
	// loose marks a value compared as the one of its kind on each side,
	// wherever the sentences put it: only the same words on both sides
	// are its context, not synonyms through rare senses ("control" and
	// "deal", "moved" and "go").
	loose bool
}

// diffResult is what the diff of a draft claim against one or more
// passages of one source found.
type diffResult struct {
	diffs []difference
	// extra are the claim's content units the passages and their document
	// do not state: details the claim adds.
	extra []*unit
	// cov is how much of the claim the source states, leaving out the
	// contradicted units.
	cov float64
	// questioned are the claim's units (indexes) the passages deny or
	// ask under another act (pairDiff.question) and do not state: a
	// claim with one is never supported outright.
	questioned []int
	// replaced are the claim's words (indexes) the passage puts another
	// word in place of, between the same two words, a word WordNet does not
	// relate ("a specific mechanical connection issue" against "a specific
	// electrical connection issue"): not a conflict, since the relation is
	// unknown, but a claim with one is never supported outright.
	replaced []int
	// state says, per unit of the claim, how the source stands on it.
	state []unitState
}

// unitState is how a source stands on one unit of a claim.
type unitState uint8

// The states in order of strength: a merge of two passages keeps the
// stronger, so a unit one passage states is never contradicted by another.
const (
	unitMissing      unitState = iota
	unitStated                 // stated in another sentence of the source
	unitParaphrased            // aligned with a synonym, derivation or more general word
	unitContradicted           // a difference
	unitMatched                // aligned with the same word or name
)

// states reports whether a unit's state says the passage states it, in
// its words or in a paraphrase.
func (s unitState) states() bool { return s == unitMatched || s == unitParaphrased }

// alignUnits aligns two unit sequences in order, maximizing the weight of
// matched units (a weighted longest common subsequence). It returns, for
// each unit of x, the index of its partner in y or -1.
func (a *Alignment) alignUnits(x, y []unit) []int {
	n, m := len(x), len(y)
	score := make([]float64, (n+1)*(m+1))
	at := func(i, j int) *float64 { return &score[i*(m+1)+j] }
	// named[j]: 1 when x names the entity y[j] itself, 2 when not, 0
	// before it is asked. Only x's own names count: y may be a passage of
	// several sentences, naming one thing in each.
	named := make([]int8, m)
	taken := func(j int) bool {
		if named[j] == 0 {
			named[j] = 2
			if namesItself(x, &y[j]) {
				named[j] = 1
			}
		}
		return named[j] == 1
	}
	sim := func(i, j int) float64 {
		switch a.match(&x[i], &y[j]) {
		case matchSame:
			// The same word outweighs a synonym: "aircraft" pairs with
			// "aircraft" rather than with "vehicles" a few words on.
			if !sameWord(&x[i], &y[j]) {
				if taken(j) {
					return 0
				}
				return 0.6 * (1 + a.cindex.weight(x[i].key))
			}
			return 1 + a.cindex.weight(x[i].key)
		case matchSlot:
			if y[j].credit {
				return 0 // who said it does not stand for a value
			}
			if taken(j) {
				// "Western Kentucky … has given Louisville its only
				// loss": the draft's Louisville is the source's, which
				// Kentucky does not stand for.
				return 0
			}
			if x[i].kind == uQuantity && y[j].kind == uQuantity && typed(&x[i]) && sameCount(*x[i].q, *y[j].q) {
				return 0.75 // a count of the same thing before a count of another
			}
			return 0.5
		}
		return 0
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := max(*at(i-1, j), *at(i, j-1))
			if s := sim(i-1, j-1); s > 0 && *at(i-1, j-1)+s > best {
				best = *at(i-1, j-1) + s
			}
			*at(i, j) = best
		}
	}
	partner := make([]int, n)
	for i := range partner {
		partner[i] = -1
	}
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case *at(i, j) == *at(i-1, j):
			i--
		case *at(i, j) == *at(i, j-1):
			j--
		default:
			partner[i-1] = j - 1
			i--
			j--
		}
	}
	return partner
}

// namesItself reports whether the units us name the entity u by its own
// name, as a name or as a word the reader did not take for one.
func namesItself(us []unit, u *unit) bool {
	if u.kind != uEntity {
		return false
	}
	for k := range us {
		switch v := &us[k]; v.kind {
		case uEntity:
			if v.key == u.key {
				return true
			}
		case uWord:
			if strings.EqualFold(v.text, u.ent.Text) {
				return true
			}
		}
	}
	return false
}

// diffUnits diffs the units x of a claim of document xdoc against the
// units y from document ydoc: what y's source says against what x says.
func (a *Alignment) diffUnits(x []unit, xdoc int, y []unit, ydoc int) diffResult {
	p := &pairDiff{a: a, x: x, y: y, xdoc: xdoc, ydoc: ydoc, partner: a.alignUnits(x, y), questioned: -1}
	p.usedY = make([]bool, len(y))
	for _, j := range p.partner {
		if j >= 0 {
			p.usedY[j] = true
		}
	}
	p.res.state = make([]unitState, len(x))
	p.alignedSlots()
	p.substitutions()
	p.setNationality()
	p.otherOccasion()
	negated := p.negation()
	p.states(negated)
	p.needContext()
	a.finish(x, &p.res)
	return p.res
}

// pairDiff is one diff in progress: the two unit sequences, their
// alignment and what has been found.
type pairDiff struct {
	a          *Alignment
	x, y       []unit
	xdoc, ydoc int
	partner    []int  // for each unit of x, its partner in y or -1
	usedY      []bool // units of y with a partner
	// otherPerson are the units of x where y names another person, whom
	// the source names elsewhere: not stated by y, wherever else it is.
	otherPerson []int
	questioned  int // the unit of x the passage denies or asks (question), or -1
	// related counts the words of x that y does not state in their place
	// but speaks of: a word of the same kind, more general or more
	// specific, where y has its own ("boats" for "vessels"), or the same
	// word out of the order the rest aligned in. Context for a negation
	// (contextOf).
	related int
	res     diffResult
}

// add records a difference at x's unit i against y's unit yu and returns
// it.
func (p *pairDiff) add(k diffKind, i int, yu *unit) *difference {
	d := difference{kind: k, at: i, x: &p.x[i], y: yu}
	d.silent = k == dPlace && !p.a.knownPlaces(d.x, d.y)
	p.res.diffs = append(p.res.diffs, d)
	p.res.state[i] = unitContradicted
	return &p.res.diffs[len(p.res.diffs)-1]
}

// alignedSlots finds aligned slots with different values.
func (p *pairDiff) alignedSlots() {
	a, x, y := p.a, p.x, p.y
	for i, j := range p.partner {
		if j < 0 || y[j].credit || a.match(&x[i], &y[j]) != matchSlot {
			continue
		}
		other := a.stated(&x[i], p.ydoc) || a.namesBoth(&x[i], &y[j], p.xdoc)
		if other && x[i].kind == uEntity && x[i].ent.Type == claims.Person {
			// Two people one source names both: the same words said of
			// another person ("Iguodala is averaging 14.9 points" and
			// "Miller is averaging 15.5 points"), so a difference beside
			// it is not a conflict, wherever each sentence names them.
			p.res.diffs = append(p.res.diffs, difference{kind: dEntity, at: -1, x: &x[i], y: &y[j], silent: true})
			p.otherPerson = append(p.otherPerson, i)
		}
		if other && x[i].kind == uEntity && x[i].ent.Type == claims.Place && !x[i].ent.Demonym && !y[j].ent.Demonym {
			// Likewise two places: "flights to Taiwan were cancelled on
			// Tuesday" and "flights to Italy were cancelled on Monday", in
			// a source that names Taiwan elsewhere, speak of two places.
			p.res.diffs = append(p.res.diffs, difference{kind: dPlace, at: -1, x: &x[i], y: &y[j], silent: true})
		}
		switch {
		case other:
			traceSlot(&x[i], &y[j], "the source names it elsewhere")
			continue
		case !framed(x, y, p.partner, i, j) && !p.oneSet(i, j) && !(typed(&x[i]) && a.governedValue(x, y, p.partner, i, j)):
			traceSlot(&x[i], &y[j], "not framed")
			p.twoPlaces(i, j)
			continue
		case givesToo(y, &x[i]):
			traceSlot(&x[i], &y[j], "the passage gives it too")
			continue
		case a.namesTime(x, &y[j]):
			traceSlot(&x[i], &y[j], "the claim names the passage's time as a modifier")
			continue
		case p.twoActs(i, j):
			continue
		case (unknownKinds(&x[i], &y[j]) || manyPeople(x, y, &x[i])) && !sameWordFrame(x, y, p.partner, i, j):
			traceSlot(&x[i], &y[j], "not in the same words")
			continue
		}
		if k, ok := a.slotConflict(&x[i], &y[j], p.xdoc, p.ydoc); ok {
			p.add(k, i, &y[j])
		} else {
			traceSlot(&x[i], &y[j], "no conflict")
			p.twoPlaces(i, j)
		}
	}
}

// twoPlaces records, silently, two aligned places that are not one and
// neither lies in the other, where they are not compared ("the town of
// Zarand" and "the island of Qeshm", which the gazetteer does not know):
// no conflict, but the two claims tell of two places, so any other
// difference between them is a second occurrence.
func (p *pairDiff) twoPlaces(i, j int) {
	x, y := &p.x[i], &p.y[j]
	if x.kind != uEntity || y.kind != uEntity || x.ent.Type != claims.Place || y.ent.Type != claims.Place || x.ent.Demonym || y.ent.Demonym || p.a.entityCompatible(x.ent, y.ent) {
		return
	}
	p.res.diffs = append(p.res.diffs, difference{kind: dPlace, at: -1, x: x, y: y, silent: true})
}

// twoActs reports whether x's unit i and y's unit j are times of two acts
// (otherActs).
func (p *pairDiff) twoActs(i, j int) bool {
	if p.x[i].kind != uTime || p.y[j].kind != uTime || !p.a.otherActs(p.x, p.y, p.partner, i, j) {
		return false
	}
	traceSlot(&p.x[i], &p.y[j], "two acts")
	return true
}

// otherActs reports whether x's time i and y's time j date two acts: the
// verb each one modifies is another on each side, neither aligned with the
// other nor a synonym of it ("Gigante was acquitted in 1958 on charges of
// attempted murder" and "In 1957 Gigante was charged with attempted
// murder": the charge and the acquittal).
func (a *Alignment) otherActs(x, y []unit, partner []int, i, j int) bool {
	xv, yv := actOf(x, i), actOf(y, j)
	if xv < 0 || yv < 0 || partner[xv] == yv || x[xv].key == y[yv].key {
		return false
	}
	switch a.relate(y[yv].key, x[xv].key) {
	case relEquivalent, relBroader, relNarrower:
		return false
	}
	return true
}

// actOf returns the verb a time at i modifies: the nearest verb form before
// it in its clause ("was acquitted in 1958"), else the nearest after it
// ("In 1957 Gigante was charged"), or -1.
func actOf(us []unit, i int) int {
	for k := i - 1; k >= 0 && k >= i-2 && !us[k].clauseEnd; k-- {
		if us[k].kind == uWord && verbForm(us[k].low) {
			return k
		}
	}
	for k := i + 1; k < len(us) && k <= i+2 && !us[k-1].clauseEnd; k++ {
		if us[k].kind == uWord && verbForm(us[k].low) {
			return k
		}
	}
	return -1
}

// givesToo reports whether the passage y gives x's time or count itself,
// in another place than the one aligned with it: "killed 31,000 in Bam in
// 2003, and 600 in Zarand in February" gives the draft's February too.
func givesToo(y []unit, u *unit) bool {
	if u.kind != uTime && u.kind != uQuantity {
		return false
	}
	return slices.ContainsFunc(y, func(v unit) bool { return v.kind == u.kind && v.key == u.key })
}

// pastOccasion reports whether claim x tells of an earlier occasion than
// the story its document reports, which the passage y does not date and
// its source does not give: "In February, a gunman killed five people",
// in a report published in December, against the headline "Gunman kills
// 1". It returns x's time. An undated claim or document says nothing of
// which occasion is the story's.
func (a *Alignment) pastOccasion(x, y []unit, ydoc int) (int, bool) {
	if slices.ContainsFunc(y, func(u unit) bool { return u.kind == uTime }) {
		return 0, false
	}
	for i := range x {
		if x[i].kind != uTime || !resolved(&x[i]) || only(x, x[i].class()) != i {
			continue
		}
		pub := a.docs[a.nodes[x[i].node].doc].Meta.Published
		if !pub.IsZero() && x[i].tm.To.Before(pub.AddDate(0, 0, -eventDays)) && !a.timeStated(&x[i], ydoc) {
			return i, true
		}
	}
	return 0, false
}

// otherSubject reports whether claim x and the passage y are about two
// people: each claim's subject is a person, the two are not one, and the
// passage does not name x's ("Dorsey's been at the plant for 37 years"
// and "who has worked at the plant for nearly 30 years", said of another
// worker). It returns x's unit naming its subject.
func (a *Alignment) otherSubject(x, y []unit) (int, bool) {
	if len(x) == 0 || len(y) == 0 {
		return 0, false
	}
	xs, ys := a.nodes[x[0].node].c.Subject, a.nodes[y[0].node].c.Subject
	if xs == nil || ys == nil || xs.Type != claims.Person || ys.Type != claims.Person || a.entityCompatible(xs, ys) {
		return 0, false
	}
	if slices.ContainsFunc(y, func(u unit) bool { return u.kind == uEntity && a.entityCompatible(u.ent, xs) }) {
		return 0, false
	}
	k := slices.IndexFunc(x, func(u unit) bool { return u.kind == uEntity && u.ent.Key == xs.Key })
	return k, k >= 0
}

// namesTime reports whether claim x gives y's time itself, as a modifier:
// "found guilty … Thursday evening in the 2012 shooting death" names
// the year of "charged … in the April 2012 shooting death", so the
// passage dates the shooting and the claim's own time another act.
func (a *Alignment) namesTime(x []unit, y *unit) bool {
	if y.kind != uTime || !resolved(y) || len(x) == 0 {
		return false
	}
	for _, t := range a.nodes[x[0].node].c.Times {
		if !t.Attributive {
			continue
		}
		xs, ys, _ := comparable([]claims.Time{t}, []claims.Time{*y.tm})
		if len(xs) > 0 && len(ys) > 0 && overlap(xs[0], ys[0]) {
			return true
		}
	}
	return false
}

// unknownKinds reports whether two units are names the reader could type
// as no kind of name: capitalized words that are often no name at all
// ("Islamist", "W.").
func unknownKinds(x, y *unit) bool {
	return x.kind == uEntity && y.kind == uEntity && x.ent.Type == claims.Other && y.ent.Type == claims.Other
}

// manyPeople reports whether u is a person named among two others or more
// in x and y alike: in two lists of players ("a frontcourt led by Erik
// Lindqvist, Ada Okafor and Tomas Berg", "including center Erik
// Lindqvist, forward Jonas Holm and guard Ada Okafor") the alignment pairs
// names by position, which does not say which one the other list
// replaced.
func manyPeople(x, y []unit, u *unit) bool {
	if u.kind != uEntity || u.ent.Type != claims.Person {
		return false
	}
	people := func(us []unit) int {
		n := 0
		for k := range us {
			if us[k].kind == uEntity && us[k].ent.Type == claims.Person && !us[k].credit {
				n++
			}
		}
		return n
	}
	return people(x) >= 3 && people(y) >= 3
}

// sameWordFrame reports whether x's unit i and y's unit j stand between
// the same words: on each side the next unit is aligned with the next
// unit of the other and is the same word, or both sentences end there.
// Two names of no known kind are compared only so: "recall 19 Cybertruck
// pickups" and "recall 19 Endurance pickups", not "the Islamist group"
// and "the Zeitoun neighborhood".
func sameWordFrame(x, y []unit, partner []int, i, j int) bool {
	for _, side := range [2]int{-1, 1} {
		k, l := i+side, j+side
		if k >= 0 && k < len(x) && adverb(&x[k]) && partner[k] < 0 {
			k += side // "found that Bithumb secretly transferred"
		}
		xEnd, yEnd := k < 0 || k >= len(x), l < 0 || l >= len(y)
		switch {
		case xEnd && yEnd:
		case xEnd || yEnd || partner[k] != l || !sameWord(&x[k], &y[l]):
			return false
		}
	}
	return true
}

// substitutions finds unmatched units of x that replace one of y between
// the same anchors, or, for a typed value or a name, elsewhere in the
// sentence.
func (p *pairDiff) substitutions() {
	a, x, y, partner := p.a, p.x, p.y, p.partner
	gapStart := 0 // first y index of the current gap
	for i := 0; i < len(x); i++ {
		if partner[i] >= 0 {
			gapStart = partner[i] + 1
			continue
		}
		// A word the source states elsewhere is no substitution, unless
		// the source states it only beside other words and it stands here
		// for its direct antonym: "large numbers of small drones" does
		// not state the "large" of "for large, uncrewed aircraft", where
		// the source has "for small, uncrewed aircraft".
		onlyAntonym := false
		if a.stated(&x[i], p.ydoc) {
			if a.statedBeside(x, i, p.ydoc) {
				continue
			}
			onlyAntonym = true
		}
		gapEnd := len(y)
		for k := i + 1; k < len(x); k++ {
			if partner[k] >= 0 {
				gapEnd = partner[k]
				break
			}
		}
		if k, j, ok := a.substitution(&x[i], p.xdoc, y, p.usedY, gapStart, gapEnd, p.ydoc); ok && framed(x, y, partner, i, j) && !p.twoActs(i, j) && (!onlyAntonym || directAntonyms(&x[i], &y[j])) {
			p.add(k, i, &y[j])
			continue
		}
		if p.tightOther(i, gapStart, gapEnd) {
			p.res.replaced = append(p.res.replaced, i)
		}
		if onlyAntonym {
			continue
		}
		if j, ok := p.tightOpposite(i, gapStart, gapEnd); ok {
			p.add(dOpposite, i, &y[j])
			continue
		}
		if j, ok := p.tightName(i, gapStart, gapEnd); ok {
			p.add(dEntity, i, &y[j])
			continue
		}
		if a.kindOf(&x[i], y, p.usedY, gapStart, gapEnd) || x[i].content() && a.crossed(&x[i], y, p.usedY) {
			p.related++
		}
		if typed(&x[i]) || x[i].kind == uEntity {
			// A value the other claim gives elsewhere in the sentence;
			// two names of no known kind only between the same words, as
			// when aligned (alignedSlots): "The Cupertino, Calif.-based
			// company said …" begins with a name and a comma, "… has new
			// features called Places and Faces" ends with one.
			if k, j, ok := a.substitution(&x[i], p.xdoc, y, p.usedY, 0, len(y), p.ydoc); ok && framed(x, y, partner, i, j) && !p.twoActs(i, j) && (!unknownKinds(&x[i], &y[j]) || sameWordFrame(x, y, partner, i, j)) {
				p.add(k, i, &y[j])
				continue
			}
			// The one value of its kind on each side: "spend another 60
			// days in detention" and "extend his detention … for another
			// 30 days" say how long, whatever the words between.
			if j := only(y, x[i].class()); x[i].kind == uQuantity && j >= 0 && !p.usedY[j] && only(x, x[i].class()) == i {
				if k, _, ok := a.substitution(&x[i], p.xdoc, y, p.usedY, j, j+1, p.ydoc); ok {
					p.add(k, i, &y[j]).loose = true
				}
			}
			if j := p.onlyUnsharedPlace(i); j >= 0 && a.knownPlaces(&x[i], &y[j]) && !p.twoActs(i, j) {
				p.add(dPlace, i, &y[j]).loose = true
			}
		}
	}
}

// onlyUnsharedPlace returns the one place y names that x's document never
// names, when y names it as where something happened ("in London") and
// x's unit i is likewise the one place of x that y's document never names,
// leaving out those that contain y's or lie in it, and is written as where
// something happened or where a building stands; -1 otherwise. "Activists
// in London dumped paint in front of the Russian embassy" and "U.K.
// activists dumped paint in front of the Moscow Russian embassy" put the
// act in two cities, wherever each sentence says where. A place either
// document names elsewhere, or a nationality, is no such place.
func (p *pairDiff) onlyUnsharedPlace(i int) int {
	a, x, y := p.a, p.x, p.y
	unshared := func(us []unit, used func(int) bool, doc int, other *unit) int {
		at := -1
		for k := range us {
			u := &us[k]
			if u.kind != uEntity || u.ent.Type != claims.Place || u.ent.Demonym || u.credit || used(k) || a.stated(u, doc) {
				continue
			}
			if other != nil && a.entityCompatible(u.ent, other.ent) {
				continue
			}
			if at >= 0 {
				return -1
			}
			at = k
		}
		return at
	}
	j := unshared(y, func(k int) bool { return p.usedY[k] }, p.xdoc, nil)
	if j < 0 || !y[j].ent.Locative || unshared(x, func(k int) bool { return p.partner[k] >= 0 }, p.ydoc, &y[j]) != i || !x[i].ent.Locative && !sitesBuilding(x, i) {
		return -1
	}
	return j
}

// sitesBuilding reports whether the place us[i] stands before the building
// or facility it says the place of, past any nationality: "the Moscow
// Russian embassy", "a Paris hotel", not "San Diego's receiver".
func sitesBuilding(us []unit, i int) bool {
	k := i + 1
	for k < len(us) && us[k].kind == uEntity && us[k].ent.Demonym {
		k++
	}
	if k == len(us) || us[k].kind != uWord || us[k].start != us[k-1].end+1 {
		return false
	}
	return wordnet.Entails(us[k].key, "structure") || wordnet.Entails(us[k].key, "facility")
}

// tightOpposite finds the one word y puts between the same two words as x
// puts its word i, when the two are opposites, even if x's document says
// y's word elsewhere: "Hundreds of boys have fallen sick … the schoolgirls
// were poisoned" against "Hundreds of schoolgirls have fallen sick". The
// other source must never state x's word itself.
func (p *pairDiff) tightOpposite(i, gapStart, gapEnd int) (int, bool) {
	a, x, y := p.a, p.x, p.y
	j, ok := p.tightGap(i, gapStart, gapEnd, 1, false)
	if !ok || !sameWord(&x[i-1], &y[j-1]) || !sameWord(&x[i+1], &y[j+1]) || a.stated(&x[i], p.ydoc) {
		return 0, false
	}
	u, v := &x[i], &y[j]
	uk, vk := a.lexKey(u), a.lexKey(v)
	if uk == "" || vk == "" || a.relate(vk, uk) != relOpposite || !a.sameMood(u, v) || a.inCompound(u) || a.inCompound(v) {
		return 0, false
	}
	return j, true
}

// tightName finds the one name y puts between the same two words as x puts
// its name i, when one of the two is a name of no known kind: "A report by
// Bloomberg found" against "A report by Forbes found" names another
// outlet, though the gazetteer knows one as an organization and not the
// other. A person is never one: a name of no kind may be a place or a
// title.
func (p *pairDiff) tightName(i, gapStart, gapEnd int) (int, bool) {
	a, x, y := p.a, p.x, p.y
	j := gapStart
	if gapEnd != j+1 || x[i].kind != uEntity || y[j].kind != uEntity || p.usedY[j] || y[j].credit || !sameWordFrame(x, y, p.partner, i, j) {
		return 0, false
	}
	xe, ye := x[i].ent, y[j].ent
	if xe.Type == ye.Type || xe.Type == claims.Person || ye.Type == claims.Person || xe.Type != claims.Other && ye.Type != claims.Other || xe.Demonym || ye.Demonym {
		return 0, false // a name of one kind is compared as a slot
	}
	if a.stated(&x[i], p.ydoc) || a.namesBoth(&x[i], &y[j], p.xdoc) || a.stated(&y[j], p.xdoc) || spellingVariants(xe.Text, ye.Text) || a.entityCompatible(xe, ye) || shortFor(xe.Text, ye.Text) || shortFor(ye.Text, xe.Text) {
		return 0, false
	}
	return j, true
}

// shortFor reports whether the name short may stand for long: its start
// ("Calif" for "California") or some of its words ("Tulane" for "Tulane
// University").
func shortFor(short, long string) bool {
	s, l := strings.ToLower(strings.TrimSuffix(short, ".")), strings.ToLower(long)
	if len(s) >= 3 && strings.HasPrefix(l, s) {
		return true
	}
	words := strings.Fields(l)
	for _, w := range strings.Fields(s) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// tightOther reports whether x's word i stands between the same two words
// as one word of y's, or two ("braking" for "electrical connection"), that
// WordNet does not relate to it: the draft put another word in the
// source's place, of a kind nothing here can type (pairDiff.res.replaced),
// even if the source uses the word elsewhere ("software" for "electrical
// connection" in a source that speaks of a software update).
func (p *pairDiff) tightOther(i, gapStart, gapEnd int) bool {
	if _, ok := p.tightGap(i, gapStart, gapEnd, 2, true); !ok {
		return false
	}
	uk := p.a.lexKey(&p.x[i])
	for j := gapStart; j < gapEnd; j++ {
		if vk := p.a.lexKey(&p.y[j]); uk == "" || vk == "" || p.a.relate(vk, uk) != relUnrelated {
			return false
		}
	}
	return true
}

// tightGap returns the first of the words, at most most of them, that y
// puts between the two aligned units around x's word i, when i is itself
// one word; atEnd lets both claims end after the words instead.
func (p *pairDiff) tightGap(i, gapStart, gapEnd, most int, atEnd bool) (int, bool) {
	x, y, partner := p.x, p.y, p.partner
	if i == 0 || gapStart == 0 || gapEnd <= gapStart || gapEnd > gapStart+most || partner[i-1] != gapStart-1 || x[i].kind != uWord {
		return 0, false
	}
	switch {
	case i+1 < len(x) && partner[i+1] == gapEnd:
	case atEnd && i+1 == len(x) && gapEnd == len(y):
		// both claims end there: "a loss of power while parking" and "a
		// loss of power while towing"
	default:
		return 0, false
	}
	for j := gapStart; j < gapEnd; j++ {
		if y[j].kind != uWord || p.usedY[j] {
			return 0, false
		}
	}
	return gapStart, true
}

// setNationality finds a nationality x gives a set of people or things
// ("Iranian carriers") where y's source gives the same set another one
// wherever it speaks of it ("Israeli carriers") and never names x's: the
// set, not the words around it, says whose it is, as oneSet says for
// counts, so the other nationality needs no frame in the passage.
func (p *pairDiff) setNationality() {
	a, x := p.a, p.x
	for i := 0; i+1 < len(x); i++ {
		u := &x[i]
		if p.partner[i] >= 0 || p.res.state[i] == unitContradicted || !nationalityBefore(u, &x[i+1]) || a.stated(u, p.ydoc) {
			continue
		}
		if o := a.setOf(p.ydoc, x[i+1].key); o != nil && o.key != u.key {
			p.add(dEntity, i, o).set = true
		}
	}
}

// otherOccasion records, silently, the differences that make two claims
// two occasions. The one time of each side, wherever the sentences put
// it: a claim dated otherwise is about another occasion ("a San Antonio
// jury found him guilty on Thursday" and "in September 2007 a Utah jury
// found him guilty"). Likewise the places where each side says it
// happened: "the summit in Nairobi on May 4" and "the summit in Accra,
// Ghana, last year" are two summits, whatever else differs. Neither is
// reported, but each makes any other difference a second occurrence
// rather than a conflict.
func (p *pairDiff) otherOccasion() {
	a, x, y := p.a, p.x, p.y
	for i := range x {
		if x[i].kind != uTime || p.res.state[i] == unitContradicted || only(x, x[i].class()) != i {
			continue
		}
		if j := only(y, x[i].class()); j >= 0 && p.partner[i] != j {
			if k, ok := a.slotConflict(&x[i], &y[j], p.xdoc, p.ydoc); ok && k == dDate {
				p.res.diffs = append(p.res.diffs, difference{kind: k, at: -1, x: &x[i], y: &y[j], silent: true})
			}
		}
	}
	if k, ok := a.pastOccasion(x, y, p.ydoc); ok {
		p.res.diffs = append(p.res.diffs, difference{kind: dDate, at: -1, x: &x[k], silent: true})
	}
	if k, ok := a.otherSubject(x, y); ok {
		p.res.diffs = append(p.res.diffs, difference{kind: dEntity, at: -1, x: &x[k], silent: true})
	}
	if xi, yj, ok := a.otherPlace(x, y); ok {
		p.res.diffs = append(p.res.diffs, difference{kind: dPlace, at: -1, x: &x[xi], y: &y[yj], silent: true})
	}
}

// negation records a negation on one side only, on an aligned word, and
// returns the index in x of the word it governs, or -1.
func (p *pairDiff) negation() int {
	xn, yn, g, ok, acts := negationDiff(p.x, p.y, p.partner)
	if !ok {
		p.question(acts)
		return -1
	}
	affirmed := xn
	if xn.kind == uNeg {
		affirmed = yn
	}
	denial := xn
	if denial == affirmed {
		denial = yn
	}
	a := p.a
	if a.open(xn) || a.open(yn) || a.presentDenial(denial) && pastForm(affirmed) {
		p.question(g)
		return -1
	}
	if a.sameMood(xn, yn) && !a.restricted(affirmed) && !a.notUntil(denial) && !a.notOnly(denial) {
		p.res.diffs = append(p.res.diffs, difference{kind: dNegation, at: -1, x: xn, y: yn})
	}
	return g
}

// presentDenial reports whether a negation denies in the present tense,
// with "do" ("the regulations don't require", "does not require").
func (a *Alignment) presentDenial(neg *unit) bool {
	switch w := strings.ReplaceAll(strings.ToLower(neg.text), "’", "'"); w {
	case "don't", "doesn't":
		return true
	case "not", "n't":
		before := a.wordsBefore(neg, 1)
		return len(before) == 1 && (strings.EqualFold(before[0], "do") || strings.EqualFold(before[0], "does"))
	}
	return false
}

// pastForm reports whether a word is a verb written in the past tense or
// as a participle ("required"). Against a denial in the present it tells
// of another time, not a contradiction: "the rule, which required
// agencies to consult" and "the regulations don't require agencies to
// seek consultation" are what was and what is.
func pastForm(u *unit) bool {
	return u.kind == uWord && strings.HasSuffix(u.low, "ed") && verbReading(u)
}

// question records x's unit i (if i >= 0) as one the passage denies or
// asks rather than states: "guilty" where one side pleaded not guilty and
// the other was found guilty, "likely" in "whether it is likely". Neither
// a conflict nor support: the unit is left unstated, and the claim is
// never supported outright by the passage.
func (p *pairDiff) question(i int) {
	if i >= 0 {
		p.questioned = i
		p.res.questioned = append(p.res.questioned, i)
	}
}

// states says, for each unit of x not contradicted, how y stands on it;
// negated is the word a negation on one side only governs.
func (p *pairDiff) states(negated int) {
	a, x, y := p.a, p.x, p.y
	for i := range x {
		switch j := p.partner[i]; {
		case i == negated:
			// stated, with the other polarity
			p.res.state[i] = unitMatched
		case p.res.state[i] == unitContradicted, slices.Contains(p.otherPerson, i), i == p.questioned:
		case j >= 0 && a.match(&x[i], &y[j]) == matchSame:
			// A synonym is weaker evidence than the word itself: a loose
			// sense ("gain" for "issue") in a passage tiled in for other
			// words does not undo "gain" against "loss" in the passage
			// that restates the sentence.
			// Nor does the word where one side denies it ("girls, not
			// boys").
			p.res.state[i] = unitParaphrased
			if sameWord(&x[i], &y[j]) && negatedAt(y, j) == negatedAt(x, i) {
				p.res.state[i] = unitMatched
			}
		case j < 0 && x[i].kind == uEntity && x[i].ent.Demonym && !inCount(x, i) && a.crossed(&x[i], y, p.usedY):
			// A nationality the passage gives as its country, out of the
			// order the rest aligned in: English puts the one before the
			// noun and the other after it ("a Chinese mine collapse", "a
			// mine collapsed in China's northern region").
			p.res.state[i] = unitParaphrased
		case a.stated(&x[i], p.ydoc):
			// Said in another sentence of the source: a draft that joins
			// two sentences into one is still stating them.
			p.res.state[i] = unitStated
		}
	}
}

// needContext drops the differences of a passage that states too little
// of the claim for them to be about the same fact, and weakens those of
// one that states only a little more.
func (p *pairDiff) needContext() {
	n, t := matchedUnits(p.x, p.res.state)
	kept := p.res.diffs[:0]
	for _, d := range p.res.diffs {
		c, need := n+p.contextOf(&d)-p.sharedDirection(&d), max(min(minMatched, t), 2)
		if d.loose {
			// A value compared wherever the sentences put it needs the
			// full context even in a short claim: "the team's eighth in
			// 10 games" shares only "team" and "eighth" with "two games in
			// the loss column behind the eighth seed".
			c, need = sameMatched(p.x, p.res.state)+p.contextOf(&d), minMatched
		}
		if c < need {
			traceDrop(d, c, need)
			if d.at >= 0 {
				p.res.state[d.at] = unitMissing
			}
			continue
		}
		d.weak = c < min(strongMatched, t)
		kept = append(kept, d)
	}
	p.res.diffs = kept
	if len(kept) == 0 {
		p.res.diffs = nil
	}
}

// sharedDirection is 1 when the difference is a place whose name both
// sides begin with the same compass point ("South Alabama", "South
// Florida"): the word is part of the two names, not context they share.
func (p *pairDiff) sharedDirection(d *difference) int {
	i := d.at
	if i < 1 || d.x.kind != uEntity || d.x.ent.Type != claims.Place || p.res.state[i-1] != unitMatched {
		return 0
	}
	w := &p.x[i-1]
	if w.end+1 < d.x.start || !wordnet.Entails(strings.ToLower(w.text), "compass point") {
		return 0
	}
	return 1
}

// contextOf is the context a difference has beside the claim's units the
// passage states. A negation is said of the same word on both sides, so
// words of the same kind around it ("the suspicious boats", "the
// suspicious vessels") count. Two counts of one set of people ("62
// Somali pirates", "26 Somali pirates") count what they count as well. A
// value that differs otherwise has only the words themselves to anchor
// it.
func (p *pairDiff) contextOf(d *difference) int {
	switch {
	case d.kind == dNegation:
		return p.related
	case d.kind == dNumber && d.x.kind == uQuantity && d.y.kind == uQuantity && sameCount(*d.x.q, *d.y.q) && sameNationality(p.x, d.x, p.y, d.y):
		if j := indexOf(p.y, d.y); d.at >= 0 && j >= 0 && p.oneSet(d.at, j) {
			return 2 // a set its source counts one way throughout, as for a set's nationality
		}
		return 1
	case d.set:
		return 2
	}
	return 0
}

// indexOf returns the index of the unit u points to in us, or -1.
func indexOf(us []unit, u *unit) int {
	for k := range us {
		if &us[k] == u {
			return k
		}
	}
	return -1
}

// sameNationality reports whether the counts x (among xs) and y (among
// ys) hold the same nationality ("26 Somali pirates").
func sameNationality(xs []unit, x *unit, ys []unit, y *unit) bool {
	nx, ny := nationalityOf(xs, x), nationalityOf(ys, y)
	return nx != nil && ny != nil && nx.key == ny.key
}

// nationalityOf returns the nationality inside the count q among us
// ("Somali" in "26 Somali pirates"), or nil.
func nationalityOf(us []unit, q *unit) *unit {
	for i := range us {
		if us[i].kind == uEntity && us[i].ent.Demonym && us[i].start >= q.start && us[i].end <= q.end {
			return &us[i]
		}
	}
	return nil
}

// oneSet reports whether x's unit i and y's unit j count one set of
// people named by its nationality ("62 Somali pirates" and "26 Somali
// pirates") that y's source counts the same way wherever it counts it:
// the set, not the words around it, says what is counted, and a source
// that gives it one count does not leave the draft's other count open.
func (p *pairDiff) oneSet(i, j int) bool {
	x, y := &p.x[i], &p.y[j]
	if x.kind != uQuantity || y.kind != uQuantity || !typed(x) || !sameCount(*x.q, *y.q) || !sameNationality(p.x, x, p.y, y) {
		return false
	}
	who := nationalityOf(p.y, y).text
	for _, o := range p.a.counts[p.ydoc] {
		if sameCount(*y.q, *o) && strings.Contains(o.Text, who) && !quantitiesAgree(*y.q, *o) {
			return false
		}
	}
	return true
}

// Context a difference needs: how many of the claim's other content units
// the passage it was found in must state itself, all of them in a short
// claim, and never fewer than two. A long claim that shares a word or two
// with a sentence is not shown to state the same fact; with three the
// difference is reported as a warning, with four as an error. Measured on
// SummEdits and on ECB+ articles checked as drafts against the other
// reports of their event (docs/evaluation.md).
const (
	minMatched    = 3
	strongMatched = 4
)

// matchedUnits counts the content units of x the passage states (n) and
// those it does not contradict (t).
func matchedUnits(x []unit, state []unitState) (n, t int) {
	for i := range x {
		if x[i].content() && state[i] != unitContradicted {
			t++
			if state[i].states() {
				n++
			}
		}
	}
	return n, t
}

// sameMatched counts the content units of x the passage states in the
// same words.
func sameMatched(x []unit, state []unitState) int {
	n := 0
	for i := range x {
		if x[i].content() && state[i] == unitMatched {
			n++
		}
	}
	return n
}

// finish computes a result's extra units and coverage from its states.
func (a *Alignment) finish(x []unit, r *diffResult) {
	r.extra = nil
	var got, all float64
	for i := range x {
		u := &x[i]
		if !u.content() || r.state[i] == unitContradicted {
			continue
		}
		w := a.cindex.weight(u.key)
		all += w
		if r.state[i] == unitMissing {
			r.extra = append(r.extra, u)
		} else {
			got += w
		}
	}
	r.cov = 0
	if all > 0 {
		r.cov = got / all
	}
}

// merge joins the diff of the same claim against another passage of the
// same source: a unit one passage states is not contradicted by another
// (the draft may join two sentences), and a difference found in either
// stands otherwise.
func (a *Alignment) merge(x []unit, r, o diffResult) diffResult {
	out := diffResult{state: make([]unitState, len(x))}
	for i := range x {
		out.state[i] = r.state[i]
		if strength(o.state, i) > strength(r.state, i) {
			out.state[i] = o.state[i]
		}
	}
	for _, rr := range [2]diffResult{r, o} {
		for _, d := range rr.diffs {
			if d.at < 0 || out.state[d.at] == unitContradicted {
				out.diffs = append(out.diffs, d)
			}
		}
		for _, k := range rr.questioned {
			if !out.state[k].states() && !slices.Contains(out.questioned, k) {
				out.questioned = append(out.questioned, k) // stated by neither passage
			}
		}
		for _, k := range rr.replaced {
			if !out.state[k].states() && !slices.Contains(out.replaced, k) {
				out.replaced = append(out.replaced, k)
			}
		}
	}
	a.finish(x, &out)
	return out
}

// strength is how strongly a passage's state stands on unit i in a
// merge. A word matched alone, with neither neighbour stated by the same
// passage, is a word that passage uses of something else: "large numbers
// of small drones" does not state the "large" of "for large, uncrewed
// aircraft", which a passage restating "for small, uncrewed aircraft"
// contradicts.
func strength(st []unitState, i int) unitState {
	if st[i] == unitMatched && (i == 0 || !st[i-1].states()) && (i+1 == len(st) || !st[i+1].states()) {
		return unitParaphrased
	}
	return st[i]
}

// negationDiff finds a negation on one side that governs a unit aligned
// with one the other side does not negate: "did not challenge" against
// "challenged". A negation is taken to govern the first content unit
// after it; a negation elsewhere in a long sentence says nothing about the
// aligned words. It returns the negation and, on the other side, the
// unit it left affirmed.
func negationDiff(x, y []unit, partner []int) (xn, yn *unit, g int, ok bool, acts int) {
	acts = -1 // x's word one side denies under another act, if any
	inv := make([]int, len(y))
	for j := range inv {
		inv[j] = -1
	}
	for i, j := range partner {
		if j >= 0 {
			inv[j] = i
		}
	}
	for i := range x {
		g := governed(x, i)
		if g < 0 {
			continue
		}
		if j := partner[g]; j >= 0 {
			if sameWord(&x[g], &y[j]) && !negatedAt(y, j) && sameAnchors(x, y, partner, g, j, false) >= negationAnchors(x, i, g) {
				if !otherActs(x, y, partner, inv, i, j) {
					return &x[i], &y[j], g, true, -1
				}
				acts = g
			}
			continue
		}
		// The governed word stands elsewhere in the other sentence, out
		// of the order the rest aligned in ("did not challenge the
		// boats" against "turned towards the boats and challenged them"),
		// unless the negation itself is aligned with one there: "did not
		// get the balance right" and "got the pricing wrong, not the
		// carry-out pricing" both deny something.
		if partner[i] >= 0 {
			continue
		}
		for j := range y {
			if inv[j] < 0 && y[j].kind == uWord && y[j].key == x[g].key && !negatedAt(y, j) && sameAnchors(x, y, partner, g, j, true) >= negationAnchors(x, i, g) {
				return &x[i], &y[j], g, true, -1
			}
		}
	}
	for j := range y {
		if g := governed(y, j); g >= 0 && inv[g] >= 0 && sameWord(&x[inv[g]], &y[g]) && !negatedAt(x, inv[g]) && sameAnchors(x, y, partner, inv[g], g, false) >= negationAnchors(y, j, g) {
			if !otherActs(y, x, inv, partner, j, inv[g]) {
				return &x[inv[g]], &y[j], inv[g], true, -1
			}
			acts = inv[g]
		}
	}
	return nil, nil, -1, false, acts
}

// otherActs reports whether a negation at x's unit i and the word it
// denies, affirmed at y's unit j, are said of two acts: the word is no
// verb but what a verb says of something ("guilty"), and each side's verb
// before it is its own, one the other sentence does not align: "pleaded
// not guilty" against "found guilty". partner maps x's units to y's, inv
// y's to x's.
func otherActs(x, y []unit, partner, inv []int, i, j int) bool {
	if verbReading(&y[j]) {
		return false
	}
	xv, yv := wordBefore(x, i), wordBefore(y, j)
	if xv < 0 || yv < 0 || partner[xv] >= 0 || inv[yv] >= 0 {
		return false
	}
	return verbReading(&x[xv]) && verbReading(&y[yv])
}

// verbReading reports whether WordNet reads a word as a verb.
func verbReading(u *unit) bool { return len(wordnet.Lemmas(u.low, wordnet.Verb)) > 0 }

// wordBefore returns the index of the word nearest before unit i, past
// the names and figures between ("finding Christopher Simpson, 27,
// guilty"), within anchorReach units; -1 when there is none.
func wordBefore(us []unit, i int) int {
	for k := i - 1; k >= 0 && k >= i-anchorReach; k-- {
		switch us[k].kind {
		case uWord:
			return k
		case uEntity, uNumber, uQuantity:
		default:
			return -1
		}
	}
	return -1
}

// negationAnchors is how many aligned pairs near the word g that the
// negation at i governs must anchor it: one for a verb negated where it
// stands ("did not challenge", "didn't get"), two for a negation with
// words between or a negative determiner, which deny a phrase rather than
// an act: one shared word beside "first" does not make "is not the first
// time" and "his first interview" one statement, nor "no gun" and "the
// community gun".
func negationAnchors(us []unit, i, g int) int {
	if us[i].low != "no" && us[g].kind == uWord && us[g].start-us[i].end <= 1 {
		return 1
	}
	return 2
}

// anchorReach is how near, in units on both sides, an aligned pair must
// stand to a difference to anchor it.
const anchorReach = 4

// frameReach is how far, in units, the aligned neighbour framing a
// substitution may stand.
const frameReach = 2

// frameSide reports whether x's unit i and y's unit j stand in the same
// frame on one side (-1 before, 1 after): at the same short distance,
// both claims have a pair of aligned units, and nothing between is
// aligned ("for small, uncrewed aircraft" and "for big, uncrewed
// aircraft"; "the gunman who executed six" and "the gunman who
// slaughtered seven"). A word, bare number or name is only compared in
// such a frame: "two of the pirate boats" and "26 Somali pirates" share
// a word, not a frame.
func frameSide(x, y []unit, partner []int, i, j, side int) bool {
	skipped := 0 // adverbs of x passed over
	for d := 1; d <= frameReach+skipped; d++ {
		k := i + side*d
		if k < 0 || k >= len(partner) {
			return false
		}
		if partner[k] >= 0 {
			return partner[k] == j+side*(d-skipped)
		}
		if skipped == 0 && (adverb(&x[k]) || elsewhere(x, y, partner, k)) {
			skipped++
		}
	}
	return false
}

// elsewhere reports whether x's unaligned name k is one the other
// sentence names too, out of the order the rest aligned in: "in front of
// the London Mexican embassy" against "activists in London … in front of
// the Russian embassy" frames the embassy's nationality all the same.
func elsewhere(x, y []unit, partner []int, k int) bool {
	if x[k].kind != uEntity {
		return false
	}
	for j := range y {
		if y[j].kind == uEntity && y[j].key == x[k].key && !slices.Contains(partner, j) {
			return true
		}
	}
	return false
}

// adverb reports whether a word is only an adverb ("secretly",
// "reportedly"): a modifier a restatement adds or drops anywhere, which
// does not break the frame around it.
func adverb(u *unit) bool {
	if u.kind != uWord || len(wordnet.Lemmas(u.low, wordnet.Adv)) == 0 {
		return false
	}
	for _, pos := range [...]wordnet.POS{wordnet.Noun, wordnet.Verb, wordnet.Adj} {
		if len(wordnet.Lemmas(u.low, pos)) > 0 {
			return false
		}
	}
	return true
}

// framed reports whether x's unit i and y's unit j may be compared: a
// typed value (a date, a quantity with its unit) with two aligned pairs
// near both ("surrendered himself to police on Friday" and "surrendered
// himself on Thursday morning"), not anywhere in the sentence, which
// compared the day one act was decided with the day another was done; a
// name in a frame closed on both sides ("to Israeli carriers, including"
// and "to Iranian carriers, including"), since one aligned word beside two
// names of people in two long sentences says little; anything else in a
// frame on one side.
func framed(x, y []unit, partner []int, i, j int) bool {
	if typed(&x[i]) {
		return anchors(partner, i, j, -1, false) >= 2
	}
	// The end of the claim closes its side, and so does the end of the
	// passage where the claim has at most one word more ("the executive
	// of the European Parliament has ordered" and "the EC has ordered")
	// or another clause begins ("invasion of Syria, U.K. activists" and a
	// sentence ending "invasion of Ukraine"), not where the claim goes on:
	// "the other three" ends its sentence, but "26 Somali pirates with six
	// rifles" is not what it counts. Who said it ("the BBC reports that")
	// stands outside the passage.
	first, last := j == 0, j == len(y)-1
	for k := 0; k < j && y[k].credit; k++ {
		first = k == j-1
	}
	for k := len(y) - 1; k > j && y[k].credit; k-- {
		last = k == j+1
	}
	left := i == 0 || first && (i <= 1 || x[i-1].clauseEnd) || frameSide(x, y, partner, i, j, -1)
	right := i == len(x)-1 || last && (i >= len(x)-2 || x[i].clauseEnd) || frameSide(x, y, partner, i, j, 1)
	return left && right
}

// inCount reports whether us[i] lies inside a count of us: the
// nationality of "three Romanian women" is compared with the count.
func inCount(us []unit, i int) bool {
	return slices.ContainsFunc(us, func(q unit) bool {
		return q.kind == uQuantity && q.start <= us[i].start && us[i].end <= q.end
	})
}

// governedValue reports whether x's value i and y's value j stand right
// after the same word on both sides, the verb or noun they complete, in
// sentences that align a word (not a name, a value or a part of "a
// 32-year-old", which may tell of another person) in the same order
// before them: "a mine collapse killed at least three people" and "a mine
// collapsed in China's northern Inner Mongolia region on Wednesday,
// killing at least two people" give the toll of one collapse, however
// much the second says between.
func (a *Alignment) governedValue(x, y []unit, partner []int, i, j int) bool {
	if i == 0 || j == 0 || partner[i-1] != j-1 || !sameWord(&x[i-1], &y[j-1]) {
		return false
	}
	for k := 0; k < i-1; k++ {
		if partner[k] >= 0 && x[k].kind == uWord && y[partner[k]].kind == uWord && !a.inCompound(&x[k]) {
			return true
		}
	}
	return false
}

// otherPlace reports whether x and y each say where it happened and no
// place of one is the other's or contains it, even if y's source names
// x's place elsewhere: it returns a locative place of each.
func (a *Alignment) otherPlace(x, y []unit) (xi, yj int, ok bool) {
	locatives := func(us []unit) []int {
		var out []int
		for k := range us {
			if e := us[k].ent; us[k].kind == uEntity && !us[k].credit && e.Type == claims.Place && e.Locative && !e.Demonym {
				out = append(out, k)
			}
		}
		return out
	}
	xl, yl := locatives(x), locatives(y)
	if len(xl) == 0 || len(yl) == 0 {
		return 0, 0, false
	}
	for _, i := range xl {
		for _, j := range yl {
			if a.match(&x[i], &y[j]) == matchSame {
				return 0, 0, false
			}
		}
	}
	return xl[0], yl[0], true
}

// class is the kind of value a slot unit gives, for finding the one value
// of its kind in a sentence: a quantity by its unit, an entity by its type
// (a nationality apart from a place), a time by whether it resolved; ""
// for a unit that is not a slot.
func (u *unit) class() string {
	switch u.kind {
	case uQuantity:
		if duration(*u.q) {
			return "q:duration" // "30 days" and "30 years" both say how long
		}
		if unitOf(*u.q) != "" {
			return "q:" + unitOf(*u.q)
		}
	case uEntity:
		return "e:" + string(u.ent.Type) + ":" + strconv.FormatBool(u.ent.Demonym)
	case uTime:
		return "t:" + strconv.FormatBool(resolved(u))
	}
	return ""
}

// only returns the index of the one unit of us of the given class, -1 when
// there is none or more than one.
func only(us []unit, class string) int {
	at := -1
	for i := range us {
		if class != "" && us[i].class() == class {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// typed reports whether a unit is a typed value (an entity, a resolved
// time, a quantity with its unit), compared wherever the other claim gives
// one of its type. Words, bare numbers and bare counts are compared only
// in the same frame (see adjacent).
func typed(u *unit) bool {
	switch u.kind {
	case uTime:
		return true
	case uQuantity:
		return unitOf(*u.q) != ""
	}
	return false
}

// anchors counts the aligned pairs (but the one at skip) that anchor x's
// unit i and y's unit j, which a diff compares, in one context: each
// within anchorReach of both, on the same side of each unless crossed
// allows either order. A word alone aligned in two long sentences ("seen"
// and "see") says nothing about what surrounds it.
func anchors(partner []int, i, j, skip int, crossed bool) int {
	return anchorsWhere(partner, i, j, skip, crossed, func(int) bool { return true })
}

// anchorsWhere is anchors counting only the pairs (k, partner[k]) keep
// accepts.
func anchorsWhere(partner []int, i, j, skip int, crossed bool, keep func(k int) bool) int {
	n := 0
	for k := max(0, i-anchorReach); k <= i+anchorReach && k < len(partner); k++ {
		pk := partner[k]
		if k == i || k == skip || pk < 0 || pk == j || abs(pk-j) > anchorReach || !keep(k) {
			continue
		}
		if crossed || (k < i) == (pk < j) {
			n++
		}
	}
	return n
}

// sameAnchors is anchors (x's unit i and y's unit j, skipping i) counting
// only the pairs that are the same word on both sides: a negation is
// compared on the same word in the same words around it, and synonyms
// through rare senses ("played" and "quarterback", "win" and "pass")
// do not make "can't play the way I played today and win a football game"
// the frame of "with 4:08 to play in the fourth quarter".
func sameAnchors(x, y []unit, partner []int, i, j int, crossed bool) int {
	return anchorsWhere(partner, i, j, i, crossed, func(k int) bool { return sameWord(&x[k], &y[partner[k]]) })
}

// sameWord reports whether two units are the same word or name: a
// negation is compared on the word it governs, and a synonym aligned in
// its place ("want" for "require") is too loose a pair to say that one
// side denies what the other affirms.
func sameWord(x, y *unit) bool { return x.key == y.key || x.low != "" && x.low == y.low }

// negationReach is how many units before a word a negation governs it
// from ("not immediately launch", "no new evidence").
const negationReach = 3

// governed returns the unit a negation at i governs, -1 when us[i] is
// not a negation or governs nothing.
func governed(us []unit, i int) int {
	if us[i].kind != uNeg || negativePronoun[us[i].low] {
		return -1
	}
	for k := i + 1; k < len(us) && k <= i+negationReach; k++ {
		switch us[k].kind {
		case uWord, uEntity, uQuantity, uNumber:
			return k
		}
	}
	return -1
}

// negatedAt reports whether a negation stands within reach of the unit at
// k, before it or after it: "have not found any evidence" negates
// "evidence" as "found no evidence" does, and "the gun has not been
// recovered" says what "no gun has been recovered" says.
func negatedAt(us []unit, k int) bool {
	for i := range us {
		if i == k || us[i].kind != uNeg {
			continue
		}
		if abs(i-k) <= negationReach || i < k && (us[i].low == "no" || negativePronoun[us[i].low]) {
			// A negative determiner or pronoun before a word negates
			// the clause it stands in: "no financial terms of the
			// transaction were disclosed".
			return true
		}
	}
	return false
}

// negativePronoun lists the negations that are arguments themselves
// ("had nothing to do with", "none of those offers"): they deny the
// clause, not the word after them.
var negativePronoun = map[string]bool{"nothing": true, "nobody": true, "none": true, "neither": true}

// needed reports whether a quantity is what something needs or requires
// ("needed nine points to pass the record"): a threshold, not what was
// done ("posting 20 points"), and compared only with another threshold.
func (a *Alignment) needed(u *unit) bool {
	for _, w := range a.wordsBefore(u, 2) {
		w = strings.ToLower(w)
		if strings.HasPrefix(w, "need") || strings.HasPrefix(w, "requir") {
			return true
		}
	}
	return false
}

// offset returns the word that makes a span an offset from another time
// ("nine days before the inauguration", "three days after the vote"), or
// "": such a span says how far from an event, not how long or when from
// now ("takes effect in 30 days"), and is compared only with an offset
// the same way.
func (a *Alignment) offset(u *unit) string {
	if w := a.wordsAfter(u, 1); len(w) == 1 {
		switch w := strings.ToLower(strings.Trim(w[0], ",.;:")); w {
		case "before", "after", "earlier", "later":
			return w
		}
	}
	return ""
}

// restricted reports whether "only" restricts a word a few words before
// it: "would only reveal it once he was dead" says what "will not reveal
// it until he dies" says, so the other side's negation is no contradiction.
func (a *Alignment) restricted(u *unit) bool {
	for _, w := range a.wordsBefore(u, 3) {
		if strings.EqualFold(w, "only") {
			return true
		}
	}
	return false
}

// notOnly reports whether a negation is "not only" (or "not just", "not
// merely"), which adds to what it denies: "had to consult not only their
// own experts but also biologists" says they consulted their experts.
func (a *Alignment) notOnly(neg *unit) bool {
	after := a.wordsAfter(neg, 1)
	if len(after) == 0 {
		return false
	}
	switch strings.ToLower(after[0]) {
	case "only", "just", "merely":
		return true
	}
	return false
}

// openReach is how many words before a word "whether" or "if" leaves it
// an open question.
const openReach = 4

// open reports whether a word stands in a clause that asks or supposes
// rather than asserts, opened by "whether" or "if" a few words before it:
// "to determine whether a project is likely to affect" says neither that
// it is likely nor that it is not.
func (a *Alignment) open(u *unit) bool {
	for _, w := range a.wordsBefore(u, openReach) {
		switch strings.ToLower(w) {
		case "whether", "if":
			return true
		}
	}
	return false
}

// wordsBefore returns up to n words of a unit's document before it, as
// written, nearest last.
func (a *Alignment) wordsBefore(u *unit, n int) []string {
	text := a.nodes[u.node].c.Doc.Text
	words := strings.Fields(text[max(0, u.start-12*n):u.start])
	return words[max(0, len(words)-n):]
}

// wordsAfter returns up to n words of a unit's document after it, as
// written.
func (a *Alignment) wordsAfter(u *unit, n int) []string {
	text := a.nodes[u.node].c.Doc.Text
	words := strings.Fields(text[u.end:min(len(text), u.end+12*n)])
	return words[:min(n, len(words))]
}

// notUntil reports whether a negation is "not … until", which asserts the
// act at the later time: "didn't take their first lead until the
// interception" says when they took it.
func (a *Alignment) notUntil(neg *unit) bool {
	for _, w := range a.wordsAfter(neg, 8) {
		switch strings.ToLower(strings.Trim(w, `,.;:"'“”`)) {
		case "until", "till":
			return true
		}
	}
	return false
}

// particles are the adverbs that make a verb phrasal ("broke out",
// "set up", "called off").
var particles = map[string]bool{"out": true, "up": true, "off": true, "down": true, "over": true, "away": true, "back": true}

// lexKey is the key WordNet relates a word by: a verb with its particle
// when WordNet lists the phrase ("broke out" is "erupt", not "break"), ""
// when it does not, since the bare verb's relations do not hold; the
// word's own key otherwise.
func (a *Alignment) lexKey(u *unit) string {
	next := a.wordsAfter(u, 1)
	if len(next) == 0 {
		return u.key
	}
	p := strings.ToLower(strings.Trim(next[0], `,.;:"'“”`))
	if !particles[p] {
		return u.key
	}
	if phrase := u.key + " " + p; wordnet.Known(phrase) {
		return phrase
	}
	return ""
}

// sameMood reports whether the claims two units were read from state
// them in one mood: a polarity is compared between two statements, or two
// conditions ("could result in a loss" and "could result in a gain"), not
// between a statement and a hedge or a condition ("whether it is likely
// to affect" and "they are not likely to harm").
func (a *Alignment) sameMood(x, y *unit) bool {
	stating := func(m claims.Modality) bool { return m != claims.Hedged && m != claims.Conditional }
	mx, my := a.nodes[x.node].c.Modality, a.nodes[y.node].c.Modality
	return mx == my || stating(mx) && stating(my)
}

// stated reports whether a document states a unit anywhere: a word with
// its lemma, an entity with its key, a number, a quantity with its value
// and unit ("$1.8 billion" said of the whole before "$1.1 billion" of a
// part). A time is not: "Tuesday" said of one act does not date another.
func (a *Alignment) stated(u *unit, doc int) bool {
	return u.kind != uNeg && u.kind != uTime && a.vocab[doc][u.key]
}

// statedBeside reports whether document doc states the word us[i] beside
// one of the words it stands beside in us.
func (a *Alignment) statedBeside(us []unit, i, doc int) bool {
	c := a.collocs[doc]
	return i > 0 && c[[2]string{us[i-1].key, us[i].key}] || i+1 < len(us) && c[[2]string{us[i].key, us[i+1].key}]
}

// directAntonyms reports whether WordNet gives two words as antonyms by a
// pointer between them or between the heads of their adjective clusters
// ("small" and "large"), not only through synsets, derivations or
// hypernyms.
func directAntonyms(x, y *unit) bool {
	d := wordnet.RelateDetail(x.key, y.key)
	return d.Relation == wordnet.Opposite && (d.Via == wordnet.ViaAntonym || d.Via == wordnet.ViaCluster)
}

// kindOf reports whether x's word u stands where y has, among its
// unaligned units in [from, to), a word more general or more specific
// than u: "the suspicious boats" where the other sentence has "the
// suspicious vessels".
func (a *Alignment) kindOf(u *unit, y []unit, used []bool, from, to int) bool {
	if u.kind != uWord {
		return false
	}
	uk := a.lexKey(u)
	for j := from; j < to && j < len(y) && uk != ""; j++ {
		if used[j] || y[j].kind != uWord {
			continue
		}
		if vk := a.lexKey(&y[j]); vk != "" {
			if r := a.relate(vk, uk); r == relNarrower || r == relBroader {
				return true
			}
		}
	}
	return false
}

// crossed reports whether one of y's unaligned units states x's unit u
// out of the order the rest aligned in: "has not shifted from prototyping
// to the delivery phase" and "prototypes … now shifting into the delivery
// phase" speak of the same things in another order.
func (a *Alignment) crossed(u *unit, y []unit, used []bool) bool {
	for j := range y {
		if !used[j] && a.match(u, &y[j]) == matchSame {
			return true
		}
	}
	return false
}

// substitution looks among y's unaligned units in [from, to) for the one
// x's unit replaces and that contradicts it.
func (a *Alignment) substitution(u *unit, xdoc int, y []unit, used []bool, from, to, ydoc int) (diffKind, int, bool) {
	for j := from; j < to && j < len(y); j++ {
		if used[j] || y[j].credit {
			continue
		}
		v := &y[j]
		switch {
		case u.kind == uWord && v.kind == uWord:
			if a.stated(v, xdoc) {
				continue // the first source says this word too
			}
			vk, uk := a.lexKey(v), a.lexKey(u)
			if vk == "" || uk == "" {
				continue // a phrasal verb WordNet does not list
			}
			switch a.relate(vk, uk) {
			case relOpposite:
				if a.sameMood(u, v) && !a.inCompound(u) && !a.inCompound(v) {
					return dOpposite, j, true
				}
			case relAlternation:
				// WordNet's alternations are between nouns: a verb form
				// ("forming", "challenged") read as a noun finds false
				// siblings.
				if !verbForm(u.low) && !verbForm(v.low) && !a.inCompound(u) && !a.inCompound(v) && !vagueSpan(u) && !vagueSpan(v) {
					return dAlternation, j, true
				}
			}
		case u.kind == uNumber && v.kind == uNumber:
			// "200ft" and "60m" are measures in units the reader does
			// not know: only bare figures, or the same unit, compare.
			if u.key != v.key && numberSuffix(u.key) == numberSuffix(v.key) {
				return dNumber, j, true
			}
		case u.kind == v.kind && u.kind != uWord && u.kind != uNeg:
			if a.match(u, v) == matchSlot {
				if k, ok := a.slotConflict(u, v, xdoc, ydoc); ok {
					return k, j, true
				}
			}
		}
	}
	return 0, 0, false
}

// vagueSpan reports whether a word is a time unit in the plural with no
// count: "in the final days" and "in the final weeks" both say "at the end",
// and neither measures it.
func vagueSpan(u *unit) bool {
	_, ok := claims.TimeUnit(u.low)
	return ok && u.low != u.key
}

// namesBoth reports whether document xdoc, which names x, names y as
// well, a name other than a place: "Vaughn finished with nine rebounds"
// and "Hansbrough had nine rebounds" speak of two players when the first
// report names both. A place may be named by its people ("the Russian
// embassy") in a draft that put another country in place of "Russia's
// invasion".
func (a *Alignment) namesBoth(x, y *unit, xdoc int) bool {
	return x.kind == uEntity && y.kind == uEntity && y.ent.Type != claims.Place && a.stated(y, xdoc)
}

// slotConflict types two slots of one kind with different values.
func (a *Alignment) slotConflict(x, y *unit, xdoc, ydoc int) (diffKind, bool) {
	switch x.kind {
	case uEntity:
		if a.stated(x, ydoc) {
			return 0, false // the other source names it too: not a substitution
		}
		if a.namesBoth(x, y, xdoc) {
			return 0, false
		}
		if spellingVariants(x.ent.Text, y.ent.Text) && !a.knownPlaces(x, y) {
			// "Technicolour" and "Technicolor", "Salahuddin" and
			// "Salahaddin": one name spelt two ways, for the name check.
			return 0, false
		}
		// A nationality says whose, not where: "Kenyan" for "Somali" is
		// another name, not another place. A place where something
		// happened is compared with a place where something happened;
		// places that take part ("invasion of Ukraine") with each other.
		if x.ent.Type == claims.Place && !x.ent.Demonym {
			switch {
			case x.ent.Locative && y.ent.Locative:
				return dPlace, true
			case x.ent.Locative != y.ent.Locative:
				return 0, false
			case !a.knownPlaces(x, y):
				// "a Fort Smith woman" and "an Arkansas woman": a place the
				// gazetteer does not know may lie in the other.
				return 0, false
			}
		}
		return dEntity, true
	case uTime:
		if resolved(x) != resolved(y) {
			return 0, false
		}
		if !resolved(x) {
			// Two weekdays without a date: another day of the week.
			return dDate, x.key != y.key
		}
		xs, ys, weak := comparable([]claims.Time{*x.tm}, []claims.Time{*y.tm})
		if len(xs) == 0 || len(ys) == 0 || overlap(xs[0], ys[0]) || weak {
			return 0, false
		}
		return dDate, true
	case uQuantity:
		// Aligned in the same place, two bare counts count the same thing.
		if !sameCount(*x.q, *y.q) || kindName(x.q) || kindName(y.q) || a.needed(x) != a.needed(y) || a.offset(x) != a.offset(y) {
			return 0, false
		}
		if quantitiesAgree(*x.q, *y.q) && !sameBoundDiffers(*x.q, *y.q) {
			return 0, false
		}
		return dNumber, true
	}
	return 0, false
}

// spellingVariants reports whether two names are one spelt two ways: the
// same first letter and at most one edit in five letters of the longer, in
// names of five letters or more ("Iran" and "Iraq" are two countries).
// Names of as many words compare word by word: "James Webb Space
// Telescope" and "James Gunn Space Telescope" differ in a whole word.
func spellingVariants(x, y string) bool {
	if xs, ys := strings.Fields(x), strings.Fields(y); len(xs) > 1 && len(xs) == len(ys) {
		for k := range xs {
			if !wordVariants(styleFold(xs[k]), styleFold(ys[k])) {
				return false
			}
		}
		return true
	}
	return wordVariants(styleFold(x), styleFold(y))
}

// wordVariants is spellingVariants' test of two folded spellings.
func wordVariants(x, y string) bool {
	if x == y {
		return true
	}
	longer := max(len(x), len(y))
	if min(len(x), len(y)) < 5 || x[0] != y[0] {
		return false
	}
	return 5*edit.Distance(x, y) <= longer
}

// negativePrefixed reports whether a is b with a negative prefix ("un",
// "non"): "uncrewed" and "crewed", "unnamed" and "named", whether or not
// WordNet lists the pair. "In-" and "dis-" are left to WordNet: "invaluable"
// is not the opposite of "valuable", nor "discover" of "cover".
func negativePrefixed(a, b string) bool {
	if len(b) < 4 {
		return false
	}
	rest, ok := strings.CutPrefix(a, "un")
	if !ok {
		rest, ok = strings.CutPrefix(a, "non")
	}
	return ok && strings.TrimPrefix(rest, "-") == b
}

// relate types a word substitution from a to b (lemmas) through WordNet.
// An alternation counts only between close kinds: siblings (one step each
// below a shared hypernym at depth 5 or more: "month" and "year" under
// "time period", at depth 4, also join "eve" and "night"), or cousins
// under a specific one (depth 6). Further
// apart, WordNet's hierarchy joins near-synonyms ("activist" and
// "demonstrator" under "reformer") and unrelated senses of common words.
func (a *Alignment) relate(x, y string) lexRel {
	return a.rels.get([2]string{x, y}, func() lexRel { return relateWords(x, y) })
}

// relateWords is relate without the memo.
func relateWords(a, b string) lexRel {
	if a == b {
		return relEquivalent
	}
	if negativePrefixed(a, b) || negativePrefixed(b, a) {
		return relOpposite
	}
	d := wordnet.RelateDetail(a, b)
	switch d.Relation {
	case wordnet.Equivalent:
		return relEquivalent
	case wordnet.Broader:
		return relBroader
	case wordnet.Narrower:
		return relNarrower
	case wordnet.Opposite:
		return relOpposite
	case wordnet.Alternation:
		if d.Overlapping {
			return relUnrelated
		}
		if d.StepsA == 1 && d.StepsB == 1 && d.Depth >= 5 || d.StepsA <= 2 && d.StepsB <= 2 && d.Depth >= 6 {
			return relAlternation
		}
	}
	return relUnrelated
}

// lexEquivalent reports whether two words say the same thing: synonyms,
// derivations, or the second more general than the first; relate's
// Equivalent or Broader, which rules out a negative prefix ("unthaw" and
// "thaw" are WordNet synonyms).
func (a *Alignment) lexEquivalent(x, y *unit) bool {
	f := func() bool {
		return !negativePrefixed(y.key, x.key) && !negativePrefixed(x.key, y.key) && wordnet.Entails(y.key, x.key)
	}
	if x.id == 0 || y.id == 0 {
		return f()
	}
	return a.entails.get(pairKey(y.id, x.id), f)
}

// diffValue is what one side of a difference asserts, for a finding.
func diffValue(side *unit) value {
	if side == nil {
		// The side without a negation: its words as aligned.
		return value{text: "affirmed", norm: "affirmed"}
	}
	v := value{text: side.text, norm: strings.ToLower(side.key), start: side.start, end: side.end}
	switch side.kind {
	case uTime:
		if resolved(side) {
			v = timeValue(*side.tm)
		} else {
			v.norm = side.key
		}
	case uQuantity:
		v = quantityValue(*side.q)
	case uEntity:
		v = mentionValue(*side.ent)
	case uNeg:
		v.norm = "not"
	}
	return v
}

// numberSuffix returns the letters written after a figure ("ft" of
// "200ft"), "" for a bare figure.
func numberSuffix(key string) string {
	return strings.TrimLeft(key, "0123456789.,")
}

// sameCount reports whether two quantities count the same thing: the same
// unit, and for people the same act or two kinds of one act ("executed
// six" and "slaughtered seven" count the dead; "killed 12" and "injured
// 150" count two groups).
func sameCount(x, y claims.Quantity) bool {
	if unitOf(x) == unitOf(y) || duration(x) && duration(y) {
		return true
	}
	return strings.EqualFold(x.Unit, y.Unit) && x.Of != "" && y.Of != "" && wordnet.VerbSiblings(x.Of, y.Of)
}

// resolved reports whether a time unit has a calendar value: a weekday
// without a date to count back from has only its name.
func resolved(u *unit) bool { return !strings.HasPrefix(u.key, "weekday:") }

// sameBoundDiffers reports whether two counts bounded the same way give
// different bounds: "at least two" and "at least three" are compatible in
// logic, but a draft that writes three where its source writes two has
// changed the figure.
func sameBoundDiffers(x, y claims.Quantity) bool {
	open := func(q claims.Quantity) int {
		switch {
		case math.IsInf(q.High, 1):
			return 1 // a floor: at least, more than, over
		case q.Hedge != "" && q.Low == 0 && q.High == q.Value:
			return -1 // a ceiling: up to, under, nearly
		}
		return 0
	}
	ox, oy := open(x), open(y)
	if ox == 0 || ox != oy {
		return false
	}
	bx, by := x, y
	bx.Hedge, by.Hedge = "", ""
	bx.Low, bx.High, by.Low, by.High = 0, 0, 0, 0
	return !quantitiesAgree(bx, by)
}

// inCompound reports whether a word unit is joined by a hyphen to the
// word before or after it: a part of a compound modifier is not a free
// word, and WordNet's relations of the free word do not hold ("minute" of
// "last-minute" against "days", "line" of "top-of-the-line" against
// "unveiled").
func (a *Alignment) inCompound(u *unit) bool {
	text := a.docs[a.nodes[u.node].doc].Text
	return u.start > 0 && text[u.start-1] == '-' || u.end < len(text) && text[u.end] == '-'
}

// verbForm reports whether a word is written as a participle.
func verbForm(low string) bool {
	return len(low) > 5 && (strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ed"))
}

// knownPlaces reports whether the gazetteer knows both places, so that
// their difference means something rather than a gap in it.
func (a *Alignment) knownPlaces(x, y *unit) bool {
	return a.places != nil && x.ent != nil && y.ent != nil && a.places.Known(x.ent.Canonical) && a.places.Known(y.ent.Canonical)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
