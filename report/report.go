package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
)

// Version is the JSON output contract's version; bump it on any change
// that could break a reader. The default report is version 2: version 1
// less the single-source claims, the provenance clusters and each
// relation's passages, which a reader of version 1 may expect. With
// Options.Full the report is version 1, byte for byte.
const Version = 2

// VersionFull is the version of the report written with Options.Full.
const VersionFull = 1

// Renderer writes a result in one format.
type Renderer interface {
	Render(w io.Writer, r *pipeline.Result) error
}

// Options tune the renderers. Nothing in them, and nothing a renderer
// does, reads the clock: the same Result and Options give the same bytes.
type Options struct {
	// Color turns on ANSI colour in the table. The caller sets it only
	// when stdout is a terminal and NO_COLOR is unset.
	Color bool
	// Width is the terminal width the table must fit; 0 means 100.
	Width int
	// Title heads the Markdown and HTML reports; "" means DefaultTitle.
	Title string
	// Date is the report's date, shown by Markdown and HTML when not zero:
	// the newest source's publication date (Newest), never now.
	Date time.Time
	// Links are shown under the HTML report's title (factcheck serve's
	// downloads); none on the command line.
	Links []Link
	// Full makes the JSON report also carry what only tools that rebuild
	// the analysis read: the single-source claims, the provenance clusters
	// (every aligned fact with its claims) and each relation's passages.
	// Without it the report stays within a small multiple of the input.
	Full bool
	// ProvenanceFull shows the provenance whole in the Markdown and HTML
	// reports (factcheck check --provenance full); otherwise it is
	// summarised in a few lines with the rest collapsed under <details>.
	ProvenanceFull bool
}

// DefaultTitle heads a report when Options.Title is empty.
const DefaultTitle = "Fact-check report"

// DefaultWidth is the table width when Options.Width is 0.
const DefaultWidth = 100

// writeFunc writes the check report in one format.
type writeFunc func(w *bufio.Writer, r *pipeline.Result, opt Options) error

// formats are the check report's formats, in the order -help shows them.
var formats = []struct {
	name  string
	write writeFunc
}{
	{"table", writeTable},
	{"text", writeText},
	{"markdown", writeMarkdown},
	{"json", writeJSON},
	{"sarif", writeSARIF},
	{"github", writeGitHub},
	{"html", writeHTML},
}

// Formats returns the names New accepts, in the order -help shows them.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// New returns the renderer for a format name.
func New(format string, opt Options) (Renderer, error) {
	if opt.Width <= 0 {
		opt.Width = DefaultWidth
	}
	if opt.Title == "" {
		opt.Title = DefaultTitle
	}
	for _, f := range formats {
		if f.name == format {
			return checkRenderer{opt, f.write}, nil
		}
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
}

// checkRenderer renders the check report in one format. It buffers what
// the format writes (64 KiB, the JSON report's elements are written one by
// one) and flushes it when the format is done, so no format does either.
type checkRenderer struct {
	opt   Options
	write writeFunc
}

func (cr checkRenderer) Render(w io.Writer, r *pipeline.Result) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := cr.write(bw, r, cr.opt); err != nil {
		return err
	}
	return bw.Flush()
}

// ordered returns the findings in print order: when checking a draft the
// findings that involve it come first and the context ones after; within
// each group, align.Less. It copies, so the caller's slice is untouched.
func ordered(fs []align.Finding) []align.Finding {
	return sortedBy(fs, func(a, b *align.Finding) bool {
		if a.Context != b.Context {
			return !a.Context
		}
		return align.Less(a, b)
	})
}

// sortedBy returns a copy of s (nil when s is empty) sorted by less,
// keeping the order of equal elements: every list a report prints is
// sorted this way, and the caller's slice is untouched.
func sortedBy[T any](s []T, less func(a, b *T) bool) []T {
	out := append([]T(nil), s...)
	sort.SliceStable(out, func(i, j int) bool { return less(&out[i], &out[j]) })
	return out
}

// split separates unresolved findings from resolved ones, keeping order.
func split(fs []align.Finding) (open, resolved []align.Finding) {
	for _, f := range fs {
		if f.Status.Resolved() {
			resolved = append(resolved, f)
		} else {
			open = append(open, f)
		}
	}
	return open, resolved
}

