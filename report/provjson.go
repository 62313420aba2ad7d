package report

import (
	"encoding/json"
	"io"

	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/provenance"
)

// writeProvenanceJSON prints the report as indented JSON (see provJSON):
// what "factcheck provenance -format json" writes.
func writeProvenanceJSON(w io.Writer, r *provenance.Report) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	return e.Encode(provenanceJSON(r))
}

// provJSON is the wire form of a provenance.Report, the "provenance" object of
// check's JSON output and the output of "factcheck provenance -format json".
type provJSON struct {
	// Relations are the informative source pairs, sorted by a then b.
	Relations []provRelationJSON `json:"relations"`
	// Origins lists each origin's sources: its ID (the source the others
	// derive from, when known) first, then the others sorted.
	Origins [][]string `json:"origins"`
	// Clusters are the aligned facts, by event then position.
	Clusters []provClusterJSON `json:"clusters"`
	// Anomalies are injected tokens and copy dates, sorted by position.
	Anomalies []provAnomalyJSON `json:"anomalies"`
}

// provRelationJSON is one pair of sources.
type provRelationJSON struct {
	A        string            `json:"a"`               // path, a < b
	B        string            `json:"b"`               // path
	Kind     string            `json:"kind"`            // "copy", "paraphrase" or "independent"
	From     string            `json:"from,omitempty"`  // the origin, when direction is known
	To       string            `json:"to,omitempty"`    // the derived source, when known
	Basis    string            `json:"basis,omitempty"` // what set the direction: "credit", "date" or "containment"
	Evidence string            `json:"evidence"`        // why: counts, credit, dates
	Coverage float64           `json:"coverage"`        // share of the shorter source's words in verbatim passages, 0..1
	Score    float64           `json:"score"`           // share of the shorter source's sentences aligned in order, 0..1
	Passages []provPassageJSON `json:"passages"`        // shared passages, by position in a
}

// provPassageJSON is one shared passage.
type provPassageJSON struct {
	Kind  string       `json:"kind"`  // "verbatim" (shared shingles) or "reworded" (aligned sentence)
	A     provSpanJSON `json:"a"`     // the passage in the relation's a
	B     provSpanJSON `json:"b"`     // the passage in the relation's b
	Text  string       `json:"text"`  // excerpt of a's side
	Words int          `json:"words"` // verbatim: words on a's side; reworded: shared content words
}

// provSpanJSON locates a passage: 1-based lines and rune columns, end inclusive.
type provSpanJSON struct {
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	StartCol  int    `json:"start_col"`
	EndLine   int    `json:"end_line"`
	EndCol    int    `json:"end_col"`
}

// provClusterJSON is one aligned fact.
type provClusterJSON struct {
	Event       int               `json:"event"`              // index into the alignment's events
	Statement   string            `json:"statement"`          // canonical wording
	At          string            `json:"at"`                 // file:line:column of the canonical claim
	State       string            `json:"state"`              // "agree", "diverge" or "single"
	Findings    []string          `json:"findings,omitempty"` // IDs of the findings when diverging
	Sources     int               `json:"sources"`            // files stating the fact
	Independent int               `json:"independent"`        // distinct origins among them
	Claims      []provSupportJSON `json:"claims"`             // every supporting claim, by position
}

// provSupportJSON is one claim supporting a cluster.
type provSupportJSON struct {
	At     string `json:"at"`     // file:line:column
	Quote  string `json:"quote"`  // the claim's text
	Origin string `json:"origin"` // ID of the source's origin
}

// provAnomalyJSON is one provenance anomaly.
type provAnomalyJSON struct {
	Kind   string `json:"kind"`   // "injected-token" or "copy-date"
	At     string `json:"at"`     // file:line:column
	Text   string `json:"text"`   // the fused token or the copy's date
	Detail string `json:"detail"` // explanation citing the other source
}

// provenanceJSON converts a report to its wire form. Slices are never null.
func provenanceJSON(r *provenance.Report) provJSON {
	out := provJSON{
		Relations: []provRelationJSON{},
		Origins:   [][]string{},
		Clusters:  []provClusterJSON{},
		Anomalies: []provAnomalyJSON{},
	}
	for _, rel := range r.Relations {
		out.Relations = append(out.Relations, relationJSON(rel))
	}
	out.Origins = append(out.Origins, originsJSON(r.Origins)...)
	for _, c := range r.Clusters {
		out.Clusters = append(out.Clusters, clusterJSON(c))
	}
	for _, a := range r.Anomalies {
		out.Anomalies = append(out.Anomalies, anomalyJSON(a))
	}
	return out
}

// relationJSON is one relation's wire form (a streaming writer converts
// one element at a time).
func relationJSON(rel provenance.Relation) provRelationJSON {
	jr := provRelationJSON{A: escape.PathUTF8(rel.A), B: escape.PathUTF8(rel.B), Kind: string(rel.Kind), From: escape.PathUTF8(rel.From), To: escape.PathUTF8(rel.To), Basis: string(rel.Basis), Evidence: rel.Evidence, Coverage: round2(rel.Coverage), Score: round2(rel.Score), Passages: []provPassageJSON{}}
	for _, p := range rel.Passages {
		jr.Passages = append(jr.Passages, provPassageJSON{Kind: string(p.Kind), A: spanJSON(p.A), B: spanJSON(p.B), Text: p.Text, Words: p.Words})
	}
	return jr
}

// originsJSON is the origins' wire form, never null.
func originsJSON(origins [][]string) [][]string {
	out := make([][]string, 0, len(origins))
	for _, o := range origins {
		ps := make([]string, len(o))
		for i, p := range o {
			ps[i] = escape.PathUTF8(p)
		}
		out = append(out, ps)
	}
	return out
}

// clusterJSON is one cluster's wire form.
func clusterJSON(c provenance.Cluster) provClusterJSON {
	jc := provClusterJSON{Event: c.Event, Statement: c.Statement, At: c.At.String(), State: string(c.State), Findings: c.Findings, Sources: c.Sources, Independent: c.Independent, Claims: []provSupportJSON{}}
	for _, s := range c.Claims {
		jc.Claims = append(jc.Claims, provSupportJSON{At: s.Pos.String(), Quote: s.Quote, Origin: s.Origin})
	}
	return jc
}

// anomalyJSON is one anomaly's wire form.
func anomalyJSON(a provenance.Anomaly) provAnomalyJSON {
	return provAnomalyJSON{Kind: a.Kind, At: a.Pos.String(), Text: a.Text, Detail: a.Detail}
}

func spanJSON(s provenance.Span) provSpanJSON {
	return provSpanJSON{Path: escape.PathUTF8(s.Path), StartLine: s.StartLine, StartCol: s.StartCol, EndLine: s.EndLine, EndCol: s.EndCol}
}

// round keeps two decimals so that output is stable and readable.
func round2(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}
