package provenance

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown prints the report as Markdown sections and tables.
func WriteMarkdown(w io.Writer, r *Report) error {
	fmt.Fprintln(w, "## Source relations")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| relation | A | B | direction | coverage | score | evidence |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, rel := range r.Relations {
		fmt.Fprintf(w, "| %s | `%s` | `%s` | %s | %.2f | %.2f | %s |\n", rel.Kind, rel.A, rel.B, mdEscape(direction(rel)), rel.Coverage, rel.Score, mdEscape(rel.Evidence))
	}
	for _, rel := range r.Relations {
		fmt.Fprintf(w, "\n### `%s` %s `%s`\n\n", rel.A, rel.Kind, rel.B)
		for _, p := range rel.Passages {
			fmt.Fprintf(w, "- %s `%s` = `%s` (%d words): %s\n", p.Kind, p.A.Lines(), p.B.Lines(), p.Words, mdEscape(p.Text))
		}
	}
	fmt.Fprintf(w, "\n## Origins\n\n%d origins for %d sources.\n\n", len(r.Origins), sources(r.Origins))
	for i, o := range r.Origins {
		fmt.Fprintf(w, "%d. `%s`\n", i+1, strings.Join(o, "`, `"))
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
				at = append(at, "`"+s.Pos.String()+"`")
			}
			fmt.Fprintf(w, "| %s | %d | %d | %s | %s |\n", st, c.Sources, c.Independent, mdEscape(excerpt(c.Statement)), strings.Join(at, " "))
		}
	}
	if len(r.Anomalies) > 0 {
		fmt.Fprintln(w, "\n## Anomalies")
		fmt.Fprintln(w)
		for _, a := range r.Anomalies {
			fmt.Fprintf(w, "- `%s` %s `%s`: %s\n", a.Pos, a.Kind, a.Text, mdEscape(a.Detail))
		}
	}
	return nil
}

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdEscaper is built once: building a Replacer per cell cost more than
// the escaping.
var mdEscaper = strings.NewReplacer("|", `\|`, "\n", " ")
