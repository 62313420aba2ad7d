package main

import (
	"bytes"
	"fmt"

	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
)

// provenance prints which sources copy which and, for every aligned fact,
// how many sources and how many independent origins state it.
func (e env) provenance(args []string) int {
	fs := e.newFlags("provenance", "PATH...")
	var c common
	c.register(fs)
	format := fs.String("format", "table", "output `format`: table, markdown or json")
	out := fs.String("o", "", "write to `file` (atomically) instead of standard output")
	paths, code, ok := e.parsePaths(fs, args)
	if !ok {
		return code
	}
	write := map[string]func(*bytes.Buffer, *provenance.Report) error{
		"table":    func(b *bytes.Buffer, r *provenance.Report) error { return provenance.WriteTable(b, r) },
		"markdown": func(b *bytes.Buffer, r *provenance.Report) error { return provenance.WriteMarkdown(b, r) },
		"json":     func(b *bytes.Buffer, r *provenance.Report) error { return provenance.WriteJSON(b, r) },
	}[*format]
	if write == nil {
		fmt.Fprintf(e.stderr, "factcheck: provenance: unknown format %q (want table, markdown or json)\n", *format)
		return exitInput
	}
	cfg, ok := e.load(c, paths, "")
	if !ok {
		return exitInput
	}
	if e.refuseOutput(*out, cfg) {
		return exitInput
	}
	run, loadErr := pipeline.Check(*cfg)
	if loadErr != nil {
		reportErr(e.stderr, loadErr)
	}
	var buf bytes.Buffer
	if err := write(&buf, run.Result.Provenance); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", err)
		return exitInput
	}
	if err := e.emitReport(*out, buf.Bytes(), loadErr); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", err)
		return exitInput
	}
	if loadErr != nil {
		return exitInput
	}
	return exitClean
}
