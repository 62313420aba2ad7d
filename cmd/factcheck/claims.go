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
	r, cfg, code, ok := e.openView(fs, c, format, report.NewClaims, args)
	if !ok {
		return code
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
