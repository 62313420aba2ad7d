package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/provenance"
)

// writeProvenanceTable prints the report as aligned plain-text tables: relations
// with their passages, origins, clusters with their counts, anomalies.
func writeProvenanceTable(w io.Writer, r *provenance.Report) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "RELATION\tA\tB\tDIRECTION\tCOVERAGE\tSCORE\tEVIDENCE")
	for _, rel := range r.Relations {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.2f\t%.2f\t%s\n", rel.Kind, escape.Path(rel.A), escape.Path(rel.B), direction(rel), rel.Coverage, rel.Score, escape.Text(rel.Evidence))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, rel := range r.Relations {
		fmt.Fprintf(w, "\n%s %s %s:\n", escape.Path(rel.A), rel.Kind, escape.Path(rel.B))
		for _, p := range rel.Passages {
			fmt.Fprintf(w, "\t%s %s = %s (%d words) %q\n", p.Kind, p.A.Lines(), p.B.Lines(), p.Words, p.Text)
		}
	}
	fmt.Fprintf(w, "\nORIGINS (%d for %d sources)\n", len(r.Origins), sources(r.Origins))
	for i, o := range r.Origins {
		fmt.Fprintf(w, "\t%d\t%s\n", i+1, strings.Join(paths(o), " "))
	}
	if len(r.Clusters) > 0 {
		fmt.Fprintln(w, "\nCLUSTERS")
		tw = tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "STATE\tSOURCES\tINDEPENDENT\tAT\tSTATEMENT")
		for _, c := range r.Clusters {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\n", c.State, c.Sources, c.Independent, c.At, escape.Text(provenance.Excerpt(c.Statement)))
			if len(c.Findings) > 0 {
				fmt.Fprintf(tw, "\t\t\t\tfindings: %s\n", strings.Join(c.Findings, ", "))
			}
			for _, s := range c.Claims {
				fmt.Fprintf(tw, "\t\t\t%s\t%q\n", s.Pos, provenance.Excerpt(s.Quote))
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(r.Anomalies) > 0 {
		fmt.Fprintln(w, "\nANOMALIES")
		for _, a := range r.Anomalies {
			fmt.Fprintf(w, "%s: %s: %q: %s\n", a.Pos, a.Kind, a.Text, escape.Text(a.Detail))
		}
	}
	return nil
}

func direction(r provenance.Relation) string {
	if r.From == "" {
		return "-"
	}
	return escape.Path(r.From) + " → " + escape.Path(r.To)
}

// paths escapes file names for the human formats (escape.Path).
func paths(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = escape.Path(p)
	}
	return out
}

func sources(os [][]string) int {
	n := 0
	for _, o := range os {
		n += len(o)
	}
	return n
}
