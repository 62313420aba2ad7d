package claims

import (
	"strings"
)

// unit is one claim's worth of a sentence, as token ranges.
type unit struct {
	a, b    int // content tokens
	kind    Kind
	frame   [2]int // shared frame of an enumeration item; {0,0} when none
	attr    *Attribution
	bare    bool     // attribution without a speaker of its own ("… but said …")
	excl    [][2]int // token ranges read as other claims (descriptions)
	subject *Mention // set for descriptions: the entity described
	pred    string   // set for appositives: "be"
	inherit bool     // a coordinated clause that may lack its own subject
	dropQ   int      // token index of an enumeration's count, -1 when none
}

func isOpenQuote(s string) bool  { return s == "“" || s == "‘" }
func isCloseQuote(s string) bool { return s == "”" || s == "’" }

// depths returns, per token, how deeply it sits inside quotes and
// parentheses; quote and parenthesis tokens count as outside.
func depths(toks []token) []int {
	return depthsTo(make([]int, len(toks)), toks)
}

// depthsTo is depths written to d, which has a slot a token.
func depthsTo(d []int, toks []token) []int {
	cur := 0
	straight := false
	for k, t := range toks {
		switch {
		case t.low == "\"":
			if straight {
				cur--
				straight = false
				d[k] = cur
				continue
			}
			d[k] = cur
			cur++
			straight = true
			continue
		case isOpenQuote(t.text) || t.low == "(":
			d[k] = cur
			cur++
			continue
		case isCloseQuote(t.text) && !(k > 0 && !t.space && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].space) || t.low == ")":
			if cur > 0 {
				cur--
			}
			d[k] = cur
			continue
		}
		d[k] = cur
	}
	return d
}

// coverage marks tokens inside non-title mentions.
func coverage(w *sentWork) []bool {
	return coverageTo(make([]bool, len(w.toks)), w)
}

// coverageTo is coverage written to c, all false, a slot a token.
func coverageTo(c []bool, w *sentWork) []bool {
	for _, m := range w.ments {
		if m.titleRef || m.m.Type == "" {
			continue
		}
		for k := m.i; k < m.j; k++ {
			c[k] = true
		}
	}
	for _, s := range w.tspan {
		for k := s[0]; k < s[1]; k++ {
			c[k] = true
		}
	}
	return c
}

// isVerbAt reports whether toks[k] reads as a verb in context.
func (x *extractor) isVerbAt(w *sentWork, cov []bool, k, a int) (string, bool) {
	t := w.toks[k]
	if t.kind != tWord || cov[k] {
		return "", false
	}
	if t.cap && w.kind != KindHeadline && !w.titleCase && k != a && k != w.from {
		return "", false
	}
	if k > 0 && (w.adj[k] || w.toks[k-1].low == "-" && !t.space) {
		return "", false // "Russian forces", "Russian-backed"
	}
	if k+1 < len(w.toks) && w.toks[k+1].low == "-" && !w.toks[k+1].space {
		return "", false // the first part of a compound: "face-to-face", "follow-up"
	}
	if t.cap && k+1 < len(w.toks) && w.toks[k+1].cap && w.kind != KindHeadline && !w.titleCase {
		return "", false // "Coach Pep Guardiola": a title before a name
	}
	if k > a && w.toks[k-1].low == "," && strings.HasSuffix(t.low, "ed") && k+1 < len(w.toks) && w.toks[k+1].low == "by" {
		return "", false // "forces, aided by mercenaries, have …": a participle
	}
	if t.low == "last" || t.low == "western" {
		return "", false // "last had contact": an adverb far more often than a verb
	}
	if t.low == "'s" && k > 0 && vocab().contractsIs[w.toks[k-1].low] {
		return "be", true // "He's charged", "There's no requirement"
	}
	l, ok := w.verbLemma(x.g, k)
	if !ok {
		return "", false
	}
	if k+1 < len(w.toks) && !vocab().auxiliaries[l] && vocab().finiteNext[w.toks[k+1].low] {
		return "", false // "The dollar amount was", "a Defence Ministry release said": a noun
	}
	if strings.HasSuffix(t.low, "s") && l != t.low {
		if k > a && (w.toks[k-1].low == "," || w.toks[k-1].low == "and" || w.toks[k-1].low == "or") &&
			(k+1 >= len(w.toks) || w.toks[k+1].low == "," || w.toks[k+1].low == "and" || w.toks[k+1].low == "or") {
			return "", false // "personnel, arms, ammunition and": a list of nouns
		}
		if k+1 < len(w.toks) && w.toks[k+1].low == "of" {
			return "", false // "the bases of": a noun
		}
		if k > a {
			if pl, ok := w.verbLemma(x.g, k-1); ok && (pl == "be" || pl == "have") {
				return "", false // "there were reports": a noun
			}
		}
	}
	if t.low == l && !x.g.pastSame[l] && k > a && w.kind != KindHeadline && !w.titleCase && !vocab().auxiliaries[l] {
		// A bare base form is a verb after a modal, "to", "do", a plural
		// or first/second person subject, or a name ("Russia and China
		// agree"); otherwise it is a noun: "the dollar amount", "public aid".
		p := w.toks[k-1]
		pl, _ := w.verbLemma(x.g, k-1)
		ok := cov[k-1] || vocab().baseSubject[p.low] || pl == "do" || pl == "will" || pl == "can" || pl == "may" || pl == "shall" || pl == "must" ||
			strings.HasSuffix(p.low, "n't") || p.low == "not" || p.kind == tWord && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss") ||
			strings.HasSuffix(p.low, "ly") || p.low == "also" || p.low == "people" || p.low == "police"
		if !ok {
			return "", false
		}
	}
	if k > a {
		p := w.toks[k-1].low
		if vocab().nounCue[p] || p == "to" {
			return "", false
		}
		if strings.HasSuffix(t.low, "ing") {
			if pl, _ := w.verbLemma(x.g, k-1); pl != "be" {
				return "", false
			}
		}
	} else if strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "s") && l != t.low {
		return "", false // "Shares rose": a plural subject, not a verb
	}
	return l, true
}

