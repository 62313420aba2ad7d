package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
)

// The JSON output contract (version 1). These wire structs are the
// contract: field order here is the order printed, and renaming a tag is a
// breaking change that needs a Version bump. Paths go through
// escape.PathUTF8: a file name that is not UTF-8 is written quoted, Go
// style, rather than with U+FFFD where two names would collide.
type (
	jsonResult struct {
		Version int `json:"version"`
		// Config is the rules file the run applied, null when none.
		Config *string `json:"config"`
		Draft  string  `json:"draft,omitempty"`
		// DraftDate and DraftDateFrom are present with a draft, null
		// when the draft's relative times had no date to be read against.
		DraftDate     *jsonNullable `json:"draft_date,omitempty"`      // YYYY-MM-DD
		DraftDateFrom *jsonNullable `json:"draft_date_from,omitempty"` // "the draft", "--draft-date", …
		Sources       []jsonSource  `json:"sources"`
		Findings      []jsonFinding `json:"findings"`
		Stale         []jsonStale   `json:"stale"`
		SingleSource  []jsonClaim   `json:"single_source"`
		Unsupported   []jsonClaim   `json:"unsupported"`
		Support       []jsonSupport `json:"support"` // the draft's claims in order
		// Provenance is the provenance package's wire form: relations,
		// origins, clusters and anomalies (docs/provenance.md).
		Provenance *provJSON `json:"provenance,omitempty"`
	}
	jsonSource struct {
		Path      string  `json:"path"`
		Title     string  `json:"title"`
		Published *string `json:"published"` // YYYY-MM-DD or null
		Provider  string  `json:"provider"`
	}
	jsonFinding struct {
		ID       string      `json:"id"`
		Kind     string      `json:"kind"`
		Severity string      `json:"severity"`
		Status   string      `json:"status"`
		Reason   string      `json:"reason,omitempty"`
		Summary  string      `json:"summary"`
		Context  bool        `json:"context,omitempty"`
		Claims   []jsonClaim `json:"claims"`
	}
	jsonClaim struct {
		Path   string `json:"path"`
		Line   int    `json:"line"`
		Column int    `json:"column"`
		Text   string `json:"text"`
		Value  string `json:"value"`
	}
	// jsonSupport is one claim of the draft with the sources' stand on it.
	jsonSupport struct {
		Path     string      `json:"path"`
		Line     int         `json:"line"`
		Column   int         `json:"column"`
		Text     string      `json:"text"`
		State    string      `json:"state"` // supported, contradicted, partly, unsupported
		Sources  []jsonClaim `json:"sources"`
		Findings []string    `json:"findings"`
		Missing  []string    `json:"missing"`
		Nearest  *jsonClaim  `json:"nearest"` // null unless unsupported with a nearest claim
	}
	jsonStale struct {
		ID     string `json:"id"`
		Path   string `json:"path"`
		Line   int    `json:"line"`
		Column int    `json:"column"`
	}
)

// jsonNullable is a string printed as null when empty; a nil
// *jsonNullable field with omitempty is left out altogether.
type jsonNullable string

func (s jsonNullable) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// writeJSON streams the report: each element of a long list is encoded and
// written on its own, so the report is never held whole in memory. The
// bytes are those json.Encoder gives for the whole value, indented by two
// spaces, without HTML escaping (the tests compare the two).
func writeJSON(bw *bufio.Writer, r *pipeline.Result, opt Options) error {
	s := &jsonStream{w: bw}
	s.raw("{\n")
	version := Version
	if opt.Full {
		version = VersionFull
	}
	s.field("version", version, false)
	s.field("config", jsonConfig(r.Config), false)
	if r.Draft != "" {
		s.field("draft", escape.PathUTF8(r.Draft), false)
		d, from := jsonNullable(date(r.DraftDate)), jsonNullable("")
		if d != "" {
			from = jsonNullable(r.DraftDateFrom)
		}
		s.field("draft_date", d, false)
		s.field("draft_date_from", from, false)
	}
	s.key("sources")
	jsonArray(s, "  ", sortedSources(r.Sources), func(d *source.Document) any {
		js := jsonSource{Path: escape.PathUTF8(d.Path), Title: d.Meta.Title, Provider: d.Meta.Provider}
		if p := date(d.Meta.Published); p != "" {
			js.Published = &p
		}
		return js
	})
	s.raw(",\n")
	s.key("findings")
	jsonArray(s, "  ", ordered(r.Findings), func(f align.Finding) any {
		status := f.Status
		if status == "" {
			status = align.Unresolved
		}
		jf := jsonFinding{
			ID: f.ID, Kind: f.Check, Severity: f.Severity.String(), Status: string(status),
			Reason: f.Reason, Summary: f.Summary, Context: f.Context, Claims: []jsonClaim{},
		}
		for _, side := range f.Sides {
			jf.Claims = append(jf.Claims, claim(side))
		}
		return jf
	})
	s.raw(",\n")
	s.key("stale")
	jsonArray(s, "  ", sortedStale(r.Stale), func(st rules.Stale) any {
		return jsonStale{ID: st.ID, Path: escape.PathUTF8(st.Position.Filename), Line: st.Position.Line, Column: st.Position.Column}
	})
	s.raw(",\n")
	if opt.Full {
		s.key("single_source")
		jsonArray(s, "  ", sortedSides(r.SingleSource), func(side align.Side) any { return claim(side) })
		s.raw(",\n")
	}
	s.key("unsupported")
	jsonArray(s, "  ", sortedSides(r.Unsupported), func(side align.Side) any { return claim(side) })
	s.raw(",\n")
	s.key("support")
	jsonArray(s, "  ", sortedSupport(r.Support, r.Findings), func(sp align.Support) any { return supportJSON(sp) })
	if p := r.Provenance; p != nil {
		s.raw(",\n")
		s.key("provenance")
		s.raw("{\n")
		s.key2("relations")
		if opt.Full {
			jsonArray(s, "    ", p.Relations, func(rel provenance.Relation) any { return relationJSON(rel) })
		} else {
			relationsBrief(s, "    ", p.Relations)
		}
		s.raw(",\n")
		s.key2("origins")
		s.value("    ", originsJSON(p.Origins))
		s.raw(",\n")
		if opt.Full {
			s.key2("clusters")
			jsonArray(s, "    ", p.Clusters, func(c provenance.Cluster) any { return clusterJSON(c) })
			s.raw(",\n")
		}
		s.key2("anomalies")
		jsonArray(s, "    ", p.Anomalies, func(an provenance.Anomaly) any { return anomalyJSON(an) })
		s.raw("\n  }")
	}
	s.raw("\n}\n")
	return s.err
}

