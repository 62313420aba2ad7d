package claims

import (
	"slices"
	"strings"
)

// build reads one unit's slots into a Claim; ok is false for an empty unit.
// Each step reads one slot; they run in this order because the subject
// needs the predicate's position, and modality the predicate's.
func (x *extractor) build(w *sentWork, dep []int, cov []bool, u unit, prevSubj *Mention) (Claim, bool) {
	r, ok := trimUnit(w, u)
	if !ok {
		return Claim{}, false
	}
	c := x.claimAt(w, u, r)
	h := x.mainClause(w, dep, cov, r.a, r.b, r.skip)
	pi, futureTo := x.readPredicate(&c, w, cov, u, r, h)
	x.readSubject(&c, w, u, r, h, pi, prevSubj)
	if c.Attribution != nil && u.bare && c.Attribution.Speaker == "" {
		x.bareSpeaker(c.Attribution, prevSubj)
	}
	if u.kind != KindDescription {
		x.prevNP = x.subjectPhrase(w.toks, r.a, pi)
	}
	if c.Subject != nil && c.Subject.Type == Person {
		x.notePerson(c.Subject.Canonical)
	}
	if c.Subject != nil && c.Subject.Type == Organization {
		x.lastOrg = c.Subject.Canonical
	}
	c.Polarity = polarity(w.toks, r)
	c.Modality = x.modality(w.toks, r, pi, futureTo)
	if c.Modality == Future {
		// "The trial is scheduled to resume Monday": a weekday in a
		// statement about the future is the next one, not the last.
		for i := range c.Times {
			x.forward(&c.Times[i])
		}
	}
	c.Terms = x.terms(w, cov, r)
	return c, true
}

// unitRange is the tokens [a, b) a claim reads, less the ranges its unit
// leaves to other claims (descriptions).
type unitRange struct {
	a, b int
	excl [][2]int
}

// skip reports whether token k is left to another claim.
func (r unitRange) skip(k int) bool {
	for _, e := range r.excl {
		if k >= e[0] && k < e[1] {
			return true
		}
	}
	return false
}

// in reports whether the span [i, j) is the claim's.
func (r unitRange) in(i, j int) bool { return i >= r.a && j <= r.b && !r.skip(i) }

// trimUnit trims a unit's edges: punctuation, a conjunction left at the
// front by a split (one that opens the sentence, "While X, Y", is part of
// what it says), and a quote mark left unpaired. ok is false when no word
// is left.
func trimUnit(w *sentWork, u unit) (unitRange, bool) {
	toks := w.toks
	a, b := u.a, u.b
	for a < b && (vocab().trimPunct[toks[a].low] || vocab().coordConj[toks[a].low] && u.kind != KindDescription && a > w.from) {
		a++
	}
	for b > a && vocab().trimPunct[toks[b-1].low] {
		b--
	}
	if a < b && (isOpenQuote(toks[a].text) || toks[a].low == "\"") && !hasClose(toks[a+1:b]) {
		a++
	}
	if a < b && (isCloseQuote(toks[b-1].text) || toks[b-1].low == "\"") && !hasOpen(toks[a:b-1]) {
		b--
	}
	for k := a; k < b; k++ {
		if toks[k].kind != tPunct {
			return unitRange{a: a, b: b, excl: u.excl}, true
		}
	}
	return unitRange{}, false
}

// claimAt starts the claim of a unit: its span, frame and attribution, and
// the entities, times and quantities inside it.
func (x *extractor) claimAt(w *sentWork, u unit, r unitRange) Claim {
	toks, d := w.toks, x.doc
	c := Claim{Doc: d, Sentence: w.idx, Start: toks[r.a].s, End: toks[r.b-1].e, Kind: u.kind, Attribution: u.attr}
	c.Text = d.Text[c.Start:c.End]
	c.Pos = d.Pos(c.Start)
	if u.frame[1] > u.frame[0] {
		fa, fb := u.frame[0], u.frame[1]
		for fb > fa && vocab().trimPunct[toks[fb-1].low] {
			fb--
		}
		if fb > fa {
			c.Frame = d.Text[toks[fa].s:toks[fb-1].e]
		}
	}
	if c.Attribution != nil {
		cp := *c.Attribution
		c.Attribution = &cp
	}
	// Each list is made at its length (counted first), not grown.
	n := 0
	for _, m := range w.ments {
		if m.m.Type != "" && r.in(m.i, m.j) {
			n++
		}
	}
	if n > 0 {
		c.Entities = make([]Mention, 0, n)
		for _, m := range w.ments {
			if m.m.Type != "" && r.in(m.i, m.j) {
				c.Entities = append(c.Entities, m.m)
			}
		}
	}
	for k, t := range w.times {
		if r.in(w.tspan[k][0], w.tspan[k][1]) {
			c.Times = append(c.Times, t)
		}
	}
	keep := func(k int) bool {
		s := w.qspan[k]
		return !(u.dropQ >= s[0] && u.dropQ < s[1]) && r.in(s[0], s[1])
	}
	n = 0
	for k := range w.quants {
		if keep(k) {
			n++
		}
	}
	if n > 0 {
		c.Quantities = make([]Quantity, 0, n)
		for k, q := range w.quants {
			if keep(k) {
				c.Quantities = append(c.Quantities, q)
			}
		}
	}
	return c
}