func (x *extractor) hasVerb(w *sentWork, cov []bool, a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := x.isVerbAt(w, cov, k, a); ok {
			return true
		}
	}
	return false
}

// sentenceClaims splits one sentence into units, reads each unit's slots
// and appends the claims to out.
func (x *extractor) sentenceClaims(w *sentWork, out []Claim) []Claim {
	toks := w.toks
	a, b := w.from, len(toks)
	for b > a && (toks[b-1].low == "." || toks[b-1].low == "!" || toks[b-1].low == "?") {
		b--
	}
	if a >= b {
		return out
	}
	dep, cov := x.sentenceRoom(len(toks))
	dep, cov = depthsTo(dep, toks), coverageTo(cov, w)
	var units []unit
	attr, ca, cb, sp := x.attribution(w, dep, cov, a, b, false)
	if attr != nil && sp[1] > sp[0] {
		ds, _ := x.descriptions(w, dep, cov, sp[0], sp[1])
		units = append(units, ds...)
	}
	if cb-ca > maxSplitTokens {
		// A run-on "sentence" (a list of links, a table flattened into
		// one line) is kept whole: splitting it costs quadratic time and
		// finds no clauses worth the name.
		units = append(units, unit{a: ca, b: cb, kind: w.kind, attr: attr, dropQ: -1})
	} else if frame, items, cnt := x.enumeration(w, dep, ca, cb); items != nil {
		for _, it := range items {
			units = append(units, unit{a: it[0], b: it[1], kind: w.kind, frame: frame, attr: attr, dropQ: cnt})
		}
	} else {
		for ci, c := range x.coordinate(w, dep, cov, ca, cb) {
			u := unit{a: c[0], b: c[1], kind: w.kind, attr: attr, inherit: ci > 0, dropQ: -1}
			if ci > 0 || attr == nil {
				if at, na, nb, sp2 := x.attribution(w, dep, cov, c[0], c[1], ci > 0); at != nil {
					u.attr, u.a, u.b = at, na, nb
					u.bare = sp2[1] == sp2[0]
				}
			}
			ds, excl := x.descriptions(w, dep, cov, u.a, u.b)
			u.excl = excl
			units = append(units, u)
			units = append(units, ds...)
		}
	}
	var prevSubj *Mention
	for _, u := range units {
		c, ok := x.build(w, dep, cov, u, prevSubj)
		if !ok {
			continue
		}
		if u.kind != KindDescription {
			prevSubj = c.Subject
		}
		out = append(out, c)
	}
	return out
}

