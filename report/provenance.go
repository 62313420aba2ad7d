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
	if err := provenance.WriteMarkdown(&b, p); err != nil {
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
