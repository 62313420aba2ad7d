package provenance

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/testkit"
	"github.com/factcheck/factcheck/source"
)

var dateLine = regexp.MustCompile(`(?m)^\s*(?:date|Date:|Published)\s*(\d{4}-\d{2}-\d{2})`)

// parseAs parses the file at from as if it were named name, and returns
// the document and the file's bytes.
func parseAs(t testing.TB, name, from string) (*source.Document, []byte) {
	t.Helper()
	raw, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	d, err := source.Parse(name, raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d, raw
}

// load parses files. When the source package leaves Published zero (its
// plain-text reader before issue 3), it reads a "date 2023-03-02",
// "Date: 2025-04-11" or "Published 2024-06-12" line, as the ingest does.
func load(t testing.TB, paths ...string) []*source.Document {
	t.Helper()
	var docs []*source.Document
	for _, p := range paths {
		d, raw := parseAs(t, p, p)
		if d.Meta.Published.IsZero() {
			if m := dateLine.FindSubmatch(raw); m != nil {
				d.Meta.Published, _ = time.Parse("2006-01-02", string(m[1]))
				d.Meta.DateFrom = "date line"
			}
		}
		docs = append(docs, d)
	}
	return docs
}

const fx = "../testdata/provenance/"

// rel is the part of a Relation the tests pin down.
type rel struct {
	A, B     string
	Kind     Kind
	From, To string
	Basis    Basis
}

func relsOf(rs []Relation) []rel {
	var out []rel
	for _, r := range rs {
		out = append(out, rel{r.A, r.B, r.Kind, r.From, r.To, r.Basis})
	}
	return out
}

func find(t *testing.T, rs []Relation, a, b string) Relation {
	t.Helper()
	for _, r := range rs {
		if r.A == a && r.B == b {
			return r
		}
	}
	t.Fatalf("no relation %s %s", a, b)
	return Relation{}
}

// longest returns the longest verbatim passage.
func longest(r Relation) Passage {
	best := Passage{}
	for _, p := range r.Passages {
		if p.Kind == Verbatim && p.Words > best.Words {
			best = p
		}
	}
	return best
}

func TestFixtures(t *testing.T) {
	wire, repub, rewrite, gazette := fx+"wire.txt", fx+"republished.txt", fx+"rewrite.txt", fx+"gazette.txt"
	docs := load(t, wire, repub, rewrite, gazette)
	r := Build(docs, nil, nil, DefaultParams())

	// The republication copies the wire story (the wire carries "(AP)",
	// the copy dropped it); the rewrite paraphrases it; the rewrite and the
	// republication are siblings of the wire story, so their relation has
	// no direction; the gazette's own report relates to nothing.
	want := []rel{
		{repub, rewrite, Paraphrase, "", "", ""},
		{repub, wire, Copy, wire, repub, ByCredit},
		{rewrite, wire, Paraphrase, wire, rewrite, ByCredit},
	}
	if diff := cmp.Diff(want, relsOf(r.Relations)); diff != "" {
		t.Errorf("relations mismatch (-want +got):\n%s", diff)
	}

	// The copy's seven body paragraphs (lines 6-12) are the wire's lines
	// 7-19, one passage despite the injected token on line 9 (with the
	// headline too when the reader drops the lines between).
	cp := longest(find(t, r.Relations, repub, wire))
	if cp.A.StartLine > 6 || cp.A.EndLine != 12 || cp.B.StartLine > 7 || cp.B.EndLine != 19 {
		t.Errorf("copy passage = %s = %s, want %s:6-12 = %s:7-19", cp.A.Lines(), cp.B.Lines(), repub, wire)
	}
	// Every paragraph of the rewrite aligns with the wire's, in order.
	var lines []string
	for _, p := range find(t, r.Relations, rewrite, wire).Passages {
		if p.Kind == Reworded {
			lines = append(lines, fmt.Sprintf("%d=%d", p.A.StartLine, p.B.EndLine))
		}
	}
	for _, w := range []string{"5=7", "9=11", "11=13", "21=23"} {
		if !slices.Contains(lines, w) {
			t.Errorf("rewrite passages %v lack %s", lines, w)
		}
	}

	// Four sources, two origins: the wire with its copy and its rewrite,
	// and the gazette.
	wantOrigins := [][]string{{gazette}, {wire, repub, rewrite}}
	if diff := cmp.Diff(wantOrigins, r.Origins); diff != "" {
		t.Errorf("origins mismatch (-want +got):\n%s", diff)
	}

	var anoms []string
	for _, a := range r.Anomalies {
		anoms = append(anoms, a.Pos.String()+" "+a.Kind+" "+a.Text)
	}
	wantAnoms := []string{repub + ":9:14 injected-token VelquorFirefighters"}
	if diff := cmp.Diff(wantAnoms, anoms); diff != "" {
		t.Errorf("anomalies mismatch (-want +got):\n%s", diff)
	}
}

// claimAt builds the claim of the first article sentence of d containing
// phrase: the way a test stands in for claims.Extract.
func claimAt(t *testing.T, d *source.Document, phrase string) *claims.Claim {
	t.Helper()
	for i, s := range d.Sentences {
		if s.Kind.IsArticle() && strings.Contains(s.Text, phrase) {
			return &claims.Claim{Doc: d, Sentence: i, Start: s.Start, End: s.End, Text: s.Text, Pos: s.Pos, Kind: claims.KindStatement}
		}
	}
	t.Fatalf("%s: no sentence with %q", d.Path, phrase)
	return nil
}

func TestClusters(t *testing.T) {
	docs := load(t, fx+"wire.txt", fx+"republished.txt", fx+"rewrite.txt", fx+"gazette.txt")
	wire, repub, rewrite, gazette := docs[0], docs[1], docs[2], docs[3]
	rels := Relations(docs, DefaultParams())
	g := func(cs ...*claims.Claim) align.Group {
		sort.Slice(cs, func(i, j int) bool { return cs[i].Pos.Less(cs[j].Pos) })
		return align.Group{Claims: cs}
	}
	workforce := []*claims.Claim{claimAt(t, wire, "about 350 people"), claimAt(t, gazette, "roughly 350 people")}
	a := &align.Alignment{
		Events: []align.Event{{Label: "plant fire", Paths: []string{gazette.Path, repub.Path, rewrite.Path, wire.Path}}},
		Groups: []align.Group{
			// 14 hurt: four files, but three of them are one wire story.
			g(claimAt(t, wire, "injuring 14 workers"), claimAt(t, repub, "injuring 14 workers"),
				claimAt(t, rewrite, "hurting 14 workers"), claimAt(t, gazette, "14 people were hurt")),
			// Six departments: the copy adds a file, not a witness.
			g(claimAt(t, wire, "six departments"), claimAt(t, repub, "six departments"), claimAt(t, gazette, "six fire departments")),
			// The 2021 citation: only the wire story and its rewrite.
			g(claimAt(t, wire, "cited in 2021"), claimAt(t, rewrite, "cited the plant in 2021")),
			// The workforce: both origins, with a finding on the number.
			g(workforce...),
			// The Red Cross: the gazette alone.
			g(claimAt(t, gazette, "Red Cross")),
		},
	}
	type count struct {
		State               State
		Sources, Indep      int
		Findings            []string
		CanonicalFromOrigin string
	}
	// A finding on the number, with a side on each claim of the workforce.
	finding := align.Finding{ID: "number-7f3a", Check: "number", Status: align.Unresolved}
	for _, c := range workforce {
		finding.Sides = append(finding.Sides, align.Side{Pos: c.Pos, Text: c.Text})
	}
	// Another finding whose sides are on no claim of the alignment.
	elsewhere := align.Finding{ID: "date-0000", Check: "date", Status: align.Unresolved,
		Sides: []align.Side{{Pos: source.Position{Filename: "other.txt", Line: 1, Column: 1}}}}
	clusters := func(fs ...align.Finding) []count {
		var got []count
		for _, c := range Clusters(a, rels, fs) {
			got = append(got, count{c.State, c.Sources, c.Independent, c.Findings, c.At.Filename})
		}
		return got
	}
	// Clusters sort by event, then by the canonical claim's position; the
	// canonical claim is the earliest published, then the longest.
	want := []count{
		{Single, 1, 1, nil, gazette.Path},                   // Red Cross
		{Agree, 4, 2, nil, wire.Path},                       // 14 hurt
		{Agree, 3, 2, nil, wire.Path},                       // six departments: the copy's sentence is longer, but a day later
		{Diverge, 2, 2, []string{"number-7f3a"}, wire.Path}, // 350 people
		{Agree, 2, 1, nil, wire.Path},                       // cited in 2021
	}
	if diff := cmp.Diff(want, clusters(finding, elsewhere)); diff != "" {
		t.Errorf("Clusters mismatch (-want +got):\n%s", diff)
	}

	// Once the finding is accepted in the rules file, its fact is resolved,
	// still naming the finding; the other clusters do not change.
	accepted := finding
	accepted.Status = align.Accepted
	want[3].State = Resolved
	if diff := cmp.Diff(want, clusters(accepted, elsewhere)); diff != "" {
		t.Errorf("Clusters after accept mismatch (-want +got):\n%s", diff)
	}

	// Without findings, the workforce is a fact two origins agree on.
	want[3] = count{Agree, 2, 2, nil, wire.Path}
	if diff := cmp.Diff(want, clusters()); diff != "" {
		t.Errorf("Clusters without findings mismatch (-want +got):\n%s", diff)
	}
}

func TestSeeds(t *testing.T) {
	paths := testkit.Glob(t, "../testdata/seeds/*.txt")
	if len(paths) != 5 {
		t.Fatalf("want 5 seeds, have %d", len(paths))
	}
	docs := load(t, paths...)
	r := Build(docs, nil, nil, DefaultParams())

	s := func(n string) string {
		for _, p := range paths {
			if strings.Contains(filepath.Base(p), n+"_") {
				return p
			}
		}
		t.Fatalf("no seed %s", n)
		return ""
	}
	s0, s1, s2, s3, s4 := s("000"), s("001"), s("002"), s("003"), s("004")

	var related []rel
	for _, x := range relsOf(r.Relations) {
		if x.Kind != Independent {
			related = append(related, x)
		}
	}
	want := []rel{
		// 003 republishes the AP story 001 carries: 001 has the credit.
		{s1, s3, Copy, s1, s3, ByCredit},
		// 004 rewrites the AP story sentence by sentence.
		{s1, s4, Paraphrase, s1, s4, ByCredit},
		// 003 and 004 are both the AP story: siblings, no direction.
		{s3, s4, Paraphrase, "", "", ""},
	}
	if diff := cmp.Diff(want, related); diff != "" {
		t.Errorf("seed relations mismatch (-want +got):\n%s", diff)
	}
	for _, x := range related {
		for _, p := range []string{s0, s2} {
			if x.A == p || x.B == p {
				t.Errorf("%s should be independent: %v", p, x)
			}
		}
	}

	// The line ranges that prove the copy: the lede and the "three points"
	// paragraphs of 001 are in 003's first paragraphs.
	cp := find(t, r.Relations, s1, s3)
	var ps []string
	for _, p := range cp.Passages {
		ps = append(ps, p.A.Lines()+" = "+p.B.Lines())
	}
	for _, w := range []string{s1 + ":34-36 = " + s3 + ":5", s1 + ":42-44 = " + s3 + ":6-7"} {
		if !slices.Contains(ps, w) {
			t.Errorf("copy passages %v lack %s", ps, w)
		}
	}

	wantOrigins := [][]string{{s0}, {s1, s3, s4}, {s2}}
	if diff := cmp.Diff(wantOrigins, r.Origins); diff != "" {
		t.Errorf("origins mismatch (-want +got):\n%s", diff)
	}

	var anoms []string
	for _, a := range r.Anomalies {
		anoms = append(anoms, a.Pos.Filename+" "+a.Kind+" "+a.Text)
	}
	wantAnoms := []string{s3 + " copy-date 2025-04-11", s3 + " injected-token RekubitRussian"}
	if diff := cmp.Diff(wantAnoms, anoms); diff != "" {
		t.Errorf("anomalies mismatch (-want +got):\n%s", diff)
	}
	for _, a := range r.Anomalies {
		if a.Kind == AnomalyInjected && (a.Pos.Line != 5 || a.Pos.Column != 44) {
			t.Errorf("injected token at %s, want %s:5:44", a.Pos, s3)
		}
	}
}

func TestFusion(t *testing.T) {
	// fused reports whether the first word of cp fuses the first of orig.
	fused := func(cp, orig string) bool {
		c := mkText("c.txt", cp+"\n")
		o := mkText("o.txt", orig+"\n")
		_, got := fusion(c, c.toks[0], o, o.toks[0])
		return got
	}
	testkit.Pairs(t, "fusion", fused, []testkit.Pair[bool]{ // copy, original
		{"RekubitRussian", "Russian", true},
		{"VelquorFirefighters", "firefighters", true},
		{"SpokespersonXyzzy", "spokesperson", true},
		{"firefighters", "fighters", false}, // a compound, no case seam
		{"Russians", "Russian", false},      // an inflection
		{"McDonald", "Donald", false},       // too short a prefix
		{"US", "S", false},
	})
}

func mkText(path, s string) *text {
	d, err := source.Parse(path, []byte(s), source.Options{})
	if err != nil {
		panic(err)
	}
	for i := range d.Sentences {
		d.Sentences[i].Kind = source.KindBody
	}
	return read(d, DefaultParams().Shingle)
}

func TestDateAnomaly(t *testing.T) {
	docs := load(t, fx+"wire.txt", fx+"republished.txt")
	docs[1].Meta.Published = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	var got []string
	for _, a := range Anomalies(docs, DefaultParams()) {
		got = append(got, a.Kind+" "+a.Text+" "+a.Detail)
	}
	want := []string{
		"copy-date 2026-01-05 copy dated 2026-01-05 (date line) is 1 year later than its origin " + fx + "wire.txt dated 2024-06-12",
		"injected-token VelquorFirefighters \"Velquor\" fused to \"Firefighters\"; " + fx + "wire.txt:13:14 has \"firefighters\"",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Anomalies mismatch (-want +got):\n%s", diff)
	}
}

// TestSpans checks the invariants of every passage: spans in bounds,
// starting and ending on word boundaries, positions matching offsets.
func TestSpans(t *testing.T) {
	paths := testkit.Glob(t, "../testdata/seeds/*.txt")
	more := testkit.Glob(t, fx+"*.txt")
	docs := load(t, append(paths, more...)...)
	byPath := map[string]*source.Document{}
	for _, d := range docs {
		byPath[d.Path] = d
	}
	for _, r := range Relations(docs, DefaultParams()) {
		if r.A >= r.B {
			t.Errorf("relation %s %s not ordered", r.A, r.B)
		}
		for _, p := range r.Passages {
			for _, s := range []Span{p.A, p.B} {
				d := byPath[s.Path]
				if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
					t.Fatalf("%s: span %d-%d out of bounds", s, s.Start, s.End)
				}
				if pos := d.Pos(s.Start); pos.Line != s.StartLine || pos.Column != s.StartCol {
					t.Errorf("%s: start is %s", s, pos)
				}
				if s.EndLine < s.StartLine {
					t.Errorf("%s: ends before it starts", s)
				}
			}
		}
	}
}

