package claims

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestTimeMatchers runs each matcher of parse alone on the token the case
// marks with "^" (the first token when none), anchored on Thursday
// 2023-03-02. The view is "text granularity from to" for a time, "none"
// when the matcher rules out a time there, and "pass" when it leaves the
// token to the next matcher.
func TestTimeMatchers(t *testing.T) {
	anchor := time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		matcher, text, want string
	}{
		{"since DATE", "since January 2022", "since January 2022 month 2022-01-01 2023-03-03"},
		{"since DATE", "since then", "none"},
		{"since DATE", "after January", "pass"},
		{"last/this/next/past UNIT", "last year", "last year year 2022-01-01 2023-01-01"},
		{"last/this/next/past UNIT", "past month", "past month month 2023-02-02 2023-03-03"},
		{"last/this/next/past UNIT", "next weekend", "next weekend day 2023-03-11 2023-03-13"},
		{"last/this/next/past UNIT", "this week", "this week week 2023-02-27 2023-03-06"},
		{"last/this/next/past UNIT", "last summer", "last summer season 2022-06-01 2022-09-01"},
		{"last/this/next/past UNIT", "next Thursday", "next Thursday day 2023-03-09 2023-03-10"},
		{"last/this/next/past UNIT", "last Thursday", "last Thursday day 2023-02-23 2023-02-24"},
		{"last/this/next/past UNIT", "last minute", "pass"},
		{"today", "yesterday", "yesterday day 2023-03-01 2023-03-02"},
		{"today", "tonight", "tonight day 2023-03-02 2023-03-03"},
		{"in recent days", "in the past few weeks", "in the past few weeks month 2023-02-02 2023-03-03"},
		{"in recent days", "over recent days", "over recent days week 2023-02-23 2023-03-03"},
		{"in recent days", "in Geneva", "none"},
		{"on the eve of EVENT", "on the eve of the invasion, officials", "on the eve of the invasion day event=the invasion"},
		{"on the eve of EVENT", "on Monday", "none"},
		{"N units ago", "two weeks ago", "two weeks ago week 2023-02-12 2023-02-19"},
		{"weekday", "Tuesday morning", "Tuesday morning day 2023-02-28 2023-03-01"},
		{"weekday", "Thursday, March 9, 2023", "Thursday, March 9, 2023 day 2023-03-09 2023-03-10"},
		{"weekday", "Tue", "pass"},
		{"month day year", "March 2, 2023", "March 2, 2023 day 2023-03-02 2023-03-03"},
		{"month day year", "Dec. 24", "Dec. 24 day 2022-12-24 2022-12-25"},
		{"month day year", "January 2022", "January 2022 month 2022-01-01 2022-02-01"},
		{"month day year", "in ^May", "May month 2023-05-01 2023-06-01"},
		{"month day year", "they ^May go", "pass"},
		{"season year", "the ^summer of 2022", "summer of 2022 season 2022-06-01 2022-09-01"},
		{"season year", "summer", "none"},
		{"season year", "2022", "pass"},
		{"day month year", "2 March 2023", "2 March 2023 day 2023-03-02 2023-03-03"},
		{"day month year", "10 Nov 11", "10 Nov 11 day 2011-11-10 2011-11-11"},
		{"day month year", "2 people", "pass"},
		{"numeric date", "03/02/2023", "03/02/2023 day 2023-03-02 2023-03-03"},
		{"numeric date", "13/02/2023", "13/02/2023 day 2023-02-13 2023-02-14"},
		{"numeric date", "2023-03-02", "2023-03-02 day 2023-03-02 2023-03-03"},
		{"numeric date", "3 / 4", "pass"},
		{"dotted date", "02.03.2023", "02.03.2023 day 2023-03-02 2023-03-03"},
		{"decade", "the ^1990s", "1990s decade 1990-01-01 2000-01-01"},
		{"year", "in ^2018", "2018 year 2018-01-01 2019-01-01"},
		{"year", "the ^2010 treaty", "2010 year 2010-01-01 2011-01-01 attributive"},
		{"year", "^2018 people", "none"},
		{"year", "$^2018", "none"},
		{"year", "12", "pass"},
	} {
		t.Run(c.matcher+"/"+c.text, func(t *testing.T) {
			m := lookup(t, timeMatchers, c.matcher)
			toks, i, text := marked(c.text)
			p := &timeParser{g: load(), anchor: anchor}
			p.scan(toks)
			tm, j, ok := m(p, toks, i)
			if diff := cmp.Diff(c.want, timeMatchView(text, tm, i, j, ok)); diff != "" {
				t.Errorf("%s on %q mismatch (-want +got):\n%s", c.matcher, c.text, diff)
			}
		})
	}
}

func timeMatchView(text string, tm Time, i, j int, ok bool) string {
	switch {
	case !ok:
		return "pass"
	case j == i:
		return "none"
	case tm.Event != "":
		return fmt.Sprintf("%s %s event=%s", text[tm.Start:tm.End], tm.Granularity, tm.Event)
	}
	v := fmt.Sprintf("%s %s %s %s", text[tm.Start:tm.End], tm.Granularity, tm.From.Format(time.DateOnly), tm.To.Format(time.DateOnly))
	if tm.Attributive {
		v += " attributive"
	}
	return v
}
