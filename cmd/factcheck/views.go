package main

import (
	"fmt"

	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/report"
)

// view is a command that prints a view of the sources (claims,
// provenance): the same flags and steps, a different stage and renderer.
type view struct {
	name string
	// format is -format's default, formats its usage.
	format, formats string
	newRenderer     func(string) (report.Renderer, error)
	// output adds -o: the view is held until the run has succeeded and
	// written whole (emitReport), as check's report is. Without it the
	// view streams to standard output, whatever could be read.
	output bool
	// result runs the stages the view shows.
	result func(pipeline.Config) (*pipeline.Result, error)
}

// claims lists the claims read from each source, with their slots.
func (e env) claims(args []string) int {
	return e.view(args, view{
		name: "claims", format: "text", formats: "text or json",
		newRenderer: report.NewClaims,
		result: func(cfg pipeline.Config) (*pipeline.Result, error) {
			docs, cs, err := pipeline.Read(cfg)
			return &pipeline.Result{Sources: docs, Claims: cs}, err
		},
	})
}

// provenance prints which sources copy which and, for every aligned fact,
// how many sources and how many independent origins state it.
func (e env) provenance(args []string) int {
	return e.view(args, view{
		name: "provenance", format: "table", formats: "table, markdown or json",
		newRenderer: report.NewProvenance,
		output:      true,
		result: func(cfg pipeline.Config) (*pipeline.Result, error) {
			run, err := pipeline.Check(cfg)
			return run.Result, err
		},
	})
}

// view runs a view command: it parses the arguments, makes the renderer
// for -format, opens the rules and the sources, in that order, and
// renders the result. An input that could not be read is reported and
// exits 2.
func (e env) view(args []string, v view) int {
	fs, c := e.sourceFlags(v.name, "PATH...")
	format := fs.String("format", v.format, "output `format`: "+v.formats)
	var out *string
	if v.output {
		out = fs.String("o", "", "write to `file` (atomically) instead of standard output")
	}
	paths, code, ok := e.parsePaths(fs, args)
	if !ok {
		return code
	}
	r, err := v.newRenderer(*format)
	if err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %s: %v\n", v.name, err)
		return exitInput
	}
	cfg, ok := e.load(*c, paths, "")
	if !ok || (out != nil && e.refuseOutput(*out, cfg)) {
		return exitInput
	}
	res, loadErr := v.result(*cfg)
	if loadErr != nil {
		reportErr(e.stderr, loadErr)
	}
	if out == nil {
		err = r.Render(e.stdout, res)
	} else {
		var buf chunks
		if err = r.Render(&buf, res); err == nil {
			err = e.emitReport(*out, &buf, loadErr)
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", err)
		return exitInput
	}
	if loadErr != nil {
		return exitInput
	}
	return exitClean
}