// attribution finds who a stretch of text is credited to: "X said (that)
// …", "according to X, …", "…, X said", "“…,” X told Y". It returns the
// attribution, the content range left, and the speaker's token range.
// With bare set, a leading reporting verb with no speaker ("but said …")
// counts, its speaker to be filled from the previous clause.
func (x *extractor) attribution(w *sentWork, dep []int, cov []bool, a, b int, bare bool) (*Attribution, int, int, [2]int) {
	toks := w.toks
	for a < b && toks[a].kind == tPunct && !isOpenQuote(toks[a].text) && toks[a].low != "\"" {
		a++
	}
	if b-a < 3 {
		return nil, a, b, [2]int{}
	}
	s := attrScope{w: w, dep: dep, cov: cov, a: a, b: b, bare: bare}
	for _, m := range attrMatchers {
		if f, ok := m.match(x, s); ok {
			return f.attr, f.ca, f.cb, f.sp
		}
	}
	return nil, a, b, [2]int{}
}

// attrScope is the stretch [a, b) of a sentence an attribution is looked
// for in, with the sentence's bracket depths and name coverage.
type attrScope struct {
	w    *sentWork
	dep  []int
	cov  []bool
	a, b int
	bare bool // a reporting verb with no speaker counts ("but said …")
}

// attrFound is an attribution and what it leaves: the content [ca, cb)
// and the speaker's tokens.
type attrFound struct {
	attr   *Attribution
	ca, cb int
	sp     [2]int
}

// An attrMatcher finds one form of attribution in a scope.
type attrMatcher func(x *extractor, s attrScope) (attrFound, bool)

// attrMatchers are the forms attribution reads, in the order it tries them.
var attrMatchers = []named[attrMatcher]{
	{"according to X, …", matchAccordingLead},
	{"…, according to X", matchAccordingTail},
	{"X said (that) …", matchSpeakerFirst},
	{"…, X said", matchSpeakerLast},
}

// matchAccordingLead reads "According to X, …" (and "According to X, a
// Texas Ranger, …", the appositive skipped).
func matchAccordingLead(x *extractor, s attrScope) (attrFound, bool) {
	toks, dep, a, b := s.w.toks, s.dep, s.a, s.b
	if toks[a].low != "according" || toks[a+1].low != "to" {
		return attrFound{}, false
	}
	for k := a + 2; k < b-1; k++ {
		if toks[k].low != "," || dep[k] != dep[a] {
			continue
		}
		e := k
		if nx := toks[k+1].low; nx == "a" || nx == "an" || nx == "the" {
			for k2 := k + 2; k2 < b-1; k2++ {
				if toks[k2].low == "," && dep[k2] == dep[a] {
					if !x.hasVerb(s.w, s.cov, k+1, k2) {
						e = k2
					}
					break
				}
			}
		}
		if x.hasVerb(s.w, s.cov, e+1, b) {
			return attrFound{x.mkAttr(s.w, a, e, a+2, k, "accord"), e + 1, b, [2]int{a + 2, k}}, true
		}
		break
	}
	return attrFound{}, false
}

// matchAccordingTail reads "…, according to X".
func matchAccordingTail(x *extractor, s attrScope) (attrFound, bool) {
	toks, dep, a, b := s.w.toks, s.dep, s.a, s.b
	for k := b - 2; k > a+1; k-- {
		if toks[k].low == "according" && toks[k+1].low == "to" && toks[k-1].low == "," && dep[k] == dep[a] {
			return attrFound{x.mkAttr(s.w, k, b, k+2, b, "accord"), a, k - 1, [2]int{k + 2, b}}, true
		}
	}
	return attrFound{}, false
}