// readPredicate sets the claim's predicate and class, read from the main
// clause, which starts at h: a leading adverbial or subordinate clause ("At
// a meeting in Paris, France, X met Y"; "Since the war began, X …") is not
// where the subject and main verb are. It returns the predicate's token
// (-1 when none) and whether it is a headline's "X to hold talks", which
// announces a future event.
func (x *extractor) readPredicate(c *Claim, w *sentWork, cov []bool, u unit, r unitRange, h int) (pi int, futureTo bool) {
	toks, b := w.toks, r.b
	c.Predicate, pi = x.predicate(w, cov, h, b, r.skip)
	if u.pred != "" {
		c.Predicate = u.pred
	} else {
		for k := h + 1; k+1 < b && (pi < 0 || k < pi); k++ {
			if toks[k].low == "to" && !r.skip(k) && x.isBase(toks[k+1].low) && (cov[k-1] || toks[k-1].kind == tWord && !x.g.stop[toks[k-1].low]) {
				if _, isVerb := w.verbLemma(x.g, k-1); isVerb && !cov[k-1] {
					break
				}
				if p, at := x.predicate(w, cov, k+1, b, r.skip); p != "" && at == k+1 {
					c.Predicate, pi = p, at
					futureTo = true
				}
				break
			}
		}
	}
	c.Class = x.g.classes[c.Predicate]
	return pi, futureTo
}

// readSubject sets the claim's subject: the entity a description is about,
// else the first name of the main clause before the verb that is not a
// modifier, else the previous clause's subject for a coordinated clause
// without one, else the person a leading "he" or "she" stands for.
func (x *extractor) readSubject(c *Claim, w *sentWork, u unit, r unitRange, h, pi int, prevSubj *Mention) {
	if u.subject != nil {
		s := *u.subject
		c.Subject = &s
		return
	}
	for k := range w.ments {
		m := &w.ments[k]
		if m.m.Type == "" || m.modifier || m.m.Demonym || !r.in(m.i, m.j) || m.i < h {
			continue
		}
		if pi >= 0 && m.i > pi {
			break
		}
		s := m.m
		c.Subject = &s
		break
	}
	if c.Subject == nil && u.inherit && prevSubj != nil && (pi == r.a || pi < 0) {
		s := *prevSubj
		c.Subject = &s
	}
	toks := w.toks
	if c.Subject == nil && vocab().pronounSubjects[toks[h].low] && x.pronoun(toks[h].low) != "" {
		// "He said …": the person last named as a subject.
		p := x.pronoun(toks[h].low)
		c.Subject = &Mention{Start: toks[h].s, End: toks[h].e, Text: toks[h].text, Type: Person, Canonical: p, Key: NameKey(p)}
	}
}

// bareSpeaker credits an attribution without a speaker of its own ("… but
// said …") to the previous subject, else the previous noun phrase.
func (x *extractor) bareSpeaker(at *Attribution, prevSubj *Mention) {
	switch {
	case prevSubj != nil:
		at.Speaker = prevSubj.Canonical
		at.Type = prevSubj.Type
	case x.prevNP != "":
		at.Speaker = x.prevNP
	}
	at.Key = NameKey(at.Speaker)
}

// subjectPhrase is the text before the predicate at pi, up to a comma, when
// it is eight tokens or fewer: the noun phrase a later bare attribution
// may credit. A capitalized function word at its start is lowercased.
func (x *extractor) subjectPhrase(toks []token, a, pi int) string {
	if pi <= a {
		return ""
	}
	e := pi
	for k := a; k < pi; k++ {
		if toks[k].low == "," {
			e = k
			break
		}
	}
	if e <= a || e-a > 8 {
		return ""
	}
	np := x.doc.Text[toks[a].s:toks[e-1].e]
	if toks[a].cap && x.g.stop[toks[a].low] {
		np = toks[a].low + np[len(toks[a].text):]
	}
	return np
}

