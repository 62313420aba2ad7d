package report

import (
	"bytes"
	"fmt"
	"strings"

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
	var out []string
	for _, r := range p.Relations {
		if r.Kind == provenance.Independent {
			continue
		}
		verb := map[provenance.Kind]string{provenance.Copy: "copies", provenance.Paraphrase: "paraphrases"}[r.Kind]
		switch {
		case r.From != "":
			out = append(out, fmt.Sprintf("provenance: %s %s %s (%s)", escape.Path(r.To), verb, escape.Path(r.From), r.Basis))
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