// matchSpeakerFirst reads "X said (that) …", "X told reporters that …",
// "Amid the maneuvering, X said …" within the first words of the scope.
// The speaker may carry an appositive or a relative clause ("The official,
// who spoke to reporters …, said").
func matchSpeakerFirst(x *extractor, s attrScope) (attrFound, bool) {
	w, toks, dep, a, b := s.w, s.w.toks, s.dep, s.a, s.b
	if s.bare && x.reportingParticiple(toks, a, b) {
		// "…, saying the source was …": the speaker is the previous
		// clause's subject, filled in when the claim is built.
		l, _ := x.g.verbLemma(toks[a].low)
		k := a + 1
		if toks[k].low == "that" {
			k++
		}
		return attrFound{x.mkAttr(w, a, k, a, a, l), k, b, [2]int{a, a}}, true
	}
	lim := min(a+16, b)
	commaDepth := 0
	sa := a
	sawVerb := false
	for v := a; v < lim; v++ {
		t := toks[v]
		if dep[v] != dep[a] {
			break
		}
		if t.low == "," && !sawVerb && commaDepth == 0 && v > sa && v+1 < b && !x.isRelativeStart(toks[v+1].low) && (vocab().leadWords[toks[sa].low] || toks[v+1].low != "a" && toks[v+1].low != "an" && toks[v+1].low != "the") {
			// "Amid the maneuvering, Tyab said …": the speaker follows.
			sa = v + 1
			if lim < sa+14 && sa+14 <= b {
				lim = sa + 14
			}
			continue
		}
		if t.low == "," {
			if v+1 < b && (x.isRelativeStart(toks[v+1].low) || toks[v+1].low == "a" || toks[v+1].low == "an" || toks[v+1].low == "the") {
				commaDepth = 1 - commaDepth
			} else if commaDepth == 1 {
				commaDepth = 0
			} else {
				break
			}
			continue
		}
		if commaDepth == 1 {
			continue
		}
		if t.low == "but" || t.low == ";" {
			break // a speaker has no clause of its own
		}
		l, ok := x.isVerbAt(w, s.cov, v, sa)
		if !ok {
			if v == sa && vocab().subordinators[t.low] && !vocab().leadWords[t.low] {
				break
			}
			continue
		}
		if vocab().auxiliaries[l] {
			continue
		}
		if !vocab().reporting[l] || strings.HasSuffix(t.low, "ing") {
			sawVerb = true
			break
		}
		if v > sa && (toks[v-1].low == "not" || strings.HasSuffix(toks[v-1].low, "n't") || toks[v-1].low == "never") {
			break // "did not say": no attribution
		}
		spEnd := v
		for spEnd > sa && (toks[spEnd-1].low == "have" || toks[spEnd-1].low == "has" || toks[spEnd-1].low == "had" || strings.HasSuffix(toks[spEnd-1].low, "ly") || vocab().speakerAdverb[toks[spEnd-1].low]) {
			spEnd--
		}
		if spEnd == sa && !s.bare {
			break
		}
		k := x.reportedStart(s, v, l)
		if k >= b || !x.hasVerb(w, s.cov, k, b) {
			break
		}
		if !vocab().strongReporting[l] && (k == v+1 || toks[k-1].low != "that") && !clauseAt(toks, k, b) {
			break // "the minister warned her counterpart about …" reports no statement
		}
		// An adverbial before the speaker belongs to the content's
		// circumstances, which this claim does not keep; the attribution
		// is the speaker and the verb. A subordinator is not the
		// speaker's: "Although LaRue insisted …".
		ss := sa
		if ss+1 < spEnd && subordinate(toks, ss) {
			ss++
		}
		return attrFound{x.mkAttr(w, sa, k, ss, spEnd, l), k, b, [2]int{ss, spEnd}}, true
	}
	return attrFound{}, false
}

// reportingParticiple reports whether toks[k] is the -ing form of a
// reporting verb ("saying", "insisting") that reports a clause: "that" or
// a finite verb after it, before any punctuation.
func (x *extractor) reportingParticiple(toks []token, k, b int) bool {
	if k+1 >= b || !strings.HasSuffix(toks[k].low, "ing") {
		return false
	}
	l, ok := x.g.verbLemma(toks[k].low)
	if !ok || !vocab().reporting[l] {
		return false
	}
	if toks[k+1].low == "that" {
		return true
	}
	// "saying the mysterious source for … was not one person": a
	// participle of saying has a clause after it, whose subject may be
	// long; a finite verb before the next comma says so.
	for m := k + 2; m < b && m <= k+14; m++ {
		switch {
		case vocab().finiteNext[toks[m].low]:
			return true
		case toks[m].kind == tPunct:
			return false
		}
	}
	return false
}

// subordinate reports whether the clause at toks[a] opens with a
// subordinating word ("Although …", "that …").
func subordinate(toks []token, a int) bool {
	return vocab().subordinators[toks[a].low] && toks[a].low != "who" && toks[a].low != "which"
}

// conditional reports whether a subordinator opens a condition.
func conditional(w string) bool { return w == "if" || w == "unless" || w == "whether" }

// clauseAt reports whether a clause starts at toks[k]: a subject of a
// few words and a finite verb after it ("have insisted Deep Throat was
// one person"), as a reporting verb's content without "that" is.
func clauseAt(toks []token, k, b int) bool {
	for m := k + 1; m < b && m <= k+4; m++ {
		t := toks[m]
		if vocab().finiteNext[t.low] {
			return true
		}
		if t.kind != tWord || vocab().clauseBreak[t.low] {
			return false
		}
	}
	return false
}

