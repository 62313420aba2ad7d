package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/source"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// claimWith returns the first claim whose text contains s.
func claimWith(t *testing.T, cs []Claim, s string) Claim {
	t.Helper()
	for _, c := range cs {
		if strings.Contains(c.Text, s) {
			return c
		}
	}
	t.Fatalf("no claim contains %q", s)
	return Claim{}
}

func TestSeedCaption(t *testing.T) {
	d := seed(t, "002_890d96c5aec81e35.txt", "2023-03-02")
	c := claimWith(t, Extract(d, Options{}), "Blinken and Lavrov in Geneva")
	if c.Kind != KindCaption {
		t.Errorf("kind = %s, want caption", c.Kind)
	}
	var places []string
	for _, m := range c.Entities {
		if m.Type == Place && m.Locative {
			places = append(places, m.Canonical)
		}
	}
	if diff := cmp.Diff([]string{"Geneva"}, places); diff != "" {
		t.Errorf("places mismatch (-want +got):\n%s", diff)
	}
	want := []timeView{{"December 2, 2021", Point, Day, "2021-12-02", "2021-12-03", false}}
	if diff := cmp.Diff(want, viewTimes(c.Times)); diff != "" {
		t.Errorf("times mismatch (-want +got):\n%s", diff)
	}
	if c.Pos.Line != 5 || c.Pos.Column != 8 {
		t.Errorf("pos = %s, want line 5 column 8", c.Pos)
	}
}

func TestSeedJanuary2022(t *testing.T) {
	for _, f := range []string{"003_a33dd54cc714dc4b.txt", "004_6d20c4f0056f7b80.txt"} {
		d := seed(t, f, "2023-03-02")
		var found bool
		for _, c := range Extract(d, Options{}) {
			for _, tm := range c.Times {
				if tm.Text != "January 2022" {
					continue
				}
				found = true
				want := timeView{"January 2022", Point, Month, "2022-01-01", "2022-02-01", false}
				if diff := cmp.Diff(want, viewTimes([]Time{tm})[0]); diff != "" {
					t.Errorf("%s: mismatch (-want +got):\n%s", f, diff)
				}
				var places []string
				for _, m := range c.Entities {
					if m.Type == Place && m.Locative {
						places = append(places, m.Canonical)
					}
				}
				if !containsAll(places, "Geneva", "Switzerland") {
					t.Errorf("%s: places %v, want Geneva and Switzerland", f, places)
				}
			}
		}
		if !found {
			t.Errorf("%s: no claim with the time \"January 2022\"", f)
		}
	}
}

func containsAll(have []string, want ...string) bool {
	for _, w := range want {
		ok := false
		for _, h := range have {
			ok = ok || h == w
		}
		if !ok {
			return false
		}
	}
	return true
}

func TestSeedLavrovSpellings(t *testing.T) {
	canon := map[string]string{}
	keys := map[string]string{}
	for _, f := range []string{"001_94c6102692ef5cc6.txt", "002_890d96c5aec81e35.txt", "003_a33dd54cc714dc4b.txt", "004_6d20c4f0056f7b80.txt"} {
		d := seed(t, f, "2023-03-02")
		for _, c := range Extract(d, Options{}) {
			for _, m := range c.Entities {
				if m.Text == "Lavrov" || strings.HasSuffix(m.Text, " Lavrov") {
					if prev, ok := canon[f]; ok && prev != m.Canonical {
						t.Errorf("%s: Lavrov is %q and %q in one document", f, prev, m.Canonical)
					}
					canon[f], keys[f] = m.Canonical, m.Key
				}
				// A different Sergei keeps a different key.
				if m.Canonical == "Sergei Ryabkov" && m.Key == NameKey("Sergey Lavrov") {
					t.Errorf("Ryabkov shares Lavrov's key")
				}
			}
		}
	}
	want := map[string]string{
		"001_94c6102692ef5cc6.txt": "Sergey Lavrov",
		"002_890d96c5aec81e35.txt": "Sergei Lavrov",
		"003_a33dd54cc714dc4b.txt": "Sergey Lavrov",
		"004_6d20c4f0056f7b80.txt": "Sergey Lavrov",
	}
	if diff := cmp.Diff(want, canon); diff != "" {
		t.Errorf("canonical forms mismatch (-want +got):\n%s", diff)
	}
	for f, k := range keys {
		if k != keys["001_94c6102692ef5cc6.txt"] {
			t.Errorf("%s: key %q differs from 001's %q", f, k, keys["001_94c6102692ef5cc6.txt"])
		}
	}
}

