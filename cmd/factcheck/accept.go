package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/rules"
)

// accept records findings as resolved in the rules file. It runs a fresh
// check of the given paths first and refuses IDs that check does not
// report, so a typo never lands in the file.
func (e env) accept(args []string) int {
	fs, c := e.sourceFlags("accept", "ID... -- PATH...")
	reason := fs.String("reason", "", "why the finding is resolved (required)")
	status := fs.String("status", string(align.Accepted), "resolution `status`: accepted, false-positive or fixed")
	by := fs.String("by", "", "who resolved it (optional)")
	date := fs.String("date", "", "when, as YYYY-MM-DD (optional)")
	pos, err := e.parse(fs, args)
	if err != nil {
		return exitFor(err)
	}
	ids, paths := splitIDs(pos)
	if len(ids) == 0 || len(paths) == 0 {
		fmt.Fprintln(e.stderr, "factcheck: accept: give finding IDs and the source paths to check them against")
		fs.Usage()
		return exitInput
	}
	if strings.TrimSpace(*reason) == "" {
		fmt.Fprintln(e.stderr, "factcheck: accept: -reason is required: say why the finding is resolved")
		return exitInput
	}
	st := align.Status(*status)
	if st != align.Accepted && st != align.FalsePositive && st != align.Fixed {
		fmt.Fprintf(e.stderr, "factcheck: accept: unknown status %q (want accepted, false-positive or fixed)\n", *status)
		return exitInput
	}
	cfg, ok := e.load(*c, paths, "")
	if !ok {
		return exitInput
	}
	run, err := pipeline.Check(*cfg)
	if err != nil {
		reportErr(e.stderr, err)
		return exitInput
	}
	ids, unknown := rules.ResolveIDs(ids, run.Result.Findings)
	if len(unknown) > 0 {
		fmt.Fprintf(e.stderr, "factcheck: accept: no such finding in a check of %s: %s\n", strings.Join(quotePaths(paths), " "), strings.Join(unknown, ", "))
		return exitInput
	}
	res := make([]rules.Resolution, len(ids))
	for i, id := range ids {
		res[i] = rules.Resolution{ID: id, Status: st, Reason: *reason, By: *by, Date: *date}
	}
	// Relative to the working directory, as load names it.
	target, err := rules.Target(c.config, ".")
	if err != nil {
		reportErr(e.stderr, err)
		return exitInput
	}
	if err := rules.Accept(target, res); err != nil {
		reportErr(e.stderr, err)
		return exitInput
	}
	if _, err := fmt.Fprintf(e.stdout, "%s: recorded %d resolution(s) as %s\n", escape.Path(target), len(res), st); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %s: recorded, but writing standard output failed: %v\n", escape.Path(target), err)
		return exitInput
	}
	return exitClean
}

// splitIDs separates finding IDs from source paths: an argument that
// exists on disk (or "-") is a path, the rest are IDs. IDs are kind-hash
// strings that never name a file.
func splitIDs(args []string) (ids, paths []string) {
	for _, a := range args {
		if _, err := os.Stat(a); err == nil || a == "-" {
			paths = append(paths, a)
		} else {
			ids = append(ids, a)
		}
	}
	return ids, paths
}
