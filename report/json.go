package report

import (
	"encoding/json"
	"io"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/provenance"
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
		Provenance *provenance.JSONReport `json:"provenance,omitempty"`
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

type jsonRenderer struct{ opt Options }

func (jr *jsonRenderer) Render(w io.Writer, r *Result) error {
	out := jsonResult{
		Version:      Version,
		Config:       jsonConfig(r.Config),
		Draft:        escape.PathUTF8(r.Draft),
		Sources:      []jsonSource{},
		Findings:     []jsonFinding{},
		Stale:        []jsonStale{},
		SingleSource: []jsonClaim{},
		Unsupported:  []jsonClaim{},
		Support:      []jsonSupport{},
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
		jf := jsonFinding{
			ID: f.ID, Kind: f.Check, Severity: f.Severity.String(), Status: string(status),
			Reason: f.Reason, Summary: f.Summary, Context: f.Context, Claims: []jsonClaim{},
		}
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
		pj := provenance.ToJSON(r.Provenance)
		out.Provenance = &pj
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out) // Encode ends with the trailing newline
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
