package claims

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/internal/lexicon"
)

// Decade is the granularity of "the 1990s".
const Decade Granularity = "decade"

// Before is a time known only to lie before To ("more than a year ago"):
// From is zero.
const Before TimeKind = "before"

// day returns the UTC midnight of t's calendar date in t's own location:
// a publication stamped 23:51 local time is still that local day.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// timeParser reads time expressions from tokens, resolving relative ones
// against anchor (the publication day; zero when unknown).
type timeParser struct {
	g      *gazetteer
	anchor time.Time
	hasAgo bool // the sentence has "ago": only then try "N units ago"
}

// scan prepares the parser for one sentence.
func (p *timeParser) scan(toks []token) {
	p.hasAgo = false
	for _, t := range toks {
		if t.low == "ago" {
			p.hasAgo = true
			return
		}
	}
}

func (p *timeParser) mk(toks []token, i, j int, gr Granularity, from, to time.Time, rel bool) Time {
	t := Time{Start: toks[i].s, End: toks[j-1].e, Kind: Point, Granularity: gr, From: from, To: to, Relative: rel}
	// A possessive time names a thing rather than dating the claim:
	// "Friday's semifinal", "this year's ceremony" ("' s" in re-spaced text).
	if j < len(toks) && (toks[j].low == "'s" || toks[j].low == "’s" ||
		(toks[j].low == "'" || toks[j].low == "’") && j+1 < len(toks) && toks[j+1].low == "s") {
		t.Attributive = true
	}
	if rel {
		t.Anchor = p.anchor
		if p.anchor.IsZero() {
			// Unknown publication date: keep the expression, guess nothing.
			t.From, t.To = time.Time{}, time.Time{}
		}
	}
	return t
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	return date(y, m, d).Day() == d
}

// yearOf reads a plain four-digit year token ("2018"), or -1.
func yearOf(t token) int {
	if t.kind != tNum || len(t.text) != 4 {
		return -1
	}
	y, err := strconv.Atoi(t.text)
	if err != nil || y < 1800 || y > 2100 {
		return -1
	}
	return y
}

// dayOf reads a day-of-month token ("2", "24th"), or -1.
func dayOf(t token) int {
	if t.kind != tNum {
		return -1
	}
	s := strings.TrimRight(t.low, "stndrh")
	if len(s) == 0 || len(s) > 2 || (len(s) < len(t.low) && !ordinalSuffix(t.low)) {
		return -1
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return -1
	}
	return d
}

func ordinalSuffix(s string) bool {
	return strings.HasSuffix(s, "st") || strings.HasSuffix(s, "nd") || strings.HasSuffix(s, "rd") || strings.HasSuffix(s, "th")
}

// month reads a month name at toks[i]. "May" and bare abbreviations need
// a date-like neighbour so the modal verb and other words are not read as
// months.
func (p *timeParser) month(toks []token, i int) int {
	t := toks[i]
	if t.kind != tWord || !t.cap {
		return 0
	}
	m, ok := p.g.months[t.low]
	if !ok {
		return 0
	}
	full := len(t.low) > 4 || t.low == "june" || t.low == "july" || strings.HasSuffix(t.low, ".")
	if full && t.low != "may" && t.low != "march" {
		return m
	}
	// Ambiguous forms: accept next to a number or after a time preposition.
	if i+1 < len(toks) && toks[i+1].kind == tNum {
		return m
	}
	if i > 0 {
		switch toks[i-1].low {
		case "in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "from", "through", "before", "after", "-":
			return m
		}
	}
	return 0
}

// nearestYear picks the year that puts month m, day d closest to the anchor,
// for dates written without a year ("on February 22").
func (p *timeParser) nearestYear(m, d int) int {
	a := p.anchor
	best, bestDiff := a.Year(), time.Duration(1<<62)
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		diff := date(y, m, d).Sub(a)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best
}

