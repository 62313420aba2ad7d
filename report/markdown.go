package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
)

// writeMarkdown writes the discrepancy report an editor pastes into a
// ticket or a pull request (GitHub-flavoured Markdown): title and date,
// with a draft its support map (one row per claim of the draft: where,
// what, its state and the evidence), counts by kind and status, one
// section per unresolved finding with its sides in a table (source | value
// | quote), then the resolved findings, the draft's unsupported claims, the
// sources, the provenance (a few lines, its tables collapsed unless
// Options.ProvenanceFull), the single-source claims (collapsed) and the
// stale resolutions: what an editor acts on first. Every piece of text from
// the inputs, in a table or not, goes through escape.Markdown (file names
// first through escape.Path), so a quote holding '|', '<img …>' or a
// backtick cannot break a table, start emphasis or open raw HTML.
func writeMarkdown(bw *bufio.Writer, r *pipeline.Result, opt Options) error {
	fs := ordered(r.Findings)
	open, resolved := split(fs)
	tt := newTitler(r)
	mdHeader(bw, r, opt)
	if r.Draft != "" {
		mdDraft(bw, r)
	}
	mdSummary(bw, count(fs))
	mdOpen(bw, r, open, tt)
	mdResolved(bw, resolved, tt)
	mdUnsupported(bw, r)
	mdSources(bw, r)
	if err := mdProvenance(bw, r, opt); err != nil {
		return err
	}
	mdSingleSource(bw, r)
	mdStale(bw, r)
	return nil
}

// mdHeader writes the title and the line under it: date, number of
// sources, the draft and the rules file.
func mdHeader(w io.Writer, r *pipeline.Result, opt Options) {
	fmt.Fprintf(w, "# %s\n\n", escape.Markdown(opt.Title))
	var meta []string
	if d := date(opt.Date); d != "" {
		meta = append(meta, "Date: "+d)
	}
	meta = append(meta, fmt.Sprintf("Sources: %d", len(r.Sources)))
	if r.Draft != "" {
		meta = append(meta, "Draft: "+mdPath(r.Draft))
	}
	if r.Config != "" {
		meta = append(meta, "Rules file: "+mdPath(r.Config))
	}
	fmt.Fprintf(w, "%s\n\n", strings.Join(meta, " · "))
}

// mdSummary writes the counts line and, when there are findings, the table
// of counts by kind and status.
func mdSummary(w io.Writer, c counts) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## Summary\n\n%s.\n\n", escape.Markdown(c.line()))
	if c.Total == 0 {
		return
	}
	p("| Kind | Unresolved | Accepted | False positive | Fixed | Total |\n| --- | ---: | ---: | ---: | ---: | ---: |\n")
	for _, k := range c.kinds {
		p("| %s |", escape.Markdown(k))
		total := 0
		for _, st := range statuses {
			n := c.byKind[k][st]
			total += n
			p(" %d |", n)
		}
		p(" %d |\n", total)
	}
	p("\n")
}

// mdOpen writes the unresolved findings, numbered across sections: with a
// draft, those against the draft apart from the sources' own (context).
func mdOpen(w io.Writer, r *pipeline.Result, open []align.Finding, tt *titler) {
	n := 0
	if r.Draft != "" {
		var mine, ctx []align.Finding
		for _, f := range open {
			if f.Context {
				ctx = append(ctx, f)
			} else {
				mine = append(mine, f)
			}
		}
		mdSection(w, "Draft against the sources", mine, tt, &n)
		mdSection(w, "Disagreements among the sources (context)", ctx, tt, &n)
	} else {
		mdSection(w, "Findings", open, tt, &n)
	}
	if len(open) == 0 {
		fmt.Fprintf(w, "No unresolved findings.\n\n")
	}
}

// mdSection writes one section of findings, each with its sides in a table
// (source | value | quote); *n numbers them on from the previous section.
func mdSection(w io.Writer, title string, fs []align.Finding, tt *titler, n *int) {
	if len(fs) == 0 {
		return
	}
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## %s\n\n", title)
	for _, f := range fs {
		*n++
		p("### %d. %s (%s): %s\n\n", *n, escape.Markdown(f.Check), f.Severity, escape.Markdown(tt.title(&f)))
		p("| Source | Value | Quote |\n| --- | --- | --- |\n")
		for _, s := range f.Sides {
			p("| %s | %s | %s |\n", escape.Markdown(cite(s.Pos)), escape.Markdown(s.Value), escape.Markdown(s.Text))
		}
		p("\nID: %s\n\n", mdCode(f.ID))
	}
}

// mdResolved lists the resolved findings, one line each with status,
// reason, sides and ID.
func mdResolved(w io.Writer, resolved []align.Finding, tt *titler) {
	if len(resolved) == 0 {
		return
	}
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## Resolved findings\n\n")
	for _, f := range resolved {
		p("- **%s** (%s, %s): %s", escape.Markdown(f.Check), f.Severity, f.Status, escape.Markdown(tt.title(&f)))
		if f.Reason != "" {
			p(". Reason: %s", escape.Markdown(f.Reason))
		}
		var cites []string
		for _, s := range f.Sides {
			cites = append(cites, escape.Markdown(cite(s.Pos)))
		}
		p(" (%s; ID %s)\n", strings.Join(cites, ", "), mdCode(f.ID))
	}
	p("\n")
}

// mdUnsupported lists the draft's claims that no source states.
func mdUnsupported(w io.Writer, r *pipeline.Result) {
	us := sortedSides(r.Unsupported)
	if len(us) == 0 {
		return
	}
	fmt.Fprintf(w, "## Unsupported in the draft\n\nClaims in %s that no source states:\n\n", mdPath(r.Draft))
	mdSideList(w, us)
	fmt.Fprintf(w, "\n")
}

