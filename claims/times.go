package claims

import (
	"strconv"
	"strings"
	"time"
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

func seasonRange(y, first int) (time.Time, time.Time) {
	if first == 12 {
		return date(y, 12, 1), date(y+1, 3, 1)
	}
	return date(y, first, 1), date(y, first+3, 1)
}

// parse reads one time expression starting at toks[i]; it returns the
// token index after it, or i when there is none.
func (p *timeParser) parse(toks []token, i int) (Time, int) {
	t := toks[i]
	a := p.anchor
	n := len(toks)
	at := func(k int) string {
		if k < n {
			return toks[k].low
		}
		return ""
	}
	switch t.low {
	case "since":
		if i+1 < n {
			if in, j := p.parse(toks, i+1); j > i+1 && in.Kind == Point && in.Event == "" {
				in.Start = t.s
				in.Kind = Since
				end := in.To
				in.To = time.Time{}
				if !a.IsZero() {
					// The state runs to the publication day (or, for a
					// start after it, at least through the start).
					in.To = a.AddDate(0, 0, 1)
					if end.After(in.To) {
						in.To = end
					}
					in.Anchor = a
				}
				return in, j
			}
		}
		return Time{}, i
	case "last", "this", "next", "past":
		if i+1 >= n {
			break
		}
		u := toks[i+1]
		dir := map[string]int{"last": -1, "past": -1, "this": 0, "next": 1}[t.low]
		switch u.low {
		case "year":
			if t.low == "past" {
				return p.mk(toks, i, i+2, Year, a.AddDate(-1, 0, 0), a.AddDate(0, 0, 1), true), i + 2
			}
			return p.mk(toks, i, i+2, Year, date(a.Year()+dir, 1, 1), date(a.Year()+dir+1, 1, 1), true), i + 2
		case "month":
			if t.low == "past" {
				return p.mk(toks, i, i+2, Month, a.AddDate(0, -1, 0), a.AddDate(0, 0, 1), true), i + 2
			}
			f := date(a.Year(), int(a.Month()), 1).AddDate(0, dir, 0)
			return p.mk(toks, i, i+2, Month, f, f.AddDate(0, 1, 0), true), i + 2
		case "week", "weekend":
			if t.low == "past" {
				return p.mk(toks, i, i+2, Week, a.AddDate(0, 0, -7), a.AddDate(0, 0, 1), true), i + 2
			}
			// Weeks start on Monday.
			mon := a.AddDate(0, 0, -((int(a.Weekday()) + 6) % 7))
			f := mon.AddDate(0, 0, 7*dir)
			if u.low == "weekend" {
				f = f.AddDate(0, 0, 5)
				return p.mk(toks, i, i+2, Day, f, f.AddDate(0, 0, 2), true), i + 2
			}
			return p.mk(toks, i, i+2, Week, f, f.AddDate(0, 0, 7), true), i + 2
		}
		if s, ok := p.g.seasons[u.low]; ok && t.low != "past" {
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
			return p.mk(toks, i, i+2, Season, f, to, true), i + 2
		}
		if wd, ok := p.g.weekdays[u.low]; ok && u.cap && len(u.low) > 4 {
			var d time.Time
			switch dir {
			case -1:
				back := (int(a.Weekday()) - wd + 7) % 7
				if back == 0 {
					back = 7
				}
				d = a.AddDate(0, 0, -back)
			case 0:
				d = a.AddDate(0, 0, (wd-int(a.Weekday())+7)%7)
			default:
				fwd := (wd - int(a.Weekday()) + 7) % 7
				if fwd == 0 {
					fwd = 7
				}
				d = a.AddDate(0, 0, fwd)
			}
			return p.mk(toks, i, i+2, Day, d, d.AddDate(0, 0, 1), true), i + 2
		}
	case "today", "yesterday", "tomorrow", "tonight":
		off := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[t.low]
		d := a.AddDate(0, 0, off)
		return p.mk(toks, i, i+1, Day, d, d.AddDate(0, 0, 1), true), i + 1
	case "in", "over", "during":
		// "in recent days", "in the past few weeks"
		j := i + 1
		if at(j) == "the" {
			j++
		}
		if at(j) == "recent" || at(j) == "past" || at(j) == "last" {
			j++
			if at(j) == "few" || at(j) == "several" || at(j) == "couple" {
				j++
			}
			switch at(j) {
			case "days":
				return p.mk(toks, i, j+1, Week, a.AddDate(0, 0, -7), a.AddDate(0, 0, 1), true), j + 1
			case "weeks":
				return p.mk(toks, i, j+1, Month, a.AddDate(0, -1, 0), a.AddDate(0, 0, 1), true), j + 1
			case "months":
				return p.mk(toks, i, j+1, Year, a.AddDate(0, -6, 0), a.AddDate(0, 0, 1), true), j + 1
			}
		}
		return Time{}, i
	case "on":
		// "on the eve of Russia's invasion": relative to an event this
		// package cannot date; kept unresolved with the event named.
		if at(i+1) == "the" && at(i+2) == "eve" && at(i+3) == "of" {
			j := i + 4
			for j < n && j < i+10 {
				w := toks[j]
				if w.kind == tPunct && w.low != "-" && w.low != "'" || w.low == "in" || w.low == "at" || w.low == "on" || w.low == "when" {
					break
				}
				if _, k := p.parse(toks, j); k > j {
					break
				}
				j++
			}
			if j > i+4 {
				tm := Time{Start: t.s, End: toks[j-1].e, Kind: Point, Granularity: Day}
				tm.Event = joinText(toks[i+4 : j])
				return tm, j
			}
		}
		return Time{}, i
	}
	// "more than a year ago", "two weeks ago"
	if p.hasAgo {
		if tm, j := p.ago(toks, i); j > i {
			return tm, j
		}
	}
	// Weekday: the most recent one on or before the publication day.
	if wd, ok := p.g.weekdays[t.low]; ok && t.cap && len(t.low) > 4 {
		j := i + 1
		if j+1 < n && toks[j].low == "," && p.month(toks, j+1) > 0 {
			if tm, k := p.parse(toks, j+1); k > j+1 {
				tm.Start = t.s
				return tm, k
			}
		}
		if at(j) == "morning" || at(j) == "afternoon" || at(j) == "evening" || at(j) == "night" {
			j++
		}
		back := (int(a.Weekday()) - wd + 7) % 7
		d := a.AddDate(0, 0, -back)
		return p.mk(toks, i, j, Day, d, d.AddDate(0, 0, 1), true), j
	}
	// Month D, YYYY / Month D / Month YYYY / Month
	if m := p.month(toks, i); m > 0 {
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
						return p.mk(toks, i, k+1, Day, f, f.AddDate(0, 0, 1), false), k + 1
					}
				}
				if a.IsZero() || validDate(a.Year(), m, d) || m == 2 {
					y := p.nearestYear(m, d)
					if !validDate(y, m, d) {
						return Time{}, i
					}
					f := date(y, m, d)
					return p.mk(toks, i, j+1, Day, f, f.AddDate(0, 0, 1), true), j + 1
				}
			}
			k := j
			if k < n && toks[k].low == "," {
				k++
			}
			if k < n {
				if y := yearOf(toks[k]); y > 0 {
					f := date(y, m, 1)
					return p.mk(toks, i, k+1, Month, f, f.AddDate(0, 1, 0), false), k + 1
				}
			}
		}
		y := p.nearestYear(m, 15)
		f := date(y, m, 1)
		return p.mk(toks, i, i+1, Month, f, f.AddDate(0, 1, 0), true), i + 1
	}
	if t.kind != tNum {
		// Season YYYY, "the summer of 2022"
		if s, ok := p.g.seasons[t.low]; ok {
			j := i + 1
			if at(j) == "of" {
				j++
			}
			if j < n {
				if y := yearOf(toks[j]); y > 0 {
					f, to := seasonRange(y, s)
					return p.mk(toks, i, j+1, Season, f, to, false), j + 1
				}
			}
		}
		return Time{}, i
	}
	// D Month YYYY, and D Month YY ("10 Nov 11")
	if d := dayOf(t); d > 0 && i+1 < n {
		if m := p.month(toks, i+1); m > 0 && i+2 < n {
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
				return p.mk(toks, i, i+3, Day, f, f.AddDate(0, 0, 1), false), i + 3
			}
		}
	}
	// Numeric dates: 03/02/2023 (US order unless the first part exceeds 12),
	// 2023-03-02, 02.03.2023.
	if i+4 < n && !toks[i+1].space && !toks[i+2].space && !toks[i+3].space && !toks[i+4].space &&
		toks[i+2].kind == tNum && toks[i+4].kind == tNum && toks[i+1].low == toks[i+3].low {
		sep := toks[i+1].low
		x, e1 := strconv.Atoi(t.text)
		y2, e2 := strconv.Atoi(toks[i+2].text)
		z, e3 := strconv.Atoi(toks[i+4].text)
		if e1 == nil && e2 == nil && e3 == nil {
			switch {
			case sep == "-" && len(t.text) == 4 && validDate(x, y2, z):
				f := date(x, y2, z)
				return p.mk(toks, i, i+5, Day, f, f.AddDate(0, 0, 1), false), i + 5
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
					return p.mk(toks, i, i+5, Day, f, f.AddDate(0, 0, 1), false), i + 5
				}
			}
		}
	}
	if parts := strings.Split(t.text, "."); len(parts) == 3 && len(parts[2]) == 4 {
		d, e1 := strconv.Atoi(parts[0])
		m, e2 := strconv.Atoi(parts[1])
		y, e3 := strconv.Atoi(parts[2])
		if e1 == nil && e2 == nil && e3 == nil && validDate(y, m, d) {
			f := date(y, m, d)
			return p.mk(toks, i, i+1, Day, f, f.AddDate(0, 0, 1), false), i + 1
		}
	}
	// The 1990s.
	if len(t.low) == 5 && strings.HasSuffix(t.low, "0s") {
		if y, err := strconv.Atoi(t.low[:4]); err == nil && y >= 1800 && y <= 2100 {
			f := date(y, 1, 1)
			return p.mk(toks, i, i+1, Decade, f, f.AddDate(10, 0, 0), false), i + 1
		}
	}
	// A bare year, unless it is a count of something ("2018 people") or money.
	if y := yearOf(t); y > 0 {
		if i > 0 && (toks[i-1].low == "$" || toks[i-1].low == "€" || toks[i-1].low == "£" || toks[i-1].low == "-" && !toks[i].space) {
			return Time{}, i
		}
		if i+1 < n && (toks[i+1].low == "%" || unitAfterYear(toks[i+1].low)) {
			return Time{}, i
		}
		f := date(y, 1, 1)
		tm := p.mk(toks, i, i+1, Year, f, f.AddDate(1, 0, 0), false)
		if i > 0 && i+1 < n && vocab().nounCue[toks[i-1].low] && toks[i-1].low != "in" && toks[i-1].low != "since" && toks[i-1].low != "by" &&
			toks[i-1].low != "of" && toks[i-1].low != "from" && toks[i-1].low != "before" && toks[i-1].low != "after" && toks[i-1].low != "during" &&
			toks[i-1].low != "until" && toks[i-1].low != "through" && toks[i+1].kind == tWord && !p.g.stop[toks[i+1].low] {
			tm.Attributive = true // "the 2010 treaty", "his 2018 arrest"
		}
		return tm, i + 1
	}
	return Time{}, i
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
	for i := 0; i < len(toks); {
		tm, j := p.parse(toks, i)
		if j > i {
			tm.Text = text[tm.Start:tm.End]
			out = append(out, tm)
			i = j
			continue
		}
		i++
	}
	return out
}
