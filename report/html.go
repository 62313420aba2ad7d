package report

import (
	"bufio"
	"fmt"
	"html/template"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
	"github.com/factcheck/factcheck/source"
)

type (
	htmlPage struct {
		Title, Date, Draft, Counts string
		Config                     string // the rules file, "" when none
		Errors, Warnings, Infos    int
		Resolved                   int
		Sources                    []htmlSource
		Groups                     []htmlGroup
		Closed                     []htmlFinding
		Single                     []htmlSide
		Unsupported                []htmlSide
		Stale                      []htmlStale
		// Provenance summarises the provenance in a few lines (nil
		// without it); Relations and Origins are its tables, collapsed
		// unless ProvenanceFull.
		Provenance     []string
		Relations      []htmlRelation
		Origins        []string
		Anomalies      []htmlStale // Cite and the anomaly's one line
		ProvenanceFull bool
		// ProvenanceGraph is the provenance drawn (provenanceSVG, every
		// string in it escaped there).
		ProvenanceGraph template.HTML
		// The draft's section: the date its relative times were read
		// against and where it came from, the counts by state, and its
		// claims in order.
		DraftDate, DraftDateFrom, SupportCounts string
		Support                                 []htmlClaim
		// DraftText is the draft's article text, paragraph by paragraph,
		// each sentence coloured by the state of its claims.
		DraftText [][]htmlDraftSentence
		Links     []Link
	}
	// htmlClaim is one claim of the draft with what decides its state.
	htmlClaim struct {
		N                        int
		State, Label, Cite, Text string
		Sources                  []htmlQuote
		Findings                 []htmlRef
		Missing                  string
		Nearest                  *htmlQuote
	}
	htmlQuote struct{ Cite, Provider, Text, Value string }
	// htmlDraftSentence is a sentence of the draft's running text: State
	// and Label are "" when it holds no claim; Claims link to the cards.
	htmlDraftSentence struct {
		Text, State, Label string
		Claims             []int
	}
	// htmlRef names a finding; Anchor is set when its card is on the page.
	htmlRef struct {
		ID, Label string
		Anchor    bool
	}
	htmlSource struct {
		Path, Title, Provider, Published string
		Draft                            bool
	}
	htmlGroup struct {
		Title, Note string
		Findings    []htmlFinding
	}
	htmlFinding struct {
		N                          int
		ID, Kind, Severity, Status string
		Reason, Title              string
		Context                    bool
		Sides                      []htmlSide
	}
	htmlSide struct {
		Cite, Provider, Value string
		Draft                 bool
		Before, After         string
		Sentence              []htmlSeg
	}
	htmlSeg struct {
		Text string
		Mark bool
	}
	htmlStale struct{ Cite, ID string }
	// htmlRelation is one pair of sources in the provenance table.
	htmlRelation struct {
		Kind, A, B, Direction, Coverage, Evidence string
	}
)

