package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/testkit"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// mdTable is one table as goldmark parsed it: its header cells and the
// cell count of each body row.
type mdTable struct {
	Header []string
	Rows   []int
}

// parseMarkdown parses md the way GitHub does (GFM) and returns its
// tables, its headings' text and the HTML it renders to.
func parseMarkdown(t *testing.T, md []byte) (tables []mdTable, headings []string, out string) {
	t.Helper()
	out = testkit.RenderGFM(t, md, func(n gast.Node, entering bool) gast.WalkStatus {
		if !entering {
			return gast.WalkContinue
		}
		switch n := n.(type) {
		case *gast.Heading:
			headings = append(headings, fmt.Sprintf("h%d %s", n.Level, nodeText(n, md)))
		case *east.Table:
			var tb mdTable
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				switch r.(type) {
				case *east.TableHeader:
					for c := r.FirstChild(); c != nil; c = c.NextSibling() {
						tb.Header = append(tb.Header, nodeText(c, md))
					}
				case *east.TableRow:
					tb.Rows = append(tb.Rows, r.ChildCount())
				}
			}
			tables = append(tables, tb)
			return gast.WalkSkipChildren
		}
		return gast.WalkContinue
	})
	return tables, headings, out
}

// nodeText concatenates the text under n.
func nodeText(n gast.Node, src []byte) string {
	var b strings.Builder
	_ = gast.Walk(n, func(c gast.Node, entering bool) (gast.WalkStatus, error) {
		if entering {
			switch c := c.(type) {
			case *gast.Text:
				b.Write(c.Segment.Value(src))
			case *gast.String:
				b.Write(c.Value)
			}
		}
		return gast.WalkContinue, nil
	})
	return b.String()
}

func TestMarkdownRendersCleanly(t *testing.T) {
	r := fixture(t)
	md := render(t, "markdown", goldenOptions, r)
	tables, headings, out := parseMarkdown(t, md)

	// The draft's claims, sources, summary by kind, and one table per
	// unresolved finding.
	open, _ := split(ordered(r.Findings))
	if want := 3 + len(open); len(tables) != want {
		t.Fatalf("got %d tables, want %d:\n%s", len(tables), want, md)
	}
	draft := mdTable{Header: []string{"Claim", "Text", "State", "Evidence"}}
	for range r.Support {
		draft.Rows = append(draft.Rows, 4)
	}
	// The draft first, the findings next, the sources after them.
	want := []mdTable{
		draft,
		{Header: []string{"Kind", "Unresolved", "Accepted", "False positive", "Fixed", "Total"}, Rows: []int{6, 6, 6, 6, 6}},
	}
	for _, f := range open {
		tb := mdTable{Header: []string{"Source", "Value", "Quote"}}
		for range f.Sides {
			tb.Rows = append(tb.Rows, 3)
		}
		want = append(want, tb)
	}
	want = append(want, mdTable{Header: []string{"File", "Title", "Provider", "Published"}, Rows: []int{4, 4, 4, 4}})
	if diff := cmp.Diff(want, tables); diff != "" {
		t.Errorf("tables mismatch (-want +got):\n%s", diff)
	}
	for _, h := range []string{"h1 Marlow bridge closure: draft check", "h2 Draft", "h2 Sources", "h2 Summary",
		"h2 Draft against the sources", "h2 Disagreements among the sources (context)",
		"h2 Resolved findings", "h2 Unsupported in the draft", "h2 Single-source claims", "h2 Stale resolutions"} {
		if !slices.Contains(headings, h) {
			t.Errorf("heading %q missing; have %q", h, headings)
		}
	}
	if n := strings.Count(out, "<table>"); n != len(want) {
		t.Errorf("rendered %d <table>, want %d", n, len(want))
	}
	// A table row that failed to parse would show as a paragraph of pipes.
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "<p>|") {
			t.Errorf("stray table row rendered as text: %s", line)
		}
	}
	// Markup in titles is escaped, not interpreted.
	for _, s := range []string{"*Marlow*", "girder crack | Marlow Herald", "<details>", "<summary>3 claims stated by one source only</summary>"} {
		if !strings.Contains(out, s) {
			t.Errorf("rendered HTML lacks %q", s)
		}
	}
	if strings.Contains(out, "<em>") {
		t.Error("escaped asterisks rendered as emphasis")
	}
	// The draft's section comes first, before the sources and findings.
	if len(headings) < 3 || headings[1] != "h2 Draft" {
		t.Errorf("headings %q: want the draft's section first", headings)
	}
	for _, s := range []string{
		"Relative times in story.txt are read as of 2025-03-15 (from the newest source).",
		"<td>partly supported</td>", "<td>sources/wire.txt:5; no source states: around, every</td>",
		"<td>date #5f1c2a, number #a9e310</td>", "<td>nearest: sources/gazette.txt:7 says repairs would not begin before April</td>",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("rendered HTML lacks %q", s)
		}
	}
}

