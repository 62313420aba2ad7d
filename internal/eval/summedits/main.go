package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options are the command's flags.
type options struct {
	corpus, bin, mode, only, article, jsonOut string
	every, offset, jobs                       int
	verbose, byArticle                        bool
	timeout                                   time.Duration
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	var o options
	fs := flag.NewFlagSet("summedits", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.corpus, "corpus", "../shared/corpora/summedits-news", "corpus `dir` (default relative to the repository root)")
	fs.StringVar(&o.bin, "bin", "", "factcheck binary `path` (required)")
	fs.StringVar(&o.mode, "mode", "both", "draft, plain or both")
	fs.StringVar(&o.only, "only", "", "only folders whose name contains `substr`")
	fs.StringVar(&o.article, "article", "", "only pairs of seed article `id` (gold seed_document)")
	fs.IntVar(&o.every, "every", 1, "take every `n`th folder of the sorted corpus (before -only and -article)")
	fs.IntVar(&o.offset, "offset", 0, "starting at index `k` (0-based): -every 4 -offset 0 is the before-stop hook's sample")
	fs.IntVar(&o.jobs, "j", 2, "`n` factcheck runs at once")
	fs.BoolVar(&o.verbose, "verbose", false, "list every miss and false alarm with the summary, its edits and what factcheck said about it")
	fs.BoolVar(&o.byArticle, "by-article", false, "also a table per seed article")
	fs.StringVar(&o.jsonOut, "json", "", "write per-pair results to `file`")
	fs.DurationVar(&o.timeout, "timeout", time.Minute, "per factcheck run; a run that takes longer fails")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	var errs []string
	if fs.NArg() > 0 {
		errs = append(errs, fmt.Sprintf("unexpected arguments %q", fs.Args()))
	}
	if o.bin == "" {
		errs = append(errs, "-bin is required (scripts/summedits-eval builds factcheck and passes it)")
	}
	if _, err := o.modes(); err != nil {
		errs = append(errs, err.Error())
	}
	if o.every < 1 || o.offset < 0 || o.offset >= o.every {
		errs = append(errs, fmt.Sprintf("-every %d -offset %d: want every ≥ 1 and 0 ≤ offset < every", o.every, o.offset))
	}
	if o.jobs < 1 {
		errs = append(errs, fmt.Sprintf("-j %d: want at least 1", o.jobs))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return &o, nil
}

func (o *options) modes() ([]Mode, error) {
	switch o.mode {
	case "draft":
		return []Mode{Draft}, nil
	case "plain":
		return []Mode{Plain}, nil
	case "both":
		return []Mode{Draft, Plain}, nil
	}
	return nil, fmt.Errorf("-mode %q: want draft, plain or both", o.mode)
}

// selectPairs applies -every/-offset to the sorted corpus, then -only and
// -article.
func (o *options) selectPairs(all []Pair) []Pair {
	var ps []Pair
	for i, p := range all {
		if i%o.every != o.offset ||
			!strings.Contains(p.Folder, o.only) ||
			o.article != "" && p.Gold.Article != o.article {
			continue
		}
		ps = append(ps, p)
	}
	return ps
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err == flag.ErrHelp {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "summedits: %v\n", err)
		return 2
	}
	// factcheck runs in a temporary directory: a relative -bin would not resolve there.
	bin, err := filepath.Abs(o.bin)
	if err == nil {
		_, err = os.Stat(bin)
	}
	if err != nil {
		fmt.Fprintf(stderr, "summedits: -bin: %v\n", err)
		return 2
	}
	if _, err := os.Stat(o.corpus); err != nil {
		fmt.Fprintf(stderr, "summedits: no corpus at %s\n", o.corpus)
		return 2
	}
	all, err := LoadPairs(o.corpus)
	if err != nil {
		fmt.Fprintf(stderr, "summedits: %v\n", err)
		return 2
	}
	pairs := o.selectPairs(all)
	if len(pairs) == 0 {
		fmt.Fprintf(stderr, "summedits: no pair of %s is selected\n", o.corpus)
		return 2
	}
	modes, _ := o.modes()
	var jobs []job
	for _, m := range modes {
		for _, p := range pairs {
			jobs = append(jobs, job{p, m})
		}
	}
	results := Runner{Bin: bin, Timeout: o.timeout}.RunAll(jobs, o.jobs)

	var ok, failed []Result
	for _, r := range results {
		if r.Err != "" {
			failed = append(failed, r)
		} else {
			ok = append(ok, r)
		}
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "SummEdits news: %d pairs of %s, %d runs", len(pairs), o.corpus, len(results))
	if len(failed) > 0 {
		fmt.Fprintf(w, ", %d FAILED and not counted", len(failed))
	}
	fmt.Fprintf(w, "\n\n")
	printScores(w, ok, modes)
	printBreakdowns(w, ok, modes)
	if o.byArticle {
		printByArticle(w, ok, modes)
	}
	w.Flush()
	if o.verbose {
		printMisses(stdout, jobs, results)
	}
	if o.jsonOut != "" {
		if err := writeJSON(o.jsonOut, results); err != nil {
			fmt.Fprintf(stderr, "summedits: %v\n", err)
			return 2
		}
	}
	if len(failed) > 0 {
		fmt.Fprintf(stderr, "summedits: %d of %d factcheck runs FAILED; they are left out of every figure above:\n", len(failed), len(results))
		for _, r := range failed {
			fmt.Fprintf(stderr, "\t%s %s: %s\n", r.Mode, r.Folder, r.Err)
		}
		return 1
	}
	return 0
}

func writeJSON(name string, rs []Result) error {
	for i := range rs {
		if rs[i].OnB == nil {
			rs[i].OnB = []Item{}
		}
	}
	data, err := json.MarshalIndent(rs, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(name, append(data, '\n'), 0o644)
}
