package align

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/edit"
)

var dateCheck = Check{
	Name: "date",
	Doc: `Sources date the same fact differently.
Two aligned claims give times that cannot both be true ("March 3, 2023"
against "June 2023"), comparing intervals so that a day inside a month
agrees with the month. Claims that also differ in place, or in a count, are
taken to be about different occurrences and not compared. Relative times
("Thursday", "last year") are compared through their resolved values, and
only when both resolve against the same publication day; a relative day
against an absolute date less than a week away is only a warning, as the
publication date may be off, and so is a relative year in a statement
about the future ("the awards will be held this year", written months before
a ceremony that falls in the next). Times that name a thing ("the 2010 treaty",
"Friday's semifinal") do not date a claim. "Since 2018" is checked against
a duration ("for four years") through the publication date.`,
	Severity: Error,
	Pair:     datePair,
	Run:      grouped(worded(" dated ", false)),
}

func datePair(ps *Pass, p *Pair) {
	a, n, m := ps.a, p.n, p.m
	if c, ok := a.sinceVersusDuration(p.pair, n, m); ok {
		ps.report(c)
		return
	}
	tn, tm := p.times()
	if len(tn) == 0 || len(tm) == 0 || p.timesOverlap() || !sameTense(n.c, m.c) {
		return
	}
	if a.anchorsDiffer(tn, tm, n, m) {
		return // source-date explains it
	}
	tn, tm, weak := comparable(tn, tm)
	if len(tn) == 0 || len(tm) == 0 || timesAgree(tn, tm) {
		return
	}
	weak = weak || looseSeason(n.c, tn) || looseSeason(m.c, tm)
	pn, pm := p.where()
	switch {
	case len(pn) > 0 && len(pm) > 0:
		if !p.placed() {
			return // another occurrence, not a conflict
		}
	case len(pn) > 0 || len(pm) > 0:
		// One says where, the other does not: it may be another
		// occurrence ("last met in Lagos" against "spoke on Thursday"),
		// unless they are told in nearly the same words.
		if p.sim < 0.5 {
			return
		}
	case p.shared < 2 && !(p.shared >= 1 && p.sameAct() && p.sim >= 0.3):
		// Neither says where: the claims must share referents and act.
		return
	}
	// Claims that also disagree on a count (a magnitude 4.6 quake and a
	// 3.0 one) are two occurrences, not one misdated.
	if _, agreed, differ := p.quantities(); differ && !agreed {
		return
	}
	ps.report(conflict{a: p.a, b: p.b, va: timeValue(tn[0]), vb: timeValue(tm[0]), weak: weak})
}

// comparable keeps the times of two claims that can be held against each
// other. Two relative times ("Saturday", "last week") say the same thing
// only through the same publication day, so relative times resolved
// against different days are dropped. A relative time against an absolute
// one within a week of it could be an imprecise publication date: weak.
func comparable(x, y []claims.Time) (xs, ys []claims.Time, weak bool) {
	anchors := map[time.Time]bool{}
	for _, t := range append(append([]claims.Time(nil), x...), y...) {
		if t.Relative {
			anchors[t.Anchor.Truncate(24*time.Hour)] = true
		}
	}
	keep := func(ts []claims.Time) []claims.Time {
		var out []claims.Time
		for _, t := range ts {
			if !t.Relative || len(anchors) == 1 {
				out = append(out, t)
			}
		}
		return out
	}
	xs, ys = keep(x), keep(y)
	weak = true
	for _, a := range xs {
		for _, b := range ys {
			if a.Relative == b.Relative || math.Abs(a.From.Sub(b.From).Hours()) >= 7*24 {
				weak = false
			}
		}
	}
	return xs, ys, weak
}

