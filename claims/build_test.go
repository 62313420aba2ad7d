package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

// unitOf is a sentence read as one unit, with the tokens of the words a
// case puts in {braces} left to another claim.
func unitOf(text string) (*sentWork, unitRange, string) {
	plain := strings.NewReplacer("{", "", "}", "").Replace(text)
	toks := tokenize(plain, 0)
	r := unitRange{a: 0, b: len(toks)}
	if i := strings.Index(text, "{"); i >= 0 {
		j := strings.Index(text, "}") - 1
		var e [2]int
		for k, t := range toks {
			if t.s < i {
				e[0] = k + 1
			}
			if t.s < j {
				e[1] = k + 1
			}
		}
		r.excl = [][2]int{e}
	}
	return &sentWork{toks: toks}, r, plain
}

func TestTrimUnit(t *testing.T) {
	for _, c := range []struct {
		text  string
		split bool // the unit is a split's second part, not the sentence's start
		want  string
	}{
		{"and the talks failed.", true, "the talks failed"},
		{"While they met, talks failed", false, "While they met, talks failed"},
		{"while talks failed", true, "talks failed"},
		{"“The talks failed", false, "The talks failed"},
		{"“The talks failed”", false, "“The talks failed”"},
		{", ;", false, "(empty)"},
	} {
		w, _, plain := unitOf(c.text)
		if c.split {
			w.from = -1
		}
		r, ok := trimUnit(w, unit{a: 0, b: len(w.toks)})
		got := "(empty)"
		if ok {
			got = plain[w.toks[r.a].s:w.toks[r.b-1].e]
		}
		if got != c.want {
			t.Errorf("trimUnit(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestPolarity(t *testing.T) {
	polarityOf := func(text string) Polarity {
		w, r, _ := unitOf(text)
		return polarity(w.toks, r)
	}
	testkit.Cases(t, "polarity", polarityOf, []testkit.Case[string, Polarity]{
		{"The talks did not fail", Negated},
		{"The talks didn't fail", Negated},
		{"The ministry denied the report", Negated},
		{"He is no longer minister", Negated},
		{"No talks were held", Negated},
		{"Not only the talks failed", Affirmed},
		{"They said no.", Affirmed},
		{"The talks failed", Affirmed},
		{"The talks failed {, not the truce}", Affirmed},
	})
}

func TestModality(t *testing.T) {
	x := &extractor{g: load()}
	for _, c := range []struct {
		text     string
		pi       int // the predicate's token, -1 for none
		futureTo bool
		want     Modality
	}{
		{"The talks would fail", -1, false, Conditional},
		{"The talks reportedly failed", -1, false, Hedged},
		{"The talks will resume", -1, false, Future},
		{"The talks are to resume", -1, false, Future},
		{"Officials plan to meet", -1, false, Asserted},
		{"Officials plans to meet", -1, false, Future},
		{"Leaders to hold talks", -1, true, Future},
		{"The talks fail if nobody comes", 2, false, Conditional},
		{"The talks failed", 2, false, Asserted},
		{"The talks failed and officials will meet again", 2, false, Asserted},
	} {
		w, r, _ := unitOf(c.text)
		if got := x.modality(w.toks, r, c.pi, c.futureTo); got != c.want {
			t.Errorf("modality(%q, %d, %v) = %s, want %s", c.text, c.pi, c.futureTo, got, c.want)
		}
	}
}

func TestTerms(t *testing.T) {
	x := &extractor{g: load()}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The ministers met twice and the ministers talked", []string{"minister", "meet", "twice", "talk"}},
		{"Five boats sank {in the harbour}", []string{"boat", "sink"}},
	} {
		w, r, _ := unitOf(c.text)
		got := x.terms(w, make([]bool, len(w.toks)), r)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("terms(%q) mismatch (-want +got):\n%s", c.text, diff)
		}
	}
}