// writeHTML writes one self-contained page for a desk editor: inline
// CSS, no script, no network (a Content-Security-Policy forbids any), with
// a draft its claims first, each coloured by its state beside the source
// quotes or the findings that decide it, then each
// finding with its sides side by side in a CSS grid, every side showing its
// sentence and the sentences around it with the conflicting value marked,
// resolved findings and single-source claims collapsed in <details>.
// html/template escapes every string from the inputs.
func writeHTML(w *bufio.Writer, r *pipeline.Result, opt Options) error {
	docs := docIndex(r.Sources)
	fs := ordered(r.Findings)
	tt := newTitler(r)
	open, resolved := split(fs)
	c := count(fs)
	page := htmlPage{
		Title: opt.Title, Date: date(opt.Date), Draft: escape.Path(r.Draft), Config: escape.Path(r.Config), Counts: c.line(),
		Errors: c.Error, Warnings: c.Warning, Infos: c.Info, Resolved: c.Resolved,
		Links: opt.Links,
	}
	for _, d := range sortedSources(r.Sources) {
		page.Sources = append(page.Sources, htmlSource{
			Path: escape.Path(d.Path), Title: d.Meta.Title, Provider: d.Meta.Provider,
			Published: date(d.Meta.Published), Draft: d.Path == r.Draft,
		})
	}
	n := 0
	conv := func(f align.Finding) htmlFinding {
		n++
		st := f.Status
		if st == "" {
			st = align.Unresolved
		}
		hf := htmlFinding{
			N: n, ID: f.ID, Kind: f.Check, Severity: f.Severity.String(), Status: string(st),
			Reason: f.Reason, Title: tt.title(&f), Context: f.Context,
		}
		for _, s := range f.Sides {
			hf.Sides = append(hf.Sides, htmlSideOf(docs[s.Pos.Filename], s, r.Draft))
		}
		return hf
	}
	if r.Draft != "" {
		mine := htmlGroup{Title: "Draft against the sources", Note: "Where " + escape.Path(r.Draft) + " disagrees with a source. These decide the check's result."}
		ctx := htmlGroup{Title: "Disagreements among the sources", Note: "Context: the sources disagree with each other; the draft cannot fix these."}
		for _, f := range open {
			if f.Context {
				ctx.Findings = append(ctx.Findings, conv(f))
			} else {
				mine.Findings = append(mine.Findings, conv(f))
			}
		}
		page.Groups = []htmlGroup{mine, ctx}
	} else {
		g := htmlGroup{Title: "Findings"}
		for _, f := range open {
			g.Findings = append(g.Findings, conv(f))
		}
		page.Groups = []htmlGroup{g}
	}
	for _, f := range resolved {
		page.Closed = append(page.Closed, conv(f))
	}
	for _, s := range sortedSides(r.SingleSource) {
		page.Single = append(page.Single, htmlSideOf(docs[s.Pos.Filename], s, r.Draft))
	}
	for _, s := range sortedSides(r.Unsupported) {
		page.Unsupported = append(page.Unsupported, htmlSideOf(docs[s.Pos.Filename], s, r.Draft))
	}
	for _, s := range sortedStale(r.Stale) {
		page.Stale = append(page.Stale, htmlStale{Cite: s.Position.String(), ID: s.ID})
	}
	if p := r.Provenance; p != nil {
		page.Provenance, page.ProvenanceFull = provenanceSummary(p), opt.ProvenanceFull
		page.ProvenanceGraph = template.HTML(provenanceSVG(p)) // escaped by provenanceSVG
		for _, rel := range p.Relations {
			dir := "unknown"
			if rel.From != "" {
				dir = escape.Path(rel.From) + " → " + escape.Path(rel.To) + " (" + string(rel.Basis) + ")"
			} else if rel.Kind == provenance.Independent {
				dir = ""
			}
			page.Relations = append(page.Relations, htmlRelation{
				Kind: string(rel.Kind), A: escape.Path(rel.A), B: escape.Path(rel.B), Direction: dir,
				Coverage: fmt.Sprintf("%.0f%%", 100*rel.Coverage), Evidence: rel.Evidence,
			})
		}
		for _, o := range p.Origins {
			var ps []string
			for _, path := range o {
				ps = append(ps, escape.Path(path))
			}
			page.Origins = append(page.Origins, strings.Join(ps, ", "))
		}
		for _, a := range p.Anomalies {
			page.Anomalies = append(page.Anomalies, htmlStale{Cite: a.Pos.String(), ID: a.Kind + " " + oneLine(a.Text) + ": " + oneLine(a.Detail)})
		}
	}
	if r.Draft != "" {
		ss := sortedSupport(r.Support, r.Findings)
		page.DraftDate, page.DraftDateFrom, page.SupportCounts = date(r.DraftDate), r.DraftDateFrom, supportLine(ss)
		byID := findingIndex(r.Findings)
		for i, s := range ss {
			hc := htmlClaimOf(s, docs, byID)
			hc.N = i + 1
			page.Support = append(page.Support, hc)
		}
		for _, para := range draftParagraphs(docs[r.Draft], ss) {
			var hp []htmlDraftSentence
			for _, d := range para {
				hs := htmlDraftSentence{Text: d.Text, State: d.State, Claims: d.Claims}
				if d.State != "" {
					hs.Label = stateLabel(align.SupportState(d.State))
				}
				hp = append(hp, hs)
			}
			page.DraftText = append(page.DraftText, hp)
		}
	}
	return htmlTemplate.Execute(w, page)
}

