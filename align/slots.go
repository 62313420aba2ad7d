package align

import (
	"math"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// pointTimes returns a claim's resolved point-in-time expressions. A
// relative time with no anchor ("next year" in a source without a date)
// says nothing comparable and is left out.
func pointTimes(c *claims.Claim) []claims.Time {
	var out []claims.Time
	for _, t := range c.Times {
		if t.Relative && t.Anchor.IsZero() || t.Attributive {
			continue
		}
		if t.Kind != claims.Since && !t.From.IsZero() && t.To.After(t.From) {
			out = append(out, t)
		}
	}
	return out
}

func overlap(a, b claims.Time) bool {
	return a.From.Before(b.To) && b.From.Before(a.To)
}

// timesAgree reports whether some time of one claim overlaps some time of
// the other. Claims without times agree with anything.
func timesAgree(x, y []claims.Time) bool {
	if len(x) == 0 || len(y) == 0 {
		return true
	}
	for _, a := range x {
		for _, b := range y {
			if overlap(a, b) {
				return true
			}
		}
	}
	return false
}

// timesBoth reports whether both claims carry times and some pair overlaps.
func timesBoth(x, y []claims.Time) bool {
	return len(x) > 0 && len(y) > 0 && timesAgree(x, y)
}

// places returns the places a claim locates something in ("in Lagos",
// "near the border"): the claims package marks them Locative. A country
// named as an affiliation ("the U.S. secretary", "Russian forces") says
// nothing about where.
func places(c *claims.Claim) []claims.Mention {
	var out []claims.Mention
	for _, m := range c.Entities {
		if m.Type == claims.Place && m.Key != "" && m.Locative {
			out = append(out, m)
		}
	}
	return out
}

// specific keeps the places below country level when there are any.
func (al *Alignment) specific(ms []claims.Mention) []claims.Mention {
	if al.places == nil {
		return ms
	}
	var out []claims.Mention
	for _, m := range ms {
		if al.places.Country(m.Canonical) != m.Canonical {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return ms
	}
	return out
}

func (al *Alignment) placeCompatible(a, b claims.Mention) bool {
	if a.Key == b.Key {
		return true
	}
	g := al.places
	return g != nil && (g.Within(a.Canonical, b.Canonical) || g.Within(b.Canonical, a.Canonical))
}

// placesAgree reports whether some place of one claim is compatible with
// some place of the other; claims without places agree with anything. Each
// claim is judged by its most specific places: "in Lagos" says where,
// while a country named in passing ("since Russia invaded") does not.
func (al *Alignment) placesAgree(x, y []claims.Mention) bool {
	x, y = al.specific(x), al.specific(y)
	if len(x) == 0 || len(y) == 0 {
		return true
	}
	for _, a := range x {
		for _, b := range y {
			if al.placeCompatible(a, b) {
				return true
			}
		}
	}
	return false
}

// known reports whether every place is one the gazetteer can place, so a
// mismatch means something rather than a gap in the gazetteer.
func (al *Alignment) known(ms []claims.Mention) bool {
	if al.places == nil {
		return false
	}
	for _, m := range ms {
		if !al.places.Known(m.Canonical) {
			return false
		}
	}
	return len(ms) > 0
}

// roundStep is the precision an exact whole figure's trailing zeros show:
// 1,000 for 70,000, 100 for 32,500, 0 for a hedged, fractional or small
// figure, which is taken as written.
func roundStep(q claims.Quantity) float64 {
	if q.Hedge != "" || q.Value != math.Trunc(q.Value) || q.Value < 100 {
		return 0
	}
	step := 1.0
	for v := q.Value; v >= 10 && math.Mod(v, 10) == 0; v /= 10 {
		step *= 10
	}
	if step == 1 {
		return 0
	}
	return step
}

// interval is the interval a quantity states: its bounds, or its value.
func interval(q claims.Quantity) (lo, hi float64) {
	if q.Low == 0 && q.High == 0 {
		return q.Value, q.Value
	}
	return q.Low, q.High
}

// quantitiesAgree reports whether two quantities can state the same
// figure. The rounder of two exact figures stands for the values that
// round to it, up to and not including the half step above: 70,000 for
// anything from 65,000 to 74,999, so 72,000 agrees with it and 75,000 does
// not. Two figures of one precision agree only when equal ("31,000" and
// "32,000"), and the more precise figure is taken as written ("32,500" is
// not a round 32,000).
func quantitiesAgree(a, b claims.Quantity) bool {
	if unitOf(a) != unitOf(b) {
		// "three days" and "three weeks" differ; "two months" and "eight
		// weeks" say the same span.
		if alo, ahi, ok := years(a); ok {
			if blo, bhi, ok := years(b); ok {
				return alo < bhi && blo < ahi
			}
		}
	}
	sa, sb := roundStep(a), roundStep(b)
	if sa < sb {
		a, b, sa, sb = b, a, sb, sa
	}
	alo, ahi := interval(a)
	blo, bhi := interval(b)
	if sa > sb {
		return alo-sa/2 <= bhi && blo < ahi+sa/2
	}
	return alo <= bhi && blo <= ahi
}

// unitOf is the normalized unit a quantity counts, "" when it has none or
// when the quantity classifies rather than counts: "a 17-inch laptop", "a
// 26-year-old", "a 12-point plan" name a kind of thing, and two of them
// are two things, not a disagreement.
func unitOf(q claims.Quantity) string {
	if kindName(&q) {
		return ""
	}
	// People killed and people injured are two counts.
	if q.Of != "" {
		return strings.ToLower(q.Unit) + "/" + q.Of
	}
	return strings.ToLower(q.Unit)
}

// classifier reports whether a quantity is written as a compound modifier:
// a digit or number word joined to its unit by a hyphen.
func classifier(text string) bool {
	i := strings.IndexByte(text, '-')
	return i > 0 && i < len(text)-1 && text[i+1] != ' ' && text[i-1] != ' '
}

// timeSpan reports whether a classifier counts a span of time: "a 10-year
// sentence", "a two-week trip" (an age, "30-year-old", is none).
func timeSpan(q *claims.Quantity) bool {
	_, ok := claims.TimeUnit(strings.ToLower(q.Unit))
	return ok
}

// kindName reports whether a quantity names a kind of thing rather than
// measuring it: a classifier ("a 17-inch screen", "the 30-year-old"), but
// for a span of time ("a 10-year sentence" measures the sentence).
func kindName(q *claims.Quantity) bool { return classifier(q.Text) && !timeSpan(q) }

// sameTense reports whether two claims speak of the same time frame: a
// claim about what will happen and one about what did are two occurrences
// ("hosted in 2007" and "will host in 2014").
func sameTense(x, y *claims.Claim) bool {
	return (x.Modality == claims.Future) == (y.Modality == claims.Future)
}

// lightVerb reports whether a predicate carries too little meaning for its
// polarity to be compared: "is", "has", "did" agree or disagree about
// whatever their objects say.
func lightVerb(p string) bool {
	switch p {
	case "", "be", "have", "do", "get", "make", "take", "go", "come", "give",
		"put", "keep", "seem", "become", "say", "tell", "let", "see", "use", "find":
		return true
	}
	return false
}

// yearsPer is the length in years of one unit of each granularity a
// time unit names (claims.TimeUnit: "weeks" is a Week).
var yearsPer = map[claims.Granularity]float64{"decade": 10, claims.Year: 1, claims.Month: 1.0 / 12, claims.Week: 7.0 / 365.25, claims.Day: 1.0 / 365.25}

// unitYears is the length in years of one unit of a quantity counted in
// time units, 0 when it is not one.
func unitYears(q claims.Quantity) float64 {
	g, ok := claims.TimeUnit(unitOf(q))
	if !ok {
		return 0
	}
	return yearsPer[g]
}

// duration reports whether a quantity is a span counted in time units.
func duration(q claims.Quantity) bool { return unitYears(q) != 0 }

// years is the length of a duration quantity in years, 0 when it is not one.
func years(q claims.Quantity) (lo, hi float64, ok bool) {
	per := unitYears(q)
	if per == 0 {
		return 0, 0, false
	}
	lo, hi = q.Low, q.High
	if lo == 0 && hi == 0 {
		lo, hi = q.Value, q.Value
	}
	if q.Hedge == "" {
		// "four years" is said from four years until five.
		hi = q.Value + 1
	}
	return lo * per, hi * per, true
}

func yearsBetween(from, to time.Time) float64 {
	return to.Sub(from).Hours() / 24 / 365.25
}