// polarity is Negated when the claim holds a negator ("not", "never",
// "n't", "no longer", "denied"), but not "not only".
func polarity(toks []token, r unitRange) Polarity {
	b := r.b
	for k := r.a; k < b; k++ {
		if r.skip(k) {
			continue
		}
		t := toks[k].low
		neg := vocab().negCue[t] || strings.HasSuffix(t, "n't")
		if t == "not" && k+1 < b && toks[k+1].low == "only" {
			neg = false
		}
		if t == "no" && (k+1 >= b || toks[k+1].low == "longer" || toks[k+1].kind == tPunct) {
			neg = t == "no" && k+1 < b && toks[k+1].low == "longer"
		}
		if strings.HasPrefix(t, "den") && (t == "deny" || t == "denies" || t == "denied" || t == "denying") {
			neg = true
		}
		if neg {
			return Negated
		}
	}
	return Affirmed
}

// modality reads the first cue up to just after the predicate at pi: a
// conditional ("would", "if"), a hedge ("reportedly"), a future ("will",
// "is to", "plans to" + verb); a headline's "X to hold talks" (futureTo) is
// future too; an "if" or "unless" later in the claim makes it conditional.
func (x *extractor) modality(toks []token, r unitRange, pi int, futureTo bool) Modality {
	a, b := r.a, r.b
	lim := b
	if pi >= 0 {
		lim = min(pi+3, b)
	}
	m := Asserted
	for k := a; k < lim && m == Asserted; k++ {
		if r.skip(k) {
			continue
		}
		t := toks[k].low
		switch {
		case vocab().condCue[t] || strings.HasSuffix(t, "'d"):
			m = Conditional
		case vocab().hedgeCue[t]:
			m = Hedged
		case vocab().futureCue[t] || strings.HasSuffix(t, "'ll") || t == "set" && k+1 < b && toks[k+1].low == "to" ||
			(t == "plans" || t == "planned" || t == "expected" || t == "scheduled" || t == "going" || t == "due" || t == "poised") && k+1 < b && toks[k+1].low == "to" && k+2 < b && toks[k+2].kind == tWord && x.isBase(toks[k+2].low):
			m = Future
		case (t == "is" || t == "are") && k+2 < b && toks[k+1].low == "to" && x.isBase(toks[k+2].low):
			m = Future
		}
	}
	if m == Asserted && futureTo {
		m = Future
	}
	if m == Asserted {
		for k := lim; k < b; k++ {
			if !r.skip(k) && (toks[k].low == "if" || toks[k].low == "unless") {
				return Conditional
			}
		}
	}
	return m
}

