package report

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/internal/disjoint"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/provenance"
)

// provenanceLines summarizes the relations that are not independence, one
// line each, and the count of origins: what the short formats print after
// the findings.
//
//	provenance: a.txt copies b.txt (credit)
//	provenance: 3 independent origins for 5 sources
func provenanceLines(p *provenance.Report) []string {
	if p == nil {
		return nil
	}
	lines, grouped := sharedGroups(p.Relations)
	var out []string
	for i, r := range p.Relations {
		if r.Kind == provenance.Independent {
			continue
		}
		switch g := lines[i]; {
		case r.From != "":
			verb := map[provenance.Kind]string{provenance.Copy: "copies", provenance.Paraphrase: "paraphrases"}[r.Kind]
			out = append(out, fmt.Sprintf("provenance: %s %s %s (%s)", escape.Path(r.To), verb, escape.Path(r.From), r.Basis))
		case grouped[i] && g == nil:
			// said on its group's line
		case grouped[i]:
			paths := make([]string, len(g))
			for k, path := range g {
				paths[k] = escape.Path(path)
			}
			out = append(out, fmt.Sprintf("provenance: %d sources share one %s (direction unknown): %s", len(g), r.Kind, strings.Join(paths, ", ")))
		default:
			out = append(out, fmt.Sprintf("provenance: %s and %s share a %s (direction unknown)", escape.Path(r.A), escape.Path(r.B), r.Kind))
		}
	}
	sources := 0
	for _, o := range p.Origins {
		sources += len(o)
	}
	out = append(out, fmt.Sprintf("provenance: %d independent origins for %d sources", len(p.Origins), sources))
	return out
}

// sharedGroups finds the sources that all share one copy or paraphrase
// with each other, direction unknown, three or more (republications of
// one wire story): said pair by pair they are a line for every pair, 63,600
// lines for 160 copies of five stories. grouped marks the relations of
// such groups; lines holds, at each group's first relation, the group's
// paths, sorted (nil elsewhere). Indexed by relation: with many copies
// there is a relation for every pair of files.
func sharedGroups(rels []provenance.Relation) (lines [][]string, grouped []bool) {
	type key struct {
		kind provenance.Kind
		path string
	}
	ids := map[key]int{}
	var names []key
	id := func(k key) int {
		if i, ok := ids[k]; ok {
			return i
		}
		ids[k] = len(names)
		names = append(names, k)
		return len(names) - 1
	}
	type edge struct{ a, b int }
	edges := make([]edge, len(rels)) // by relation; a < 0 when not in a group
	for i, r := range rels {
		edges[i].a = -1
		if r.Kind == provenance.Independent || r.From != "" {
			continue
		}
		edges[i] = edge{id(key{r.Kind, r.A}), id(key{r.Kind, r.B})}
	}
	sets := disjoint.New(len(names))
	for _, e := range edges {
		if e.a >= 0 {
			sets.Union(e.a, e.b)
		}
	}
	size, pairs := make([]int, len(names)), make([]int, len(names))
	for i := range names {
		size[sets.Find(i)]++
	}
	for _, e := range edges {
		if e.a >= 0 {
			pairs[sets.Find(e.a)]++
		}
	}
	lines, grouped = make([][]string, len(rels)), make([]bool, len(rels))
	said := make([]bool, len(names)) // groups (roots) given their line
	for i, e := range edges {
		if e.a < 0 {
			continue
		}
		root := sets.Find(e.a)
		if n := size[root]; n < 3 || pairs[root] != n*(n-1)/2 {
			continue // not every pair shares it: said pair by pair
		}
		grouped[i] = true
		if said[root] {
			continue
		}
		said[root] = true
		var paths []string
		for k, name := range names {
			if sets.Find(k) == root {
				paths = append(paths, name.path)
			}
		}
		sort.Strings(paths)
		lines[i] = paths
	}
	return lines, grouped
}

// provenanceMarkdown is the provenance package's Markdown with its headings
// one level down, to sit under the report's "Provenance" heading.
func provenanceMarkdown(p *provenance.Report) (string, error) {
	var b bytes.Buffer
	if err := writeProvenanceMarkdown(&b, p); err != nil {
		return "", err
	}
	lines := strings.SplitAfter(b.String(), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#") {
			lines[i] = "#" + l
		}
	}
	return strings.Join(lines, ""), nil
}

// provenanceSummaryMax is how many relation lines the summary gives before
// it says how many more the full provenance holds.
const provenanceSummaryMax = 5

// provenanceSummary is the provenance in a few lines, for the Markdown and
// HTML reports, where the full tables sit collapsed under it: how many
// independent origins stand behind the sources, the copy and paraphrase
// relations (at most provenanceSummaryMax, then how many more) and the
// number of anomalies.
//
//	4 sources from 3 independent origins
//	b.txt copies a.txt (credit)
func provenanceSummary(p *provenance.Report) []string {
	if p == nil {
		return nil
	}
	lines := provenanceLines(p)
	rels := lines[:len(lines)-1] // the last line counts the origins
	sources := 0
	for _, o := range p.Origins {
		sources += len(o)
	}
	noun, verb := "origins", "sources from"
	if len(p.Origins) == 1 {
		noun = "origin"
	}
	out := []string{fmt.Sprintf("%d %s %d independent %s", sources, verb, len(p.Origins), noun)}
	for i, l := range rels {
		if i == provenanceSummaryMax {
			out = append(out, fmt.Sprintf("and %d more relations", len(rels)-i))
			break
		}
		out = append(out, strings.TrimPrefix(l, "provenance: "))
	}
	if n := len(p.Anomalies); n > 0 {
		noun := "anomalies"
		if n == 1 {
			noun = "anomaly"
		}
		out = append(out, fmt.Sprintf("%d %s where a copy differs from its origin", n, noun))
	}
	return out
}
