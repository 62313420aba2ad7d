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
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/factcheck/factcheck/internal/atomicfile"
	editdist "github.com/factcheck/factcheck/internal/edit"
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

// command is one subcommand: its name, its arguments and what it does, for
// the usage, "help CMD", did-you-mean and shell completion, and the method
// that runs it.
type command struct {
	name, args, summary string
	run                 func(e env, args []string) int
}

// commands lists the subcommands in the order the usage shows them. It is
// a function rather than a variable because commands read the list
// (completion, and every command's usage): a variable would depend on
// itself.
func commands() []command {
	return []command{
		{"check", "[flags] PATH...", "report where the sources diverge (exit 1 while a conflict is unresolved)", env.check},
		{"claims", "[flags] PATH...", "list the atomic claims read from each source", env.claims},
		{"provenance", "[flags] PATH...", "show which sources copy which and how many independent origins back each fact", env.provenance},
		{"accept", "[flags] ID... -- PATH...", "record findings as resolved in the rules file", env.accept},
		{"explain", "[CHECK...]", "describe the divergence checks", env.explain},
		{"serve", "[flags]", "serve a page where an editor checks a draft in a browser", env.serve},
		{"completion", "bash|zsh|fish", "print a shell completion script", env.completion},
		{"version", "", "print factcheck's version", env.version},
	}
}

func lookupCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func usageText() string {
	var b strings.Builder
	b.WriteString("usage: factcheck <command> [flags] PATH...\n\ncommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-11s %s\n", c.name, c.summary)
	}
	b.WriteString("\nflags: --version, -h\n")
	b.WriteString("Run \"factcheck help <command>\" or \"factcheck <command> -h\" for a command's flags.\n")
	return b.String()
}

// env is what a command may touch besides its arguments.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin, stdout, stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText())
		return exitInput
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "-explain", "--explain":
		cmd = "explain"
	case "-version", "--version":
		cmd = "version"
	case "-h", "-help", "--help", "help":
		return e.help(rest)
	}
	if c, ok := lookupCommand(cmd); ok {
		return c.run(e, rest)
	}
	fmt.Fprintf(stderr, "factcheck: unknown command %q%s\n%s", cmd, suggest(cmd), usageText())
	return exitInput
}

// suggest names the command nearest a mistyped one, as
// ` (did you mean "check"?)`, or returns "" when none is near.
func suggest(name string) string {
	best, bestD := "", 3 // at most two edits, and fewer than half the letters
	for _, c := range commands() {
		d := editdist.Distance(strings.ToLower(strings.TrimLeft(name, "-")), c.name)
		if d < bestD && 2*d < len(c.name) {
			best, bestD = c.name, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// help prints the usage, or one command's help, on standard output.
func (e env) help(args []string) int {
	if len(args) == 0 {
		return e.write(usageText())
	}
	if _, ok := lookupCommand(args[0]); !ok {
		fmt.Fprintf(e.stderr, "factcheck: help: unknown command %q%s\n%s", args[0], suggest(args[0]), usageText())
		return exitInput
	}
	return run([]string{args[0], "-h"}, e.stdin, e.stdout, e.stderr)
}

// write prints s on standard output; a failed write exits 2, never 0.
func (e env) write(s string) int {
	if _, err := io.WriteString(e.stdout, s); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: writing standard output: %v\n", err)
		return exitInput
	}
	return exitClean
}

// version prints the module version the binary was built from, with the
// VCS revision when the build recorded one.
func (e env) version(args []string) int {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
			return e.write("usage: factcheck version\n\nprint factcheck's version\n")
		}
		fmt.Fprintf(e.stderr, "factcheck: version: unexpected argument %q\n", args[0])
		return exitInput
	}
	info, _ := debug.ReadBuildInfo()
	return e.write("factcheck " + versionString(info) + "\n")
}

// versionString is "v1.2.3" for a module version, else "(devel)" with the
// revision and its date ("(devel) 0123456789ab 2026-01-02T15:04:05Z,
// modified") when the build recorded them, and the Go version.
func versionString(info *debug.BuildInfo) string {
	if info == nil {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	parts := []string{v}
	if rev != "" && (v == "(devel)" || strings.Contains(v, "+dirty") || !strings.Contains(v, rev[:min(12, len(rev))])) {
		parts = append(parts, rev[:min(12, len(rev))]+" "+at+dirty)
	}
	if info.GoVersion != "" {
		parts = append(parts, info.GoVersion)
	}
	return strings.Join(parts, " ")
}

// newFlags makes a command's flag set; errors go to stderr with its usage.
func (e env) newFlags(name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: factcheck %s\n", strings.TrimSpace(name+" [flags] "+args))
		if c, ok := lookupCommand(name); ok {
			fmt.Fprintf(w, "\n%s\n\nflags:\n", c.summary)
		}
		fs.PrintDefaults()
	}
	return fs
}

// exitFor is the exit code of a failed parse: 0 when the user asked for
// help (it was printed on standard output), else 2.
func exitFor(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitClean
	}
	return exitInput
}

// missing reports a command run without its paths: what is missing, then
// the usage.
func missing(fs *flag.FlagSet, what string) {
	fmt.Fprintf(fs.Output(), "factcheck: %s: missing %s\n", fs.Name(), what)
	fs.Usage()
}

// parse parses flags wherever they stand among the arguments, so
// "factcheck check testdata/seeds --format json" works as users type it.
// Arguments after "--" are never flags, and neither is an argument that
// names an existing file: a file called "-fail-on=none" in a checked
// directory must not turn the gate off when a shell expands "*". When such
// an argument could also be one of the command's flags, parse refuses to
// guess and asks for the paths after "--".
func (e env) parse(fs *flag.FlagSet, args []string) ([]string, error) {
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
		if f == nil && (name == "h" || name == "help") {
			// Help asked for is the answer, on standard output, exit 0.
			fs.SetOutput(e.stdout)
			fs.Usage()
			return nil, flag.ErrHelp
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
// when there are none; when ok is false the command exits with code.
func (e env) parsePaths(fs *flag.FlagSet, args []string) (paths []string, code int, ok bool) {
	paths, err := e.parse(fs, args)
	if err != nil {
		return nil, exitFor(err), false
	}
	if len(paths) == 0 {
		missing(fs, "PATH")
		return nil, exitInput, false
	}
	return paths, exitClean, true
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