// anchorsDiffer reports whether a disagreement comes from relative times
// resolved against publication dates far apart: that is a source-date
// finding on the source whose date is off, not a date finding.
func (a *Alignment) anchorsDiffer(tn, tm []claims.Time, n, m *node) bool {
	rel := false
	for _, t := range append(append([]claims.Time(nil), tn...), tm...) {
		rel = rel || t.Relative
	}
	if !rel {
		return false
	}
	pn, pm := a.docs[n.doc].Meta.Published, a.docs[m.doc].Meta.Published
	return !pn.IsZero() && !pm.IsZero() && absDays(pn, pm) > eventDays
}

// sinceVersusDuration checks "since 2018" in one claim against "for four
// years" in the other, measured to each source's publication date.
func (a *Alignment) sinceVersusDuration(p pair, n, m *node) (conflict, bool) {
	for swap := 0; swap < 2; swap++ {
		x, y := n, m
		xi, yi := p.a, p.b
		if swap == 1 {
			x, y, xi, yi = m, n, p.b, p.a
		}
		var since *claims.Time
		for i := range x.c.Times {
			if t := &x.c.Times[i]; t.Kind == claims.Since && !t.From.IsZero() {
				since = t
				break
			}
		}
		if since == nil || !samePredicate(x.pred, y.pred) || p.shared < 1 {
			continue
		}
		pub := a.docs[y.doc].Meta.Published
		if pub.IsZero() {
			continue
		}
		for _, q := range y.c.Quantities {
			lo, hi, ok := years(q)
			if !ok {
				continue
			}
			// The state began within [since.From, since.To): it has lasted
			// between these many years at the other source's date.
			elo, ehi := yearsBetween(since.To, pub), yearsBetween(since.From, pub)
			if elo <= hi && lo <= ehi {
				return conflict{}, false
			}
			c := conflict{a: xi, b: yi, va: timeValue(*since), vb: quantityValue(q)}
			if xi > yi {
				c.a, c.b, c.va, c.vb = c.b, c.a, c.vb, c.va
			}
			return c, true
		}
	}
	return conflict{}, false
}

func timeValue(t claims.Time) value {
	norm := t.From.Format("2006-01-02") + "/" + string(t.Granularity)
	if t.Kind == claims.Since {
		norm = "since " + norm
	}
	return value{text: t.Text, norm: norm, start: t.Start, end: t.End}
}

func quantityValue(q claims.Quantity) value {
	norm := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%f", q.Value), "0"), ".") + " " + unitOf(q)
	if q.Hedge != "" {
		norm = q.Hedge + " " + norm
	}
	return value{text: q.Text, norm: norm, start: q.Start, end: q.End}
}

var placeCheck = Check{
	Name: "place",
	Doc: `Sources place the same fact in different places.
Two aligned claims about the same act at overlapping times name places
neither of which contains the other. Containment is compatible (a city is
in its country); places the gazetteer does not know are not compared.`,
	Severity: Error,
	Pair:     placePair,
	Run:      grouped(worded(" placed in ", false)),
}

func placePair(ps *Pass, p *Pair) {
	a, n, m := ps.a, p.n, p.m
	if p.shared < 1 || !(p.sameAct() || n.c.Kind == claims.KindCaption || m.c.Kind == claims.KindCaption) {
		return
	}
	pn, pm := p.where()
	if !a.known(pn) || !a.known(pm) || p.placed() {
		return
	}
	if !p.bothTimed() {
		return // without a shared time they may be two occurrences
	}
	// The shared referents must be more than the places themselves.
	if p.others < 1 {
		return
	}
	ps.report(conflict{a: p.a, b: p.b, va: mentionValue(a.specific(pn)[0]), vb: mentionValue(a.specific(pm)[0])})
}

func mentionValue(m claims.Mention) value {
	return value{text: m.Text, norm: m.Canonical, start: m.Start, end: m.End}
}

var numberCheck = Check{
	Name: "number",
	Doc: `Sources give different quantities for the same fact.
Two aligned claims about the same act count the same unit with values that
cannot both hold, after hedges ("about", "more than") and the rounding a
round number implies.`,
	Severity: Error,
	Pair:     numberPair,
	Run:      grouped(worded(": ", true)),
}

