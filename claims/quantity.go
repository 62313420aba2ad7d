package claims

import (
	"math"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/internal/lexicon"
)

// hedges maps the words before a number to how they bound it.
var hedges = []struct {
	words []string
	name  string
}{
	{[]string{"more", "than"}, "more than"}, {[]string{"at", "least"}, "at least"},
	{[]string{"up", "to"}, "up to"}, {[]string{"less", "than"}, "less than"},
	{[]string{"fewer", "than"}, "fewer than"}, {[]string{"at", "most"}, "at most"},
	{[]string{"as", "many", "as"}, "as many as"}, {[]string{"as", "much", "as"}, "as much as"},
	{[]string{"an", "estimated"}, "an estimated"}, {[]string{"close", "to"}, "close to"},
	{[]string{"just", "over"}, "more than"}, {[]string{"just", "under"}, "nearly"},
	{[]string{"well", "over"}, "more than"}, {[]string{"no", "fewer", "than"}, "at least"},
	{[]string{"no", "more", "than"}, "at most"},
	{[]string{"about"}, "about"}, {[]string{"around"}, "around"}, {[]string{"roughly"}, "roughly"},
	{[]string{"approximately"}, "approximately"}, {[]string{"some"}, "some"}, {[]string{"nearly"}, "nearly"},
	{[]string{"almost"}, "almost"}, {[]string{"over"}, "over"}, {[]string{"under"}, "under"},
	{[]string{"upwards", "of"}, "more than"}, {[]string{"approx."}, "approximately"},
}

// hedgeFirst holds the first words of hedges, to reject most tokens at once.
var hedgeFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range hedges {
		m[h.words[0]] = true
	}
	return m
}()