// reportedStart is where the reported content starts after the reporting
// verb at v (lemma l): past an object and adverbials up to "that" ("told
// reporters that"), past "told Reuters" or "told the AFP news agency" before
// a subject, and past commas and colons.
func (x *extractor) reportedStart(s attrScope, v int, l string) int {
	w, toks, cov, a, b := s.w, s.w.toks, s.cov, s.a, s.b
	k := v + 1
	for m := v + 1; m < b && m <= v+7; m++ {
		if toks[m].low == "that" {
			k = m + 1
			break
		}
		if _, ok := x.isVerbAt(w, cov, m, a); ok {
			break
		}
	}
	if k == v+1 && l == "tell" {
		// "told the AFP news agency he was not expecting …"
		for m := v + 1; m < b && m <= v+7; m++ {
			if vocab().pronounSubjects[toks[m].low] || toks[m].low == "they" || toks[m].low == "it" || toks[m].low == "we" || toks[m].low == "i" || toks[m].low == "there" {
				k = m
				break
			}
		}
	}
	if k == v+1 && l == "tell" {
		// "X told Reuters the talks failed": the object is one name or "reporters".
		if k < b && (cov[k] || toks[k].low == "reporters" || toks[k].low == "journalists") {
			for k < b && cov[k] {
				k++
			}
			if k == v+1 {
				k++
			}
		}
	}
	for k < b && (toks[k].low == "," || toks[k].low == ":") {
		k++
	}
	return k
}

// matchSpeakerLast reads "…, X said." and "“…,” X told Y.": the tail after
// a comma or a closing quote must be a speaker and a reporting verb,
// nothing more; a relative clause on the speaker ("said Smith, who …") is
// left out.
func matchSpeakerLast(x *extractor, s attrScope) (attrFound, bool) {
	w, toks, dep, a, b := s.w, s.w.toks, s.dep, s.a, s.b
	for k := b - 1; k > a+1; k-- {
		t := toks[k]
		if dep[k] != dep[a] {
			continue
		}
		q := isCloseQuote(t.text) || t.low == "\""
		if !(t.low == "," || q && (toks[k-1].low == "," || toks[k-1].low == "?" || toks[k-1].low == "!")) {
			continue
		}
		if b-k > 16 {
			break
		}
		tb := b
		for m := k + 1; m+1 < b; m++ {
			if toks[m].low == "," && x.isRelativeStart(toks[m+1].low) {
				tb = m
				break
			}
		}
		rv, rl, ok := x.tailReporting(w, s.cov, k, tb)
		if !ok {
			continue // an earlier comma may start the reporting clause
		}
		sp := [2]int{k + 1, rv}
		if rv == k+1 {
			sp = [2]int{rv + 1, tb} // "said the official"
		}
		ce := k
		if q {
			ce = k - 1
		}
		ca := a
		if ca < ce && (isOpenQuote(toks[ca].text) || toks[ca].low == "\"") {
			ca++
		}
		if ce <= ca {
			break
		}
		return attrFound{x.mkAttr(w, k+1, tb, sp[0], sp[1], rl), ca, ce, sp}, true
	}
	return attrFound{}, false
}

// tailReporting finds the reporting verb of a tail (k, tb) that holds
// nothing but a speaker and that verb: at most one other verb, an
// auxiliary, and no conjunction, "that", quote or colon.
func (x *extractor) tailReporting(w *sentWork, cov []bool, k, tb int) (rv int, rl string, ok bool) {
	toks := w.toks
	verbs := 0
	rv = -1
	for m := k + 1; m < tb; m++ {
		if l := toks[m].low; l == "and" || l == "but" || l == "that" || l == "\"" || isOpenQuote(toks[m].text) || l == ":" {
			verbs += 10
		}
		if l, ok := x.isVerbAt(w, cov, m, k+1); ok {
			verbs++
			if vocab().reporting[l] && rv < 0 {
				rv, rl = m, l
			} else if !vocab().auxiliaries[l] {
				verbs += 10
			}
		}
	}
	return rv, rl, rv >= 0 && verbs <= 2
}

func (x *extractor) isRelativeStart(w string) bool {
	return w == "who" || w == "which" || w == "whose" || w == "whom"
}

