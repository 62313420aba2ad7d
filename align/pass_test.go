package align

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/google/go-cmp/cmp"
)

// TestChecksAreDocumented: every registered check has a stable name, a
// doc whose first line is a title (explain and SARIF print it) followed by
// a description, a severity, and a Run; Lookup finds it by name.
func TestChecksAreDocumented(t *testing.T) {
	name := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for _, c := range Checks() {
		if !name.MatchString(c.Name) {
			t.Errorf("check %q: name is not lowercase words joined by hyphens", c.Name)
		}
		if seen[c.Name] {
			t.Errorf("check %q registered twice", c.Name)
		}
		seen[c.Name] = true
		title, body, _ := strings.Cut(c.Doc, "\n")
		if title != c.Title() || title == "" || strings.TrimSpace(title) != title {
			t.Errorf("check %q: doc's first line %q is not a title", c.Name, title)
		} else if r := []rune(title); !unicode.IsUpper(r[0]) || !strings.HasSuffix(title, ".") {
			t.Errorf("check %q: title %q is not a capitalized sentence", c.Name, title)
		}
		if strings.TrimSpace(body) == "" {
			t.Errorf("check %q: doc has a title and no description", c.Name)
		}
		// The zero Severity is Info, so an unset severity cannot be told
		// from Info: every check so far is a warning or an error, and one
		// meant to be Info changes this line on purpose.
		if c.Severity != Warning && c.Severity != Error {
			t.Errorf("check %q: severity %v, want warning or error", c.Name, c.Severity)
		}
		if c.Run == nil {
			t.Errorf("check %q has no Run: it would never report", c.Name)
		}
		if got, ok := Lookup(c.Name); !ok || got.Name != c.Name {
			t.Errorf("Lookup(%q) = %q, %v", c.Name, got.Name, ok)
		}
	}
}

// TestDriverVisitsEachPairOnce: the driver walks the aligned pairs once,
// handing every pair check each pair exactly once and the same facts (the
// claims' times are computed once, not once per check); extra checks do
// not change what the registered ones find.
func TestDriverVisitsEachPairOnce(t *testing.T) {
	var f fixture
	texts := []string{
		"Okafor and Lindqvist met in Geneva on Thursday.",
		"Okafor and Lindqvist talked in Geneva on Thursday.",
		"Okafor and Lindqvist chatted in Geneva on Thursday.",
	}
	for i, text := range texts {
		d := f.doc(t, string(rune('a'+i))+".txt", "2024-05-10", text+"\n")
		f.claim(d, text, pred(strings.Fields(text)[3], "geneva"), person("Ada Okafor"), person("Erik Lindqvist"), place("Geneva"), thursday)
	}
	a := Cluster(f.docs, f.claims, Options{})
	if len(a.pairs) != 3 {
		t.Fatalf("fixture: want the 3 claims aligned in 3 pairs, got %d pairs", len(a.pairs))
	}
	type visit struct {
		a, b  int
		pr    *Pair
		times *claims.Time // the first time of the pair's first claim, as the check was handed it
	}
	var visits [2][]visit
	counter := func(k int) Check {
		return Check{Name: "counter", Doc: "Counts.\nCounts visits.", Severity: Warning,
			Pair: func(p *Pass, pr *Pair) {
				tn, _ := pr.times()
				visits[k] = append(visits[k], visit{pr.a, pr.b, pr, &tn[0]})
			},
			Run: func(*Pass) []Finding { return nil },
		}
	}
	got := Run(a, append(Checks(), counter(0), counter(1)))
	want := Run(a, Checks())
	if diff := cmp.Diff(kinds(want), kinds(got)); diff != "" {
		t.Errorf("findings change with extra checks (-want +got):\n%s", diff)
	}
	for k, vs := range visits {
		if len(vs) != len(a.pairs) {
			t.Errorf("check %d: %d visits for %d pairs", k, len(vs), len(a.pairs))
			continue
		}
		for i, v := range vs {
			if p := a.pairs[i]; v.a != p.a || v.b != p.b {
				t.Errorf("check %d: visit %d is of pair %d-%d, want %d-%d (each pair once, in order)", k, i, v.a, v.b, p.a, p.b)
			}
		}
	}
	if len(visits[0]) == len(visits[1]) {
		for i := range visits[0] {
			x, y := visits[0][i], visits[1][i]
			if x.pr != y.pr || x.times != y.times {
				t.Errorf("visit %d: the two checks were handed different pairs or facts", i)
			}
		}
	}
}
