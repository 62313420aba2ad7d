package main

import (
	"fmt"
	"sort"
)

// Tally counts one set of results of one mode.
type Tally struct {
	Inconsistent, Consistent int
	Caught, Alarms           [2]int // index 0 at error, 1 at warning or above
}

// Severity levels of the tables, in order.
var levels = []struct {
	name    string
	atError bool
}{{Error, true}, {"warning+", false}}

// Add counts r, which must have run without error.
func (t *Tally) Add(r Result) {
	for i, l := range levels {
		hit := b2i(r.Hit(r.Label, l.atError))
		if r.Label == Inconsistent {
			t.Caught[i] += hit
		} else {
			t.Alarms[i] += hit
		}
	}
	if r.Label == Inconsistent {
		t.Inconsistent++
	} else {
		t.Consistent++
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Recall, FalseAlarms and Balanced are rates in [0, 1] at level i; ok is
// false when the rate is undefined (no pair of that label).
func (t Tally) Recall(i int) (float64, bool) { return rate(t.Caught[i], t.Inconsistent) }

func (t Tally) FalseAlarms(i int) (float64, bool) { return rate(t.Alarms[i], t.Consistent) }

// Balanced is (recall + 1 − false-alarm rate) / 2.
func (t Tally) Balanced(i int) (float64, bool) {
	r, ok1 := t.Recall(i)
	f, ok2 := t.FalseAlarms(i)
	return (r + 1 - f) / 2, ok1 && ok2
}

func rate(k, n int) (float64, bool) {
	if n == 0 {
		return 0, false
	}
	return float64(k) / float64(n), true
}

// pct prints a rate as a percentage with one decimal, "-" when undefined.
func pct(x float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*x)
}

// frac prints k/n and the percentage.
func frac(k, n int) string {
	x, ok := rate(k, n)
	return fmt.Sprintf("%d/%d %s", k, n, pct(x, ok))
}

// groupBy tallies results per key; a result may fall in several groups.
// Keys come back sorted.
func groupBy(rs []Result, keys func(Result) []string) (map[string]*Tally, []string) {
	m := map[string]*Tally{}
	for _, r := range rs {
		for _, k := range keys(r) {
			if m[k] == nil {
				m[k] = &Tally{}
			}
			m[k].Add(r)
		}
	}
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return m, ks
}
