package claims

import (
	"testing"
	"time"

	"github.com/factcheck/factcheck/source"
)

var fuzzSeeds = []string{
	"PHOTO: Blinken and Lavrov in Geneva, December 2, 2021.",
	"U.S. officials said Blinken and Lavrov chatted for roughly 10 minutes on the sidelines of the G-20 conference in New Delhi.",
	"A senior U.S. official said Blinken used the discussion to make three points to Lavrov: that A would happen, that B should stop and that C must go.",
	"Whelan, a corporate security executive from Michigan, has been detained for four years.",
	"“There were no negotiations,” Ministry spokesperson Maria Zakharova told the Russian news agency TASS.",
	"Since 2018; more than a year ago; 03/02/2023; 2023-03-02; Feb. 24, 2022; the 1990s; last summer; $73.5M; 90%; twenty-five ships",
	"On the eve of the vote, which was held on 14 May 2023, about 1.5 million people (roughly 90 percent) turned out.",
	"\"", "“”", ":", "a: that", ", and", "U.S.-", "12-", "$", "Thursday, ", "March 2,", "0/0/0000", "9999-99-99",
}

func checkSpan(t *testing.T, what, text string, s, e int, got string) {
	t.Helper()
	if s < 0 || e > len(text) || s > e {
		t.Fatalf("%s span [%d,%d) out of bounds (len %d)", what, s, e, len(text))
	}
	if text[s:e] != got {
		t.Fatalf("%s Text %q != text[%d:%d] %q", what, got, s, e, text[s:e])
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if b, n := tokenBound(in), len(tokenize(in, 0)); b < n {
			t.Fatalf("tokenBound %d < %d tokens", b, n)
		}
		d, err := source.Parse("f.txt", []byte(in), source.Options{})
		if err != nil {
			return
		}
		d.Meta.Published = time.Date(2023, 3, 2, 12, 0, 0, 0, time.UTC)
		for pass := 0; pass < 2; pass++ {
			if pass == 1 {
				resegment(d)
			}
			cs := Extract(d, Options{})
			for i, c := range cs {
				checkSpan(t, "claim", d.Text, c.Start, c.End, c.Text)
				if i > 0 && cs[i-1].Start > c.Start {
					t.Fatalf("claims not sorted by position")
				}
				for _, m := range c.Entities {
					checkSpan(t, "mention", d.Text, m.Start, m.End, m.Text)
				}
				for _, tm := range c.Times {
					checkSpan(t, "time", d.Text, tm.Start, tm.End, tm.Text)
					if !tm.To.IsZero() && !tm.From.IsZero() && !tm.To.After(tm.From) {
						t.Fatalf("time %q: To %v not after From %v", tm.Text, tm.To, tm.From)
					}
				}
				for _, q := range c.Quantities {
					checkSpan(t, "quantity", d.Text, q.Start, q.End, q.Text)
					if q.Low > q.High {
						t.Fatalf("quantity %q: Low %v > High %v", q.Text, q.Low, q.High)
					}
				}
				if a := c.Attribution; a != nil {
					checkSpan(t, "attribution", d.Text, a.Start, a.End, a.Text)
				}
			}
		}
	})
}

func FuzzParseTimes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, int64(1677715200))
	}
	f.Fuzz(func(t *testing.T, in string, unix int64) {
		var anchor time.Time
		if unix%7 != 0 {
			anchor = time.Unix(unix%(1<<33), 0).UTC()
		}
		for _, tm := range ParseTimes(in, anchor) {
			checkSpan(t, "time", in, tm.Start, tm.End, tm.Text)
			if tm.Relative && anchor.IsZero() && (!tm.From.IsZero() || !tm.To.IsZero()) {
				t.Fatalf("time %q resolved without an anchor", tm.Text)
			}
		}
	})
}

func FuzzParseQuantities(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, q := range ParseQuantities(in) {
			checkSpan(t, "quantity", in, q.Start, q.End, q.Text)
			if q.Low > q.High {
				t.Fatalf("quantity %q: Low %v > High %v", q.Text, q.Low, q.High)
			}
		}
	})
}

// runOn is a run-on line of 20,000 clauses without a full stop.
func runOn(t testing.TB) *source.Document {
	var b []byte
	for i := 0; i < 20000; i++ {
		b = append(b, "Paris, Lyon and Nice, which grew, said"...)
		b = append(b, ' ')
	}
	d, err := source.Parse("long.txt", b, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLongSentence makes sure a run-on line gives claims inside it; how
// fast (quadratic work was the bug once) is BenchmarkLongSentence's
// question, never a test's.
func TestLongSentence(t *testing.T) {
	d := runOn(t)
	cs := Extract(d, Options{})
	if len(cs) == 0 {
		t.Fatalf("no claim from a %d-byte run-on line", len(d.Text))
	}
	for _, c := range cs {
		if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End {
			t.Fatalf("claim span [%d, %d) outside the %d-byte text", c.Start, c.End, len(d.Text))
		}
	}
}

func BenchmarkLongSentence(b *testing.B) {
	d := runOn(b)
	b.SetBytes(int64(len(d.Text)))
	for i := 0; i < b.N; i++ {
		Extract(d, Options{})
	}
}