// yearFor picks the year of month m, day d written without one at
// toks[i:j]. A clause in the past tells of the latest such month that does
// not start after the anchor's month ("In February, a gunman killed five
// people", dated in December: the February before); one in the future tells
// of the next one, from the anchor's month on. Otherwise the nearest
// occurrence is the best guess, and so it is for a time that names an
// appointment or a deadline rather than when the clause's event happened
// ("a trial date was set for October 28", "remanded until March 3").
func (p *timeParser) yearFor(toks []token, i, j, m, d int) int {
	a := p.anchor
	if a.IsZero() || i > 0 && appointment[toks[i-1].low] {
		return p.nearestYear(m, d)
	}
	switch clauseTense(toks, i, j) {
	case tensePast:
		if m > int(a.Month()) {
			return a.Year() - 1
		}
		return a.Year()
	case tenseFuture:
		if m < int(a.Month()) {
			return a.Year() + 1
		}
		return a.Year()
	}
	return p.nearestYear(m, d)
}

// tense is what the verbs of a clause say of when it happens.
type tense uint8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
)

// clauseTense reads the tense of the clause holding toks[i:j]: the tokens
// around it up to sentence punctuation, a quotation mark or bracket (quoted
// speech is its own clause), or a word that opens a subordinate clause. It
// is past when the clause has a past verb form and no present or future
// one, future when it has a future marker and no past form, and unknown
// otherwise: a mixed clause ("a man arrested in February will stand trial")
// is not clear enough to move a date.
func clauseTense(toks []token, i, j int) tense {
	lo := i
	for lo > 0 && !clauseEdge(toks, lo-1) {
		lo--
	}
	hi := j
	for hi < len(toks) && !clauseEdge(toks, hi) {
		hi++
	}
	var past, present, future bool
	for k := lo; k < hi; k++ {
		if k >= i && k < j {
			continue
		}
		switch tenseMark(toks, lo, k) {
		case markPast:
			past = true
		case markPresent:
			present = true
		case markFuture:
			future = true
		}
	}
	switch {
	case future && !past:
		return tenseFuture
	case past && !present && !future:
		return tensePast
	}
	return tenseUnknown
}

// appointment are the prepositions before a date that name an appointment
// or a deadline ("set for October 28", "remanded until March 3"), not when
// the clause's event happened: yearFor leaves such a date at the nearest
// occurrence.
var appointment = map[string]bool{"for": true, "until": true, "till": true, "by": true}

// clauseEdge reports whether toks[k] ends a clause for clauseTense. The
// comma is no edge: it sets off a fronted time ("In February, a gunman
// killed …"). The "to" of an infinitive is one: the infinitive tells of a
// time after its verb's ("was remanded to appear in court on 19 August",
// "the trial scheduled to begin Jan. 24"), except in the future "is to".
func clauseEdge(toks []token, k int) bool {
	t := toks[k]
	if t.low == "to" && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap &&
		slices.Contains(lexicon.Lemmas(toks[k+1].low, lexicon.Verb), toks[k+1].low) {
		return k == 0 || !presentBe[toks[k-1].low]
	}
	switch t.low {
	case ".", "!", "?", ";", ":", "\"", "“", "”", "(", ")", "[", "]", "—", "–",
		"that", "which", "who", "whom", "whose", "when", "where", "while", "whereas",
		"because", "although", "though", "if", "unless", "whether":
		return true
	}
	return false
}

// A tense mark is what one token says of its clause's tense.
type tenseMarkKind uint8

const (
	markNone tenseMarkKind = iota
	markPast
	markPresent
	markFuture
)