// htmlClaimOf shows a claim of the draft with its evidence: the sources'
// quotes, links to the findings' cards, the words no source states, or the
// nearest source claim.
func htmlClaimOf(s align.Support, docs map[string]*source.Document, byID map[string]align.Finding) htmlClaim {
	quote := func(c align.Side) htmlQuote {
		q := htmlQuote{Cite: c.Pos.String(), Text: oneLine(c.Text), Value: c.Value}
		if d := docs[c.Pos.Filename]; d != nil {
			q.Provider = d.Meta.Provider
		}
		return q
	}
	hc := htmlClaim{
		State: string(s.State), Label: stateLabel(s.State),
		Cite: s.Claim.Pos.String(), Text: oneLine(s.Claim.Text),
	}
	if s.State != align.Contradicted {
		for _, c := range s.Sources {
			hc.Sources = append(hc.Sources, quote(c))
		}
	}
	for _, id := range s.Findings {
		_, ok := byID[id]
		hc.Findings = append(hc.Findings, htmlRef{ID: id, Label: findingRef(id, byID), Anchor: ok})
	}
	if len(s.Missing) > 0 {
		hc.Missing = strings.Join(s.Missing, ", ")
	}
	if s.Nearest != nil {
		n := quote(*s.Nearest)
		hc.Nearest = &n
	}
	return hc
}

// htmlSideOf shows a side in its document: the sentence holding the value
// with the value marked, and the article sentences either side. The
// sentence is found from the side's spans (Start/End into the document's
// Text, else the raw offset of its position), never by searching for the
// quote. Without a document, or when the spans do not fit it, the quote is
// shown alone.
func htmlSideOf(d *source.Document, s align.Side, draft string) htmlSide {
	hs := htmlSide{Cite: s.Pos.String(), Value: s.Value, Draft: s.Pos.Filename == draft && draft != ""}
	hs.Sentence = []htmlSeg{{Text: oneLine(s.Text)}}
	if d == nil {
		return hs
	}
	hs.Provider = d.Meta.Provider
	i := sentenceAt(d, s)
	if i < 0 {
		return hs
	}
	sent := d.Sentences[i]
	a, b := sent.Start, sent.End
	valid := s.Start < s.End && s.End <= len(d.Text)
	if valid {
		a, b = min(a, s.Start), max(b, s.End)
	}
	if a < 0 || b > len(d.Text) || a > b {
		return hs
	}
	if valid {
		hs.Sentence = []htmlSeg{{Text: d.Text[a:s.Start]}, {Text: d.Text[s.Start:s.End], Mark: true}, {Text: d.Text[s.End:b]}}
	} else {
		hs.Sentence = []htmlSeg{{Text: d.Text[a:b]}}
	}
	if j := neighbour(d, i, -1); j >= 0 {
		hs.Before = oneLine(d.Sentences[j].Text)
	}
	if j := neighbour(d, i, +1); j >= 0 {
		hs.After = oneLine(d.Sentences[j].Text)
	}
	return hs
}

// sentenceAt returns the index of the sentence holding the side's value,
// or -1.
func sentenceAt(d *source.Document, s align.Side) int {
	ss := d.Sentences
	if s.Start < s.End {
		i := sort.Search(len(ss), func(i int) bool { return ss[i].End > s.Start })
		if i < len(ss) && ss[i].Start <= s.Start {
			return i
		}
		return -1
	}
	// No value span: the last sentence starting at or before the side's
	// raw offset.
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Pos.Offset > s.Pos.Offset }) - 1
	return i
}