// mkAttr builds an Attribution over tokens [a,b) with the speaker [sa,sb).
func (x *extractor) mkAttr(w *sentWork, a, b, sa, sb int, verb string) *Attribution {
	toks := w.toks
	for b > a && (toks[b-1].kind == tPunct || toks[b-1].low == "that") {
		b--
	}
	if b <= a {
		return nil
	}
	at := &Attribution{Start: toks[a].s, End: toks[b-1].e, Verb: verb}
	at.Text = x.doc.Text[at.Start:at.End]
	for k := range w.ments {
		if m := &w.ments[k]; m.m.Type != "" && m.i >= a && m.j <= b {
			at.Mentions = append(at.Mentions, m.m)
		}
	}
	for sb > sa && toks[sb-1].kind == tPunct {
		sb--
	}
	for k := sa; k < sb; k++ {
		if toks[k].low == "," {
			sb = k // an appositive after the speaker's name
			break
		}
	}
	fullSb := sb
	for k := sa + 1; k < sb; k++ {
		if toks[k].low == "in" || toks[k].low == "at" || toks[k].low == "from" || toks[k].low == "on" {
			sb = k // "Frances Harrison in Tehran", "one woman in Qeshm"
			break
		}
	}
	if sb > sa {
		// The speaker is the person or organization named as the head of
		// the phrase ("Kremlin spokesman Dmitri Peskov"),
		// else the phrase itself ("a WHO official").
		var best *Mention
		rank := func(m *ment) int {
			switch {
			case m.m.Type == Person:
				return 3
			case m.m.Type == Organization:
				return 2
			case m.m.Type == Place && !m.modifier:
				return 1
			}
			return 0
		}
		br := 0
		for k := range w.ments {
			m := &w.ments[k]
			if m.m.Type == "" || m.i < sa || m.j != sb {
				continue
			}
			if r := rank(m); r > br {
				best, br = &m.m, r
			}
		}
		if best == nil {
			// "testimony from Nick Hanna": a person named after the head.
			for k := range w.ments {
				m := &w.ments[k]
				if m.m.Type == Person && m.i >= sb && m.j <= fullSb {
					best, br = &m.m, 3
					break
				}
			}
		}
		switch {
		case best != nil && (br >= 2 || sb-sa == 1):
			at.Speaker = best.Canonical
			at.Type = best.Type
			switch best.Type {
			case Person:
				x.notePerson(best.Canonical)
			case Organization:
				x.lastOrg = best.Canonical
			}
		case sb-sa == 1 && vocab().pronounSubjects[toks[sa].low]:
			at.Speaker = x.pronoun(toks[sa].low)
			if at.Speaker != "" {
				at.Type = Person
			}
		case sb-sa == 1 && toks[sa].low == "it" && x.lastOrg != "":
			at.Speaker = x.lastOrg // "it said": the organization last named
			at.Type = Organization
		default:
			// An unnamed source: "a senior U.S. official", kept as written
			// up to a comma, lowercased at the start.
			e := sb
			for k := sa; k < sb; k++ {
				if toks[k].low == "," {
					e = k
					break
				}
			}
			s := x.doc.Text[toks[sa].s:toks[e-1].e]
			if toks[sa].cap && x.g.stop[toks[sa].low] {
				s = toks[sa].low + s[len(toks[sa].text):]
			}
			at.Speaker = s
		}
		at.Key = NameKey(at.Speaker)
	}
	return at
}

