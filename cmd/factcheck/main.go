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
	"os/signal"
	"strings"
	"syscall"

	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/escape"
)

func main() {
	onSignal(os.Stderr, os.Exit)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// onSignal makes SIGINT and SIGTERM remove the temporary file of a write
// in progress (-o, accept: the old file stays as it was) before the
// process exits with 128 plus the signal's number, 130 or 143, as a shell
// reports a process a signal stopped.
func onSignal(stderr io.Writer, exit func(int)) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-ch
		atomicfile.RemoveTemps()
		name, code := "SIGTERM", 143
		if sig == os.Interrupt {
			name, code = "SIGINT", 130
		}
		fmt.Fprintf(stderr, "factcheck: stopped by %s\n", name)
		exit(code)
	}()
}

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
  serve       serve a page where an editor checks a draft in a browser

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
	case "serve":
		return e.serve(rest)
	case "explain", "-explain", "--explain":
		return e.explain(rest)
	case "-h", "-help", "--help", "help":
		if _, err := fmt.Fprint(stdout, usage); err != nil {
			fmt.Fprintf(stderr, "factcheck: writing standard output: %v\n", err)
			return exitInput
		}
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
// Arguments after "--" are never flags, and neither is an argument that
// names an existing file: a file called "-fail-on=none" in a checked
// directory must not turn the gate off when a shell expands "*". When such
// an argument could also be one of the command's flags, parse refuses to
// guess and asks for the paths after "--".
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, pos, tail []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			tail = args[i+1:]
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name, hasValue := flagName(a)
		f := fs.Lookup(name)
		if _, err := os.Lstat(a); err == nil {
			if f != nil || name == "h" || name == "help" {
				fmt.Fprintf(fs.Output(), "factcheck: %q names a file and a flag: put the paths after \"--\" (factcheck %s [flags] -- PATH...)\n", a, fs.Name())
				return nil, errAmbiguous
			}
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		if f != nil && !hasValue && !isBool(f) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	// A flag's value that was missing leaves what follows it unparsed.
	pos = append(pos, fs.Args()...)
	return append(pos, tail...), nil
}

var errAmbiguous = errors.New("an argument names both a file and a flag")

// flagName returns the name in "-name", "--name" or "-name=value", and
// whether the argument carries its value.
func flagName(a string) (string, bool) {
	name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	if i := strings.IndexByte(name, '='); i >= 0 {
		return name[:i], true
	}
	return name, false
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
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
			// Paths in messages are escaped where they are written; this
			// catches any control character that is left.
			fmt.Fprintf(w, "factcheck: %s\n", escape.Line(l))
		}
	}
}

// quotePaths escapes file names for a message (escape.Path).
func quotePaths(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = escape.Path(p)
	}
	return out
}