// hedgeAt reads a hedge phrase at toks[i]; it returns the hedge and the
// index after it (i when there is none).
func hedgeAt(toks []token, i int) (string, int) {
	if i >= len(toks) || !hedgeFirst[toks[i].low] {
		return "", i
	}
	for _, h := range hedges {
		if i+len(h.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range h.words {
			if toks[i+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return h.name, i + len(h.words)
		}
	}
	return "", i
}

// bounds returns the values a hedged number allows.
func bounds(h string, v float64) (lo, hi float64) {
	switch h {
	case "":
		return v, v
	case "about", "around", "roughly", "approximately", "some", "an estimated", "close to":
		return v * 0.9, v * 1.1
	case "nearly", "almost":
		return v * 0.9, v
	case "more than", "over", "at least":
		return v, math.Inf(1)
	case "up to", "as many as", "as much as", "at most", "less than", "fewer than", "under":
		return 0, v
	}
	return v, v
}

// parseNum reads a numeric token: "70,000", "73.5", "73.5M", "10k".
// Ordinals ("10th") and decades ("1990s") are not numbers.
func parseNum(s string) (float64, bool) {
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
		j++
	}
	num, suf := strings.ReplaceAll(s[:j], ",", ""), strings.ToLower(s[j:])
	if strings.Count(num, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	if suf == "" {
		return v, true
	}
	if m, ok := vocab().magnitudes[suf]; ok && suf != "hundred" {
		return v * m, true
	}
	return 0, false
}

// numberAt reads a number at toks[i], digits or words, with a following
// magnitude ("1.5 million", "seventy thousand", "twenty-five"). It returns
// the index after it, i when there is none.
func numberAt(toks []token, i int) (float64, int) {
	if i >= len(toks) {
		return 0, i
	}
	t := toks[i]
	var v float64
	j := i
	switch {
	case t.kind == tNum:
		x, ok := parseNum(t.text)
		if !ok {
			return 0, i
		}
		if x != 0 && !isDigits(t.text) && (i == 0 || vocab().currencies[toks[i-1].low] == "") {
			// "7m", "10k" without a currency may be metres or kilometres:
			// only money takes a letter magnitude.
			if suf := strings.TrimLeft(t.low, "0123456789.,"); suf != "" {
				return 0, i
			}
		}
		v, j = x, i+1
		// Fractions: "4 1/2 hours", "1/2 mile".
		frac := func(k int) (float64, bool) {
			if k+2 >= len(toks) || toks[k].kind != tNum || toks[k+1].low != "/" || toks[k+1].space || toks[k+2].space || toks[k+2].kind != tNum {
				return 0, false
			}
			if k+3 < len(toks) && toks[k+3].low == "/" {
				return 0, false // a date: 03/02/2023
			}
			a, e1 := strconv.Atoi(toks[k].text)
			b, e2 := strconv.Atoi(toks[k+2].text)
			if e1 != nil || e2 != nil || b < 2 || b > 16 || a >= b || a < 1 {
				return 0, false
			}
			return float64(a) / float64(b), true
		}
		if f, ok := frac(i); ok {
			v, j = f, i+3
		} else if f, ok := frac(i + 1); ok && toks[i+1].space && isDigits(t.text) {
			v, j = x+f, i+4
		}
	case t.kind == tWord:
		x, ok := vocab().numberWords[t.low]
		if !ok || t.low == "dozen" {
			if t.low == "a" && i+1 < len(toks) && toks[i+1].low == "dozen" {
				return 12, i + 2
			}
			return 0, i
		}
		v, j = x, i+1
		// "twenty-five"
		if x >= 20 && j+1 < len(toks) && toks[j].low == "-" && !toks[j].space {
			if u, ok := vocab().numberWords[toks[j+1].low]; ok && u < 10 {
				v += u
				j += 2
			}
		}
	default:
		return 0, i
	}
	if j+2 < len(toks) && toks[j].low == "and" && toks[j+1].low == "a" && toks[j+2].low == "half" {
		v += 0.5 // "four and a half hours"
		j += 3
	}
	for j < len(toks) {
		m, ok := vocab().magnitudes[toks[j].low]
		if !ok || len(toks[j].low) < 4 {
			break
		}
		v *= m
		j++
	}
	return v, j
}

// singular lemmatizes a plural noun by suffix rules.
func singular(w string) string {
	if s, ok := vocab().irregularPlurals[w]; ok {
		return s
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s"):
		return w[:n-1]
	}
	return w
}

// quantityAt reads a quantity at toks[i]; it returns the index after it, i
// when there is none. Numbers that name things rather than count them are
// skipped: a number glued to a capitalized word ("G-20"), after a label
// ("No. 1", "Flight 370"), ordinals, and times of day.
func quantityAt(g *gazetteer, toks []token, i int) (Quantity, int) {
	s, ok := numberSiteAt(g, toks, i)
	if !ok {
		return Quantity{}, i
	}
	for _, r := range notCounts {
		if r.match(s) {
			return Quantity{}, i
		}
	}
	q := Quantity{Start: toks[i].s, Value: s.v, Hedge: s.h}
	var end int
	q.Unit, end = s.unit()
	// "killing 12 people and injuring 150": the object of a verb that can
	// only take people counts people, noun or not, and counts them for that
	// act (12 killed and 150 injured are two counts).
	if i > 0 && toks[i-1].kind == tWord {
		if l, ok := g.verbLemma(toks[i-1].low); ok && vocab().peopleVerbs[l] {
			q.Of = l
			if q.Unit == "" {
				q.Unit = "person"
			}
		}
	}
	q.End = toks[end-1].e
	q.Low, q.High = bounds(s.h, s.v)
	if s.hi > s.v {
		// A range holds every value between its ends; Value is its middle.
		q.Hedge, q.Value, q.Low, q.High = "range", (s.v+s.hi)/2, s.v, s.hi
	}
	return q, end
}

// numberSite is a number read where a quantity may start, with what
// stands around it.
type numberSite struct {
	g       *gazetteer
	toks    []token
	h       string // the hedge: "about", "more than"
	cur     string // the currency before the number: "usd"
	between bool   // "between 10 and 15"
	start   int    // the number's first token
	k       int    // the token after the number (or the range)
	v, hi   float64
}

// numberSiteAt reads a hedge, a currency and a number or a range ("10 to
// 15", "between 10 and 15", "$2 to $3 million") at toks[i]. Common words
// that may be hedges ("some", "about", "over") count only before a number;
// "about one individual" is a preposition.
func numberSiteAt(g *gazetteer, toks []token, i int) (*numberSite, bool) {
	n := len(toks)
	isNum := func(k int) bool { return toks[k].kind == tNum || vocab().numberWords[toks[k].low] != 0 }
	h, j := hedgeAt(toks, i)
	// A value until it is a number site: most tokens are not, and a
	// site made at every token was the extractor's largest allocation.
	s := numberSite{g: g, toks: toks, h: h}
	if j < n {
		if c, ok := vocab().currencies[toks[j].low]; ok {
			s.cur = c
			j++
		}
	}
	if h == "" && i < n && toks[i].low == "between" && (i+1 >= n || !isNum(i+1)) {
		return nil, false
	}
	switch h {
	case "about", "around", "over", "under", "some":
		if h != "some" && j < n && toks[j].low == "one" {
			return nil, false
		}
		if j >= n || !isNum(j) {
			return nil, false
		}
	}
	if h == "" && j < n && toks[j].low == "between" {
		s.between = true
		j++
	}
	s.start = j
	v, k := numberAt(toks, j)
	if k == j {
		return nil, false
	}
	hi := v
	if k+1 < n && (toks[k].low == "to" && !s.between || toks[k].low == "and" && s.between) {
		m := k + 1
		if s.cur != "" && m < n && vocab().currencies[toks[m].low] == s.cur {
			m++
		}
		if w, k2 := numberAt(toks, m); k2 > m && w > v {
			if k2 > k+1 && magnitudeOf(toks, k+1, k2) > 1 && v < w/1000 {
				v *= magnitudeOf(toks, k+1, k2) // "$2 to $3 million"
			}
			hi, k = w, k2
		}
	} else if s.between {
		return nil, false
	}
	s.v, s.hi, s.k = v, hi, k
	site := s
	return &site, true
}

// bare reports whether the number stands without hedge or currency, so the
// word before it may make it a label.
func (s *numberSite) bare() bool {
	return s.start > 0 && s.h == "" && s.cur == "" && !s.between
}

// glued reports whether the number is written against the token before
// it, which is low.
func (s *numberSite) glued(low string) bool {
	return s.start > 0 && s.toks[s.start-1].low == low && !s.toks[s.start].space
}

// notCounts are the numbers that name things rather than count them; a
// quantity is read only when none of them holds.
var notCounts = []named[func(s *numberSite) bool]{
	{"a name's number: G-20, COVID-19", func(s *numberSite) bool {
		return s.bare() && s.glued("-") && s.start > 1 && s.toks[s.start-2].kind == tWord && s.toks[s.start-2].cap
	}},
	{"a fraction's denominator: 41/2 (four and a half), 3/4", func(s *numberSite) bool {
		return s.glued("/") && s.start > 1 && s.toks[s.start-2].kind == tNum
	}},
	{"a score's second half: 162-139", func(s *numberSite) bool {
		return s.bare() && s.glued("-") && s.start > 1 && s.toks[s.start-2].kind == tNum
	}},
	{"a measure's second part: 6-foot-9", func(s *numberSite) bool {
		t := s.toks
		return s.bare() && s.glued("-") && s.start > 3 && t[s.start-2].kind == tWord && !t[s.start-1].space &&
			t[s.start-3].low == "-" && !t[s.start-2].space && t[s.start-4].kind == tNum && !t[s.start-3].space
	}},
	{"a label: Flight 370, Article 5", func(s *numberSite) bool {
		prev := s.toks[max(s.start-1, 0)]
		return s.bare() && prev.kind == tWord && prev.cap && !s.g.stop[prev.low] && vocab().numberWords[s.toks[s.start].low] == 0
	}},
	{"a numbered item: No. 5, number 5, #5", func(s *numberSite) bool {
		if !s.bare() {
			return false
		}
		prev := s.toks[s.start-1].low
		return prev == "no." || prev == "number" || prev == "#"
	}},
	{"a number word in a compound: one-on-one", func(s *numberSite) bool {
		return s.toks[s.start].kind == tWord && s.glued("-")
	}},
	{"one that is no count: one of the, no one, the one", func(s *numberSite) bool {
		t := s.toks[s.start]
		if t.kind != tWord || t.low != "one" || s.h != "" {
			return false
		}
		if s.k+1 < len(s.toks) && s.toks[s.k].low == "-" && !s.toks[s.k].space {
			// "one-year anniversary", "a one-day strike": a count of a
			// time unit; "one-sided", "one-on-one" are none.
			_, unit := vocab().unitGran[s.toks[s.k+1].low]
			return !unit
		}
		if s.k >= len(s.toks) || s.toks[s.k].kind != tWord || s.g.stop[s.toks[s.k].low] || s.toks[s.k].low == "-" {
			return true
		}
		if s.start == 0 {
			return false
		}
		switch s.toks[s.start-1].low {
		case "no", "the", "any", "every":
			return true
		}
		return false
	}},
	{"a clock time: 11:36:05", func(s *numberSite) bool {
		return s.glued(":") || s.glued(".")
	}},
	{"a time of day: 7 p.m., 10 GMT, 1100 hours", func(s *numberSite) bool {
		if s.k >= len(s.toks) {
			return false
		}
		switch s.toks[s.k].low {
		case "a.m.", "p.m.", "am", "pm", "o'clock", ":", "gmt", "utc", "hrs":
			return true
		case "hours", "hour":
			t := s.toks[s.start]
			return len(t.text) == 4 && t.kind == tNum
		}
		return false
	}},
	{"a score or a range label: 3-1", func(s *numberSite) bool {
		k, toks := s.k, s.toks
		return k+1 < len(toks) && toks[k].low == "-" && !toks[k].space && toks[k+1].kind == tNum
	}},
}

// unit reads the unit after the number and returns it with the token after
// the quantity: the currency ("$5 million dollars"), percent ("%",
// "percent", "per cent"), a hyphenated measure ("12-point plan",
// "34-year-old" is an age), or the head noun (headNounUnit).
func (s *numberSite) unit() (string, int) {
	g, toks, end := s.g, s.toks, s.k
	n := len(toks)
	switch {
	case s.cur != "":
		if end < n && (toks[end].low == "dollars" || toks[end].low == "euros" || toks[end].low == "pounds") {
			end++
		}
		return s.cur, end
	case end < n && toks[end].low == "%":
		return "percent", end + 1
	case end < n && (toks[end].low == "percent" || toks[end].low == "pct"):
		return "percent", end + 1
	case end+1 < n && toks[end].low == "per" && toks[end+1].low == "cent":
		return "percent", end + 2
	case end+1 < n && toks[end].low == "-" && !toks[end].space && toks[end+1].kind == tWord && !g.stop[toks[end+1].low] && len(toks[end+1].low) > 1:
		u := singular(toks[end+1].low)
		end += 2
		if u == "year" && end+1 < n && toks[end].low == "-" && toks[end+1].low == "old" {
			return "age", end + 2
		}
		if _, span := vocab().unitGran[u]; span && end < n && toks[end].kind == tWord {
			switch {
			case toks[end].low == "old" || toks[end].low == "older":
				return "age", end + 1 // "a 12-year old girl"
			case lexicon.Entails(singular(toks[end].low), "person"):
				// "a 15-year girl", "a 10-month baby": an age too ("a
				// 20-year veteran" is read as one, the safer reading).
				return "age", end
			}
		}
		return u, end
	case s.countedWord(end):
		return headNounUnit(g, toks, end)
	case end < n && toks[end].cap:
		// "26 Somali pirates": a nationality says whose, and the count
		// is of the noun after it; "40 Palestinians seeking shelter"
		// counts the Palestinians.
		if e, m := g.lookup(toks[end:]); m > 0 && e.demonym && s.countedWord(end+m) {
			if u, after := headNounUnit(g, toks, end+m); u != "" {
				return u, after
			}
		}
	}
	return "", end
}

// countedWord reports whether the token at k can be the noun (or the first
// word of the noun phrase) a count counts: a lower-case word that is not a
// function word.
func (s *numberSite) countedWord(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == tWord && !s.toks[k].cap && !s.g.stop[s.toks[k].low]
}

// headNounUnit reads the unit of a count from the words after it at end:
// the first plural among a few words ("two top diplomats"), else the first
// word; "16 years old" is an age. A verb form ("370 vanished") or a single
// letter is no unit, but the words looked at stay in the quantity.
func headNounUnit(g *gazetteer, toks []token, end int) (string, int) {
	for m := end; m < len(toks) && m < end+4; m++ {
		w := toks[m]
		if w.kind != tWord || w.cap || g.stop[w.low] {
			break
		}
		if m+3 < len(toks) && toks[m+1].low == "-" && !toks[m+1].space && toks[m+3].kind == tWord && !toks[m+3].cap {
			if end == m {
				end = m + 3 // "12 worst-hit villages": skip the compound adjective
			}
			m += 2
			continue
		}
		if _, irr := vocab().irregularPlurals[w.low]; irr || singular(w.low) != w.low {
			end = m
			break
		}
	}
	u := toks[end].low
	if (u == "years" || u == "year") && end+1 < len(toks) && toks[end+1].low == "old" {
		return "age", end + 2
	}
	if len(u) == 1 {
		return "", end // "7 p.m." cut short, "3 x 4"
	}
	if strings.HasSuffix(u, "ed") || strings.HasSuffix(u, "ing") {
		if _, isVerb := g.verbLemma(u); isVerb {
			return "", end
		}
	}
	if vocab().anaphoricUnits[u] {
		return "", end + 1 // "over 60 others": what the sentence counts
	}
	switch u {
	case "dollars":
		return "usd", end + 1
	case "euros":
		return "eur", end + 1
	}
	return singular(u), end + 1
}

// magnitudeOf returns the magnitude word's factor among toks[i:j] ("million"), or 1.
func magnitudeOf(toks []token, i, j int) float64 {
	for k := i; k < j; k++ {
		if m, ok := vocab().magnitudes[toks[k].low]; ok && len(toks[k].low) >= 4 {
			return m
		}
	}
	return 1
}

// ParseQuantities finds the quantities in text (offsets into text).
func ParseQuantities(text string) []Quantity {
	g := load()
	toks := tokenize(text, 0)
	tp := &timeParser{g: g}
	tp.scan(toks)
	var out []Quantity
	scanTokens(len(toks), func(i int) int {
		if _, j := tp.parse(toks, i); j > i {
			return j // a year is no count
		}
		q, j := quantityAt(g, toks, i)
		if j > i {
			q.Text = text[q.Start:q.End]
			out = append(out, q)
		}
		return j
	})
	return out
}

// scanTokens calls read at each of n tokens from the first; read returns
// the token after what it read there, and the scan goes on from it (from
// the next token when read returns i).
func scanTokens(n int, read func(i int) int) {
	for i := 0; i < n; {
		if j := read(i); j > i {
			i = j
		} else {
			i++
		}
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return true
}
