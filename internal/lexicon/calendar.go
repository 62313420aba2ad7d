package lexicon

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// calendarData holds the month, weekday and season names that both the
// source stage (publication dates) and the claims stage (time expressions)
// read.
//
//go:embed data/calendar.tsv
var calendarData string

// CalendarName is one row of data/calendar.tsv.
type CalendarName struct {
	Kind   string   // "month", "weekday" or "season"
	Number int      // month 1–12; weekday 0 (Sunday)–6; a season's first month
	Forms  []string // the name first, then its abbreviations, as written
}

var calendar = sync.OnceValue(func() []CalendarName {
	var out []CalendarName
	for _, r := range ParseLists("calendar.tsv", calendarData).Records("") {
		if len(r) < 3 {
			panic("lexicon: calendar.tsv: a row wants kind, number and forms: " + strings.Join(r, "\t"))
		}
		n, err := strconv.Atoi(strings.TrimSpace(r[1]))
		if err != nil {
			panic("lexicon: calendar.tsv: " + err.Error())
		}
		var forms []string
		for f := range strings.SplitSeq(r[2], ";") {
			if f = strings.TrimSpace(f); f != "" {
				forms = append(forms, f)
			}
		}
		out = append(out, CalendarName{Kind: strings.TrimSpace(r[0]), Number: n, Forms: forms})
	}
	return out
})

// Calendar returns the rows of data/calendar.tsv in file order; the slice
// is the caller's to keep.
func Calendar() []CalendarName {
	c := calendar()
	out := make([]CalendarName, len(c))
	for i, n := range c {
		n.Forms = append([]string(nil), n.Forms...)
		out[i] = n
	}
	return out
}
