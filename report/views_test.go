package report

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/testkit"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
	"github.com/factcheck/factcheck/source"
)

// renderView renders r in a format of one of the views (NewProvenance,
// NewClaims).
func renderView(t *testing.T, view func(string) (Renderer, error), format string, r *pipeline.Result) string {
	t.Helper()
	rd, err := view(format)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rd.Render(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// seedDocs reads the seed articles, which are part of the repository.
func seedDocs(t *testing.T) []*source.Document {
	t.Helper()
	paths := testkit.Glob(t, filepath.Join("..", "testdata", "seeds", "*"))
	docs, err := source.Load(paths, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestProvenanceRenderDeterministic renders the seeds' provenance, built
// afresh each time, in every format three times: the bytes never change,
// and the JSON carries every section.
func TestProvenanceRenderDeterministic(t *testing.T) {
	for _, format := range ProvenanceFormats() {
		var first string
		for i := 0; i < 3; i++ {
			docs := seedDocs(t)
			got := renderView(t, NewProvenance, format, &pipeline.Result{Provenance: provenance.Build(docs, nil, nil, provenance.DefaultParams())})
			if i == 0 {
				first = got
			} else if got != first {
				t.Errorf("%s output differs between runs", format)
			}
		}
		if format == "json" {
			for _, key := range []string{`"relations"`, `"clusters"`, `"origins"`, `"anomalies"`, `"start_line"`} {
				if !strings.Contains(first, key) {
					t.Errorf("json lacks %s", key)
				}
			}
		}
	}
}

// TestClaimsViews lists the seeds' claims in both formats: every source is
// named, and the JSON has one entry per claim.
func TestClaimsViews(t *testing.T) {
	docs := seedDocs(t)
	cs := make([][]claims.Claim, len(docs))
	n := 0
	for i, d := range docs {
		cs[i] = claims.Extract(d, claims.Options{})
		n += len(cs[i])
	}
	r := &pipeline.Result{Sources: docs, Claims: cs}
	text := renderView(t, NewClaims, "text", r)
	for _, d := range docs {
		if !strings.Contains(text, "# "+d.Path+"  (") {
			t.Errorf("claims text does not head %s", d.Path)
		}
	}
	js := renderView(t, NewClaims, "json", r)
	if got := strings.Count(js, `"sentence": `); got != n || n == 0 {
		t.Errorf("claims json has %d claims, want %d (> 0)", got, n)
	}
}

// TestViewErrors: an unknown format names the ones there are, and a
// Result without what the view prints is an error, not a panic.
func TestViewErrors(t *testing.T) {
	for _, c := range []struct {
		view func(string) (Renderer, error)
		want string
	}{
		{NewProvenance, `unknown format "yaml" (want table, markdown or json)`},
		{NewClaims, `unknown format "yaml" (want text or json)`},
	} {
		if _, err := c.view("yaml"); err == nil || err.Error() != c.want {
			t.Errorf("unknown format: error %v, want %q", err, c.want)
		}
	}
	empty := &pipeline.Result{Sources: []*source.Document{{Path: "a.txt"}}}
	for _, c := range []struct {
		view   func(string) (Renderer, error)
		format string
	}{{NewProvenance, "json"}, {NewClaims, "text"}} {
		r, err := c.view(c.format)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Render(&strings.Builder{}, empty); err == nil {
			t.Errorf("%s rendered a result without its data", c.format)
		}
	}
}

// TestProvenanceTable renders a provenance report built by hand as
// "factcheck provenance" prints it by default.
func TestProvenanceTable(t *testing.T) {
	sp := func(p string, l int) provenance.Span {
		return provenance.Span{Path: p, StartLine: l, StartCol: 1, EndLine: l + 1, EndCol: 9}
	}
	pos := func(p string, l, c int) source.Position { return source.Position{Filename: p, Line: l, Column: c} }
	r := &provenance.Report{
		Relations: []provenance.Relation{{
			A: "a.txt", B: "b.txt", Kind: provenance.Copy, From: "a.txt", To: "b.txt", Basis: provenance.ByCredit,
			Evidence: "50 words", Coverage: 0.8, Score: 0.5,
			Passages: []provenance.Passage{{Kind: provenance.Verbatim, A: sp("a.txt", 3), B: sp("b.txt", 5), Text: "A fire tore through", Words: 50}},
		}},
		Origins: [][]string{{"a.txt", "b.txt"}, {"c.txt"}},
		Clusters: []provenance.Cluster{{
			Statement: "14 workers were hurt", At: pos("a.txt", 3, 1), State: provenance.Diverge, Findings: []string{"number-1"},
			Sources: 3, Independent: 2,
			Claims: []provenance.Support{{Pos: pos("a.txt", 3, 1), Quote: "14 workers were hurt", Origin: "a.txt"}, {Pos: pos("c.txt", 2, 4), Quote: "15 people were hurt", Origin: "c.txt"}},
		}},
		Anomalies: []provenance.Anomaly{{Kind: provenance.AnomalyInjected, Pos: pos("b.txt", 6, 14), Text: "XyzFire", Detail: `"Xyz" fused to "Fire"`}},
	}
	want := `RELATION  A      B      DIRECTION      COVERAGE  SCORE  EVIDENCE
copy      a.txt  b.txt  a.txt → b.txt  0.80      0.50   50 words

a.txt copy b.txt:
	verbatim a.txt:3-4 = b.txt:5-6 (50 words) "A fire tore through"

ORIGINS (2 for 3 sources)
	1	a.txt b.txt
	2	c.txt

CLUSTERS
STATE    SOURCES  INDEPENDENT  AT         STATEMENT
diverge  3        2            a.txt:3:1  14 workers were hurt
                                          findings: number-1
                               a.txt:3:1  "14 workers were hurt"
                               c.txt:2:4  "15 people were hurt"

ANOMALIES
b.txt:6:14: injected-token: "XyzFire": "Xyz" fused to "Fire"
`
	if diff := cmp.Diff(want, renderView(t, NewProvenance, "table", &pipeline.Result{Provenance: r})); diff != "" {
		t.Errorf("provenance table mismatch (-want +got):\n%s", diff)
	}
}
