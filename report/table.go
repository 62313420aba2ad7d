package report

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/pipeline"
)

// ANSI colours for severities, used only when Options.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiDim    = "\x1b[2m"
)

// The summary column's widths: below wideSummary the compact layout is
// used; below minSummary, however narrow the terminal, the table overflows
// rather than shred words.
const (
	wideSummary = 30
	minSummary  = 16
)

// writeTable prints the terminal table: one row per finding with its
// kind, severity, status, summary and every side as path:line, and a
// footer with the counts. The summary column takes what the terminal width
// leaves and is word-wrapped here, not by tablewriter, so the layout is
// ours and stable.
func writeTable(w *bufio.Writer, r *pipeline.Result, opt Options) error {
	fs := ordered(r.Findings)
	tt := newTitler(r)
	if len(fs) == 0 {
		// A table of nothing is all borders; say it plainly.
		if _, err := fmt.Fprintln(w, "No findings."); err != nil {
			return err
		}
		return trailer(w, r)
	}
	type row struct{ kind, sev, status, sides string }
	rows := make([]row, len(fs))
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
		// The ID's hash sits under the status: "factcheck accept" takes it
		// as well as the full ID, and the kind is in the column already.
		rows[i] = row{kind, color(opt.Color, f.Severity.String(), f), string(st) + "\n#" + shortID(f.ID), strings.Join(cites, "\n")}
	}
	// The wide layout has a column each for kind, severity and status; when
	// that leaves the summary too little room, the compact one stacks the
	// three in one column.
	header := []string{"Kind", "Severity", "Status", "Summary", "Sides"}
	cells := func(rw row) []string { return []string{rw.kind, rw.sev, rw.status, "", rw.sides} }
	summary := summaryWidth(opt.Width, header, len(rows), func(i int) []string { return cells(rows[i]) })
	if summary < wideSummary {
		header = []string{"Finding", "Summary", "Sides"}
		cells = func(rw row) []string { return []string{rw.kind + "\n" + rw.sev + "\n" + rw.status, "", rw.sides} }
		summary = summaryWidth(opt.Width, header, len(rows), func(i int) []string { return cells(rows[i]) })
	}
	summary = max(summary, minSummary)
	col := len(header) - 2 // the summary column

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
		cs := cells(rows[i])
		cs[col] = wrap(tt.title(&f), summary)
		if err := t.Append(cs); err != nil {
			return err
		}
	}
	footer := make([]string, len(header))
	footer[col] = wrap(count(fs).line(), summary)
	t.Footer(footer)
	if err := t.Render(); err != nil {
		return err
	}
	return trailer(w, r)
}

// summaryWidth is what a table width leaves the summary column (the one
// before last) once every other column has its longest line: each column
// costs its width plus "│ " and " ", and the table one closing "│".
func summaryWidth(width int, header []string, n int, cells func(int) []string) int {
	widths := make([]int, len(header))
	measure := func(c int, cell string) {
		for _, l := range strings.Split(cell, "\n") {
			widths[c] = max(widths[c], displayWidth(l))
		}
	}
	for c, h := range header {
		measure(c, h)
	}
	for i := 0; i < n; i++ {
		for c, cell := range cells(i) {
			measure(c, cell)
		}
	}
	left := width - 1
	for c, n := range widths {
		if c != len(header)-2 {
			left -= n
		}
		left -= 3
	}
	return left
}

// displayWidth counts the runes of s that show, skipping ANSI colour codes.
func displayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			if j := strings.IndexByte(s[i:], 'm'); j >= 0 {
				i += j + 1
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// color paints a severity cell when on (Options.Color): red errors,
// yellow warnings, cyan info; resolved findings dim whatever their
// severity.
func color(on bool, sev string, f align.Finding) string {
	if !on {
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

// shortID is the hash part of a finding ID ("date-5f1c2a04be" → "5f1c2a04be").
func shortID(id string) string {
	if i := strings.LastIndexByte(id, '-'); i >= 0 {
		return id[i+1:]
	}
	return id
}
