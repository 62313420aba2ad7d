package main

import (
	"fmt"

	"github.com/factcheck/factcheck/align"
)

// explain prints each check's name, default severity and title, or one
// check's whole description.
func (e env) explain(args []string) int {
	if len(args) == 0 {
		for _, c := range align.Checks {
			fmt.Fprintf(e.stdout, "%-12s %-8s %s\n", c.Name, c.Severity, c.Title())
		}
		return exitClean
	}
	status := exitClean
	for _, name := range args {
		c, ok := align.Lookup(name)
		if !ok {
			fmt.Fprintf(e.stderr, "factcheck: explain: unknown check %q (run \"factcheck explain\" for the list)\n", name)
			status = exitInput
			continue
		}
		fmt.Fprintf(e.stdout, "%s (default severity %s)\n\n%s\n", c.Name, c.Severity, c.Doc)
	}
	return status
}
