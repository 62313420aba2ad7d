package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
	"github.com/google/go-cmp/cmp"
)

// wholeJSON encodes the result as one value with json.Encoder: what the
// JSON report was before it was streamed, and what the streamed report
// with Options.Full must still print byte for byte.
func wholeJSON(t *testing.T, r *pipeline.Result) []byte {
	out := jsonResult{
		Version: VersionFull, Config: jsonConfig(r.Config), Draft: escape.PathUTF8(r.Draft),
		Sources: []jsonSource{}, Findings: []jsonFinding{}, Stale: []jsonStale{},
		SingleSource: []jsonClaim{}, Unsupported: []jsonClaim{}, Support: []jsonSupport{},
	}
	if r.Draft != "" {
		d, from := jsonNullable(date(r.DraftDate)), jsonNullable("")
		if d != "" {
			from = jsonNullable(r.DraftDateFrom)
		}
		out.DraftDate, out.DraftDateFrom = &d, &from
	}
	for _, d := range sortedSources(r.Sources) {
		s := jsonSource{Path: escape.PathUTF8(d.Path), Title: d.Meta.Title, Provider: d.Meta.Provider}
		if p := date(d.Meta.Published); p != "" {
			s.Published = &p
		}
		out.Sources = append(out.Sources, s)
	}
	for _, f := range ordered(r.Findings) {
		status := f.Status
		if status == "" {
			status = align.Unresolved
		}
		jf := jsonFinding{ID: f.ID, Kind: f.Check, Severity: f.Severity.String(), Status: string(status),
			Reason: f.Reason, Summary: f.Summary, Context: f.Context, Claims: []jsonClaim{}}
		for _, s := range f.Sides {
			jf.Claims = append(jf.Claims, claim(s))
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, s := range sortedStale(r.Stale) {
		out.Stale = append(out.Stale, jsonStale{ID: s.ID, Path: escape.PathUTF8(s.Position.Filename), Line: s.Position.Line, Column: s.Position.Column})
	}
	for _, s := range sortedSides(r.SingleSource) {
		out.SingleSource = append(out.SingleSource, claim(s))
	}
	for _, s := range sortedSides(r.Unsupported) {
		out.Unsupported = append(out.Unsupported, claim(s))
	}
	for _, s := range sortedSupport(r.Support, r.Findings) {
		out.Support = append(out.Support, supportJSON(s))
	}
	if r.Provenance != nil {
		pj := provenanceJSON(r.Provenance)
		out.Provenance = &pj
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestJSONStreamed: the streamed report with Options.Full prints exactly
// the bytes of the whole value encoded at once, on the fixture, on an
// empty result and on the seeds' provenance (relations with passages,
// clusters, anomalies); without Full, the same report less the
// single-source claims, the clusters and the passages.
func TestJSONStreamed(t *testing.T) {
	docs := seedDocs(t)
	withProv := fixture(t)
	withProv.Provenance = provenance.Build(docs, nil, nil, provenance.DefaultParams())
	if len(withProv.Provenance.Relations) == 0 || len(withProv.Provenance.Relations[0].Passages) == 0 {
		t.Fatal("the seeds give no relation with passages: the test would prove nothing")
	}
	hostile := fixture(t)
	hostile.Config = "rules\xff.yaml"
	hostile.Draft = "dra\xfeft.txt"
	for name, r := range map[string]*pipeline.Result{"fixture": fixture(t), "empty": {}, "draft": {Draft: "story.txt"}, "provenance": withProv, "not UTF-8": hostile} {
		full := render(t, "json", Options{Full: true}, r)
		if diff := cmp.Diff(string(wholeJSON(t, r)), string(full)); diff != "" {
			t.Errorf("%s: streamed JSON differs from the whole value (-whole +streamed):\n%s", name, diff)
		}
		var brief struct {
			SingleSource *json.RawMessage `json:"single_source"`
			Provenance   *struct {
				Relations []map[string]json.RawMessage `json:"relations"`
				Clusters  *json.RawMessage             `json:"clusters"`
				Origins   *json.RawMessage             `json:"origins"`
			} `json:"provenance"`
		}
		if err := json.Unmarshal(render(t, "json", Options{}, r), &brief); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if brief.SingleSource != nil {
			t.Errorf("%s: single_source in the default report", name)
		}
		if p := brief.Provenance; p != nil {
			if p.Clusters != nil || p.Origins == nil || len(p.Relations) != len(r.Provenance.Relations) {
				t.Errorf("%s: default provenance has clusters %v, origins %v, %d relations; want no clusters, origins, %d relations",
					name, p.Clusters != nil, p.Origins != nil, len(p.Relations), len(r.Provenance.Relations))
			}
			for _, rel := range p.Relations {
				if _, ok := rel["passages"]; ok {
					t.Errorf("%s: a relation carries its passages in the default report", name)
				}
			}
		}
	}
}