// tenseMark reads toks[k], in a clause starting at toks[lo]: a past
// auxiliary ("was", "had", "did") or past verb form, a present auxiliary or
// modal, or a future marker ("will", "is to", "next").
func tenseMark(toks []token, lo, k int) tenseMarkKind {
	t := toks[k]
	if t.kind != tWord {
		return markNone
	}
	prev := ""
	if k > lo {
		prev = toks[k-1].low
	}
	// A capitalized word inside a sentence is a name ("United", "Will").
	if t.cap && k > 0 && !clauseEdge(toks, k-1) {
		return markNone
	}
	if t.low == "next" {
		return markFuture // "the next round"
	}
	// After a determiner a word is a noun or an adjective: "the will of",
	// "the injured man", "a planned strike".
	if determiners[prev] {
		return markNone
	}
	switch t.low {
	case "will", "shall", "'ll":
		return markFuture
	case "'s":
		if pronouns[prev] {
			return markPresent // "he's", "it's": is or has
		}
		return markNone
	case "is", "are", "am":
		if k+1 < len(toks) && toks[k+1].low == "to" {
			return markFuture // "is to open"
		}
		return markPresent
	case "do", "does", "can", "may", "might", "must", "should", "would", "could":
		return markPresent
	case "was", "were", "had", "did":
		return markPast
	}
	// A participle after "be", "to", a modal, a preposition, a comma or a
	// hyphen is passive, infinitive or adjectival, no finite past: "is
	// expected", "to be held", "for injured workers", ", scheduled for",
	// "long-awaited".
	if participleContext[prev] || prev == "'s" {
		return markNone
	}
	if pastForm(t.low) {
		// A past participle unlike the simple past ("given", "taken",
		// "known", "done") is a finite past only in a perfect: "has taken".
		// Alone it is an adjective or a preposition ("given the timing").
		if participleEnding(t.low) && !perfect[prev] {
			return markNone
		}
		return markPast
	}
	return markNone
}

// participleEnding reports whether an irregular verb form ends as past
// participles do and simple pasts do not ("taken", "known", "done", "born").
func participleEnding(w string) bool {
	for _, e := range [...]string{"en", "wn", "ne", "rn"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

var (
	presentBe = map[string]bool{"is": true, "are": true, "am": true}
	perfect   = map[string]bool{"has": true, "have": true, "had": true, "having": true}
	pronouns  = map[string]bool{"he": true, "she": true, "it": true, "that": true, "there": true, "who": true, "what": true, "here": true}
)

// pastForm reports whether w is a past verb form: a regular "-ed" form of a
// verb WordNet knows that is no base form itself ("killed", not "need" or
// "seed"), or an irregular form from WordNet's verb exceptions ("fell",
// "taken"); third-person and "-ing" forms are not past.
func pastForm(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") {
		return false
	}
	lemmas := lexicon.Lemmas(w, lexicon.Verb)
	if strings.HasSuffix(w, "ed") {
		return len(lemmas) > 0 && !slices.Contains(lemmas, w)
	}
	return slices.ContainsFunc(lemmas, func(l string) bool { return l != w })
}

var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"each": true, "every": true, "no": true, "any": true, "some": true, "another": true,
}

var participleContext = map[string]bool{
	"is": true, "are": true, "am": true, "be": true, "being": true, "to": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true,
	"in": true, "of": true, "for": true, "with": true, "on": true, "at": true, "from": true,
	"by": true, ",": true, "-": true,
}

func seasonRange(y, first int) (time.Time, time.Time) {
	if first == 12 {
		return date(y, 12, 1), date(y+1, 3, 1)
	}
	return date(y, first, 1), date(y, first+3, 1)
}

// parse reads one time expression starting at toks[i]; it returns the
// token index after it, or i when there is none. The matchers of
// timeMatchers are tried in order.
func (p *timeParser) parse(toks []token, i int) (Time, int) {
	if t := toks[i]; t.kind != tNum && !p.hasAgo && !p.g.timeWords[t.low] {
		// No matcher reads a time here, and each of the nine tried
		// before matchSeason, which ends the list for anything but a
		// number, returned a zeroed Time (for nearly every token).
		return Time{}, i
	}
	return p.parseAll(toks, i)
}

// parseAll is parse trying every matcher.
func (p *timeParser) parseAll(toks []token, i int) (Time, int) {
	for _, m := range timeMatchers {
		if tm, j, ok := m.match(p, toks, i); ok {
			return tm, j
		}
	}
	return Time{}, i
}

// A timeMatcher reads one form of time expression at toks[i]. It returns
// ok false when toks[i] does not start its form, so that the next matcher
// tries; ok true with the time and the index after it, or with j == i when
// the form rules out any time at i ("since" with no date after it).
type timeMatcher func(p *timeParser, toks []token, i int) (tm Time, j int, ok bool)

// named is one rule of a parser made of small matchers: its name (what
// the tests and a reader look it up by) and the matcher.
type named[F any] struct {
	name  string
	match F
}

