// Command factcheck checks news sources against each other: it splits every
// sentence into atomic claims, aligns the claims across sources and reports
// where they diverge, citing each side as file:line:column.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit codes, computed once from the findings (never by a renderer).
const (
	exitClean = 0 // no unresolved finding at or above fail-on
	exitFail  = 1 // at least one
	exitInput = 2 // usage, config or input error
)

const usage = `usage: factcheck <command> [flags] PATH...

commands:
  check       report where the sources diverge (exit 1 while a conflict is unresolved)
  claims      list the atomic claims read from each source
  provenance  show which sources copy which and how many independent origins back each fact
  accept      record findings as resolved in the rules file
  explain     describe the divergence checks

Run "factcheck <command> -h" for a command's flags.
`

// env is what a command may touch besides its arguments.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin, stdout, stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitInput
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "check":
		return e.check(rest)
	case "claims":
		return e.claims(rest)
	case "provenance":
		return e.provenance(rest)
	case "accept":
		return e.accept(rest)
	case "explain", "-explain", "--explain":
		return e.explain(rest)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitClean
	}
	fmt.Fprintf(stderr, "factcheck: unknown command %q\n%s", cmd, usage)
	return exitInput
}

// newFlags makes a command's flag set; errors go to stderr with its usage.
func (e env) newFlags(name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: factcheck %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags wherever they stand among the arguments, so
// "factcheck check testdata/seeds --format json" works as users type it.
// Arguments after "--" are never flags.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return append(pos, tail...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parsePaths parses a command's flags and its paths, printing the usage
// when there are none; ok is false when the command should exit 2.
func parsePaths(fs *flag.FlagSet, args []string) (paths []string, ok bool) {
	paths, err := parse(fs, args)
	if err != nil {
		return nil, false
	}
	if len(paths) == 0 {
		fs.Usage()
		return nil, false
	}
	return paths, true
}

// reportErr prints an input error: one line per problem, each naming its
// file.
func reportErr(w io.Writer, err error) {
	var list interface{ Unwrap() []error }
	if errors.As(err, &list) {
		for _, e := range list.Unwrap() {
			reportErr(w, e)
		}
		return
	}
	for _, l := range strings.Split(err.Error(), "\n") {
		if l != "" {
			fmt.Fprintf(w, "factcheck: %s\n", l)
		}
	}
}