// jsonRelationBrief is a provenance relation without its passages: what
// the default report carries (the passages are behind Options.Full).
type jsonRelationBrief struct {
	A        string  `json:"a"`
	B        string  `json:"b"`
	Kind     string  `json:"kind"`
	From     string  `json:"from,omitempty"`
	To       string  `json:"to,omitempty"`
	Basis    string  `json:"basis,omitempty"`
	Evidence string  `json:"evidence"`
	Coverage float64 `json:"coverage"`
	Score    float64 `json:"score"`
}

// briefRelation is relationJSON without the passages, which it does not
// build: with many copies there is a relation for every pair of files.
func briefRelation(r provenance.Relation) jsonRelationBrief {
	return jsonRelationBrief{A: escape.PathUTF8(r.A), B: escape.PathUTF8(r.B), Kind: string(r.Kind),
		From: escape.PathUTF8(r.From), To: escape.PathUTF8(r.To), Basis: string(r.Basis),
		Evidence: r.Evidence, Coverage: round2(r.Coverage), Score: round2(r.Score)}
}

// jsonStream writes JSON piece by piece, keeping the first error.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func (s *jsonStream) raw(t string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(t)
	}
}

// key starts a member of the top-level object; key2 one of an object
// inside it.
func (s *jsonStream) key(k string)  { s.raw("  " + strconv.Quote(k) + ": ") }
func (s *jsonStream) key2(k string) { s.raw("    " + strconv.Quote(k) + ": ") }

// field writes a whole top-level member and the separator after it.
func (s *jsonStream) field(k string, v any, last bool) {
	s.key(k)
	s.value("  ", v)
	if !last {
		s.raw(",\n")
	}
}

// value writes v indented as if it stood at prefix inside a larger value.
func (s *jsonStream) value(prefix string, v any) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if s.err = enc.Encode(v); s.err != nil {
		return
	}
	b := bytes.TrimSuffix(s.buf.Bytes(), []byte("\n"))
	_, s.err = s.w.Write(b)
}

// jsonArray writes xs as a JSON array at prefix, converting and encoding
// one element at a time.
func jsonArray[T any](s *jsonStream, prefix string, xs []T, conv func(T) any) {
	if len(xs) == 0 {
		s.raw("[]")
		return
	}
	s.raw("[\n")
	inner := prefix + "  "
	for i, x := range xs {
		s.raw(inner)
		s.value(inner, conv(x))
		if i < len(xs)-1 {
			s.raw(",\n")
		} else {
			s.raw("\n")
		}
	}
	s.raw(prefix + "]")
}

// jsonConfig is the rules file's path, nil (null) when none.
func jsonConfig(path string) *string {
	if path == "" {
		return nil
	}
	path = escape.PathUTF8(path)
	return &path
}

func claim(s align.Side) jsonClaim {
	return jsonClaim{Path: escape.PathUTF8(s.Pos.Filename), Line: s.Pos.Line, Column: s.Pos.Column, Text: s.Text, Value: s.Value}
}

func supportJSON(s align.Support) jsonSupport {
	js := jsonSupport{
		Path: escape.PathUTF8(s.Claim.Pos.Filename), Line: s.Claim.Pos.Line, Column: s.Claim.Pos.Column,
		Text: s.Claim.Text, State: string(s.State),
		Sources: []jsonClaim{}, Findings: []string{}, Missing: []string{},
	}
	for _, c := range s.Sources {
		js.Sources = append(js.Sources, claim(c))
	}
	js.Findings = append(js.Findings, s.Findings...)
	js.Missing = append(js.Missing, s.Missing...)
	if s.Nearest != nil {
		n := claim(*s.Nearest)
		js.Nearest = &n
	}
	return js
}
