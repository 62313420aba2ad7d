package provenance

import (
	"encoding/json"
	"io"

	"github.com/factcheck/factcheck/internal/escape"
)

// WriteJSON prints the report as indented JSON (see JSONReport).
func WriteJSON(w io.Writer, r *Report) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	return e.Encode(ToJSON(r))
}

// JSONReport is the wire form of a Report, the "provenance" object of
// check's JSON output and the output of "factcheck provenance -format json".
type JSONReport struct {
	// Relations are the informative source pairs, sorted by a then b.
	Relations []JSONRelation `json:"relations"`
	// Origins lists each origin's sources: its ID (the source the others
	// derive from, when known) first, then the others sorted.
	Origins [][]string `json:"origins"`
	// Clusters are the aligned facts, by event then position.
	Clusters []JSONCluster `json:"clusters"`
	// Anomalies are injected tokens and copy dates, sorted by position.
	Anomalies []JSONAnomaly `json:"anomalies"`
}

// JSONRelation is one pair of sources.
type JSONRelation struct {
	A        string        `json:"a"`               // path, a < b
	B        string        `json:"b"`               // path
	Kind     string        `json:"kind"`            // "copy", "paraphrase" or "independent"
	From     string        `json:"from,omitempty"`  // the origin, when direction is known
	To       string        `json:"to,omitempty"`    // the derived source, when known
	Basis    string        `json:"basis,omitempty"` // what set the direction: "credit", "date" or "containment"
	Evidence string        `json:"evidence"`        // why: counts, credit, dates
	Coverage float64       `json:"coverage"`        // share of the shorter source's words in verbatim passages, 0..1
	Score    float64       `json:"score"`           // share of the shorter source's sentences aligned in order, 0..1
	Passages []JSONPassage `json:"passages"`        // shared passages, by position in a
}

// JSONPassage is one shared passage.
type JSONPassage struct {
	Kind  string   `json:"kind"`  // "verbatim" (shared shingles) or "reworded" (aligned sentence)
	A     JSONSpan `json:"a"`     // the passage in the relation's a
	B     JSONSpan `json:"b"`     // the passage in the relation's b
	Text  string   `json:"text"`  // excerpt of a's side
	Words int      `json:"words"` // verbatim: words on a's side; reworded: shared content words
}

// JSONSpan locates a passage: 1-based lines and rune columns, end inclusive.
type JSONSpan struct {
	Path      string `json:"path"`
	StartLine int    `json:"start_line"`
	StartCol  int    `json:"start_col"`
	EndLine   int    `json:"end_line"`
	EndCol    int    `json:"end_col"`
}

// JSONCluster is one aligned fact.
type JSONCluster struct {
	Event       int           `json:"event"`              // index into the alignment's events
	Statement   string        `json:"statement"`          // canonical wording
	At          string        `json:"at"`                 // file:line:column of the canonical claim
	State       string        `json:"state"`              // "agree", "diverge" or "single"
	Findings    []string      `json:"findings,omitempty"` // IDs of the findings when diverging
	Sources     int           `json:"sources"`            // files stating the fact
	Independent int           `json:"independent"`        // distinct origins among them
	Claims      []JSONSupport `json:"claims"`             // every supporting claim, by position
}

// JSONSupport is one claim supporting a cluster.
type JSONSupport struct {
	At     string `json:"at"`     // file:line:column
	Quote  string `json:"quote"`  // the claim's text
	Origin string `json:"origin"` // ID of the source's origin
}

// JSONAnomaly is one provenance anomaly.
type JSONAnomaly struct {
	Kind   string `json:"kind"`   // "injected-token" or "copy-date"
	At     string `json:"at"`     // file:line:column
	Text   string `json:"text"`   // the fused token or the copy's date
	Detail string `json:"detail"` // explanation citing the other source
}

// ToJSON converts a report to its wire form. Slices are never null.
func ToJSON(r *Report) JSONReport {
	out := JSONReport{
		Relations: []JSONRelation{},
		Origins:   [][]string{},
		Clusters:  []JSONCluster{},
		Anomalies: []JSONAnomaly{},
	}
	for _, rel := range r.Relations {
		out.Relations = append(out.Relations, RelationJSON(rel))
	}
	out.Origins = append(out.Origins, OriginsJSON(r.Origins)...)
	for _, c := range r.Clusters {
		out.Clusters = append(out.Clusters, ClusterJSON(c))
	}
	for _, a := range r.Anomalies {
		out.Anomalies = append(out.Anomalies, AnomalyJSON(a))
	}
	return out
}

// RelationJSON is one relation's wire form (a streaming writer converts
// one element at a time).
func RelationJSON(rel Relation) JSONRelation {
	jr := JSONRelation{A: escape.PathUTF8(rel.A), B: escape.PathUTF8(rel.B), Kind: string(rel.Kind), From: escape.PathUTF8(rel.From), To: escape.PathUTF8(rel.To), Basis: string(rel.Basis), Evidence: rel.Evidence, Coverage: round(rel.Coverage), Score: round(rel.Score), Passages: []JSONPassage{}}
	for _, p := range rel.Passages {
		jr.Passages = append(jr.Passages, JSONPassage{Kind: string(p.Kind), A: jsonSpan(p.A), B: jsonSpan(p.B), Text: p.Text, Words: p.Words})
	}
	return jr
}

// OriginsJSON is the origins' wire form, never null.
func OriginsJSON(origins [][]string) [][]string {
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

// ClusterJSON is one cluster's wire form.
func ClusterJSON(c Cluster) JSONCluster {
	jc := JSONCluster{Event: c.Event, Statement: c.Statement, At: c.At.String(), State: string(c.State), Findings: c.Findings, Sources: c.Sources, Independent: c.Independent, Claims: []JSONSupport{}}
	for _, s := range c.Claims {
		jc.Claims = append(jc.Claims, JSONSupport{At: s.Pos.String(), Quote: s.Quote, Origin: s.Origin})
	}
	return jc
}

// AnomalyJSON is one anomaly's wire form.
func AnomalyJSON(a Anomaly) JSONAnomaly {
	return JSONAnomaly{Kind: a.Kind, At: a.Pos.String(), Text: a.Text, Detail: a.Detail}
}

func jsonSpan(s Span) JSONSpan {
	return JSONSpan{Path: escape.PathUTF8(s.Path), StartLine: s.StartLine, StartCol: s.StartCol, EndLine: s.EndLine, EndCol: s.EndCol}
}

// round keeps two decimals so that output is stable and readable.
func round(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}
