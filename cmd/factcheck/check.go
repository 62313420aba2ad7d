package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/report"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
	"golang.org/x/term"
)

// common holds the flags every command that reads sources shares.
type common struct {
	config   string
	maxBytes int64
	fetch    fetchFlags
	// quiet and verbose are check's -q and -v.
	quiet, verbose bool
}

// sourceFlags returns the flag set of a command that reads sources, with
// the flags those commands share registered into the returned common.
func (e env) sourceFlags(name, args string) (*flag.FlagSet, *common) {
	fs := e.newFlags(name, args)
	c := &common{}
	c.fetch.register(fs)
	fs.StringVar(&c.config, "config", "", "rules `file` (default: .factcheck.yaml here or in a parent directory)")
	fs.Int64Var(&c.maxBytes, "max-bytes", source.DefaultMaxBytes, "refuse input files larger than `n` bytes")
	return fs, c
}

// load opens the rules and reads the sources; on an error it has printed
// the messages and returns ok false.
func (e env) load(c common, paths []string, draft string) (*pipeline.Config, bool) {
	if c.maxBytes <= 0 {
		fmt.Fprintf(e.stderr, "factcheck: -max-bytes: %d: want a positive number of bytes\n", c.maxBytes)
		return nil, false
	}
	// Discovered from ".", the rules file is named relative to the working
	// directory ("../.factcheck.yaml"), as the sources are, so messages and
	// reports do not depend on where the checkout lives.
	rs, err := rules.Open(c.config, ".")
	if err != nil {
		reportErr(e.stderr, err)
		return nil, false
	}
	// A rules file found in a parent directory can ignore sources or lower
	// the gate: every run names the one it uses.
	switch {
	case c.quiet:
	case rs != nil && rs.Path != "":
		fmt.Fprintf(e.stderr, "factcheck: rules file: %s\n", escape.Path(rs.Path))
	case c.verbose:
		fmt.Fprintf(e.stderr, "factcheck: rules file: none (defaults; no .factcheck.yaml here or in a parent directory)\n")
	}
	op, ok := c.fetch.opener(e.stderr, c.maxBytes)
	if !ok {
		return nil, false
	}
	return &pipeline.Config{Paths: paths, Draft: draft, Rules: rs,
		Source: source.Options{MaxBytes: c.maxBytes, Stdin: e.stdin, Opener: op}}, true
}

// checkFlags are the flags of check beyond those every source-reading
// command shares.
type checkFlags struct {
	*common
	format, out, failOn, title, prov string
	draft, draftDate                 string
	cpuprofile, memprofile           string
	full                             bool
}

