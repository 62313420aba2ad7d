package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
)

// fixture builds a Result by hand over four small documents about one
// story (a bridge closure): three sources and an editor's draft. The
// findings cover every status, all three severities, a context finding
// (sources disagreeing among themselves), markup in titles and quotes, a
// stale resolution and single-source claims. The draft's support map,
// built by hand as the rest is, holds every state: the headline supported,
// the first two sentences contradicted, the traffic sentence partly
// supported and the cost unsupported with a nearest source claim.
func fixture(t testing.TB) *pipeline.Result {
	t.Helper()
	load := func(file, path, title, provider, published string) *source.Document {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "report", "sources", file))
		if err != nil {
			t.Fatal(err)
		}
		d, err := source.Parse(path, raw, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		d.Meta.Title = title
		d.Meta.Provider = provider
		if published != "" {
			d.Meta.Published, err = time.Parse("2006-01-02", published)
			if err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	wire := load("wire.txt", "sources/wire.txt", "Cracks close Marlow harbour bridge", "Northline Wire", "2025-03-14")
	herald := load("herald.txt", "sources/herald.txt", "Harbour bridge shut after girder crack | Marlow Herald", "Marlow Herald", "2025-03-14")
	gazette := load("gazette.txt", "sources/gazette.txt", "Bridge closure snarls *Marlow* traffic", "Coastal Gazette", "2025-03-15")
	story := load("story.txt", "story.txt", "Marlow bridge closed after crack found", "", "")

	fs := []align.Finding{
		{
			ID: "date-5f1c2a", Check: "date", Severity: align.Error, Status: align.Unresolved,
			Summary: "bridge closure dated Wednesday in story.txt but Thursday in sources/herald.txt, sources/wire.txt",
			Sides:   []align.Side{side(t, story, "Wednesday"), side(t, herald, "Thursday"), side(t, wire, "Thursday")},
		},
		{
			ID: "number-a9e310", Check: "number", Severity: align.Error, Status: align.Unresolved,
			Summary: "girder crack 40-centimetre in story.txt, sources/wire.txt but 4-centimetre in sources/herald.txt",
			Sides:   []align.Side{side(t, story, "40-centimetre"), side(t, herald, "4-centimetre"), side(t, wire, "40-centimetre")},
		},
		{
			ID: "number-77b0d4", Check: "number", Severity: align.Info, Status: align.Unresolved,
			Summary: "daily traffic around 28,000 vehicles in story.txt but roughly 30,000 in sources/herald.txt",
			Sides:   []align.Side{side(t, story, "28,000"), side(t, herald, "30,000")},
		},
		{
			ID: "name-0c44e8", Check: "name", Severity: align.Warning, Status: align.Unresolved,
			Summary: "mayor spelled Elena Vasquez in story.txt, sources/wire.txt but Elena Vazquez in sources/herald.txt",
			Sides:   []align.Side{side(t, story, "Elena Vasquez"), side(t, herald, "Elena Vazquez"), side(t, wire, "Elena Vasquez")},
		},
		{
			ID: "date-e2d907", Check: "date", Severity: align.Warning, Status: align.Unresolved, Context: true,
			Summary: "bridge opening dated 1989 in sources/herald.txt but 1987 in sources/gazette.txt, sources/wire.txt",
			Sides:   []align.Side{side(t, gazette, "1987"), side(t, herald, "1989"), side(t, wire, "1987")},
		},
		{
			ID: "attribution-3b7f55", Check: "attribution", Severity: align.Warning, Status: align.Accepted, Context: true,
			Reason:  "both officials used the phrase at the news conference",
			Summary: `"until engineers are certain it is safe" credited to Tom Reyes in sources/gazette.txt but Elena Vasquez in sources/wire.txt`,
			Sides:   []align.Side{side(t, gazette, "Tom Reyes"), side(t, wire, "Elena Vasquez")},
		},
		{
			ID: "polarity-91d2c6", Check: "polarity", Severity: align.Error, Status: align.FalsePositive, Context: true,
			Reason:  "different statements: the closure vs the start of repairs",
			Summary: "bridge would stay closed in sources/wire.txt but would not begin in sources/gazette.txt",
			Sides:   []align.Side{side(t, gazette, "would not begin"), side(t, wire, "would stay closed")},
		},
	}
	// The renderers must not rely on the caller's order.
	fs[0], fs[5] = fs[5], fs[0]
	docs := []*source.Document{wire, herald, gazette, story}
	return &pipeline.Result{
		Sources: docs,
		// The claims, as the pipeline reads them: the titles name a
		// value's act from the claim its side quotes.
		Claims:   claims.ExtractAll(docs, claims.Options{}),
		Findings: fs,
		Config:   "factcheck.yml",
		Stale: []rules.Stale{
			{ID: "place-44aa01", Position: source.Position{Filename: "factcheck.yml", Offset: 120, Line: 9, Column: 5}},
		},
		SingleSource: []align.Side{
			side(t, gazette, "repairs would not begin before April"),
			side(t, herald, "a precaution, not a panic"),
			side(t, gazette, "long queues on Friday"),
		},
		Unsupported: []align.Side{side(t, story, "2 million pounds")},
		Support: []align.Support{
			// Out of the draft's order: the renderers must sort.
			{
				Claim: quote(t, story, "Repairs are expected"), State: align.NotSupported,
				Nearest: ptr(side(t, gazette, "repairs would not begin before April")),
			},
			{
				Claim: quote(t, story, "Marlow bridge closed after"), State: align.Supported,
				Sources: []align.Side{quote(t, wire, "closed to traffic"), quote(t, gazette, "was closed when"), quote(t, herald, "was shut on")},
			},
			{
				Claim: quote(t, story, "was closed on Wednesday"), State: align.Contradicted,
				Sources:  []align.Side{quote(t, wire, "closed to traffic")},
				Findings: []string{"number-a9e310", "date-5f1c2a"},
			},
			{
				Claim: quote(t, story, "Mayor Elena Vasquez"), State: align.Contradicted,
				Sources:  []align.Side{quote(t, wire, "Mayor Elena Vasquez")},
				Findings: []string{"name-0c44e8"},
			},
			{
				Claim: quote(t, story, "Around 28,000"), State: align.PartlySupported,
				Sources: []align.Side{quote(t, wire, "About 28,000")},
				Missing: []string{"every", "around"},
			},
		},
		Draft:         "story.txt",
		DraftDate:     time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC),
		DraftDateFrom: "the newest source",
	}
}

// quote is the side of the claim holding text in d, with no value: the
// form the support map gives its claims and their sources.
func quote(t testing.TB, d *source.Document, text string) align.Side {
	t.Helper()
	s := side(t, d, text)
	s.Value, s.Start, s.End = "", 0, 0
	return s
}

func ptr[T any](v T) *T { return &v }

// side builds the side that quotes value's only occurrence in d: the test
// locates it by searching once, the way a claim extractor records a span.
func side(t testing.TB, d *source.Document, value string) align.Side {
	t.Helper()
	start := strings.Index(d.Text, value)
	if start < 0 || strings.Contains(d.Text[start+1:], value) {
		t.Fatalf("%s: value %q not found exactly once", d.Path, value)
	}
	end := start + len(value)
	for _, s := range d.Sentences {
		if s.Start <= start && end <= s.End {
			return align.Side{Pos: s.Pos, Text: s.Text, Value: value, Start: start, End: end}
		}
	}
	panic(fmt.Sprintf("%s: %q is in no sentence", d.Path, value))
}
