package report

import (
	"io"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
)

// Version is the JSON output contract's version; bump it on any change
// that could break a reader.
const Version = 1

// Renderer writes a result in one format.
type Renderer interface {
	Render(w io.Writer, r *Result) error
}

// Result is everything a check produced, ready to print.
type Result struct {
	Sources  []*source.Document
	Findings []align.Finding // sorted with align.Less
	// Stale lists resolutions in the rules file that match no finding.
	Stale []rules.Stale
	// SingleSource lists claims only one source states (informational).
	SingleSource []align.Side
	// Draft is the path of the editor's draft, "" without --draft.
	Draft string
}
