package main

import (
	"fmt"

	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
)

// refuseOutput reports whether -o out would write over, or inside, one of
// the run's inputs: a source path, the draft or the rules file. It prints
// the refusal.
func (e env) refuseOutput(out string, cfg *pipeline.Config) bool {
	return e.refuseWrite("-o", out, cfg)
}

// refuseWrite is refuseOutput for any flag that names a file to write
// (-o, -cpuprofile, -memprofile).
func (e env) refuseWrite(flag, out string, cfg *pipeline.Config) bool {
	if out == "" || out == "-" {
		return false
	}
	inputs := append([]string{cfg.Draft}, cfg.Paths...)
	if cfg.Rules != nil {
		inputs = append(inputs, cfg.Rules.Path)
	}
	if in, inside := atomicfile.Inside(out, inputs); inside {
		fmt.Fprintf(e.stderr, "factcheck: %s %s: refusing to write over or inside the input %s\n", flag, escape.Path(out), escape.Path(in))
		return true
	}
	return false
}

// emitReport writes a rendered report after the inputs were read. When the
// run failed (an input could not be read, or alignment hit a limit) it
// writes nothing: a report file named by -o is left as it was rather than
// replaced by a partial one, and standard output stays empty, so a failed
// gate never shows a "No findings." that checked nothing. The errors on
// standard error say why.
func (e env) emitReport(out string, data []byte, runErr error) error {
	if runErr != nil {
		if out != "" && out != "-" {
			fmt.Fprintf(e.stderr, "factcheck: -o %s: not written, the run failed\n", escape.Path(out))
		}
		return nil
	}
	return e.emit(out, data)
}
