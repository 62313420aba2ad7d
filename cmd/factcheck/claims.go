package main

import (
	"fmt"

	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/report"
)

// claims lists the claims read from each source, with their slots.
func (e env) claims(args []string) int {
	fs, c := e.sourceFlags("claims", "PATH...")
	format := fs.String("format", "text", "output `format`: text or json")
	paths, code, ok := e.parsePaths(fs, args)
	if !ok {
		return code
	}
	r, err := report.NewClaims(*format)
	if err != nil {
		fmt.Fprintf(e.stderr, "factcheck: claims: %v\n", err)
		return exitInput
	}
	cfg, ok := e.load(*c, paths, "")
	if !ok {
		return exitInput
	}
	docs, cs, loadErr := pipeline.Read(*cfg)
	if loadErr != nil {
		reportErr(e.stderr, loadErr)
	}
	if werr := r.Render(e.stdout, &pipeline.Result{Sources: docs, Claims: cs}); werr != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", werr)
		return exitInput
	}
	if loadErr != nil {
		return exitInput
	}
	return exitClean
}