// sortedSources returns the documents ordered by path.
func sortedSources(ds []*source.Document) []*source.Document {
	return sortedBy(ds, func(a, b **source.Document) bool { return (*a).Path < (*b).Path })
}

// sortedSides returns single-source claims ordered by position.
func sortedSides(ss []align.Side) []align.Side {
	return sortedBy(ss, func(a, b *align.Side) bool {
		if c := a.Pos.Compare(b.Pos); c != 0 {
			return c < 0
		}
		return a.Value < b.Value
	})
}

// sortedStale returns stale resolutions ordered by where they are written.
func sortedStale(ss []rules.Stale) []rules.Stale {
	return sortedBy(ss, func(a, b *rules.Stale) bool {
		if c := a.Position.Compare(b.Position); c != 0 {
			return c < 0
		}
		return a.ID < b.ID
	})
}

// counts summarises findings for footers and summaries.
type counts struct {
	Total                int
	Error, Warning, Info int // unresolved findings by severity
	Resolved             int
	kinds                []string
	byKind               map[string]map[align.Status]int
}

func count(fs []align.Finding) counts {
	c := counts{byKind: map[string]map[align.Status]int{}}
	for _, f := range fs {
		c.Total++
		st := f.Status
		if st == "" {
			st = align.Unresolved
		}
		if c.byKind[f.Check] == nil {
			c.byKind[f.Check] = map[align.Status]int{}
			c.kinds = append(c.kinds, f.Check)
		}
		c.byKind[f.Check][st]++
		if st.Resolved() {
			c.Resolved++
			continue
		}
		switch f.Severity {
		case align.Error:
			c.Error++
		case align.Warning:
			c.Warning++
		default:
			c.Info++
		}
	}
	sort.Strings(c.kinds)
	return c
}

// statuses is the fixed column order for counts by status.
var statuses = []align.Status{align.Unresolved, align.Accepted, align.FalsePositive, align.Fixed}

// line is the one-line summary the table footer and Markdown use:
// "4 findings: 1 error, 2 warning, 0 info unresolved; 1 resolved".
func (c counts) line() string {
	noun := "findings"
	if c.Total == 1 {
		noun = "finding"
	}
	return fmt.Sprintf("%d %s: %d error, %d warning, %d info unresolved; %d resolved",
		c.Total, noun, c.Error, c.Warning, c.Info, c.Resolved)
}

// docIndex maps paths to documents for the renderers that quote context.
func docIndex(ds []*source.Document) map[string]*source.Document {
	m := make(map[string]*source.Document, len(ds))
	for _, d := range ds {
		m[d.Path] = d
	}
	return m
}

// cite is the short citation "path:line" used in tables, the path
// escaped as Position.String escapes it.
func cite(p source.Position) string {
	return fmt.Sprintf("%s:%d", escape.Path(p.Filename), p.Line)
}

// date formats a publication date, "" when unknown.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// level names a severity in a format that has its own word for info
// (GitHub's "notice", SARIF's "note"); error and warning keep their names.
func level(s align.Severity, info string) string {
	switch s {
	case align.Error:
		return "error"
	case align.Warning:
		return "warning"
	}
	return info
}

// otherSides lists the sides of a finding after its first (the one it is
// reported at), as the text and github formats print them under it: each
// side's position, then its sentence on one line, quoted.
func otherSides(f *align.Finding) []string {
	var qs []string
	for _, s := range f.Sides[min(1, len(f.Sides)):] {
		qs = append(qs, fmt.Sprintf("%s: %q", s.Pos, oneLine(s.Text)))
	}
	return qs
}

// unsupportedText says of a draft's claim that no source supports it
// (text, github).
func unsupportedText(s align.Side) string {
	return fmt.Sprintf("no source supports %q", oneLine(s.Text))
}

// staleText says of a resolution that it matches no finding (text,
// github, sarif).
func staleText(s rules.Stale) string { return fmt.Sprintf("resolution %q matches no finding", s.ID) }

// oneLine folds newlines and runs of spaces so a quote fits a line, and
// escapes the control, format and non-UTF-8 characters a terminal would
// act on (escape.Text): a summary names files, and a file name can hold
// anything.
func oneLine(s string) string { return escape.Text(s) }
