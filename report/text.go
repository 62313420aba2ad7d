package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
)

// writeText prints the line form editors and end-to-end tests read:
//
//	story.txt:3:1: bridge closure dated Wednesday … (date) [date-5f1c2a04be]
//		sources/herald.txt:3:1: "The Marlow harbour bridge was shut on Thursday …"
//
// A resolved finding's parenthesis adds its status, a context finding's
// adds "context"; the draft's unsupported claims, its support counts
// ("draft: 5 claims: 2 supported, …") and stale resolutions follow.
// Single-source claims are not printed: they are informational and would
// drown the conflicts.
func writeText(bw *bufio.Writer, r *pipeline.Result, _ Options) error {
	tt := newTitler(r)
	for _, f := range ordered(r.Findings) {
		tags := []string{f.Check}
		if f.Context {
			tags = append(tags, "context")
		}
		if f.Status.Resolved() {
			tags = append(tags, string(f.Status))
		}
		// The ID closes the line: it is what "factcheck accept" takes.
		fmt.Fprintf(bw, "%s: %s (%s) [%s]\n", f.Pos(), tt.title(&f), strings.Join(tags, ", "), f.ID)
		for _, q := range otherSides(&f) {
			fmt.Fprintf(bw, "\t%s\n", q)
		}
	}
	return trailer(bw, r)
}

// trailer prints what follows the findings in the text and table formats,
// one line each: the draft's unsupported claims and its support counts,
// stale resolutions, the provenance summary, and the rules file applied.
func trailer(w io.Writer, r *pipeline.Result) error {
	var lines []string
	for _, s := range sortedSides(r.Unsupported) {
		lines = append(lines, fmt.Sprintf("%s: %s (unsupported)", s.Pos, unsupportedText(s)))
	}
	if r.Draft != "" {
		l := "draft: " + supportLine(r.Support)
		if d := draftDated(r); d != "" {
			l += " (" + d + ")"
		}
		lines = append(lines, l)
	}
	for _, s := range sortedStale(r.Stale) {
		lines = append(lines, fmt.Sprintf("%s: %s (stale)", s.Position, staleText(s)))
	}
	lines = append(lines, provenanceLines(r.Provenance)...)
	if r.Config != "" {
		lines = append(lines, "rules file: "+escape.Path(r.Config))
	}
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return err
		}
	}
	return nil
}
