package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// TestYearlessMonthTense resolves months written without a year by the
// tense of their clause, across a year boundary: past clauses take the
// latest occurrence not after the anchor's month, future ones the next,
// and the rest the nearest occurrence.
func TestYearlessMonthTense(t *testing.T) {
	dec := time.Date(2024, 12, 12, 0, 0, 0, 0, time.UTC)
	jan := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		anchor time.Time
		text   string
		want   []string
	}{
		// Anchor in December.
		{dec, "In February, a gunman killed five people.", []string{"February 2024-02-01"}},
		{dec, "In February, the council will vote on the plan.", []string{"February 2025-02-01"}},
		{dec, "In February, the council votes on the plan.", []string{"February 2025-02-01"}},
		{dec, "The gunman fled on February 3.", []string{"February 3 2024-02-03"}},
		{dec, "The trial is to open on February 3.", []string{"February 3 2025-02-03"}},
		{dec, "The bridge was closed in January.", []string{"January 2024-01-01"}},
		{dec, "The bridge had been closed since January.", []string{"since January 2024-01-01"}},
		{dec, "The court sat on December 20.", []string{"December 20 2024-12-20"}},
		{dec, "The vote is expected in January.", []string{"January 2025-01-01"}},
		{dec, "A planned strike in January.", []string{"January 2025-01-01"}},
		// Mixed tenses in one clause are not clear: nearest occurrence.
		{dec, "A man arrested in February will stand trial in March.", []string{"February 2025-02-01", "March 2025-03-01"}},
		// An appointment or deadline does not date the clause's event.
		{dec, "A trial date was set for February 3.", []string{"February 3 2025-02-03"}},
		{dec, "He was remanded in custody until February 3.", []string{"February 3 2025-02-03"}},
		// An infinitive tells of a later time than its verb's.
		{dec, "He was remanded in custody to appear in court in February.", []string{"February 2025-02-01"}},
		{dec, "He faces prison when he's sentenced in February.", []string{"February 2025-02-01"}},
		// Quoted speech is its own clause.
		{dec, `"The trial opens in January," the prosecutor said.`, []string{"January 2025-01-01"}},
		// A subordinate clause keeps its own tense.
		{dec, "The plant will reopen in March, though it closed in February.", []string{"March 2025-03-01", "February 2024-02-01"}},
		// Anchor in January.
		{jan, "In March, the plant closed.", []string{"March 2024-03-01"}},
		{jan, "In March, the plant closes.", []string{"March 2025-03-01"}},
		{jan, "In December, the plant will close.", []string{"December 2025-12-01"}},
		{jan, "In December, the plant closes.", []string{"December 2024-12-01"}},
		{jan, "The plant will close on December 20.", []string{"December 20 2025-12-20"}},
		{jan, "The plant closes on December 20.", []string{"December 20 2024-12-20"}},
		{jan, "The roof fell in on March 4.", []string{"March 4 2024-03-04"}},
		{jan, "The Will of the people was done in March.", []string{"March 2024-03-01"}},
		{jan, "The roof was repaired in January.", []string{"January 2025-01-01"}},
	} {
		t.Run(c.anchor.Format("Jan")+"/"+c.text, func(t *testing.T) {
			var got []string
			for _, tm := range ParseTimes(c.text, c.anchor) {
				got = append(got, fmt.Sprintf("%s %s", tm.Text, tm.From.Format(time.DateOnly)))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("ParseTimes(%q, %s) mismatch (-want +got):\n%s", c.text, c.anchor.Format(time.DateOnly), diff)
			}
		})
	}
}