func numberPair(ps *Pass, p *Pair) {
	// Shared referents, or, when they share only a country ("struck
	// western Turkey on Tuesday, killing 12 and injuring 150"),
	// near-identical wording about the same day.
	if p.shared < 1 && !(p.sim >= 0.6 && p.bothTimed()) || p.sim < 0.3 || !p.sameAct() || !sameTense(p.n.c, p.m.c) {
		return
	}
	if !p.timesOverlap() || !p.placed() {
		return
	}
	c, agreed, ok := p.quantities()
	if !ok {
		return
	}
	// A disagreement is only about the same thing when something else
	// the two claims count or date agrees: counts that all differ are
	// usually of different things (a total and one day's share, a
	// game's yards and a season's). Measured on ECB+, accepting
	// near-parallel wording instead added four false conflicts.
	if !agreed && !p.bothTimed() {
		return
	}
	c.a, c.b = p.a, p.b
	ps.report(c)
}

// quantityConflict finds a unit both claims count for which each claim has
// a value the other's values of that unit do not allow. It also reports
// whether some other pair of quantities agreed.
func quantityConflict(x, y []claims.Quantity) (c conflict, agreed, ok bool) {
	matched := func(q claims.Quantity, in []claims.Quantity) bool {
		for _, o := range in {
			if unitOf(o) == unitOf(q) && quantitiesAgree(q, o) {
				return true
			}
		}
		return false
	}
	var lone [2][]claims.Quantity
	for side, pair := range [2][2][]claims.Quantity{{x, y}, {y, x}} {
		for _, q := range pair[0] {
			if unitOf(q) == "" {
				continue
			}
			if matched(q, pair[1]) {
				agreed = true
			} else {
				lone[side] = append(lone[side], q)
			}
		}
	}
	for _, qa := range lone[0] {
		for _, qb := range lone[1] {
			if unitOf(qa) == unitOf(qb) {
				return conflict{va: quantityValue(qa), vb: quantityValue(qb)}, agreed, true
			}
		}
	}
	return conflict{}, agreed, false
}

// looseSeason reports whether a claim about the future dates itself by a
// relative year ("the awards will be held this year", written in August for a
// ceremony in March): a coming event is named by its season's year as
// often as by the year it falls in, so a difference is only a warning.
func looseSeason(c *claims.Claim, ts []claims.Time) bool {
	if c.Modality != claims.Future {
		return false
	}
	for _, t := range ts {
		if t.Relative && t.Granularity == claims.Year {
			return true
		}
	}
	return false
}

var polarityCheck = Check{
	Name: "polarity",
	Doc: `One source asserts what another denies.
Two aligned claims about the same referents and time state the same act,
one affirmed and one negated, or opposite acts (rose/fell, won/lost,
approved/rejected), both asserted rather than hedged or conditional.`,
	Severity: Error,
	Pair:     polarityPair,
	Run:      grouped(worded(": ", true)),
}

func polarityPair(ps *Pass, p *Pair) {
	n, m := p.n, p.m
	// Only near-parallel sentences: "X approved the bill" against "X did
	// not approve the bill" or "X rejected the bill". Looser pairs share
	// referents but not the statement, and a negation elsewhere in one
	// of them means nothing.
	if p.shared < 1 || p.sim < 0.5 || n.c.Modality != claims.Asserted || m.c.Modality != claims.Asserted {
		return
	}
	if lightVerb(n.pred) || lightVerb(m.pred) {
		return
	}
	if !p.timesOverlap() || !p.placed() {
		return
	}
	switch {
	case p.sameAct() && n.c.Polarity != m.c.Polarity:
		if !negatesPredicate(n.c) && !negatesPredicate(m.c) {
			return
		}
		ps.report(conflict{a: p.a, b: p.b, va: polarityValue(n), vb: polarityValue(m)})
	case n.c.Polarity == m.c.Polarity && p.opposed():
		// Opposite acts are one fact only on the same occasion: a team
		// that gained and one that lost played two games.
		if !p.bothTimed() && (p.shared < 2 || p.sim < 0.6) {
			return
		}
		// "Fell while climbing" states both acts: no opposition.
		if states(n.c, m.pred) || states(m.c, n.pred) {
			return
		}
		ps.report(conflict{a: p.a, b: p.b, va: predicateValue(n), vb: predicateValue(m)})
	}
}

