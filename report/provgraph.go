package report

import (
	"fmt"
	"html"
	"path"
	"strings"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/provenance"
)

// provNode is a source in the provenance drawing: its origin (column) and
// place in it (row).
type provNode struct {
	Path     string
	Col, Row int
}

// provLayout places the sources deterministically: one column per
// independent origin in the report's order, the sources of an origin one
// under the other in its order. A path a relation names but no origin
// holds gets a column of its own at the end.
func provLayout(p *provenance.Report) (nodes []provNode, at map[string]int) {
	at = map[string]int{}
	add := func(pth string, col, row int) {
		if _, ok := at[pth]; ok {
			return
		}
		at[pth] = len(nodes)
		nodes = append(nodes, provNode{Path: pth, Col: col, Row: row})
	}
	for i, o := range p.Origins {
		for j, pth := range o {
			add(pth, i, j)
		}
	}
	col := len(p.Origins)
	for _, r := range p.Relations {
		for _, pth := range []string{r.A, r.B} {
			if _, ok := at[pth]; !ok {
				add(pth, col, 0)
				col++
			}
		}
	}
	return nodes, at
}

// drawn reports whether a relation is drawn: copy and paraphrase are,
// independence is not (it is the absence of an arrow).
func drawn(r provenance.Relation) bool { return r.Kind != provenance.Independent }

// ends returns a relation's ends, origin first when the direction is known.
func ends(r provenance.Relation) (from, to string, directed bool) {
	if r.From != "" {
		return r.From, r.To, true
	}
	return r.A, r.B, false
}

// provenanceMermaid draws the provenance as a Mermaid flowchart, which
// GitHub renders from a ```mermaid block: a subgraph per independent
// origin, an arrow from origin to copy (solid for copy, dotted for
// paraphrase) labelled with the kind and the coverage, and a line without
// a head when the direction is unknown. Labels are quoted with Mermaid's
// entity codes for quotes and backticks, so no file name can end the block
// or the label.
func provenanceMermaid(p *provenance.Report) string {
	nodes, at := provLayout(p)
	label := func(s string) string {
		s = escape.Path(s)
		r := strings.NewReplacer(`"`, "#quot;", "`", "#96;", "<", "#lt;", ">", "#gt;")
		return `"` + r.Replace(s) + `"`
	}
	var b strings.Builder
	b.WriteString("```mermaid\nflowchart LR\n")
	col := -1
	for i, n := range nodes {
		if n.Col != col {
			if col >= 0 {
				b.WriteString("  end\n")
			}
			col = n.Col
			fmt.Fprintf(&b, "  subgraph o%d[\"origin %d\"]\n", col+1, col+1)
		}
		fmt.Fprintf(&b, "    s%d[%s]\n", i, label(n.Path))
	}
	if col >= 0 {
		b.WriteString("  end\n")
	}
	for _, r := range p.Relations {
		if !drawn(r) {
			continue
		}
		from, to, directed := ends(r)
		text := fmt.Sprintf("%s %.0f%%", r.Kind, 100*r.Coverage)
		switch {
		case directed && r.Kind == provenance.Copy:
			fmt.Fprintf(&b, "  s%d -- %s --> s%d\n", at[from], label(text), at[to])
		case directed:
			fmt.Fprintf(&b, "  s%d -. %s .-> s%d\n", at[from], label(text), at[to])
		case r.Kind == provenance.Copy:
			fmt.Fprintf(&b, "  s%d -- %s --- s%d\n", at[from], label(text+", direction unknown"), at[to])
		default:
			fmt.Fprintf(&b, "  s%d -. %s .- s%d\n", at[from], label(text+", direction unknown"), at[to])
		}
	}
	b.WriteString("```\n")
	return b.String()
}

// SVG geometry, in user units (the drawing scales to the page's width).
const (
	svgBoxW, svgBoxH = 180, 36
	svgColGap        = 120 // room for the labels of arrows between columns
	svgRowGap        = 44
	svgPad           = 16
	svgHead          = 26 // the origin's caption above its column
	svgCharW         = 7  // a generous width of one character at 12 px
)