// timeMatchers are the forms parse reads, in the order it tries them. They
// are set in init because some of them call parse for what follows.
var timeMatchers []named[timeMatcher]

func init() {
	timeMatchers = []named[timeMatcher]{
		{"since DATE", matchSince},
		{"last/this/next/past UNIT", matchRelative},
		{"today", matchToday},
		{"in recent days", matchRecent},
		{"on the eve of EVENT", matchEve},
		{"N units ago", matchAgo},
		{"weekday", matchWeekday},
		{"month day year", matchMonth},
		{"season year", matchSeason},
		{"day month year", matchDayMonth},
		{"numeric date", matchNumericDate},
		{"dotted date", matchDottedDate},
		{"decade", matchDecade},
		{"year", matchYear},
	}
}

// lowAt is the lowercase form of toks[k], "" past the end.
func lowAt(toks []token, k int) string {
	if k < len(toks) {
		return toks[k].low
	}
	return ""
}

// matchSince reads "since DATE": the state runs from the date to the
// publication day (or, for a start after it, at least through the start).
func matchSince(p *timeParser, toks []token, i int) (Time, int, bool) {
	if toks[i].low != "since" {
		return Time{}, i, false
	}
	a := p.anchor
	if i+1 < len(toks) {
		if in, j := p.parse(toks, i+1); j > i+1 && in.Kind == Point && in.Event == "" {
			in.Start = toks[i].s
			in.Kind = Since
			end := in.To
			in.To = time.Time{}
			if !a.IsZero() {
				in.To = a.AddDate(0, 0, 1)
				if end.After(in.To) {
					in.To = end
				}
				in.Anchor = a
			}
			return in, j, true
		}
	}
	return Time{}, i, true
}

// relativeDir is the direction of "last", "past", "this" and "next".
var relativeDir = map[string]int{"last": -1, "past": -1, "this": 0, "next": 1}

// matchRelative reads "last year", "this month", "next week", "past week",
// "last weekend", "this summer", "next Tuesday", relative to the anchor.
func matchRelative(p *timeParser, toks []token, i int) (Time, int, bool) {
	t := toks[i]
	dir, ok := relativeDir[t.low]
	if !ok || i+1 >= len(toks) {
		return Time{}, i, false
	}
	a, u, past := p.anchor, toks[i+1], t.low == "past"
	switch u.low {
	case "year":
		if past {
			return p.mk(toks, i, i+2, Year, a.AddDate(-1, 0, 0), a.AddDate(0, 0, 1), true), i + 2, true
		}
		return p.mk(toks, i, i+2, Year, date(a.Year()+dir, 1, 1), date(a.Year()+dir+1, 1, 1), true), i + 2, true
	case "month":
		if past {
			return p.mk(toks, i, i+2, Month, a.AddDate(0, -1, 0), a.AddDate(0, 0, 1), true), i + 2, true
		}
		f := date(a.Year(), int(a.Month()), 1).AddDate(0, dir, 0)
		return p.mk(toks, i, i+2, Month, f, f.AddDate(0, 1, 0), true), i + 2, true
	case "week", "weekend":
		if past {
			return p.mk(toks, i, i+2, Week, a.AddDate(0, 0, -7), a.AddDate(0, 0, 1), true), i + 2, true
		}
		// Weeks start on Monday.
		mon := a.AddDate(0, 0, -((int(a.Weekday()) + 6) % 7))
		f := mon.AddDate(0, 0, 7*dir)
		if u.low == "weekend" {
			f = f.AddDate(0, 0, 5)
			return p.mk(toks, i, i+2, Day, f, f.AddDate(0, 0, 2), true), i + 2, true
		}
		return p.mk(toks, i, i+2, Week, f, f.AddDate(0, 0, 7), true), i + 2, true
	}
	if s, ok := p.g.seasons[u.low]; ok && !past {
		f, to := relativeSeason(a, s, dir)
		return p.mk(toks, i, i+2, Season, f, to, true), i + 2, true
	}
	if wd, ok := p.g.weekdays[u.low]; ok && u.cap && len(u.low) > 4 {
		d := relativeWeekday(a, wd, dir)
		return p.mk(toks, i, i+2, Day, d, d.AddDate(0, 0, 1), true), i + 2, true
	}
	return Time{}, i, false
}

