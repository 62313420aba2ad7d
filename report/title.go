package report

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// titler writes a finding's title, the sentence a desk editor would write
// about it: what differs, the values, and where ("The draft says 62
// vessels were seized (draft:2); three sources say 26 (b:4, c:7, d:3)").
// Every human-facing format heads a finding with it; JSON keeps the
// check's summary.
//
// The title is built only from the finding's structured fields (its check,
// its sides' files, lines and values, its subject), the documents'
// publication dates and the claims the sides quote, for the words that
// govern a value (act.go): nothing in it is searched for in the text again.
type titler struct {
	draft  string                      // the draft's path, "" without --draft
	labels map[string]string           // path → short label ("002", "wire")
	docs   map[string]*source.Document // for a subject's publication date
	claims claimIndex                  // the claims the sides quote, for their act
}

func newTitler(r *pipeline.Result) *titler {
	seen := map[string]bool{}
	var paths []string
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	for _, d := range r.Sources {
		add(d.Path)
	}
	// A side outside the documents (a hand-built result) still gets a
	// label that no document's label shadows.
	for _, f := range r.Findings {
		for _, s := range f.Sides {
			add(s.Pos.Filename)
		}
	}
	sort.Strings(paths)
	return &titler{draft: r.Draft, labels: align.Labels(paths), docs: docIndex(r.Sources), claims: newClaimIndex(r.Claims)}
}

// wording is how a check's sentence says that sources assert a value.
type wording struct {
	lead      string // opens the sentence: what differs, when no verb says it
	one, many string // the verb after "one source", after "two sources"
	// first replaces one/many in the sentence's first clause when set
	// ("spells the name" there, "spells it" after).
	firstOne, firstMany string
	quote               bool // quote the values: words and spellings, not dates
}

// wordings gives each check its verb; a check missing here (one added
// later) says "says", quoting its values.
var wordings = map[string]wording{
	"date":        {one: "dates it", many: "date it"},
	"place":       {one: "places it in", many: "place it in"},
	"number":      {one: "says", many: "say"},
	"name":        {one: "spells it", many: "spell it", firstOne: "spells the name", firstMany: "spell the name", quote: true},
	"entity":      {one: "names", many: "name", quote: true},
	"term":        {one: "has the word", many: "have the word", quote: true},
	"polarity":    {lead: "opposite statements: ", one: "has", many: "have", quote: true},
	"attribution": {one: "credits it to", many: "credit it to", firstOne: "credits the statement to", firstMany: "credit the statement to"},
	"source-date": {one: "dates it", many: "date it"},
}

var defaultWording = wording{one: "says", many: "say", quote: true}

// class is the sides that assert one value.
type class struct {
	sides []align.Side
	files []string // distinct, in side order
	draft bool     // the draft is among the files
	// act is what the value counts, written after it ("were injured"),
	// when the class's claims say it alike; lead is the clause a date
	// ends, written before it ("the bridge collapsed on"); "" otherwise.
	act, lead string
}

// title is the finding's sentence. A finding whose sides carry no value
// keeps its check's summary.
func (t *titler) title(f *align.Finding) string {
	if len(f.Sides) == 0 {
		return oneLine(f.Summary)
	}
	for _, s := range f.Sides {
		if s.Value == "" {
			return oneLine(f.Summary)
		}
	}
	w, ok := wordings[f.Check]
	if !ok {
		w = defaultWording
	}
	var own []align.Side
	rest := f.Sides
	if f.Subject != "" {
		own, rest = nil, nil
		for _, s := range f.Sides {
			if s.Pos.Filename == f.Subject || slices.Contains(f.Copies, s.Pos.Filename) {
				own = append(own, s)
			} else {
				rest = append(rest, s)
			}
		}
	}
	var clauses []string
	switch f.Check {
	case "hidden":
		clauses = append(clauses, t.hidden(f.Subject, own))
	case "source-date":
		if len(own) > 0 {
			clauses = append(clauses, t.misdated(f.Subject, len(f.Copies), own))
		}
	}
	cs := t.classes(rest)
	switch f.Check {
	case "number":
		// Each value with its act, said once: "310 were injured …;
		// another says 150".
		said := map[string]bool{}
		for _, c := range cs {
			c.act = t.classAct(f.Check, c.sides)
			if said[c.act] {
				c.act = ""
			}
			said[c.act] = true
		}
	case "date":
		// The first value with the clause it dates, as its claim writes
		// it: "one source says the bridge collapsed on March 29, 2024 …;
		// another says April 1, 2024".
		if len(clauses) == 0 && len(cs) > 0 {
			for _, s := range cs[0].sides {
				if act := t.claims.act(f.Check, s); act != "" {
					w = wordings["number"]
					cs[0].lead = act
					break
				}
			}
		}
	}
	prevOne := false // the clause before names one source, not the draft
	for _, c := range cs {
		clauses = append(clauses, t.clause(f.Check, c, w, len(clauses) == 0, prevOne))
		prevOne = !c.draft && len(c.files) == 1
	}
	return oneLine(capitalize(w.lead + strings.Join(clauses, "; ")))
}