// mdSideList writes one list item per side: where, then the text.
func mdSideList(w io.Writer, ss []align.Side) {
	for _, s := range ss {
		fmt.Fprintf(w, "- %s: %s\n", escape.Markdown(cite(s.Pos)), escape.Markdown(s.Text))
	}
}

// mdSources writes the table of sources: file, title, provider, date.
func mdSources(w io.Writer, r *pipeline.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## Sources\n\n")
	if len(r.Sources) == 0 {
		p("No sources.\n\n")
		return
	}
	p("| File | Title | Provider | Published |\n| --- | --- | --- | --- |\n")
	for _, d := range sortedSources(r.Sources) {
		p("| %s | %s | %s | %s |\n", mdPath(d.Path), escape.Markdown(d.Meta.Title), escape.Markdown(d.Meta.Provider), escape.Markdown(date(d.Meta.Published)))
	}
	p("\n")
}

// mdProvenance writes the provenance: a few summary lines, the graph, and
// its tables, collapsed unless opt.ProvenanceFull.
func mdProvenance(w io.Writer, r *pipeline.Result, opt Options) error {
	if r.Provenance == nil {
		return nil
	}
	md, err := provenanceMarkdown(r.Provenance)
	if err != nil {
		return err
	}
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## Provenance\n\n")
	for _, l := range provenanceSummary(r.Provenance) {
		p("- %s\n", escape.Markdown(l))
	}
	p("\n%s", provenanceMermaid(r.Provenance))
	if opt.ProvenanceFull {
		p("\n%s\n", md)
	} else {
		// Blank lines around the Markdown let it render inside <details>.
		p("\n<details>\n<summary>Relations, origins and claim clusters</summary>\n\n%s\n</details>\n\n", md)
	}
	return nil
}

// mdSingleSource lists the claims only one source states, collapsed.
func mdSingleSource(w io.Writer, r *pipeline.Result) {
	ss := sortedSides(r.SingleSource)
	if len(ss) == 0 {
		return
	}
	noun := "claims"
	if len(ss) == 1 {
		noun = "claim"
	}
	// <details> collapses the list on GitHub; the blank lines around
	// the list let Markdown inside it render.
	fmt.Fprintf(w, "## Single-source claims\n\n<details>\n<summary>%d %s stated by one source only</summary>\n\n", len(ss), noun)
	mdSideList(w, ss)
	fmt.Fprintf(w, "\n</details>\n\n")
}

// mdStale lists the resolutions in the rules file that match no finding.
func mdStale(w io.Writer, r *pipeline.Result) {
	st := sortedStale(r.Stale)
	if len(st) == 0 {
		return
	}
	fmt.Fprintf(w, "## Stale resolutions\n\n")
	for _, s := range st {
		fmt.Fprintf(w, "- %s: resolution %s matches no finding\n", escape.Markdown(s.Position.String()), mdCode(s.ID))
	}
	fmt.Fprintf(w, "\n")
}

// mdDraft writes the draft's section: the date its relative times were
// read against, the counts by state, and a table with one row per claim of
// the draft in its order.
func mdDraft(w io.Writer, r *pipeline.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## Draft\n\n")
	if d := date(r.DraftDate); d != "" {
		from := ""
		if r.DraftDateFrom != "" {
			from = " (from " + escape.Markdown(r.DraftDateFrom) + ")"
		}
		p("Relative times in %s are read as of %s%s.\n\n", mdPath(r.Draft), d, from)
	} else {
		p("No date for %s: its relative times are not resolved.\n\n", mdPath(r.Draft))
	}
	ss := sortedSupport(r.Support, r.Findings)
	if len(ss) == 0 {
		p("No claims read from %s.\n\n", mdPath(r.Draft))
		return
	}
	p("%s.\n\n", escape.Markdown(supportLine(ss)))
	p("| Claim | Text | State | Evidence |\n| --- | --- | --- | --- |\n")
	byID := findingIndex(r.Findings)
	for _, s := range ss {
		p("| %s | %s | %s | %s |\n", escape.Markdown(cite(s.Claim.Pos)), escape.Markdown(s.Claim.Text), escape.Markdown(stateLabel(s.State)), escape.Markdown(evidence(s, byID)))
	}
	p("\n")
}

// evidence says in one line why a claim of the draft has its state: the
// sources stating it, the findings contradicting it, the words no source
// states, or the nearest source claim and what it says instead.
func evidence(s align.Support, byID map[string]align.Finding) string {
	var cites []string
	for _, c := range s.Sources {
		cites = append(cites, cite(c.Pos))
	}
	switch s.State {
	case align.Contradicted:
		var refs []string
		for _, id := range s.Findings {
			refs = append(refs, findingRef(id, byID))
		}
		return strings.Join(refs, ", ")
	case align.PartlySupported:
		e := "no source states: " + strings.Join(s.Missing, ", ")
		if len(cites) > 0 {
			e = strings.Join(cites, ", ") + "; " + e
		}
		return e
	case align.NotSupported:
		if n := s.Nearest; n != nil {
			if n.Value == "" {
				return "nearest: " + cite(n.Pos)
			}
			return fmt.Sprintf("nearest: %s says %s", cite(n.Pos), n.Value)
		}
		return "no source states it"
	}
	return strings.Join(cites, ", ")
}

// mdPath escapes a file name for Markdown: quoted as the human formats
// quote odd names (escape.Path), then escaped as text.
func mdPath(p string) string { return escape.Markdown(escape.Path(p)) }

// mdCode writes s as a code span (escape.MarkdownCode), outside tables.
func mdCode(s string) string { return escape.MarkdownCode(s) }