// neighbour returns the nearest article sentence before (dir -1) or after
// (dir +1) sentence i, skipping furniture and credits, or -1.
func neighbour(d *source.Document, i, dir int) int {
	for j := i + dir; j >= 0 && j < len(d.Sentences); j += dir {
		if d.Sentences[j].Kind.IsArticle() {
			return j
		}
	}
	return -1
}

var htmlTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factcheck">
<title>{{.Title}}</title>
<link rel="icon" href="data:,">
<style>
:root { --fg: #1d2228; --muted: #5b6570; --line: #d8dde3; --bg: #ffffff; --panel: #f6f8fa;
  --error: #b42318; --warning: #9a6700; --info: #1f6feb; --ok: #1a7f37; --mark: #ffe08a;
  --amber: #bf6c00; --unsupported: #6e7781; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; color: var(--fg); background: var(--bg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0 0 .75rem; }
.meta, .note { color: var(--muted); margin: 0 0 1rem; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 999px; padding: .1rem .75rem; background: var(--panel); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); }
code, .cite { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px;
  padding: 1rem; margin: 1rem 0; background: var(--bg); }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.resolved { border-left-color: var(--ok); opacity: .85; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; margin-right: .35rem; font-size: .8rem;
  font-weight: 600; text-transform: uppercase; letter-spacing: .02em; color: #fff; background: var(--info); }
.badge.error { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.kind { background: var(--panel); color: var(--fg); border: 1px solid var(--line); }
.badge.status { background: var(--ok); }
.badge.draft { background: #6639ba; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(17rem, 100%), 1fr)); gap: .75rem; }
.side { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; margin: 0; }
.side header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .25rem; margin-bottom: .5rem; }
.side .provider { color: var(--muted); }
.side .value { font-weight: 600; margin: 0 0 .5rem; }
.side blockquote { margin: 0; padding-left: .75rem; border-left: 3px solid var(--line); }
.side .around { color: var(--muted); }
mark { background: var(--mark); padding: 0 .1em; border-radius: 2px; }
.reason { margin: .75rem 0 0; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: 600; }
.empty { color: var(--ok); }
.claims { list-style: none; margin: 0; padding: 0; }
.claim { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr)); gap: .75rem;
  border: 1px solid var(--line); border-left: 6px solid var(--unsupported); border-radius: 6px; padding: .75rem; margin: .75rem 0; }
.claim.supported { border-left-color: var(--ok); }
.claim.contradicted { border-left-color: var(--error); }
.claim.partly { border-left-color: var(--amber); }
.claim p { margin: .25rem 0; }
.claim .provider { color: var(--muted); }
.claim .evidence { border-left: 1px solid var(--line); padding-left: .75rem; }
.claim blockquote { margin: .25rem 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--line); }
.badge.supported { background: var(--ok); }
.badge.contradicted { background: var(--error); }
.badge.partly { background: var(--amber); }
.badge.unsupported { background: var(--unsupported); }
.draftview { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
@media (min-width: 60rem) { .draftview { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); }
  .draft-text { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; } }