// classes groups sides by value (Norm when set, else Value): the draft's
// class first, then the most sources first, then the earliest side.
func (t *titler) classes(sides []align.Side) []*class {
	byKey := map[string]*class{}
	var out []*class
	for _, s := range sides {
		k := s.Norm
		if k == "" {
			k = s.Value
		}
		c := byKey[k]
		if c == nil {
			c = &class{}
			byKey[k] = c
			out = append(out, c)
		}
		if !slices.Contains(c.files, s.Pos.Filename) {
			c.files = append(c.files, s.Pos.Filename)
		}
		c.draft = c.draft || (t.draft != "" && s.Pos.Filename == t.draft)
		c.sides = append(c.sides, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].draft != out[j].draft {
			return out[i].draft
		}
		return len(out[i].files) > len(out[j].files)
	})
	return out
}

// classAct is the act the sides' claims give their value when every side
// gives the same one and it is short; "" otherwise.
func (t *titler) classAct(check string, sides []align.Side) string {
	act := ""
	for i, s := range sides {
		a := t.claims.act(check, s)
		if a == "" || (i > 0 && a != act) || len(strings.Fields(a)) > maxActWords {
			return ""
		}
		act = a
	}
	return act
}

// clause is one class's part of the sentence: "three sources say 26 (b:4,
// c:7, d:3)" or "the draft says 62 (draft:2), as does one source (e:5)".
// After a clause naming one source, a second reads "another".
func (t *titler) clause(check string, c *class, w wording, first, prevOne bool) string {
	verb := func(n int) string {
		if first && w.firstOne != "" {
			if n == 1 {
				return w.firstOne
			}
			return w.firstMany
		}
		if n == 1 {
			return w.one
		}
		return w.many
	}
	value := func(ss []align.Side) string {
		var vs []string
		for _, s := range ss {
			v := valueText(check, s)
			if w.quote {
				v = fmt.Sprintf("%q", v)
			}
			if !slices.Contains(vs, v) {
				vs = append(vs, v)
			}
		}
		out := strings.Join(vs, " / ")
		if c.lead != "" {
			out = c.lead + " " + out
		}
		if c.act != "" {
			out += " " + c.act
		}
		return out
	}
	if !c.draft {
		who := countSources(len(c.files))
		if len(c.files) == 1 && prevOne {
			who = "another"
		}
		return fmt.Sprintf("%s %s %s (%s)", who, verb(len(c.files)), value(c.sides), t.cites(c.sides))
	}
	var mine, others []align.Side
	for _, s := range c.sides {
		if s.Pos.Filename == t.draft {
			mine = append(mine, s)
		} else {
			others = append(others, s)
		}
	}
	// The draft's words: the sources agreeing may write the value otherwise.
	out := fmt.Sprintf("the draft %s %s (%s)", verb(1), value(mine), t.cites(mine))
	if n := len(c.files) - 1; n > 0 {
		does := "does"
		if n > 1 {
			does = "do"
		}
		out += fmt.Sprintf(", as %s %s (%s)", does, countSources(n), t.cites(others))
	}
	return out
}

// misdated is a source-date finding's first clause: the source whose
// relative time, read against its own publication date, gives another day.
// Its identical copies are counted, not cited: the sides list them.
func (t *titler) misdated(path string, copies int, own []align.Side) string {
	vs := make([]string, 0, len(own))
	var cited []align.Side
	for _, s := range own {
		if !slices.Contains(vs, s.Value) {
			vs = append(vs, s.Value)
		}
		if s.Pos.Filename == path {
			cited = append(cited, s)
		}
	}
	out := fmt.Sprintf("%s (%s)", t.who(path), t.cites(cited))
	dates := "dates"
	if copies > 0 {
		word := "copies"
		if copies == 1 {
			word = "copy"
		}
		out += fmt.Sprintf(" and %d identical %s", copies, word)
		dates = "date"
	}
	if d := t.docs[path]; d != nil && !d.Meta.Published.IsZero() {
		out += ", published " + date(d.Meta.Published) + ","
	}
	return fmt.Sprintf("%s %s the event %s", out, dates, strings.Join(vs, " / "))
}

// hidden is a hidden finding's sentence: the file and the words holding
// characters the page does not show.
func (t *titler) hidden(path string, own []align.Side) string {
	vs := make([]string, 0, len(own))
	for _, s := range own {
		vs = append(vs, fmt.Sprintf("%q", s.Value))
	}
	return fmt.Sprintf("%s writes %s with characters the page does not show (%s)",
		t.who(path), strings.Join(vs, ", "), t.cites(own))
}

// who names one document as a sentence's subject.
func (t *titler) who(path string) string {
	if path == t.draft && path != "" {
		return "the draft"
	}
	return "source " + t.label(path)
}

// cites is "b:4, c:7": each side's label and line.
func (t *titler) cites(ss []align.Side) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%s:%d", t.label(s.Pos.Filename), s.Pos.Line)
	}
	return strings.Join(out, ", ")
}

func (t *titler) label(path string) string {
	if l, ok := t.labels[path]; ok {
		return l
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// countSources is "one source", "three sources", "12 sources".
func countSources(n int) string {
	words := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	count := fmt.Sprint(n)
	if n < len(words) {
		count = words[n]
	}
	if n == 1 {
		return count + " source"
	}
	return count + " sources"
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