// FuzzRelations checks invariants on arbitrary pairs of texts: no panic,
// spans in bounds and on the texts they name, A < B.
func FuzzRelations(f *testing.F) {
	for _, p := range []string{"wire.txt", "republished.txt", "rewrite.txt", "gazette.txt"} {
		raw, err := os.ReadFile(fx + p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw), string(raw)+"\nMore text.")
	}
	f.Add("a b c d e f g h i j.", "a b c d e f g h i j.")
	f.Add("“quoted a b c d e f g h”", "\"quoted a b c d e f g h\"")
	f.Fuzz(func(t *testing.T, x, y string) {
		var docs []*source.Document
		for i, s := range []string{x, y} {
			d, err := source.Parse(fmt.Sprintf("f%d.txt", i), []byte(s), source.Options{})
			if err != nil {
				return
			}
			docs = append(docs, d)
		}
		r := Build(docs, nil, nil, DefaultParams())
		for _, rel := range r.Relations {
			if rel.A >= rel.B {
				t.Fatalf("relation %s %s not ordered", rel.A, rel.B)
			}
			for _, p := range rel.Passages {
				for _, s := range []Span{p.A, p.B} {
					d := docs[0]
					if s.Path == docs[1].Path {
						d = docs[1]
					}
					if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
						t.Fatalf("span %d-%d out of bounds of %d", s.Start, s.End, len(d.Text))
					}
				}
			}
		}
	})
}
