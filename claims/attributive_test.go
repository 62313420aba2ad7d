package claims

import (
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testkit"
)

func TestPossessiveAndAttributiveTimes(t *testing.T) {
	anchor := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the winner of Friday's second semifinal", true},
		{"she will host this year’s ceremony", true},
		{"in Saturday ' s semifinals", true},
		{"the 1976 movie", true},
		{"they met on Friday", false},
		{"the talks collapsed in 1976", false},
	} {
		ts := ParseTimes(tc.text, anchor)
		if len(ts) != 1 {
			t.Errorf("ParseTimes(%q) = %d times, want 1", tc.text, len(ts))
			continue
		}
		if ts[0].Attributive != tc.want {
			t.Errorf("ParseTimes(%q): Attributive = %v, want %v", tc.text, ts[0].Attributive, tc.want)
		}
	}
}

func TestTitled(t *testing.T) {
	testkit.Cases(t, "Titled", Titled, []testkit.Case[string, bool]{ // phrase, want
		{"Prime Minister Ana Costa said", true},
		{"said Mr. Lee", true},
		{"Interior Secretary Dirk Holm said", true},
		{"Trend Micro said", false},
		{"the Highway Patrol said", false},
	})
}

func TestBareCountAfterPeopleVerb(t *testing.T) {
	qs := ParseQuantities("killing at least 12 people and injuring 150, officials said")
	var got []string
	for _, q := range qs {
		got = append(got, q.Text+"|"+q.Unit)
	}
	want := []string{"at least 12 people|person", "150|person"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ParseQuantities = %q, want %q", got, want)
	}
}
