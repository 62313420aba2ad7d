package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

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