// enumeration splits "frame: that A, that B and that C" (or items with
// semicolons, or a count that the commas match) into items sharing frame.
// It returns the frame range, the items and the token of the count (-1).
func (x *extractor) enumeration(w *sentWork, dep []int, a, b int) ([2]int, [][2]int, int) {
	toks := w.toks
	c := -1
	for k := a + 1; k < b-1; k++ {
		if toks[k].low == ":" && dep[k] == dep[a] && toks[k+1].space {
			c = k
			break
		}
	}
	if c < 0 {
		return [2]int{}, nil, -1
	}
	count, ctok := 0, -1
	for k := c - 1; k >= a && k >= c-5; k-- {
		if v, ok := vocab().numberWords[toks[k].low]; ok && v > 1 && v < 20 {
			count, ctok = int(v), k
			break
		}
		if toks[k].kind == tNum {
			if v, ok := parseNum(toks[k].text); ok && v > 1 && v < 20 {
				count, ctok = int(v), k
			}
			break
		}
	}
	var items [][2]int
	// cut makes items of the stretches between separators; a separator is
	// a token range [s,e) that belongs to no item.
	cut := func(seps [][2]int) {
		st := c + 1
		for i := 0; i <= len(seps); i++ {
			e := b
			if i < len(seps) {
				e = seps[i][0]
			}
			s0 := st
			for s0 < e && (toks[s0].low == "that" || toks[s0].low == "and") {
				s0++
			}
			for e > s0 && (toks[e-1].low == "," || toks[e-1].low == ";" || toks[e-1].low == "and") {
				e--
			}
			if e > s0 {
				items = append(items, [2]int{s0, e})
			}
			if i < len(seps) {
				st = seps[i][1]
			}
		}
	}
	// "that A, that B and that C"
	var seps [][2]int
	thats := 0
	for k := c + 1; k < b; k++ {
		if toks[k].low == "that" && dep[k] == dep[a] && (k == c+1 || toks[k-1].low == "," || toks[k-1].low == "and" || toks[k-1].low == ";") {
			thats++
			if k > c+1 {
				seps = append(seps, [2]int{k - 1, k + 1})
			}
		}
	}
	if thats >= 2 && toks[c+1].low == "that" {
		cut(seps)
	} else {
		// Semicolons.
		seps = nil
		for k := c + 1; k < b; k++ {
			if toks[k].low == ";" && dep[k] == dep[a] {
				seps = append(seps, [2]int{k, k + 1})
			}
		}
		if len(seps) >= 1 {
			cut(seps)
		} else if count >= 2 {
			// Commas, when they give exactly the announced count.
			for k := c + 1; k < b; k++ {
				if dep[k] != dep[a] {
					continue
				}
				if toks[k].low == "," {
					e := k + 1
					if e < b && toks[e].low == "and" {
						e++
					}
					seps = append(seps, [2]int{k, e})
				} else if toks[k].low == "and" && toks[k-1].low != "," {
					seps = append(seps, [2]int{k, k + 1})
				}
			}
			if len(seps)+1 == count {
				cut(seps)
			}
		}
	}
	if len(items) < 2 {
		return [2]int{}, nil, -1
	}
	return [2]int{a, c}, items, ctok
}

// coordinate splits coordinated clauses: "X met Y, and Z said …",
// "A happened; B followed", "… but the suspect remains detained". A cut is made
// only where both sides have a verb, so lists of names stay whole.
func (x *extractor) coordinate(w *sentWork, dep []int, cov []bool, a, b int) [][2]int {
	toks := w.toks
	var out [][2]int
	start := a
	for k := a + 1; k < b-1; k++ {
		if dep[k] != dep[a] {
			continue
		}
		resume := -1
		gapped := false
		switch {
		case toks[k].low == "," && x.gappedAt(w, k+1):
			// "Miller is averaging 15.5 points, Iguodala 14.9 points": the
			// second clause leaves out its verb but is its own fact.
			resume, gapped = k+1, true
		case toks[k].low == ";":
			resume = k + 1
		case toks[k].low == "," && vocab().coordConj[toks[k+1].low]:
			resume = k + 2
		case toks[k].low == "," && x.reportingParticiple(toks, k+1, b):
			// "LaRue discounted the rumors, saying the source was …":
			// what he said is a clause of its own, credited to him.
			resume = k + 1
		case toks[k].low == "," && subordinate(toks, start) && !conditional(toks[start].low) && clauseAt(toks, k+1, b):
			// "Although X insisted …, and that …, Y have insisted …":
			// the main clause after a leading subordinate one. A
			// condition ("If …, Apple will ask …") stays with its
			// clause, which it makes conditional.
			resume = k + 1
		case toks[k].low == "but" && toks[k-1].low != "," && toks[k+1].low != "also" && !(k > 1 && toks[k-2].low == "not") && toks[k-1].low != "all" && toks[k-1].low != "anything" && toks[k-1].low != "nothing":
			resume = k + 1
		case toks[k].low == "and" && toks[k-1].low != "," && x.pastVerb(w, k+1):
			resume = k + 1 // "… was nicknamed Bubba and graduated in 1951"
		case (toks[k].low == "while" || toks[k].low == "whereas") && toks[k-1].low != "," && !strings.HasSuffix(toks[k+1].low, "ing"):
			resume = k + 1 // "… have plummeted while tensions have soared
		}
		if resume < 0 || resume >= b {
			continue
		}
		if toks[k].low == "but" && x.inRelative(toks, dep, start, k) {
			continue
		}
		end := b
		for m := resume; m < b-1; m++ {
			if dep[m] == dep[a] && (toks[m].low == ";" || toks[m].low == "," && (vocab().coordConj[toks[m+1].low] || x.gappedAt(w, m+1))) {
				end = m
				break
			}
		}
		if x.hasVerb(w, cov, start, k) && (gapped || x.hasVerb(w, cov, resume, end)) {
			out = append(out, [2]int{start, k})
			start = resume
			k = resume
		}
	}
	return append(out, [2]int{start, b})
}

