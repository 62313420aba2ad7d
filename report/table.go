package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factcheck/factcheck/align"
)

// tableRenderer prints the terminal table: one row per finding with its
// kind, severity, status, summary and every side as path:line, and a
// footer with the counts. The summary column takes what the terminal width
// leaves and is word-wrapped here, not by tablewriter, so the layout is
// ours and stable.
type tableRenderer struct{ opt Options }

// ANSI colours for severities, used only when Options.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiDim    = "\x1b[2m"
)

// minSummary is the narrowest the summary column gets, however narrow
// the terminal: below it, the table overflows rather than shred words.
const minSummary = 24

func (tr *tableRenderer) Render(w io.Writer, r *Result) error {
	fs := ordered(r.Findings)
	header := []string{"Kind", "Severity", "Status", "Summary", "Sides"}
	type row struct{ kind, sev, status, sides string }
	rows := make([]row, len(fs))
	// Widths of the fixed columns are their longest cell.
	widths := []int{len(header[0]), len(header[1]), len(header[2]), 0, len(header[4])}
	for i, f := range fs {
		st := f.Status
		if st == "" {
			st = align.Unresolved
		}
		var cites []string
		for _, s := range f.Sides {
			cites = append(cites, cite(s.Pos))
		}
		kind := f.Check
		if f.Context {
			kind += "\n(context)"
		}
		rows[i] = row{kind, f.Severity.String(), string(st), strings.Join(cites, "\n")}
		for c, cell := range []string{rows[i].kind, rows[i].sev, rows[i].status, "", rows[i].sides} {
			for _, l := range strings.Split(cell, "\n") {
				widths[c] = max(widths[c], utf8.RuneCountInString(l))
			}
		}
	}
	// Each column costs its width plus "│ " and " "; one closing "│".
	summary := tr.opt.Width - 1
	for c, n := range widths {
		if c != 3 {
			summary -= n
		}
		summary -= 3
	}
	summary = max(summary, minSummary)

	t := tablewriter.NewTable(w,
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithFooterAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithFooterAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithFooterAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft}),
		tablewriter.WithTrimSpace(tw.Off),
	)
	t.Header(header)
	for i, f := range fs {
		rw := rows[i]
		if err := t.Append(rw.kind, tr.color(rw.sev, f), rw.status, wrap(oneLine(f.Summary), summary), rw.sides); err != nil {
			return err
		}
	}
	t.Footer("", "", "", wrap(count(fs).Line(), summary), "")
	if err := t.Render(); err != nil {
		return err
	}
	for _, s := range sortedStale(r.Stale) {
		if _, err := fmt.Fprintf(w, "%s: resolution %q matches no finding (stale)\n", s.Position, s.ID); err != nil {
			return err
		}
	}
	return nil
}

// color paints a severity cell: red errors, yellow warnings, cyan info;
// resolved findings dim whatever their severity.
func (tr *tableRenderer) color(sev string, f align.Finding) string {
	if !tr.opt.Color {
		return sev
	}
	c := ansiCyan
	switch {
	case f.Status.Resolved():
		c = ansiDim
	case f.Severity == align.Error:
		c = ansiRed
	case f.Severity == align.Warning:
		c = ansiYellow
	}
	return c + sev + ansiReset
}

// wrap breaks s into lines of at most width runes at spaces; a word longer
// than the width is cut.
func wrap(s string, width int) string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		for utf8.RuneCountInString(word) > width {
			if line != "" {
				lines = append(lines, line)
				line = ""
			}
			cut := 0
			for i := range word {
				if utf8.RuneCountInString(word[:i]) == width {
					cut = i
					break
				}
			}
			lines = append(lines, word[:cut])
			word = word[cut:]
		}
		switch {
		case line == "":
			line = word
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
