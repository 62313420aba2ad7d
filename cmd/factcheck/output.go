package main

import (
	"bytes"
	"fmt"
	"io"

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
func (e env) emitReport(out string, data *chunks, runErr error) error {
	if runErr != nil {
		if out != "" && out != "-" {
			fmt.Fprintf(e.stderr, "factcheck: -o %s: not written, the run failed\n", escape.Path(out))
		}
		return nil
	}
	if out == "" || out == "-" {
		_, err := data.WriteTo(e.stdout)
		return err
	}
	return e.emit(out, data.Bytes())
}

// chunkSize is the size of the pieces a rendered report is held in.
const chunkSize = 1 << 20

// chunks holds a rendered report in pieces until it is written: a report
// of tens of megabytes (54 MB of JSON for 160 copies of five stories) held
// in one growing slice was copied and cleared at every doubling, a quarter
// of the run's time.
type chunks struct{ bufs [][]byte }

func (c *chunks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(c.bufs) == 0 || len(c.bufs[len(c.bufs)-1]) == chunkSize {
			c.bufs = append(c.bufs, make([]byte, 0, chunkSize))
		}
		last := &c.bufs[len(c.bufs)-1]
		k := min(len(p), chunkSize-len(*last))
		*last = append(*last, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

// WriteTo writes the pieces to w in order.
func (c *chunks) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for _, b := range c.bufs {
		n, err := w.Write(b)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// Bytes returns the report in one slice.
func (c *chunks) Bytes() []byte {
	if len(c.bufs) == 1 {
		return c.bufs[0]
	}
	return bytes.Join(c.bufs, nil)
}