// checkFlagSet returns check's flag set and the flags it fills.
func (e env) checkFlagSet() (*flag.FlagSet, *checkFlags) {
	fs, c := e.sourceFlags("check", "PATH...")
	f := &checkFlags{common: c}
	fs.StringVar(&f.format, "format", "table", "output `format`: table, text, markdown, json, sarif, github or html")
	fs.StringVar(&f.out, "o", "", "write the report to `file` (atomically) instead of standard output")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 on an unresolved finding at or above `level`: error, warning, info or none (default: the rules file's, else error)")
	fs.StringVar(&f.draft, "draft", "", "the editor's own article `file`, checked against the sources")
	fs.StringVar(&f.draftDate, "draft-date", "", "read the draft's relative times (\"Friday\", \"last year\") against `YYYY-MM-DD` (default: the draft's own date, else the newest source's)")
	fs.StringVar(&f.title, "title", "", "report title (markdown, html)")
	fs.StringVar(&f.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file` (for go tool pprof)")
	fs.StringVar(&f.memprofile, "memprofile", "", "write a heap profile to `file` once the report is rendered (for go tool pprof: -sample_index=inuse_space for what the run held then, alloc_space for all it allocated)")
	fs.BoolVar(&c.quiet, "q", false, "quiet: print the findings only (no notes, rules file or progress on standard error)")
	fs.BoolVar(&c.verbose, "v", false, "verbose: say on standard error which rules file is used and what was read, ignored and skipped")
	fs.StringVar(&f.prov, "provenance", "summary", "markdown, html: the provenance as a `summary` of a few lines with its tables collapsed, or full")
	fs.BoolVar(&f.full, "full", false, "json: also write the single-source claims, the provenance clusters and each relation's passages")
	return fs, f
}

// check reads the sources and the draft, checks them against each other
// and writes the report: validate the flags, run the pipeline, render,
// write, and give the exit code.
func (e env) check(args []string) int {
	fs, f := e.checkFlagSet()
	paths, err := e.parse(fs, args)
	if err != nil {
		return exitFor(err)
	}
	cfg, ok := e.checkConfig(fs, f, paths)
	if !ok {
		return exitInput
	}
	// The flag wins, then the rules file, then error.
	threshold, err := cfg.Rules.Threshold(f.failOn)
	if err != nil {
		fmt.Fprintf(e.stderr, "factcheck: -fail-on: %v\n", err)
		return exitInput
	}
	opt, ok := e.checkOptions(f)
	if !ok {
		return exitInput
	}
	if e.refuseOutput(f.out, cfg) || e.refuseWrite("-cpuprofile", f.cpuprofile, cfg) || e.refuseWrite("-memprofile", f.memprofile, cfg) {
		return exitInput
	}
	if f.cpuprofile != "" {
		stop, err := startProfile(f.cpuprofile)
		if err != nil {
			fmt.Fprintf(e.stderr, "factcheck: -cpuprofile: %v\n", err)
			return exitInput
		}
		defer stop()
	}
	if os.Getenv("GOGC") == "" {
		defer followLiveHeap()()
	}
	run, loadErr := e.runCheck(f, cfg)
	buf, ok := e.renderCheck(f, opt, run)
	if !ok {
		return exitInput
	}
	if err := e.emitReport(f.out, buf, loadErr); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: %v\n", err)
		return exitInput
	}
	switch {
	case loadErr != nil:
		return exitInput
	case rules.Failing(run.Result.Findings, threshold) > 0:
		return exitFail
	}
	return exitClean
}

// checkConfig checks the flags that say what to read and opens the rules
// file; on an error it has printed the message and returns ok false.
func (e env) checkConfig(fs *flag.FlagSet, f *checkFlags, paths []string) (*pipeline.Config, bool) {
	if len(paths) == 0 && f.draft == "" {
		missing(fs, "PATH (or --draft FILE)")
		return nil, false
	}
	if f.quiet && f.verbose {
		fmt.Fprintf(e.stderr, "factcheck: -q and -v: choose one\n")
		return nil, false
	}
	cfg, ok := e.load(*f.common, paths, f.draft)
	if !ok {
		return nil, false
	}
	if f.verbose {
		cfg.Source.Skipped = func(p, why string) {
			fmt.Fprintf(e.stderr, "factcheck: skipped %s: %s\n", escape.Path(p), why)
		}
	}
	if f.draftDate != "" {
		d, err := time.Parse("2006-01-02", f.draftDate)
		if err != nil {
			fmt.Fprintf(e.stderr, "factcheck: -draft-date: %q: want a date as YYYY-MM-DD\n", f.draftDate)
			return nil, false
		}
		if f.draft == "" {
			fmt.Fprintf(e.stderr, "factcheck: -draft-date: needs -draft\n")
			return nil, false
		}
		cfg.DraftDate = d
	}
	return cfg, true
}

// checkOptions checks the flags that say how to present the report and
// returns the renderer's options (all but the date, which comes from the
// sources); on an error it has printed the message and returns ok false.
func (e env) checkOptions(f *checkFlags) (report.Options, bool) {
	if f.prov != "summary" && f.prov != "full" {
		fmt.Fprintf(e.stderr, "factcheck: -provenance: %q: want summary or full\n", f.prov)
		return report.Options{}, false
	}
	opt := report.Options{Title: f.title, Width: termWidth(e.stdout), Full: f.full, ProvenanceFull: f.prov == "full"}
	opt.Color = f.out == "" && report.UseColor(isTerminal(e.stdout), os.Getenv)
	if _, err := report.New(f.format, opt); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: -format: %v\n", err)
		return report.Options{}, false
	}
	return opt, true
}

// runCheck runs the pipeline with a progress line and prints, on standard
// error, what -v asks for, the notes about the inputs and the error that
// kept an input from being read.
func (e env) runCheck(f *checkFlags, cfg *pipeline.Config) (*pipeline.Run, error) {
	progress := report.NewProgress(e.stderr, isTerminal(e.stderr) && !f.quiet, termWidth(e.stderr))
	cfg.Progress = progress.Update
	run, loadErr := pipeline.Check(*cfg)
	progress.Done()
	if f.verbose {
		e.describeRead(run)
	}
	for _, n := range run.Notes {
		if !f.quiet {
			fmt.Fprintf(e.stderr, "factcheck: %s\n", escape.Line(n))
		}
	}
	if loadErr != nil {
		reportErr(e.stderr, loadErr)
	}
	return run, loadErr
}

// renderCheck renders the run's result in memory, then writes the heap
// profile -memprofile asks for; on an error it has printed the message and
// returns ok false.
func (e env) renderCheck(f *checkFlags, opt report.Options, run *pipeline.Run) (*chunks, bool) {
	// The report is dated by its newest source, never by the clock, so the
	// same inputs give the same bytes.
	opt.Date = report.Newest(run.Result.Sources)
	r, err := report.New(f.format, opt)
	if err != nil {
		fmt.Fprintf(e.stderr, "factcheck: -format: %v\n", err)
		return nil, false
	}
	var buf chunks
	if err := r.Render(&buf, run.Result); err != nil {
		fmt.Fprintf(e.stderr, "factcheck: rendering %s: %v\n", f.format, err)
		return nil, false
	}
	if f.memprofile != "" {
		if err := writeHeapProfile(f.memprofile, run); err != nil {
			fmt.Fprintf(e.stderr, "factcheck: -memprofile: %v\n", err)
			return nil, false
		}
	}
	return &buf, true
}

// emit writes output to stdout, or atomically to a file.
func (e env) emit(path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := e.stdout.Write(data)
		return err
	}
	return atomicfile.WriteFile(path, data)
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func termWidth(w any) int {
	if f, ok := w.(*os.File); ok {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 0 {
			return width
		}
	}
	return 0
}

// startProfile starts a CPU profile into path; stop ends it.
func startProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeHeapProfile writes a heap profile into path after a collection, so
// its in-use figures are what the run still holds; run is kept alive until
// then, as the report it was rendered into is.
func writeHeapProfile(path string, run *pipeline.Run) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	err = pprof.WriteHeapProfile(f)
	runtime.KeepAlive(run)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// describeRead says, for -v, what each source gave: its sentences, how many
// were left out as page furniture or by the rules file's ignore.sentences,
// and its claims.
func (e env) describeRead(run *pipeline.Run) {
	for i, d := range run.Docs {
		article, ignored, furniture := 0, 0, 0
		for _, s := range d.Sentences {
			switch {
			case s.Kind.IsArticle():
				article++
			case s.Why == "ignored by rules":
				ignored++
			default:
				furniture++
			}
		}
		claims := 0
		if i < len(run.Claims) {
			claims = len(run.Claims[i])
		}
		fmt.Fprintf(e.stderr, "factcheck: read %s: %d sentences, %d claims; left out %d (page furniture, credits, datelines) and %d by ignore.sentences\n",
			escape.Path(d.Path), article, claims, furniture, ignored)
	}
}
