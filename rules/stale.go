package rules

import "github.com/factcheck/factcheck/source"

// Stale is a resolution whose ID matched no finding in this run.
type Stale struct {
	ID       string
	Position source.Position // where the resolution is written in the rules file
}