// provenanceSVG draws the provenance as an inline SVG, with no script and
// a layout that depends only on the report (provLayout): a framed column
// per independent origin holding its sources as boxes, a solid arrow from
// origin to copy, a dashed one for a paraphrase, no head when the
// direction is unknown, each labelled with its coverage. A box shows the
// file's base name, shortened to fit, and its whole path as a tooltip.
// Every string is HTML-escaped; the caller marks the result safe.
func provenanceSVG(p *provenance.Report) string {
	nodes, at := provLayout(p)
	if len(nodes) == 0 {
		return ""
	}
	cols, rows := 0, 0
	for _, n := range nodes {
		cols, rows = max(cols, n.Col+1), max(rows, n.Row+1)
	}
	x := func(n provNode) int { return svgPad + n.Col*(svgBoxW+svgColGap) }
	y := func(n provNode) int { return svgPad + svgHead + n.Row*(svgBoxH+svgRowGap) }
	w := 2*svgPad + cols*svgBoxW + (cols-1)*svgColGap + svgColGap/2
	h := 2*svgPad + svgHead + rows*svgBoxH + (rows-1)*svgRowGap
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="provgraph" viewBox="0 0 %d %d" width="%d" role="img" aria-label="Provenance: %d sources from %d independent origins" xmlns="http://www.w3.org/2000/svg">`+"\n",
		w, h, w, len(nodes), len(p.Origins))
	b.WriteString(`<defs><marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b6570"/></marker></defs>` + "\n")
	// Origin frames.
	for c := 0; c < cols; c++ {
		n := 0
		for _, nd := range nodes {
			if nd.Col == c {
				n = max(n, nd.Row+1)
			}
		}
		fx := svgPad + c*(svgBoxW+svgColGap) - 8
		fh := svgHead + n*svgBoxH + (n-1)*svgRowGap + 8
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="8" fill="none" stroke="#d8dde3" stroke-dasharray="4 3"/>`+"\n", fx, svgPad-8, svgBoxW+16, fh+8)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" fill="#5b6570">origin %d</text>`+"\n", fx+8, svgPad+10, c+1)
	}
	// Relations, under the boxes.
	for _, r := range p.Relations {
		if !drawn(r) {
			continue
		}
		from, to, directed := ends(r)
		a, z := nodes[at[from]], nodes[at[to]]
		var x1, y1, x2, y2, cx, cy int
		if a.Col == z.Col {
			// Same origin: leave and enter on the right, bulging out.
			x1, y1 = x(a)+svgBoxW, y(a)+svgBoxH/2
			x2, y2 = x(z)+svgBoxW, y(z)+svgBoxH/2
			cx, cy = x1+30+12*abs(a.Row-z.Row), (y1+y2)/2
		} else {
			x1, y1 = x(a)+svgBoxW, y(a)+svgBoxH/2
			x2, y2 = x(z), y(z)+svgBoxH/2
			if a.Col > z.Col {
				x1, x2 = x(a), x(z)+svgBoxW
			}
			cx, cy = (x1+x2)/2, (y1+y2)/2-10
		}
		dash := ""
		if r.Kind == provenance.Paraphrase {
			dash = ` stroke-dasharray="6 4"`
		}
		head := ""
		if directed {
			head = ` marker-end="url(#head)"`
		}
		what := fmt.Sprintf("%s %s %s (%s), coverage %.0f%%", escape.Path(to), verbOf(r.Kind), escape.Path(from), r.Basis, 100*r.Coverage)
		if !directed {
			what = fmt.Sprintf("%s and %s share a %s (direction unknown), coverage %.0f%%", escape.Path(r.A), escape.Path(r.B), r.Kind, 100*r.Coverage)
		}
		fmt.Fprintf(&b, `<path d="M%d,%d Q%d,%d %d,%d" fill="none" stroke="#5b6570" stroke-width="1.5"%s%s><title>%s</title></path>`+"\n",
			x1, y1, cx, cy, x2, y2, dash, head, html.EscapeString(what))
		// The label sits beside the curve's middle: right of a bulge, above
		// a curve between columns.
		lx, ly, anchor := (x1+2*cx+x2)/4+6, (y1+2*cy+y2)/4+4, "start"
		if a.Col != z.Col {
			lx, ly, anchor = (x1+2*cx+x2)/4, (y1+2*cy+y2)/4-6, "middle"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" fill="#5b6570" text-anchor="%s">%s %.0f%%</text>`+"\n",
			lx, ly, anchor, r.Kind, 100*r.Coverage)
	}
	// Source boxes.
	for _, n := range nodes {
		name := shorten(path.Base(escape.Path(n.Path)), (svgBoxW-16)/svgCharW)
		fmt.Fprintf(&b, `<g><title>%s</title><rect x="%d" y="%d" width="%d" height="%d" rx="5" fill="#f6f8fa" stroke="#1d2228"/><text x="%d" y="%d" font-size="12" font-family="ui-monospace, Menlo, Consolas, monospace" fill="#1d2228" text-anchor="middle">%s</text></g>`+"\n",
			html.EscapeString(escape.Path(n.Path)), x(n), y(n), svgBoxW, svgBoxH, x(n)+svgBoxW/2, y(n)+svgBoxH/2+4, html.EscapeString(name))
	}
	b.WriteString("</svg>")
	return b.String()
}

// verbOf is a relation's verb from the copy's side.
func verbOf(k provenance.Kind) string {
	if k == provenance.Copy {
		return "copies"
	}
	return "paraphrases"
}

// shorten cuts s to n runes, the last an ellipsis, when longer.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
