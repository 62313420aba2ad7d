package main

import (
	"fmt"

	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/report"
)

// provenance prints which sources copy which and, for every aligned fact,
// how many sources and how many independent origins state it.
func (e env) provenance(args []string) int {
	fs, c := e.sourceFlags("provenance", "PATH...")
	format := fs.String("format", "table", "output `format`: table, markdown or json")
	out := fs.String("o", "", "write to `file` (atomically) instead of standard output")
	r, cfg, code, ok := e.openView(fs, c, format, report.NewProvenance, args)
	if !ok {
		return code
	}
	if e.refuseOutput(*out, cfg) {
		return exitInput
	}
	run, loadErr := pipeline.Check(*cfg)
	if loadErr != nil {
		reportErr(e.stderr, loadErr)
	}
	var buf chunks
	if err := r.Render(&buf, run.Result); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", err)
		return exitInput
	}
	if err := e.emitReport(*out, &buf, loadErr); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", err)
		return exitInput
	}
	if loadErr != nil {
		return exitInput
	}
	return exitClean
}