.draft-text { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem; font-size: 1.05rem; line-height: 1.7; }
.draft-text p { margin: .75rem 0; }
.hl { color: inherit; text-decoration: none; border-radius: 3px; padding: .05em .15em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.hl.supported { background: #dafbe1; border-bottom: 2px solid var(--ok); }
.hl.contradicted { background: #ffebe9; border-bottom: 2px solid var(--error); }
.hl.partly { background: #fff1d6; border-bottom: 2px solid var(--amber); }
.hl.unsupported { background: #eef1f4; border-bottom: 2px dashed var(--unsupported); }
.hl sup { font-size: .7em; color: var(--muted); margin-left: .1em; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .75rem; margin: 0 0 .5rem; padding: 0; list-style: none; font-size: .85rem; }
.claim:target { outline: 2px solid var(--info); }
.scroll { overflow-x: auto; }
.graph { margin: 1rem 0; }
.provgraph { display: block; max-width: 100%; height: auto; }
@media (max-width: 40rem) { table.stack thead { display: none; }
  table.stack tr, table.stack td { display: block; border: 0; padding: .1rem 0; }
  table.stack tr { border-bottom: 1px solid var(--line); padding: .4rem 0; } }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="meta">{{if .Date}}{{.Date}} · {{end}}{{len .Sources}} sources{{if .Draft}} · draft <span class="cite">{{.Draft}}</span>{{end}}{{if .Config}} · rules file <span class="cite">{{.Config}}</span>{{end}}</p>
<ul class="counts">
<li><span class="badge error">error</span>{{.Errors}} unresolved</li>
<li><span class="badge warning">warning</span>{{.Warnings}} unresolved</li>
<li><span class="badge">info</span>{{.Infos}} unresolved</li>
<li><span class="badge status">resolved</span>{{.Resolved}}</li>
</ul>
{{if .Links}}<style>nav.links { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0; }</style>
<nav class="links">{{range .Links}}<a href="{{.Href}}"{{if .Download}} download{{end}}>{{.Text}}</a>{{end}}</nav>
{{end}}</header>
<main>
{{if .Draft}}
<section id="draft">
<h2>Draft</h2>
<p class="note">{{if .DraftDate}}Relative times in <span class="cite">{{.Draft}}</span> are read as of {{.DraftDate}}{{if .DraftDateFrom}} (from {{.DraftDateFrom}}){{end}}.{{else}}No date for <span class="cite">{{.Draft}}</span>: its relative times are not resolved.{{end}} {{.SupportCounts}}.</p>
{{if .Support}}<div class="draftview">
{{if .DraftText}}<div class="draft-text">
<ul class="legend"><li><span class="hl supported">supported</span></li><li><span class="hl contradicted">contradicted</span></li><li><span class="hl partly">partly supported</span></li><li><span class="hl unsupported">unsupported</span></li></ul>
{{range .DraftText}}<p>{{range .}}{{if .State}}<a class="hl {{.State}}" href="#claim-{{index .Claims 0}}" title="{{.Label}}">{{.Text}}<sup>{{range $i, $n := .Claims}}{{if $i}},{{end}}{{$n}}{{end}}</sup></a>{{else}}{{.Text}}{{end}} {{end}}</p>
{{end}}</div>
{{end}}<ol class="claims">
{{range .Support}}{{template "claim" .}}{{end}}</ol>
</div>{{end}}
</section>
{{end}}
{{range .Groups}}
<section>
<h2>{{.Title}}</h2>
{{if .Note}}<p class="note">{{.Note}}</p>{{end}}
{{range .Findings}}{{template "finding" .}}{{else}}<p class="empty">Nothing to report.</p>
{{end}}</section>
{{end}}
{{if .Unsupported}}
<section id="unsupported">
<h2>Unsupported in the draft</h2>
<p class="note">Claims in {{.Draft}} that no source states.</p>
{{template "sides" .Unsupported}}
</section>
{{end}}
{{if .Closed}}
<details id="resolved">
<summary>Resolved findings ({{len .Closed}})</summary>
{{range .Closed}}{{template "finding" .}}{{end}}</details>
{{end}}
<section id="sources">
<h2>Sources</h2>
{{if .Sources}}<table class="stack">
<thead><tr><th>File</th><th>Title</th><th>Provider</th><th>Published</th></tr></thead>
<tbody>
{{range .Sources}}<tr><td class="cite">{{.Path}}{{if .Draft}} <span class="badge draft">draft</span>{{end}}</td><td>{{.Title}}</td><td>{{.Provider}}</td><td>{{.Published}}</td></tr>
{{end}}</tbody>
</table>{{else}}<p class="note">No sources.</p>{{end}}
</section>
{{if .Provenance}}
<section id="provenance">
<h2>Provenance</h2>
<ul>
{{range .Provenance}}<li>{{.}}</li>
{{end}}</ul>
{{if .ProvenanceGraph}}<figure class="graph">{{.ProvenanceGraph}}
<figcaption class="note">Each frame is an independent origin; a solid arrow runs from a source to its copy, a dashed one to its paraphrase, with no head where the direction is unknown; the figure is the share of copied words.</figcaption></figure>
{{end}}<details{{if .ProvenanceFull}} open{{end}}>
<summary>Relations, origins and anomalies</summary>
<div class="scroll"><table>
<thead><tr><th>Relation</th><th>A</th><th>B</th><th>Direction</th><th>Coverage</th><th>Evidence</th></tr></thead>
<tbody>
{{range .Relations}}<tr><td>{{.Kind}}</td><td class="cite">{{.A}}</td><td class="cite">{{.B}}</td><td class="cite">{{.Direction}}</td><td>{{.Coverage}}</td><td>{{.Evidence}}</td></tr>
{{end}}</tbody>
</table></div>
<ol>
{{range .Origins}}<li class="cite">{{.}}</li>
{{end}}</ol>
{{if .Anomalies}}<ul>
{{range .Anomalies}}<li><span class="cite">{{.Cite}}</span>: {{.ID}}</li>
{{end}}</ul>
{{end}}</details>
</section>
{{end}}
{{if .Single}}
<details id="single-source">
<summary>Claims stated by one source only ({{len .Single}})</summary>
{{template "sides" .Single}}
</details>
{{end}}
{{if .Stale}}
<section id="stale">
<h2>Stale resolutions</h2>
<ul>
{{range .Stale}}<li><span class="cite">{{.Cite}}</span>: resolution <code>{{.ID}}</code> matches no finding</li>
{{end}}</ul>
</section>
{{end}}
</main>
<footer>{{.Counts}}. Generated by factcheck.</footer>
</body>
</html>
{{define "finding"}}<article class="finding {{.Severity}}{{if ne .Status "unresolved"}} resolved{{end}}" id="finding-{{.ID}}">
<h3><span class="badge kind">{{.Kind}}</span><span class="badge {{.Severity}}">{{.Severity}}</span>{{if ne .Status "unresolved"}}<span class="badge status">{{.Status}}</span>{{end}}{{.N}}. {{.Title}}</h3>
{{template "sides" .Sides}}
{{if .Reason}}<p class="reason"><strong>Reason:</strong> {{.Reason}}</p>
{{end}}</article>
{{end}}{{define "claim"}}<li class="claim {{.State}}" id="claim-{{.N}}">
<div class="said"><p>{{.N}}. <span class="badge {{.State}}">{{.Label}}</span><span class="cite">{{.Cite}}</span></p>
<p>{{.Text}}</p></div>
<div class="evidence">
{{range .Sources}}<p><span class="cite">{{.Cite}}</span>{{if .Provider}} <span class="provider">{{.Provider}}</span>{{end}}</p>
<blockquote>{{.Text}}</blockquote>
{{end}}{{range .Findings}}<p>{{if .Anchor}}<a href="#finding-{{.ID}}">{{.Label}}</a>{{else}}{{.Label}}{{end}}</p>
{{end}}{{if .Missing}}<p>No source states: {{.Missing}}</p>
{{end}}{{with .Nearest}}<p>Nearest: <span class="cite">{{.Cite}}</span>{{if .Value}} says <strong>{{.Value}}</strong>{{end}}</p>
<blockquote>{{.Text}}</blockquote>
{{end}}{{if not (or .Sources .Findings .Missing .Nearest)}}<p class="note">No source states it.</p>
{{end}}</div>
</li>
{{end}}{{define "sides"}}<div class="sides">
{{range .}}{{template "side" .}}{{end}}</div>{{end}}{{define "side"}}<figure class="side">
<header><span class="cite">{{.Cite}}</span>{{if .Draft}}<span class="badge draft">draft</span>{{else if .Provider}}<span class="provider">{{.Provider}}</span>{{end}}</header>
{{if .Value}}<p class="value">{{.Value}}</p>
{{end}}<blockquote>{{if .Before}}<span class="around">{{.Before}}</span> {{end}}<span class="sentence">{{range .Sentence}}{{if .Mark}}<mark>{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</span>{{if .After}} <span class="around">{{.After}}</span>{{end}}</blockquote>
</figure>
{{end}}`))
