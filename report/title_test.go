package report

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// side is a finding's side in file at line, asserting value (norm "" =
// compared as written).
func titleSide(file string, line int, value, norm string) align.Side {
	return align.Side{Pos: source.Position{Filename: file, Line: line, Column: 1}, Text: "…", Value: value, Norm: norm}
}

func TestTitle(t *testing.T) {
	published := time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)
	docs := []*source.Document{
		{Path: "src/a.txt"}, {Path: "src/b.txt"}, {Path: "src/c.txt"}, {Path: "src/d.txt"},
		{Path: "src/late.txt", Meta: source.Metadata{Published: published}},
		{Path: "src/late2.txt", Meta: source.Metadata{Published: published}},
		{Path: "src/late3.txt", Meta: source.Metadata{Published: published}},
		{Path: "draft.md", Meta: source.Metadata{Published: published}},
	}
	s := titleSide
	many := make([]align.Side, 0, 13)
	for i := range 12 {
		many = append(many, s(fmt.Sprintf("m/%02d.txt", i), 2, "26", "26"))
	}
	many = append(many, s("m/99.txt", 4, "62", "62"))
	tests := []struct {
		name  string
		draft string
		f     align.Finding
		want  string
	}{
		{"number, majority first", "", align.Finding{Check: "number", Sides: []align.Side{
			s("src/a.txt", 2, "62", "62"), s("src/b.txt", 4, "26", "26"), s("src/c.txt", 7, "26", "26"), s("src/d.txt", 3, "26", "26")}},
			"Three sources say 26 (b:4, c:7, d:3); one source says 62 (a:2)"},
		{"number, the draft first", "draft.md", align.Finding{Check: "number", Sides: []align.Side{
			s("draft.md", 2, "62", "62"), s("src/b.txt", 4, "26", "26"), s("src/c.txt", 7, "26", "26"), s("src/d.txt", 3, "26", "26")}},
			"The draft says 62 (draft:2); three sources say 26 (b:4, c:7, d:3)"},
		{"the draft with a source", "draft.md", align.Finding{Check: "date", Sides: []align.Side{
			s("draft.md", 6, "March 29, 2024", "2024-03-29/day"), s("src/a.txt", 3, "April 1, 2024", "2024-04-01/day"),
			s("src/b.txt", 3, "March 29", "2024-03-29/day")}},
			"The draft dates it March 29, 2024 (draft:6), as does one source (b:3); one source dates it April 1, 2024 (a:3)"},
		{"the draft with two sources", "draft.md", align.Finding{Check: "place", Sides: []align.Side{
			s("draft.md", 6, "Lyon", "lyon"), s("src/a.txt", 3, "Lyon", "lyon"), s("src/b.txt", 3, "Lyon", "lyon"), s("src/c.txt", 3, "Nantes", "nantes")}},
			"The draft places it in Lyon (draft:6), as do two sources (a:3, b:3); one source places it in Nantes (c:3)"},
		{"one value written two ways", "", align.Finding{Check: "date", Sides: []align.Side{
			s("src/a.txt", 2, "Thursday", "2023-03-02/day"), s("src/b.txt", 5, "March 2, 2023", "2023-03-02/day"), s("src/c.txt", 1, "March 9, 2023", "2023-03-09/day")}},
			"Two sources date it Thursday / March 2, 2023 (a:2, b:5); one source dates it March 9, 2023 (c:1)"},
		{"one source twice", "", align.Finding{Check: "number", Sides: []align.Side{
			s("src/a.txt", 2, "four people", "4 person"), s("src/a.txt", 9, "four", "4 person"), s("src/b.txt", 3, "six people", "6 person")}},
			"One source says four people / four (a:2, a:9); another says six people (b:3)"},
		{"a tie keeps side order", "", align.Finding{Check: "place", Sides: []align.Side{
			s("src/a.txt", 2, "Lyon", "lyon"), s("src/b.txt", 3, "Nantes", "nantes")}},
			"One source places it in Lyon (a:2); another places it in Nantes (b:3)"},
		{"name", "", align.Finding{Check: "name", Sides: []align.Side{
			s("src/a.txt", 1, "Dmitri Volkov", "Dmitri Volkov"), s("src/b.txt", 1, "Dmitry Volkov", "Dmitry Volkov"), s("src/c.txt", 1, "Dmitry Volkov", "Dmitry Volkov")}},
			`Two sources spell the name "Dmitry Volkov" (b:1, c:1); one source spells it "Dmitri Volkov" (a:1)`},
		{"entity", "", align.Finding{Check: "entity", Sides: []align.Side{
			s("src/a.txt", 4, "Danish", "danish"), s("src/b.txt", 4, "Swedish", "swedish")}},
			`One source names "Danish" (a:4); another names "Swedish" (b:4)`},
		{"term", "", align.Finding{Check: "term", Sides: []align.Side{
			s("src/a.txt", 4, "month", "month"), s("src/b.txt", 4, "year", "year")}},
			`One source has the word "month" (a:4); another has the word "year" (b:4)`},
		{"polarity", "draft.md", align.Finding{Check: "polarity", Sides: []align.Side{
			s("draft.md", 4, "not approve", "not approve"), s("src/b.txt", 4, "approve", "approve")}},
			`Opposite statements: the draft has "not approve" (draft:4); one source has "approve" (b:4)`},
		{"attribution", "", align.Finding{Check: "attribution", Sides: []align.Side{
			s("src/a.txt", 4, "the mayor", "mayor"), s("src/b.txt", 4, "the governor", "governor")}},
			"One source credits the statement to the mayor (a:4); another credits it to the governor (b:4)"},
		{"source-date", "", align.Finding{Check: "source-date", Subject: "src/late.txt", Sides: []align.Side{
			s("src/late.txt", 5, "Thursday (2025-04-10)", ""), s("src/a.txt", 3, "2023-03-02", ""), s("src/b.txt", 7, "2023-03-02", "")}},
			"Source late (late:5), published 2025-04-11, dates the event Thursday (2025-04-10); two sources date it 2023-03-02 (a:3, b:7)"},
		{"source-date of a story and its identical copies", "", align.Finding{Check: "source-date", Subject: "src/late.txt", Copies: []string{"src/late2.txt", "src/late3.txt"}, Sides: []align.Side{
			s("src/late.txt", 5, "Thursday (2025-04-10)", ""), s("src/late2.txt", 5, "Thursday (2025-04-10)", ""), s("src/late3.txt", 5, "Thursday (2025-04-10)", ""),
			s("src/a.txt", 3, "2023-03-02", ""), s("src/b.txt", 7, "2023-03-02", "")}},
			"Source late (late:5) and 2 identical copies, published 2025-04-11, date the event Thursday (2025-04-10); two sources date it 2023-03-02 (a:3, b:7)"},
		{"source-date with the draft on the other side", "draft.md", align.Finding{Check: "source-date", Subject: "src/late.txt", Sides: []align.Side{
			s("draft.md", 8, "2023-03-02", ""), s("src/late.txt", 5, "Thursday (2025-04-10)", ""), s("src/a.txt", 3, "2023-03-02", "")}},
			"Source late (late:5), published 2025-04-11, dates the event Thursday (2025-04-10); the draft dates it 2023-03-02 (draft:8), as does one source (a:3)"},
		{"source-date about the draft, a source without a date", "draft.md", align.Finding{Check: "source-date", Subject: "draft.md", Sides: []align.Side{
			s("draft.md", 8, "Friday (2025-04-11)", ""), s("src/a.txt", 3, "2023-03-03", "")}},
			"The draft (draft:8), published 2025-04-11, dates the event Friday (2025-04-11); one source dates it 2023-03-03 (a:3)"},
		{"hidden", "", align.Finding{Check: "hidden", Subject: "src/c.txt", Sides: []align.Side{s("src/c.txt", 5, "Volkov", "")}},
			`Source c writes "Volkov" with characters the page does not show (c:5)`},
		{"a check the titles do not know", "", align.Finding{Check: "brand-new", Sides: []align.Side{
			s("src/a.txt", 1, "x", ""), s("src/b.txt", 2, "y", "")}},
			`One source says "x" (a:1); another says "y" (b:2)`},
		{"many sources", "", align.Finding{Check: "number", Sides: many},
			"12 sources say 26 (00:2, 01:2, 02:2, 03:2, 04:2, 05:2, 06:2, 07:2, 08:2, 09:2, 10:2, 11:2); one source says 62 (99:4)"},
		{"a side without a value keeps the summary", "", align.Finding{Check: "date", Summary: "old\nsummary", Sides: []align.Side{
			s("src/a.txt", 1, "", ""), s("src/b.txt", 2, "May", "may")}},
			"old summary"},
		{"no sides keeps the summary", "", align.Finding{Check: "date", Summary: "summary"}, "summary"},
		{"a value's control characters are escaped", "", align.Finding{Check: "number", Sides: []align.Side{
			s("src/a.txt", 1, "1\x1b[31m0", "10"), s("src/b.txt", 2, "20", "20")}},
			`One source says 1\x1b[31m0 (a:1); another says 20 (b:2)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &pipeline.Result{Sources: docs, Draft: tc.draft, Findings: []align.Finding{tc.f}}
			if diff := cmp.Diff(tc.want, newTitler(r).title(&tc.f)); diff != "" {
				t.Errorf("title mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
