package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/provenance"
)

// writeProvenanceMarkdown prints the report as Markdown sections and tables. Every
// table cell goes through escape.Markdown, file names first through
// escape.Path, and code spans outside tables through escape.MarkdownCode:
// a sentence or a file name cannot break a row or open raw HTML.
func writeProvenanceMarkdown(w io.Writer, r *provenance.Report) error {
	fmt.Fprintln(w, "## Source relations")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| relation | A | B | direction | coverage | score | evidence |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, rel := range r.Relations {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %.2f | %.2f | %s |\n", escape.Markdown(string(rel.Kind)), mdPath(rel.A), mdPath(rel.B), escape.Markdown(direction(rel)), rel.Coverage, rel.Score, escape.Markdown(rel.Evidence))
	}
	for _, rel := range r.Relations {
		fmt.Fprintf(w, "\n### %s %s %s\n\n", codePath(rel.A), rel.Kind, codePath(rel.B))
		for _, p := range rel.Passages {
			fmt.Fprintf(w, "- %s %s = %s (%d words): %s\n", p.Kind, escape.MarkdownCode(p.A.Lines()), escape.MarkdownCode(p.B.Lines()), p.Words, escape.Markdown(p.Text))
		}
	}
	fmt.Fprintf(w, "\n## Origins\n\n%d origins for %d sources.\n\n", len(r.Origins), sources(r.Origins))
	for i, o := range r.Origins {
		var cs []string
		for _, p := range o {
			cs = append(cs, codePath(p))
		}
		fmt.Fprintf(w, "%d. %s\n", i+1, strings.Join(cs, ", "))
	}
	if len(r.Clusters) > 0 {
		fmt.Fprintln(w, "\n## Claim clusters")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| state | sources | independent | statement | claims |")
		fmt.Fprintln(w, "|---|---|---|---|---|")
		for _, c := range r.Clusters {
			st := string(c.State)
			if len(c.Findings) > 0 {
				st += " (" + strings.Join(c.Findings, ", ") + ")"
			}
			var at []string
			for _, s := range c.Claims {
				at = append(at, s.Pos.String())
			}
			fmt.Fprintf(w, "| %s | %d | %d | %s | %s |\n", escape.Markdown(st), c.Sources, c.Independent, escape.Markdown(provenance.Excerpt(c.Statement)), escape.Markdown(strings.Join(at, " ")))
		}
	}
	if len(r.Anomalies) > 0 {
		fmt.Fprintln(w, "\n## Anomalies")
		fmt.Fprintln(w)
		for _, a := range r.Anomalies {
			fmt.Fprintf(w, "- %s %s %s: %s\n", escape.MarkdownCode(a.Pos.String()), a.Kind, escape.MarkdownCode(a.Text), escape.Markdown(a.Detail))
		}
	}
	return nil
}

// codePath is a file name as a code span.
func codePath(p string) string { return escape.MarkdownCode(escape.Path(p)) }