// states reports whether a claim's words include an act of the given
// predicate class besides its own predicate.
func states(c *claims.Claim, class string) bool {
	for _, t := range c.Terms {
		if claims.ClassOf(t) == class {
			return true
		}
	}
	return false
}

// negatesPredicate reports whether a negated claim's negation stands on
// its predicate: "did not approve", "never signed", "hasn't met". A "not"
// elsewhere in a long sentence ("…, saying it was not one person") leaves
// the predicate asserted.
func negatesPredicate(c *claims.Claim) bool {
	if c.Polarity != claims.Negated {
		return false
	}
	stem := headVerb(c.Predicate)
	if len(stem) > 4 {
		stem = stem[:4]
	}
	words := strings.Fields(strings.ToLower(c.Text))
	for i, w := range words {
		if !strings.HasPrefix(strings.Trim(w, `"'“”‘’,.;:`), stem) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			switch v := strings.Trim(words[j], `"'“”‘’,.;:`); {
			case v == "not" || v == "never" || v == "no" || strings.HasSuffix(v, "n't") || strings.HasSuffix(v, "n’t"):
				return true
			}
		}
	}
	return false
}

func polarityValue(n *node) value {
	v := n.c.Predicate
	if n.c.Polarity == claims.Negated {
		v = "not " + v
	}
	return value{text: v, norm: v}
}

func predicateValue(n *node) value {
	return value{text: n.c.Predicate, norm: n.pred}
}

var attributionCheck = Check{
	Name: "attribution",
	Doc: `Sources credit the same statement to different speakers.
Two claims in nearly the same words are attributed to two named speakers
that are not the same person or body. Vague credits ("officials said") are
not compared.`,
	Severity: Warning,
	Pair:     attributionPair,
	// No content diff is of this kind (diffCheck), so grouped adds none.
	Run: grouped(func(a *Alignment, topic string, cls []valueClass) string {
		return "statement credited to " + a.contrast(cls, false)
	}),
}

func attributionPair(ps *Pass, p *Pair) {
	an, am := p.n.c.Attribution, p.m.c.Attribution
	if an == nil || am == nil || vague(an) || vague(am) {
		return
	}
	// The same statement: near-verbatim, or close and about the same
	// referents.
	if p.sim < 0.8 && (p.sim < 0.6 || p.shared < 2) {
		return
	}
	// Only titled people, told apart by surname: two titles of one
	// person ("Interior Secretary" / "Secretary of the Interior") or a
	// pair and one of its members ("Zadan and Meron" / "Neil Meron")
	// are the same speaker.
	xn, xm := surname(an.Speaker), surname(am.Speaker)
	if !titledPerson(an) || !titledPerson(am) || xn == xm || sharesWord(an.Speaker, am.Speaker) {
		return
	}
	ps.report(conflict{a: p.a, b: p.b,
		va: value{text: an.Speaker, norm: an.Key, start: an.Start, end: an.End},
		vb: value{text: am.Speaker, norm: am.Key, start: am.Start, end: am.End}})
}

// titledPerson reports whether a credit names a person the way news
// introduces one, with a title ("Prime Minister Ana Costa said"): two
// capitalized words alone may be a company or a body ("Trend Micro").
func titledPerson(at *claims.Attribution) bool {
	if at.Type == claims.Organization || !claims.Titled(at.Text) {
		return false
	}
	// A name ends the phrase: "the fire chief" describes, "Chief Ana
	// Costa" names.
	words := strings.Fields(at.Speaker)
	r := []rune(words[len(words)-1])
	return unicode.IsUpper(r[0])
}