// relativeSeason is the season that starts in month s before (dir -1),
// around (0) or after (1) the anchor a.
func relativeSeason(a time.Time, s, dir int) (time.Time, time.Time) {
	y := a.Year()
	if s == 12 && a.Month() <= 2 {
		y-- // January's "this winter" began in December
	}
	f, to := seasonRange(y, s)
	switch dir {
	case -1:
		for !a.IsZero() && to.After(a) {
			y--
			f, to = seasonRange(y, s)
		}
	case 1:
		for !a.IsZero() && !f.After(a) {
			y++
			f, to = seasonRange(y, s)
		}
	}
	return f, to
}

// relativeWeekday is weekday wd before (dir -1), in the week of (0) or
// after (1) the anchor a; "last" and "next" never mean a itself.
func relativeWeekday(a time.Time, wd, dir int) time.Time {
	switch dir {
	case -1:
		back := (int(a.Weekday()) - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		return a.AddDate(0, 0, -back)
	case 0:
		return a.AddDate(0, 0, (wd-int(a.Weekday())+7)%7)
	}
	fwd := (wd - int(a.Weekday()) + 7) % 7
	if fwd == 0 {
		fwd = 7
	}
	return a.AddDate(0, 0, fwd)
}

// todayOffset is the day of "today", "yesterday" and the like, counted
// from the anchor.
var todayOffset = map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

// matchToday reads "today", "yesterday", "tomorrow", "tonight".
func matchToday(p *timeParser, toks []token, i int) (Time, int, bool) {
	off, ok := todayOffset[toks[i].low]
	if !ok {
		return Time{}, i, false
	}
	d := p.anchor.AddDate(0, 0, off)
	return p.mk(toks, i, i+1, Day, d, d.AddDate(0, 0, 1), true), i + 1, true
}

// matchRecent reads "in recent days", "over the past few weeks", "during
// the last several months": a span up to the anchor.
func matchRecent(p *timeParser, toks []token, i int) (Time, int, bool) {
	switch toks[i].low {
	case "in", "over", "during":
	default:
		return Time{}, i, false
	}
	a := p.anchor
	j := i + 1
	if lowAt(toks, j) == "the" {
		j++
	}
	if w := lowAt(toks, j); w == "recent" || w == "past" || w == "last" {
		j++
		if w := lowAt(toks, j); w == "few" || w == "several" || w == "couple" {
			j++
		}
		switch lowAt(toks, j) {
		case "days":
			return p.mk(toks, i, j+1, Week, a.AddDate(0, 0, -7), a.AddDate(0, 0, 1), true), j + 1, true
		case "weeks":
			return p.mk(toks, i, j+1, Month, a.AddDate(0, -1, 0), a.AddDate(0, 0, 1), true), j + 1, true
		case "months":
			return p.mk(toks, i, j+1, Year, a.AddDate(0, -6, 0), a.AddDate(0, 0, 1), true), j + 1, true
		}
	}
	return Time{}, i, true
}

// eveWords is the length of matchEve's frame, "on the eve of".
const eveWords = 4

// matchEve reads "on the eve of Russia's invasion": relative to an event
// this package cannot date, so kept unresolved with the event named.
func matchEve(p *timeParser, toks []token, i int) (Time, int, bool) {
	if toks[i].low != "on" {
		return Time{}, i, false
	}
	if lowAt(toks, i+1) == "the" && lowAt(toks, i+2) == "eve" && lowAt(toks, i+3) == "of" {
		j := i + eveWords
		for j < len(toks) && j < i+10 {
			w := toks[j]
			if w.kind == tPunct && w.low != "-" && w.low != "'" || w.low == "in" || w.low == "at" || w.low == "on" || w.low == "when" {
				break
			}
			if _, k := p.parse(toks, j); k > j {
				break
			}
			j++
		}
		if j > i+eveWords {
			tm := Time{Start: toks[i].s, End: toks[j-1].e, Kind: Point, Granularity: Day}
			tm.Event = joinText(toks[i+eveWords : j])
			return tm, j, true
		}
	}
	return Time{}, i, true
}

// matchAgo reads "more than a year ago", "two weeks ago".
func matchAgo(p *timeParser, toks []token, i int) (Time, int, bool) {
	if p.hasAgo {
		if tm, j := p.ago(toks, i); j > i {
			return tm, j, true
		}
	}
	return Time{}, i, false
}

// matchWeekday reads a weekday: the most recent one on or before the
// publication day ("Thursday", "Thursday morning"), or the date written
// after it ("Thursday, March 2").
func matchWeekday(p *timeParser, toks []token, i int) (Time, int, bool) {
	t := toks[i]
	wd, ok := p.g.weekdays[t.low]
	if !ok || !t.cap || len(t.low) <= 4 {
		return Time{}, i, false
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].low == "," && p.month(toks, j+1) > 0 {
		if tm, k := p.parse(toks, j+1); k > j+1 {
			tm.Start = t.s
			return tm, k, true
		}
	}
	switch lowAt(toks, j) {
	case "morning", "afternoon", "evening", "night":
		j++
	}
	a := p.anchor
	back := (int(a.Weekday()) - wd + 7) % 7
	d := a.AddDate(0, 0, -back)
	return p.mk(toks, i, j, Day, d, d.AddDate(0, 0, 1), true), j, true
}

// matchMonth reads "Month D, YYYY", "Month D" (in the year yearFor picks),
// "Month YYYY" and a bare month.
func matchMonth(p *timeParser, toks []token, i int) (Time, int, bool) {
	m := p.month(toks, i)
	if m == 0 {
		return Time{}, i, false
	}
	a, n := p.anchor, len(toks)
	j := i + 1
	if j < n && toks[j].low == "." {
		j++
	}
	if j < n {
		if d := dayOf(toks[j]); d > 0 && yearOf(toks[j]) < 0 {
			k := j + 1
			if k < n && toks[k].low == "," {
				k++
			}
			if k < n {
				if y := yearOf(toks[k]); y > 0 && validDate(y, m, d) {
					f := date(y, m, d)
					return p.mk(toks, i, k+1, Day, f, f.AddDate(0, 0, 1), false), k + 1, true
				}
			}
			if a.IsZero() || validDate(a.Year(), m, d) || m == 2 {
				y := p.yearFor(toks, i, j+1, m, d)
				if !validDate(y, m, d) {
					return Time{}, i, true
				}
				f := date(y, m, d)
				return p.mk(toks, i, j+1, Day, f, f.AddDate(0, 0, 1), true), j + 1, true
			}
		}
		k := j
		if k < n && toks[k].low == "," {
			k++
		}
		if k < n {
			if y := yearOf(toks[k]); y > 0 {
				f := date(y, m, 1)
				return p.mk(toks, i, k+1, Month, f, f.AddDate(0, 1, 0), false), k + 1, true
			}
		}
	}
	y := p.yearFor(toks, i, i+1, m, 15)
	f := date(y, m, 1)
	return p.mk(toks, i, i+1, Month, f, f.AddDate(0, 1, 0), true), i + 1, true
}

// matchSeason reads "summer 2022" and "the summer of 2022". It is the last
// matcher for a word: the ones after it read numbers.
func matchSeason(p *timeParser, toks []token, i int) (Time, int, bool) {
	if toks[i].kind == tNum {
		return Time{}, i, false
	}
	if s, ok := p.g.seasons[toks[i].low]; ok {
		j := i + 1
		if lowAt(toks, j) == "of" {
			j++
		}
		if j < len(toks) {
			if y := yearOf(toks[j]); y > 0 {
				f, to := seasonRange(y, s)
				return p.mk(toks, i, j+1, Season, f, to, false), j + 1, true
			}
		}
	}
	return Time{}, i, true
}

// matchDayMonth reads "D Month YYYY" and "D Month YY" ("10 Nov 11").
func matchDayMonth(p *timeParser, toks []token, i int) (Time, int, bool) {
	n := len(toks)
	d := dayOf(toks[i])
	if d <= 0 || i+1 >= n {
		return Time{}, i, false
	}
	m := p.month(toks, i+1)
	if m <= 0 || i+2 >= n {
		return Time{}, i, false
	}
	y := yearOf(toks[i+2])
	if yy := toks[i+2]; y < 0 && yy.kind == tNum && len(yy.text) == 2 && isDigits(yy.text) && (i+3 >= n || !unitAfterYear(toks[i+3].low) && toks[i+3].kind != tWord || toks[i+3].cap) {
		v, _ := strconv.Atoi(yy.text)
		y = 2000 + v
		if !p.anchor.IsZero() && y > p.anchor.Year()+1 || p.anchor.IsZero() && v > 50 {
			y -= 100
		}
	}
	if y > 0 && validDate(y, m, d) {
		f := date(y, m, d)
		return p.mk(toks, i, i+3, Day, f, f.AddDate(0, 0, 1), false), i + 3, true
	}
	return Time{}, i, false
}

// matchNumericDate reads 03/02/2023 (US order unless the first part
// exceeds 12), 03/02/23 and 2023-03-02, written as five tokens.
func matchNumericDate(p *timeParser, toks []token, i int) (Time, int, bool) {
	t := toks[i]
	if !(i+4 < len(toks) && !toks[i+1].space && !toks[i+2].space && !toks[i+3].space && !toks[i+4].space &&
		toks[i+2].kind == tNum && toks[i+4].kind == tNum && toks[i+1].low == toks[i+3].low) {
		return Time{}, i, false
	}
	sep := toks[i+1].low
	x, e1 := strconv.Atoi(t.text)
	y2, e2 := strconv.Atoi(toks[i+2].text)
	z, e3 := strconv.Atoi(toks[i+4].text)
	if e1 != nil || e2 != nil || e3 != nil {
		return Time{}, i, false
	}
	switch {
	case sep == "-" && len(t.text) == 4 && validDate(x, y2, z):
		f := date(x, y2, z)
		return p.mk(toks, i, i+5, Day, f, f.AddDate(0, 0, 1), false), i + 5, true
	case sep == "/" && (len(toks[i+4].text) == 4 || len(toks[i+4].text) == 2):
		if len(toks[i+4].text) == 2 {
			z += 2000
		}
		m, d := x, y2
		if m > 12 {
			m, d = d, m
		}
		if validDate(z, m, d) {
			f := date(z, m, d)
			return p.mk(toks, i, i+5, Day, f, f.AddDate(0, 0, 1), false), i + 5, true
		}
	}
	return Time{}, i, false
}

// matchDottedDate reads 02.03.2023, one token, day first.
func matchDottedDate(p *timeParser, toks []token, i int) (Time, int, bool) {
	if strings.Count(toks[i].text, ".") != 2 {
		return Time{}, i, false // not split: a slice a number token
	}
	if parts := strings.Split(toks[i].text, "."); len(parts) == 3 && len(parts[2]) == 4 {
		d, e1 := strconv.Atoi(parts[0])
		m, e2 := strconv.Atoi(parts[1])
		y, e3 := strconv.Atoi(parts[2])
		if e1 == nil && e2 == nil && e3 == nil && validDate(y, m, d) {
			f := date(y, m, d)
			return p.mk(toks, i, i+1, Day, f, f.AddDate(0, 0, 1), false), i + 1, true
		}
	}
	return Time{}, i, false
}

// matchDecade reads "the 1990s".
func matchDecade(p *timeParser, toks []token, i int) (Time, int, bool) {
	if low := toks[i].low; len(low) == 5 && strings.HasSuffix(low, "0s") {
		if y, err := strconv.Atoi(low[:4]); err == nil && y >= 1800 && y <= 2100 {
			f := date(y, 1, 1)
			return p.mk(toks, i, i+1, Decade, f, f.AddDate(10, 0, 0), false), i + 1, true
		}
	}
	return Time{}, i, false
}

// yearNotAttributive are the words before a year, among the noun cues,
// that date the claim rather than make the year a modifier.
var yearNotAttributive = map[string]bool{"in": true, "since": true, "by": true, "of": true, "from": true, "before": true, "after": true, "during": true, "until": true, "through": true}

// matchYear reads a bare year, unless it is a count of something ("2018
// people") or money; "the 2010 treaty" is an attributive year.
func matchYear(p *timeParser, toks []token, i int) (Time, int, bool) {
	y := yearOf(toks[i])
	if y <= 0 {
		return Time{}, i, false
	}
	n := len(toks)
	if i > 0 && (toks[i-1].low == "$" || toks[i-1].low == "€" || toks[i-1].low == "£" || toks[i-1].low == "-" && !toks[i].space) {
		return Time{}, i, true
	}
	if i+1 < n && (toks[i+1].low == "%" || unitAfterYear(toks[i+1].low)) {
		return Time{}, i, true
	}
	f := date(y, 1, 1)
	tm := p.mk(toks, i, i+1, Year, f, f.AddDate(1, 0, 0), false)
	if i > 0 && i+1 < n && vocab().nounCue[toks[i-1].low] && !yearNotAttributive[toks[i-1].low] && toks[i+1].kind == tWord && !p.g.stop[toks[i+1].low] {
		tm.Attributive = true // "the 2010 treaty", "his 2018 arrest"
	}
	return tm, i + 1, true
}

// unitAfterYear lists words after a four-digit number that make it a count.
func unitAfterYear(w string) bool {
	switch w {
	case "people", "persons", "residents", "troops", "soldiers", "votes", "points", "jobs", "homes", "houses",
		"deaths", "cases", "dollars", "euros", "meters", "metres", "feet", "miles", "kilometers", "kilometres",
		"tons", "tonnes", "workers", "employees", "students", "members", "children", "men", "women", "families",
		"units", "cars", "vehicles", "flights", "passengers", "percent", "times", "signatures", "acres":
		return true
	}
	return false
}

// ago reads "[hedge] N unit(s) ago".
func (p *timeParser) ago(toks []token, i int) (Time, int) {
	h, j := hedgeAt(toks, i)
	v, k := numberAt(toks, j)
	if k == j {
		if j < len(toks) && (toks[j].low == "a" || toks[j].low == "an") {
			v, k = 1, j+1
		} else {
			return Time{}, i
		}
	}
	if k+1 >= len(toks) || toks[k+1].low != "ago" {
		return Time{}, i
	}
	g, ok := vocab().unitGran[toks[k].low]
	if !ok {
		return Time{}, i
	}
	a := p.anchor
	var t time.Time
	var unit time.Duration
	switch g {
	case Day:
		t, unit = a.AddDate(0, 0, -int(v)), 24*time.Hour
	case Week:
		t, unit = a.AddDate(0, 0, -7*int(v)), 7*24*time.Hour
	case Month:
		t, unit = a.AddDate(0, -int(v), 0), 30*24*time.Hour
	case Year:
		t, unit = a.AddDate(-int(v), 0, 0), 365*24*time.Hour
	default:
		t, unit = a.AddDate(-10*int(v), 0, 0), 10*365*24*time.Hour
	}
	tm := p.mk(toks, i, k+2, g, day(t.Add(-unit/2)), day(t.Add(unit/2)), true)
	if g == Day {
		tm.From, tm.To = t, t.AddDate(0, 0, 1)
	}
	switch h {
	case "more than", "over", "at least":
		tm.Kind = Before
		tm.From, tm.To = time.Time{}, t.AddDate(0, 0, 1)
	case "less than", "under", "nearly", "almost":
		tm.From, tm.To = t, a.AddDate(0, 0, 1)
	}
	tm.Hedge = h
	if a.IsZero() {
		tm.From, tm.To = time.Time{}, time.Time{}
	}
	return tm, k + 2
}

func joinText(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// ParseTimes finds the time expressions in text, resolving relative ones
// against anchor (zero: leave them unresolved). Offsets are into text.
func ParseTimes(text string, anchor time.Time) []Time {
	p := &timeParser{g: load(), anchor: day(anchor)}
	toks := tokenize(text, 0)
	p.scan(toks)
	var out []Time
	scanTokens(len(toks), func(i int) int {
		tm, j := p.parse(toks, i)
		if j > i {
			tm.Text = text[tm.Start:tm.End]
			out = append(out, tm)
		}
		return j
	})
	return out
}
