package report

import (
	"fmt"
	"testing"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// TestTitleAct titles findings over claims read from real text: each
// value with the words that govern it in its claim (a count's verb, the
// clause a date ends), and the bare value where the claim gives none.
func TestTitleAct(t *testing.T) {
	tests := []struct {
		name  string
		check string
		draft bool     // the first text is the draft
		texts []string // one sentence per document
		value []string // each side's value, as its claim writes it
		want  string
	}{
		{"a count the act's object, the draft first", "number", true,
			[]string{"The patrol captured 62 smugglers off the coast.", "The patrol captured 26 smugglers off the coast.", "The patrol captured 26 smugglers near the coast."},
			[]string{"62 smugglers", "26 smugglers", "26 smugglers"},
			"The draft says 62 smugglers were captured (d0:3); two sources say 26 smugglers (d1:3, d2:3)"},
		{"a count of people the act's object", "number", false,
			[]string{"A storm hit the valley, injuring 310.", "A storm hit the valley, injuring 150."},
			[]string{"310", "150"},
			"One source says 310 were injured (d0:3); another says 150 (d1:3)"},
		{"a count the clause's subject", "number", false,
			[]string{"Twelve people died in the fire.", "Nine people have died in the fire."},
			[]string{"Twelve people", "Nine people"},
			"One source says twelve people died (d0:3); another says nine people have died (d1:3)"},
		{"a count before a conjunction is not the next verb's subject", "number", false,
			[]string{"The baker's been at the shop for 37 years and worked nights.", "The baker's been at the shop for 30 years and worked nights."},
			[]string{"37 years", "30 years"},
			"One source says 37 years (d0:3); another says 30 years (d1:3)"},
		{"a count the complement does not close", "number", false,
			[]string{"The flood left 60 families homeless.", "The flood left 40 families homeless."},
			[]string{"60 families", "40 families"},
			"One source says 60 families (d0:3); another says 40 families (d1:3)"},
		{"a light verb names no act", "number", false,
			[]string{"The contract is worth 40 euros.", "The contract is worth 14 euros."},
			[]string{"40 euros", "14 euros"},
			"One source says 40 euros (d0:3); another says 14 euros (d1:3)"},
		{"a plan is not an act done", "number", false,
			[]string{"The council will close 40 schools.", "The council will close 14 schools."},
			[]string{"40 schools", "14 schools"},
			"One source says 40 schools (d0:3); another says 14 schools (d1:3)"},
		{"a date with its clause", "date", false,
			[]string{"The ferry sank on March 3, 2024.", "The ferry sank on March 5, 2024."},
			[]string{"March 3, 2024", "March 5, 2024"},
			"One source says the ferry sank on March 3, 2024 (d0:3); another says March 5, 2024 (d1:3)"},
		{"a date after a comma keeps the bare wording", "date", false,
			[]string{"After the storm, the ferry sank on March 3, 2024.", "After the storm, the ferry sank on March 5, 2024."},
			[]string{"March 3, 2024", "March 5, 2024"},
			"One source dates it March 3, 2024 (d0:3); another dates it March 5, 2024 (d1:3)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*source.Document
			for i, text := range tc.texts {
				d, err := source.Parse(fmt.Sprintf("d%d.txt", i), []byte("Date: 2024-03-06\n\n"+text+"\n"), source.Options{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			}
			cs := claims.ExtractAll(docs, claims.Options{})
			f := align.Finding{Check: tc.check}
			for i, v := range tc.value {
				f.Sides = append(f.Sides, actSide(t, cs[i], tc.check, v))
			}
			r := &pipeline.Result{Sources: docs, Claims: cs, Findings: []align.Finding{f}}
			if tc.draft {
				r.Draft = docs[0].Path
			}
			if got := newTitler(r).title(&f); got != tc.want {
				t.Errorf("title:\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

// actSide is the side a check reads from a document's claims: the claim
// whose quantity (number) or time (date) is written value.
func actSide(t *testing.T, cs []claims.Claim, check, value string) align.Side {
	t.Helper()
	for _, c := range cs {
		spans := [][2]int{}
		texts := []string{}
		for _, q := range c.Quantities {
			spans, texts = append(spans, [2]int{q.Start, q.End}), append(texts, q.Text)
		}
		if check == "date" {
			spans, texts = nil, nil
			for _, tm := range c.Times {
				spans, texts = append(spans, [2]int{tm.Start, tm.End}), append(texts, tm.Text)
			}
		}
		for i, text := range texts {
			if text == value {
				return align.Side{Pos: c.Pos, Text: c.Text, Value: value, Start: spans[i][0], End: spans[i][1]}
			}
		}
	}
	t.Fatalf("no claim has the %s %q", check, value)
	return align.Side{}
}