// TestClauseTense reads the tense of the clause around the token marked "^".
func TestClauseTense(t *testing.T) {
	for _, c := range []struct {
		text string
		want tense
	}{
		{"In ^February, a gunman killed five people", tensePast},
		{"Police had searched the house in ^February", tensePast},
		{"The house was searched in ^February", tensePast},
		{"Did they search it in ^February", tensePast},
		{"They took it in ^February", tensePast},
		{"They will search it in ^February", tenseFuture},
		{"The vote is to take place in ^February", tenseFuture},
		{"The next vote is in ^February", tenseFuture},
		{"They search it in ^February", tenseUnknown},
		{"They need it in ^February", tenseUnknown},
		{"The injured man is home in ^February", tenseUnknown},
		{"The vote, scheduled for ^February", tenseUnknown},
		{"He said. They search it in ^February", tenseUnknown},
		{"They searched the house that burns in ^February", tenseUnknown},
		{"They may have searched it in ^February", tenseUnknown},
		{"The trial is scheduled to begin in ^February", tenseUnknown},
		{"It was moved to hospital in ^February", tensePast},
		// "court" may be a verb: the "to" may open an infinitive, and an
		// unclear clause keeps the nearest occurrence.
		{"It was moved to court in ^February", tenseUnknown},
		{"It seems reasonable given the news in ^February", tenseUnknown},
		{"He has given it away in ^February", tensePast},
		{"It's over in ^February", tenseUnknown},
	} {
		toks, i, _ := marked(c.text)
		if got := clauseTense(toks, i, i+1); got != c.want {
			t.Errorf("clauseTense(%q) = %d, want %d", strings.ReplaceAll(c.text, "^", ""), got, c.want)
		}
	}
}

// TestParseSkipsOnlyWhatNoMatcherReads checks parse, which skips tokens
// no matcher can start a time at, against parseAll, which tries every
// matcher, at every token of the seed articles and of the matcher tests'
// forms, with and without "ago" in the sentence.
func TestParseSkipsOnlyWhatNoMatcherReads(t *testing.T) {
	texts := []string{
		"since January 2022, last year, past month, next weekend, this week, last summer, next Thursday",
		"in recent days, over the past few weeks, on the eve of the vote, three days ago, more than a year ago",
		"on Monday, Feb. 3, 2021; March 4; 4 March 2020; 12/03/2021; 12.03.2021; the 1990s; in 2018; spring 2020",
		"today, tonight, yesterday, tomorrow; May 5; in May; summer of 2019; $2018; 2018 people",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	if len(files) == 0 {
		t.Log("no seed articles in ../testdata/seeds: the forms alone")
	}
	anchor := time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC)
	read := 0
	for _, text := range texts {
		toks := tokenize(text, 0)
		for _, ago := range []bool{false, true} {
			p := &timeParser{g: load(), anchor: anchor}
			p.scan(toks)
			p.hasAgo = p.hasAgo || ago
			for i := range toks {
				tm, j := p.parse(toks, i)
				wtm, wj := p.parseAll(toks, i)
				if j != wj || !cmp.Equal(tm, wtm) {
					t.Fatalf("parse at token %d (%q) of %q: %d %+v, parseAll: %d %+v", i, toks[i].text, text, j, tm, wj, wtm)
				}
				if j > i {
					read++
				}
			}
		}
	}
	if read < 20 {
		t.Errorf("only %d times read: the test compares too little", read)
	}
}

// TestAttributiveTimes: a time that qualifies a noun ("the 2010 treaty",
// "Friday's semifinal") is attributive, one that dates the clause is not;
// each case is read with two anchors, since the reading does not depend on
// the date of publication.
func TestAttributiveTimes(t *testing.T) {
	anchors := []time.Time{{}, time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"They signed the 2010 treaty.", true},
		{"His 2018 arrest drew protests.", true},
		{"The plant opened in 2010 after delays.", false},
		{"The war began in 2014 and never ended.", false},
		{"the winner of Friday's second semifinal", true},
		{"she will host this year’s ceremony", true},
		{"in Saturday ' s semifinals", true},
		{"the 1976 movie", true},
		{"they met on Friday", false},
		{"the talks collapsed in 1976", false},
	} {
		for _, anchor := range anchors {
			ts := ParseTimes(tc.text, anchor)
			if len(ts) != 1 {
				t.Errorf("ParseTimes(%q, %s) = %d times, want 1", tc.text, ymd(anchor), len(ts))
				continue
			}
			if ts[0].Attributive != tc.want {
				t.Errorf("ParseTimes(%q, %s): Attributive = %v, want %v", tc.text, ymd(anchor), ts[0].Attributive, tc.want)
			}
		}
	}
}