func TestSeedThursday(t *testing.T) {
	d := seed(t, "001_94c6102692ef5cc6.txt", "2023-03-02")
	c := claimWith(t, Extract(d, Options{}), "spoke briefly Thursday")
	var got []Time
	for _, tm := range c.Times {
		if tm.Text == "Thursday" {
			got = append(got, tm)
		}
	}
	anchor := time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC)
	if len(got) != 1 {
		t.Fatalf("times %+v, want one Thursday", c.Times)
	}
	tm := got[0]
	if !tm.Relative || !tm.Anchor.Equal(anchor) || !tm.From.Equal(anchor) || !tm.To.Equal(anchor.AddDate(0, 0, 1)) || tm.Granularity != Day {
		t.Errorf("Thursday = %+v, want day 2023-03-02, relative, anchored at 2023-03-02", tm)
	}
	if c.Predicate != "speak" || c.Class != "meet" {
		t.Errorf("predicate %q class %q, want speak/meet", c.Predicate, c.Class)
	}
}

// TestSeedEnumeration checks the three points of 001 and 004 (colon with
// "that" items; colon with semicolons) keep their frame and speaker.
func TestSeedEnumeration(t *testing.T) {
	for _, f := range []string{"001_94c6102692ef5cc6.txt", "004_6d20c4f0056f7b80.txt"} {
		d := seed(t, f, "2023-03-02")
		var items []Claim
		for _, c := range Extract(d, Options{}) {
			if strings.Contains(c.Frame, "three points") {
				items = append(items, c)
			}
		}
		if len(items) != 3 {
			t.Fatalf("%s: %d items, want 3", f, len(items))
		}
		for _, c := range items {
			if c.Attribution == nil || c.Attribution.Speaker != "a senior U.S. official" {
				t.Errorf("%s: item %q attribution %+v", f, c.Text, c.Attribution)
			}
			if len(c.Quantities) != 0 {
				t.Errorf("%s: item %q has quantities %+v; the count belongs to the frame", f, c.Text, c.Quantities)
			}
		}
	}
}

// TestExtractAllDeterministic checks that the parallel run fills each slot
// with exactly what a sequential Extract gives, run after run.
func TestExtractAllDeterministic(t *testing.T) {
	names := []string{"000_df626be8e70749c6.txt", "001_94c6102692ef5cc6.txt", "002_890d96c5aec81e35.txt", "003_a33dd54cc714dc4b.txt", "004_6d20c4f0056f7b80.txt"}
	var docs []*source.Document
	for _, n := range names {
		docs = append(docs, seed(t, n, "2023-03-02"))
	}
	var want [][]Claim
	for _, d := range docs {
		want = append(want, Extract(d, Options{}))
	}
	for run := 0; run < 3; run++ {
		got := ExtractAll(docs, Options{})
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Claim{}, "Doc")); diff != "" {
			t.Fatalf("run %d: ExtractAll differs from Extract (-want +got):\n%s", run, diff)
		}
		for i, cs := range got {
			for _, c := range cs {
				if c.Doc != docs[i] {
					t.Fatalf("run %d: a claim of document %d points at another document", run, i)
				}
			}
		}
	}
	if got := ExtractAll(nil, Options{}); len(got) != 0 {
		t.Errorf("ExtractAll(nil) = %v, want empty", got)
	}
}
