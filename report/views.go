package report

import (
	"errors"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
	"github.com/factcheck/factcheck/source"
)

// The check report (New) is one view of a Result; "factcheck provenance"
// and "factcheck claims" print two others, through the same Renderer.

// ProvenanceFormats returns the names NewProvenance accepts, in the order
// -help shows them.
func ProvenanceFormats() []string { return []string{"table", "markdown", "json"} }

// NewProvenance returns the renderer of a Result's provenance alone
// ("factcheck provenance") for a format name.
func NewProvenance(format string) (Renderer, error) {
	w := map[string]func(io.Writer, *provenance.Report) error{
		"table":    writeProvenanceTable,
		"markdown": writeProvenanceMarkdown,
		"json":     writeProvenanceJSON,
	}[format]
	if w == nil {
		return nil, fmt.Errorf("unknown format %q (want table, markdown or json)", format)
	}
	return provenanceRenderer(w), nil
}

type provenanceRenderer func(io.Writer, *provenance.Report) error

func (pr provenanceRenderer) Render(w io.Writer, r *pipeline.Result) error {
	if r.Provenance == nil {
		return errors.New("the result holds no provenance")
	}
	return pr(w, r.Provenance)
}

// ClaimsFormats returns the names NewClaims accepts.
func ClaimsFormats() []string { return []string{"text", "json"} }

// NewClaims returns the renderer of a Result's sources and their claims
// ("factcheck claims") for a format name.
func NewClaims(format string) (Renderer, error) {
	switch format {
	case "text":
		return claimsRenderer(writeClaimsText), nil
	case "json":
		return claimsRenderer(writeClaimsJSON), nil
	}
	return nil, fmt.Errorf("unknown format %q (want text or json)", format)
}

type claimsRenderer func(io.Writer, []*source.Document, [][]claims.Claim) error

func (cr claimsRenderer) Render(w io.Writer, r *pipeline.Result) error {
	if len(r.Claims) != len(r.Sources) {
		return fmt.Errorf("the result holds claims for %d of its %d sources", len(r.Claims), len(r.Sources))
	}
	return cr(w, r.Sources, r.Claims)
}