// surname is the folded last word of a name.
func surname(name string) string {
	f := strings.Fields(claims.NameKey(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// sharesWord reports whether two credits share a capitalized word: "Zadan
// and Meron" and "Neil Meron" may be the same speaker.
func sharesWord(x, y string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(x) {
		if r := []rune(w); len(r) > 1 && unicode.IsUpper(r[0]) {
			words[claims.NameKey(w)] = true
		}
	}
	for _, w := range strings.Fields(y) {
		if r := []rune(w); len(r) > 1 && unicode.IsUpper(r[0]) && words[claims.NameKey(w)] {
			return true
		}
	}
	return false
}

// vague reports whether a credit names nobody in particular.
func vague(at *claims.Attribution) bool {
	if at.Key == "" || at.Speaker == "" {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(at.Speaker)) {
		switch strings.Trim(w, ".,") {
		case "official", "officials", "source", "sources", "person", "people",
			"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "diplomat",
			"diplomats", "analyst", "analysts", "expert", "experts", "report",
			"reports", "witness", "witnesses", "police", "authorities", "media", "officer", "officers":
			return true
		}
	}
	return false
}

var nameCheck = Check{
	Name: "name",
	Doc: `Sources spell one person's name differently.
Full names that fold to the same key (transliteration and spelling
variants such as "Dmitri"/"Dmitry", "Aleksandr"/"Alexander") but are written
differently across sources reporting one event. Declare the accepted form
in the rules file's aliases to resolve it.`,
	Severity: Warning,
	Run:      runName,
}

func runName(p *Pass) []Finding {
	a := p.a
	type spelling struct {
		node int
		m    claims.Mention
	}
	// event → key → spelling → first full mention per document
	byKey := map[int]map[string]map[string][]spelling{}
	type docSpelling struct {
		ev       int
		key, can string
		doc      int
	}
	seenDoc := map[docSpelling]bool{}
	for i, n := range a.nodes {
		for _, m := range n.c.Entities {
			if m.Type != claims.Person || !strings.Contains(m.Canonical, " ") || m.Text != m.Canonical {
				continue
			}
			ev := a.event[n.doc]
			id := docSpelling{ev, m.Key, m.Canonical, n.doc}
			if seenDoc[id] {
				continue
			}
			seenDoc[id] = true
			if byKey[ev] == nil {
				byKey[ev] = map[string]map[string][]spelling{}
			}
			if byKey[ev][m.Key] == nil {
				byKey[ev][m.Key] = map[string][]spelling{}
			}
			byKey[ev][m.Key][m.Canonical] = append(byKey[ev][m.Key][m.Canonical], spelling{i, m})
		}
	}
	var out []Finding
	for ev := range a.Events {
		mergeVariants(byKey[ev], func(s spelling) int { return a.nodes[s.node].doc })
		keys := sortedKeys(byKey[ev])
		for _, k := range keys {
			sp := byKey[ev][k]
			if len(sp) < 2 || styleOnly(sortedKeys(sp)) {
				continue
			}
			f := Finding{}
			var cls []valueClass
			var norms []string
			for _, name := range sortedKeys(sp) {
				vc := valueClass{norm: name, text: name}
				for _, s := range sp[name] {
					c := a.nodes[s.node].c
					side := claimSide(c, name, s.m.Start, s.m.End)
					side.Norm = name
					f.Sides = append(f.Sides, side)
					vc.files = append(vc.files, c.Pos.Filename)
				}
				vc.files = uniqueSorted(vc.files)
				cls = append(cls, vc)
				norms = append(norms, name)
			}
			sortSides(f.Sides)
			sortClasses(cls)
			f.ID = findingID("name", []string{k}, norms)
			f.Summary = "name spelled " + a.contrast(cls, true)
			a.acceptAlias(&f)
			out = append(out, f)
		}
	}
	return out
}

// acceptAlias marks a name finding accepted when every spelling belongs
// to one alias set the editor declared (Options.Alias): the rules file
// says these are one person, so the difference is known and fine.
func (a *Alignment) acceptAlias(f *Finding) {
	if a.alias == nil || len(f.Sides) == 0 {
		return
	}
	names := make([]string, len(f.Sides))
	for i, s := range f.Sides {
		names[i] = s.Value
	}
	if reason, ok := a.alias(names); ok {
		f.Status, f.Reason = Accepted, reason
	}
}

var sourceDateCheck = Check{
	Name: "source-date",
	Doc: `A source's own date contradicts the event dates the others report.
A source whose relative times ("Thursday", "last year") resolve, through
its publication date, to dates the other sources contradict: typically a
copy republished long after the event, whose date misleads readers.`,
	Severity: Warning,
	Pair:     sourceDatePair,
	Run:      runSourceDate,
}

// sourceDatePair reports, in each direction, the relative times of one
// claim that the other, in a document published far from it, contradicts,
// when the first claim's document is later than most of its event's: a
// conflict whose a is that claim, b the other, and slot the time's index
// in the first claim's pointTimes.
func sourceDatePair(ps *Pass, p *Pair) {
	a := ps.a
	for swap := 0; swap < 2; swap++ {
		x, y, xi, yi := p.n, p.m, p.a, p.b
		if swap == 1 {
			x, y, xi, yi = y, x, yi, xi
		}
		px, py := a.docs[x.doc].Meta.Published, a.docs[y.doc].Meta.Published
		if px.IsZero() || py.IsZero() || absDays(px, py) <= eventDays {
			continue
		}
		tx, ty := ps.facts.pointTimes(xi), ps.facts.pointTimes(yi)
		for k, t := range tx {
			if t.Relative && !timesAgree([]claims.Time{t}, ty) && len(ty) > 0 && ps.facts.laterThanMost(x.doc) {
				ps.report(conflict{a: xi, b: yi, slot: k})
			}
		}
	}
}

// runSourceDate gives one finding per late document, or per class of
// identical copies of it: a story republished 160 times is one finding
// naming its first copy, with every copy's own claims as sides and the
// count of copies in the summary, not 160 findings each listing every
// other source again (which made the report grow with the square of the
// copies). The finding's ID is the first copy's, as when it had no copies.
func runSourceDate(ps *Pass) []Finding {
	a := ps.a
	// For each document, the aligned relative times that other sources,
	// published far from it, contradict. Pairs are found between first
	// copies: own is a node of the first copy, other any copy of the
	// other side.
	type hit struct {
		own   int
		t     claims.Time
		other int
	}
	hits := map[int][]hit{} // document → hits
	var found []lateHit
	for _, c := range ps.found {
		tx := ps.facts.pointTimes(c.a)
		u := c.a
		for _, w := range a.members(c.b) {
			if a.nodes[u].doc == a.nodes[w].doc {
				continue
			}
			e := lateHit{own: u, other: w, t: &tx[c.slot], lo: min(u, w), hi: max(u, w), k: c.slot}
			if u > w {
				e.swap = 1
			}
			found = append(found, e)
		}
	}
	// In the order pairs of all copies would have given them.
	slices.SortStableFunc(found, func(x, y lateHit) int {
		return cmp.Or(cmp.Compare(x.lo, y.lo), cmp.Compare(x.hi, y.hi), cmp.Compare(x.swap, y.swap), cmp.Compare(x.k, y.k))
	})
	for _, e := range found {
		d := a.nodes[e.own].doc
		hits[d] = append(hits[d], hit{own: e.own, t: *e.t, other: e.other})
	}
	// The date each other claim gives, read once: with copies, one claim
	// is the other side of many hits.
	type dated struct {
		v          string
		start, end int
	}
	otherDate := map[int]dated{}
	var out []Finding
	for doc := range a.docs {
		hs := hits[doc]
		if len(hs) == 0 {
			continue
		}
		// The late source's own claims lead (the finding is about it), in
		// every copy of it, then one claim from each source that dates the
		// event otherwise.
		var own, others []Side
		seen := map[int]bool{}
		otherDoc := map[int]bool{}
		var otherNorms, otherPaths []string
		var ownText string
		for _, h := range hs {
			if !seen[h.own] {
				seen[h.own] = true
				v := fmt.Sprintf("%s (%s)", h.t.Text, h.t.From.Format("2006-01-02"))
				for _, m := range a.members(h.own) {
					own = append(own, claimSide(a.nodes[m].c, v, h.t.Start, h.t.End))
				}
				if ownText == "" {
					ownText = v
				}
			}
			n := a.nodes[h.other]
			od, ok := otherDate[h.other]
			if !ok {
				t := pointTimes(n.c)[0]
				od = dated{t.From.Format("2006-01-02"), t.Start, t.End}
				otherDate[h.other] = od
			}
			otherNorms = append(otherNorms, od.v)
			otherPaths = append(otherPaths, n.c.Pos.Filename)
			if !otherDoc[n.doc] {
				otherDoc[n.doc] = true
				others = append(others, claimSide(n.c, od.v, od.start, od.end))
			}
		}
		sortSides(own)
		sortSides(others)
		d := a.docs[doc]
		f := Finding{Sides: append(own, others...), Subject: d.Path}
		for _, c := range a.copies[doc][1:] {
			f.Copies = append(f.Copies, a.docs[c].Path)
		}
		slices.Sort(f.Copies)
		pub := d.Meta.Published.Format("2006-01-02")
		otherNorms = uniqueSorted(otherNorms)
		f.ID = findingID("source-date", []string{d.Path}, append(append([]string(nil), otherNorms...), pub))
		who, dates := a.fileLabel(d.Path), "dates"
		if n := len(f.Copies); n > 0 {
			who, dates = fmt.Sprintf("%s and %d identical %s", who, n, plural(n, "copy", "copies")), "date"
		}
		f.Summary = fmt.Sprintf("%s, published %s, %s the event %s; %s date it %s",
			who, pub, dates, ownText, a.fileList(uniqueSorted(otherPaths)), strings.Join(otherNorms, ", "))
		out = append(out, f)
	}
	return out
}

// plural is one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// lateHit is a relative time of node own that node other, in a document
// published far from it, contradicts; lo, hi, swap and k order hits as
// the pairs of every copy would have found them.
type lateHit struct {
	own, other   int
	t            *claims.Time
	lo, hi, swap int
	k            int
}

// laterThanMost reports whether a document was published after most
// documents of its event: the republished copy, not the original.
func (a *Alignment) laterThanMost(doc int) bool {
	pub := a.docs[doc].Meta.Published
	later, total := 0, 0
	for i, d := range a.docs {
		if i == doc || a.event[i] != a.event[doc] || d.Meta.Published.IsZero() {
			continue
		}
		total++
		if pub.After(d.Meta.Published) && absDays(pub, d.Meta.Published) > eventDays {
			later++
		}
	}
	return total > 0 && float64(later) >= math.Ceil(float64(total)/2)
}

// mergeVariants folds together person keys with the same surname whose
// first names are spelling variants of each other (Aleksandr/Alexander,
// Jon/John) but that the key folding kept apart. Different first names
// (Dmitri/Dmitry is one name, Mark/Matt are two) stay apart.
func mergeVariants[V any](byKey map[string]map[string][]V, docOf func(V) int) {
	// docs lists the documents that use a key: a document that writes
	// both "Jerry Ortiz" and "Jeremy Ortiz" is naming two people.
	docs := func(k string) map[int]bool {
		out := map[int]bool{}
		for _, vs := range byKey[k] {
			for _, v := range vs {
				out[docOf(v)] = true
			}
		}
		return out
	}
	disjoint := func(a, b map[int]bool) bool {
		for d := range a {
			if b[d] {
				return false
			}
		}
		return true
	}
	keys := sortedKeys(byKey)
	for i, k := range keys {
		if byKey[k] == nil {
			continue
		}
		for _, o := range keys[i+1:] {
			if byKey[o] != nil && nameVariants(k, o) && disjoint(docs(k), docs(o)) {
				for name, v := range byKey[o] {
					byKey[k][name] = append(byKey[k][name], v...)
				}
				delete(byKey, o)
				byKey[o] = nil
			}
		}
	}
	for k, v := range byKey {
		if v == nil {
			delete(byKey, k)
		}
	}
}

// nameVariants reports whether two folded full names differ only in a
// first name spelled another way: same surname and middle, same initial,
// and an edit distance of at most three letters and a third of the name.
func nameVariants(a, b string) bool {
	// The words (as strings.Fields splits them) read in place: this is
	// asked of every pair of spellings of a key.
	fa, ia := nextField(a, 0)
	fb, ib := nextField(b, 0)
	rest := 0 // words after the first, equal on both sides
	for {
		var xa, xb string
		xa, ia = nextField(a, ia)
		xb, ib = nextField(b, ib)
		if xa != xb {
			return false
		}
		if xa == "" {
			break
		}
		rest++
	}
	if rest == 0 || fa == fb || fa[0] != fb[0] {
		return false
	}
	d := edit.Distance(fa, fb)
	longer := max(len(fa), len(fb))
	return d <= 3 && 3*d <= longer
}

// nextField returns the first word of s at or after byte i, split as
// strings.Fields splits, and the byte after it; "" when there is none.
func nextField(s string, i int) (string, int) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	start := i
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return s[start:i], i
}

// styleOnly reports whether spellings differ only in house style: letter
// case ("MacBook" / "Macbook"), diacritics ("Vendôme" / "Vendome"),
// hyphens and punctuation ("Al-Homoud" / "Al Homoud", a trailing period).
func styleOnly(names []string) bool {
	for _, n := range names[1:] {
		if styleFold(n) != styleFold(names[0]) {
			return false
		}
	}
	return true
}

// styleFold lowercases a name, strips its diacritics and keeps only its
// letters and digits.
func styleFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// withDiffs adds the conflicts the content diff found for a check to the
// check's own, leaving out pairs the check already reported.
func (a *Alignment) withDiffs(check string, cs []conflict) []conflict {
	have := map[[2]int]bool{}
	for _, c := range cs {
		have[[2]int{c.a, c.b}] = true
	}
	for _, c := range a.diffs[check] {
		if !have[[2]int{c.a, c.b}] {
			cs = append(cs, c)
		}
	}
	return cs
}

var entityCheck = Check{
	Name: "entity",
	Doc: `The same statement names a different person, organization, place or nationality.
Two claims aligned by what they say (the rest of the statement agrees) put
another name where the other has one of the same kind ("Israeli carriers"
against "Saudi carriers", "invasion of Ukraine" against "invasion of
Poland"), and the first source names the other nowhere. A place inside the
other ("Lagos" and "Nigeria") and a demonym and its country agree.`,
	Severity: Error,
	// Its conflicts are the content diff's (withDiffs); it has no Pair.
	Run: grouped(worded(": ", true)),
}

var termCheck = Check{
	Name: "term",
	Doc: `The same statement uses a word that excludes the other's.
Two claims aligned by what they say put, in the same place, words that are
exclusive alternatives of one kind in WordNet ("yellow" and "white",
"month" and "year", "pilots" and "carriers") and that the other source
does not use. Synonyms, derivations and a more general word are
paraphrase; a more specific word is a detail, not a conflict.`,
	Severity: Error,
	// Its conflicts are the content diff's (withDiffs); it has no Pair.
	Run: grouped(worded(": ", true)),
}
