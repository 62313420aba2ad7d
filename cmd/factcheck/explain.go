package main

import (
	"bytes"
	"fmt"

	"github.com/factcheck/factcheck/align"
)

// explain prints each check's name, default severity and title, or one
// check's whole description. A failed write (a full disk, a closed pipe)
// exits 2, never 0.
func (e env) explain(args []string) int {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		return e.write("usage: factcheck explain [CHECK...]\n\ndescribe the divergence checks: with no CHECK, one line each\n")
	}
	var b bytes.Buffer
	status := exitClean
	if len(args) == 0 {
		for _, c := range align.Checks() {
			fmt.Fprintf(&b, "%-12s %-8s %s\n", c.Name, c.Severity, c.Title())
		}
	}
	for _, name := range args {
		c, ok := align.Lookup(name)
		if !ok {
			fmt.Fprintf(e.stderr, "factcheck: explain: unknown check %q (run \"factcheck explain\" for the list)\n", name)
			status = exitInput
			continue
		}
		fmt.Fprintf(&b, "%s (default severity %s)\n\n%s\n", c.Name, c.Severity, c.Doc)
	}
	if _, err := e.stdout.Write(b.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: explain: writing standard output: %v\n", err)
		return exitInput
	}
	return status
}