// terms are the claim's distinct content lemmas in order: words outside
// names, number words, stopwords and quantities without a unit.
func (x *extractor) terms(w *sentWork, cov []bool, r unitRange) []string {
	// Gathered in a buffer on the stack, deduplicated by a scan (a claim
	// has a few terms), and copied out at their number.
	var buf [16]string
	out := buf[:0]
	for k := r.a; k < r.b; k++ {
		t := w.toks[k]
		if r.skip(k) || cov[k] || t.kind != tWord || len(t.low) < 2 || x.g.stop[t.low] || vocab().numberWords[t.low] > 0 {
			continue
		}
		inQ := false
		for qi, s := range w.qspan {
			if k >= s[0] && k < s[1] && w.quants[qi].Unit == "" {
				inQ = true
			}
		}
		if inQ {
			continue
		}
		l, isVerb := w.verbLemma(x.g, k)
		if !isVerb {
			l = singular(t.low)
		}
		if x.g.stop[l] || slices.Contains(out, l) {
			continue
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

func hasClose(toks []token) bool {
	for _, t := range toks {
		if isCloseQuote(t.text) || t.low == "\"" {
			return true
		}
	}
	return false
}

func hasOpen(toks []token) bool {
	for _, t := range toks {
		if isOpenQuote(t.text) || t.low == "\"" {
			return true
		}
	}
	return false
}

func (x *extractor) isBase(w string) bool {
	if x.g.verbs[w] {
		return true
	}
	l, ok := x.g.lemma[w]
	return ok && l == w
}

// predicate finds the main verb of [a,b) and returns its lemmatized phrase
// and token index (-1 when there is none).
func (x *extractor) predicate(w *sentWork, cov []bool, a, b int, skip func(int) bool) (string, int) {
	toks := w.toks
	for k := a; k < b; k++ {
		if skip(k) {
			continue
		}
		l, ok := x.isVerbAt(w, cov, k, a)
		if !ok {
			continue
		}
		mk := k
		if vocab().auxiliaries[l] {
			found := false
			for m := k + 1; m < b && m <= k+5; m++ {
				t := toks[m].low
				if t == "not" || t == "never" || t == "also" || t == "still" || t == "already" || t == "just" ||
					t == "now" || t == "long" || t == "later" || strings.HasSuffix(t, "ly") || strings.HasSuffix(t, "n't") {
					continue
				}
				if m+1 < b && toks[m+1].low == "-" && !toks[m+1].space {
					break // "had face-to-face contact": a compound noun follows
				}
				if l2, ok := w.verbLemma(x.g, m); ok && !cov[m] {
					if vocab().auxiliaries[l2] && (t == "been" || t == "be" || t == "being" || t == "have" || t == "has" || t == "had") {
						l, mk, found = l2, m, true
						continue
					}
					l, mk, found = l2, m, true
					break
				}
				break
			}
			if !found && l != "be" && l != "have" && l != "do" {
				continue
			}
			if l2, ok := w.verbLemma(x.g, mk); ok {
				l = l2
			}
		}
		pred := l
		// "set to meet": a planned event is its complement.
		if mk+2 < b && toks[mk+1].low == "to" {
			if l2, ok := w.verbLemma(x.g, mk+2); ok && x.isBase(toks[mk+2].low) && vocab().futureCatenatives[l] {
				pred, mk = l2, mk+2
			}
		}
		switch pred {
		case "have", "make", "hold", "take", "give", "come", "reach":
			for m := mk + 1; m < b && m <= mk+6; m++ {
				t := toks[m].low
				if vocab().lightNouns[t] {
					pred += " " + singular(t)
					if t == "talks" || t == "negotiations" || t == "discussions" {
						pred = strings.TrimSuffix(pred, "s")
					}
					return pred, k
				}
				if t == "face" && m+4 < b && toks[m+1].low == "-" && toks[m+2].low == "to" && toks[m+4].low == "face" {
					if m+5 < b && vocab().lightNouns[toks[m+5].low] {
						continue
					}
					return pred + " face-to-face", k
				}
				if vocab().trimPunct[t] && t != "-" {
					break
				}
			}
		}
		if mk+1 < b && vocab().particles[toks[mk+1].low] && !(mk+2 < b && toks[mk+2].low == "to" && toks[mk+1].low == "up") {
			pred += " " + toks[mk+1].low
		}
		return pred, k
	}
	return "", -1
}

// mainClause returns where the main clause of [a,b) starts: after the
// comma that closes a leading adverbial or subordinate clause, which is the
// last comma before the first verb that follows the first comma.
func (x *extractor) mainClause(w *sentWork, dep []int, cov []bool, a, b int, skip func(int) bool) int {
	toks := w.toks
	first := -1
	for k := a + 1; k < b; k++ {
		if toks[k].low == "," && dep[k] == dep[a] {
			first = k
			break
		}
	}
	if first < 0 {
		return a
	}
	lead := vocab().leadWords[toks[a].low]
	for k := a; k < first && !lead; k++ {
		if _, ok := x.isVerbAt(w, cov, k, a); ok {
			break // "X served as …": the main verb comes first
		}
		lead = vocab().subordinators[toks[k].low] && toks[k].low != "that" && toks[k].low != "who" && toks[k].low != "which" && toks[k].low != "what"
	}
	for _, s := range w.tspan {
		lead = lead || s[1] == first && s[0] == a // "Two years ago, …"
	}
	if l, ok := w.verbLemma(x.g, a); ok && l != "" {
		if strings.HasSuffix(toks[a].low, "ing") {
			lead = true // "Responding to a distress call, …"
		} else if a+1 < b && l != toks[a].low && vocab().participlePreps[toks[a+1].low] {
			lead = true // "Born in Nashville, Page left …"
		}
	}
	if !lead {
		return a
	}
	last := first
	for k := first + 1; k < b; k++ {
		if toks[k].low == "," && dep[k] == dep[a] {
			last = k
			continue
		}
		if _, ok := x.isVerbAt(w, cov, k, first+1); ok {
			break
		}
	}
	if last+1 >= b {
		return a
	}
	for k := last + 1; k < b; k++ {
		if _, ok := x.isVerbAt(w, cov, k, last+1); ok && !skip(k) {
			return last + 1
		}
	}
	return a
}

// forward re-resolves a bare weekday ("Monday", "Monday morning") to the
// first such day on or after the anchor.
func (x *extractor) forward(tm *Time) {
	if !tm.Relative || tm.Anchor.IsZero() || tm.Granularity != Day || tm.Kind != Point {
		return
	}
	first := strings.ToLower(strings.Fields(tm.Text + " ")[0])
	first = strings.TrimSuffix(first, ",")
	wd, ok := x.g.weekdays[first]
	if !ok {
		return
	}
	d := tm.Anchor.AddDate(0, 0, (wd-int(tm.Anchor.Weekday())+7)%7)
	tm.From, tm.To = d, d.AddDate(0, 0, 1)
}