// TestEvidence covers each state's evidence, including those the fixture
// lacks: an unsupported claim with no nearest source claim or a nearest
// one without a value, a resolved contradicting finding, and one the
// result does not hold.
func TestEvidence(t *testing.T) {
	at := func(file string, line int) source.Position {
		return source.Position{Filename: file, Line: line, Column: 1}
	}
	byID := findingIndex([]align.Finding{
		{ID: "date-5f1c2a", Check: "date"},
		{ID: "name-0c44e8", Check: "name", Status: align.Accepted},
	})
	for _, c := range []struct {
		s    align.Support
		want string
	}{
		{align.Support{State: align.Supported, Sources: []align.Side{{Pos: at("a.txt", 2)}, {Pos: at("b.txt", 4)}}}, "a.txt:2, b.txt:4"},
		{align.Support{State: align.Contradicted, Findings: []string{"date-5f1c2a", "name-0c44e8", "place-1234"}}, "date #5f1c2a, name #0c44e8 (accepted), place-1234"},
		{align.Support{State: align.PartlySupported, Sources: []align.Side{{Pos: at("a.txt", 2)}}, Missing: []string{"cost"}}, "a.txt:2; no source states: cost"},
		{align.Support{State: align.NotSupported, Nearest: &align.Side{Pos: at("a.txt", 7), Value: "April"}}, "nearest: a.txt:7 says April"},
		{align.Support{State: align.NotSupported, Nearest: &align.Side{Pos: at("a.txt", 7)}}, "nearest: a.txt:7"},
		{align.Support{State: align.NotSupported}, "no source states it"},
	} {
		if got := evidence(c.s, byID); got != c.want {
			t.Errorf("evidence(%s) = %q, want %q", c.s.State, got, c.want)
		}
	}
}

// TestMarkdownHostileQuotes feeds quotes full of Markdown and HTML syntax
// through a finding table: each row must keep three cells and nothing may
// turn into markup.
func TestMarkdownHostileQuotes(t *testing.T) {
	raw := []byte("Plain text.\n")
	d, err := source.Parse("a|b*.txt", raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	hostile := []string{
		"a | b || c",
		"`code` and ``double``",
		"*em* _em_ **strong** ~~del~~",
		"<script>alert(1)</script> <b>bold</b> &amp; &copy;",
		"[link](http://example.com) ![img](x.png) <http://example.com>",
		"# not a heading\n- not a list\n| not | a | row |",
		`back\slash \| escaped pipe`,
	}
	f := align.Finding{ID: "x`y", Check: "name", Severity: align.Error, Summary: "a | b *c*"}
	for _, q := range hostile {
		f.Sides = append(f.Sides, align.Side{Pos: d.Pos(0), Text: q, Value: q})
	}
	md := render(t, "markdown", Options{}, &pipeline.Result{Sources: []*source.Document{d}, Findings: []align.Finding{f}})
	tables, _, out := parseMarkdown(t, md)
	if len(tables) != 3 {
		t.Fatalf("got %d tables, want 3:\n%s", len(tables), md)
	}
	rows := tables[1].Rows // summary, the finding, sources
	if len(rows) != len(hostile) {
		t.Fatalf("finding table has %d rows, want %d:\n%s", len(rows), len(hostile), md)
	}
	for i, n := range rows {
		if n != 3 {
			t.Errorf("row %d (%q) has %d cells, want 3", i, hostile[i], n)
		}
	}
	for _, tag := range []string{"<em>", "<strong>", "<del>", "<script>", "<b>", "<img", "<code>code"} {
		if strings.Contains(out, tag) {
			t.Errorf("hostile quote rendered as markup %s:\n%s", tag, out)
		}
	}
	for _, s := range []string{"a | b || c", "*em* _em_", "&lt;script&gt;", "&amp;amp;", "[link](", `back\slash \| escaped pipe`} {
		if !strings.Contains(out, s) {
			t.Errorf("rendered HTML lacks literal %q:\n%s", s, out)
		}
	}
}

// TestMarkdownHostileDraft: the draft's table keeps four cells a row
// whatever its claims, missing words and nearest values hold.
func TestMarkdownHostileDraft(t *testing.T) {
	hostile := []string{"a | b || c", "`code`", "*em* _em_", "<script>x</script>", "[l](http://x) #1", "line\nbreak | row |"}
	r := &pipeline.Result{Draft: "d|r*.md"}
	pos := source.Position{Filename: "d|r*.md", Line: 1, Column: 1}
	for i, q := range hostile {
		pos.Line = i + 1
		states := []align.SupportState{align.Supported, align.PartlySupported, align.NotSupported}
		r.Support = append(r.Support, align.Support{
			Claim: align.Side{Pos: pos, Text: q}, State: states[i%3],
			Sources: []align.Side{{Pos: pos, Text: q}}, Missing: []string{q},
			Nearest: &align.Side{Pos: pos, Text: q, Value: q},
		})
	}
	md := render(t, "markdown", Options{}, r)
	tables, _, out := parseMarkdown(t, md)
	if len(tables) != 1 { // no sources, no findings: the draft's table alone
		t.Fatalf("got %d tables, want 1:\n%s", len(tables), md)
	}
	if len(tables[0].Rows) != len(hostile) {
		t.Fatalf("draft table has %d rows, want %d:\n%s", len(tables[0].Rows), len(hostile), md)
	}
	for i, n := range tables[0].Rows {
		if n != 4 {
			t.Errorf("row %d (%q) has %d cells, want 4", i, hostile[i], n)
		}
	}
	for _, tag := range []string{"<em>", "<script>", "<a ", "<code>"} {
		if strings.Contains(out, tag) {
			t.Errorf("hostile claim rendered as markup %s:\n%s", tag, out)
		}
	}
}