// descriptions finds appositives and non-restrictive relative clauses in
// [a,b): "Smith, a security executive from Ohio, …", "Springfield, which
// was once home to 70,000 people, …". Each becomes a description unit about
// the entity before the comma; the ranges are returned to be left out of
// the surrounding claim's slots.
func (x *extractor) descriptions(w *sentWork, dep []int, cov []bool, a, b int) ([]unit, [][2]int) {
	toks := w.toks
	var units []unit
	var excl [][2]int
	for c := a + 1; c < b-2; c++ {
		if toks[c].low != "," || dep[c] != dep[a] {
			continue
		}
		var anchor *Mention
		for k := range w.ments {
			m := &w.ments[k]
			if m.j == c && m.m.Type != "" && !m.m.Demonym {
				anchor = &m.m
			}
		}
		nx := toks[c+1].low
		rel := x.isRelativeStart(nx)
		appos := anchor != nil && (nx == "a" || nx == "an" || nx == "the" || (c+2 < b && toks[c+2].low == "'s" && toks[c+1].kind == tWord))
		if !rel && !appos {
			continue
		}
		e := b
		for k := c + 2; k < b; k++ {
			if toks[k].low == "," && dep[k] == dep[a] {
				e = k
				break
			}
		}
		if appos {
			// An appositive has no verb of its own before any relative
			// clause it carries.
			stop := e
			for k := c + 1; k < e; k++ {
				if x.isRelativeStart(toks[k].low) || toks[k].low == "that" {
					stop = k
					break
				}
			}
			if stop-c-1 < 2 || x.hasVerb(w, cov, c+1, stop) {
				continue
			}
			// "Lyon, the French city, and Bern" is not "and …" inside.
			bad := false
			for k := c + 1; k < stop; k++ {
				if toks[k].low == "and" && k+1 < stop && cov[k+1] {
					bad = true
				}
			}
			if bad {
				continue
			}
		}
		u := unit{a: c + 1, b: e, kind: KindDescription, subject: anchor, dropQ: -1}
		if appos {
			u.pred = "be"
		}
		units = append(units, u)
		hi := e + 1
		if hi > b {
			hi = b
		}
		excl = append(excl, [2]int{c, hi})
		c = e - 1
	}
	return units, excl
}

// inRelative reports whether token k lies in a relative clause opened by
// ", which" or ", who" after start and not yet closed by a comma.
func (x *extractor) inRelative(toks []token, dep []int, start, k int) bool {
	for m := k - 1; m > start; m-- {
		if toks[m].low == "," && dep[m] == dep[k] {
			return m+1 < k && x.isRelativeStart(toks[m+1].low)
		}
	}
	return false
}

// maxSplitTokens bounds the sentences the splitter works on.
const maxSplitTokens = 400

// pastVerb reports whether toks[k] is a past-tense verb form ("graduated",
// "left"), the sign of a second verb phrase after "and".
func (x *extractor) pastVerb(w *sentWork, k int) bool {
	t := w.toks[k]
	if t.kind != tWord || t.cap {
		return false
	}
	l, ok := w.verbLemma(x.g, k)
	if !ok || l == t.low || vocab().auxiliaries[l] {
		return false
	}
	if k+1 < len(w.toks) && (w.toks[k+1].kind == tWord && !w.toks[k+1].cap && !x.g.stop[w.toks[k+1].low] && singular(w.toks[k+1].low) != w.toks[k+1].low && w.toks[k+1].low != "as") {
		return false // "and detained suspects": an adjective before a plural noun
	}
	return strings.HasSuffix(t.low, "ed") || x.g.lemma[t.low] != ""
}

// gappedAt reports whether a gapped clause starts at token k: a person's
// name followed directly by a number.
func (x *extractor) gappedAt(w *sentWork, k int) bool {
	for _, m := range w.ments {
		if m.i == k && m.m.Type == Person && !m.titleRef && m.j < len(w.toks) {
			n := w.toks[m.j]
			return n.kind == tNum || vocab().numberWords[n.low] > 0
		}
	}
	return false
}
