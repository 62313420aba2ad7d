// Command gencorpus writes the deterministic benchmark corpus of
// internal/benchgen to a directory, for whole-process timings.
//
//	go run ./bench/gencorpus -docs 1000 -seed 1 /tmp/corpus1000
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/factcheck/factcheck/internal/benchgen"
)

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	docs := fs.Int("docs", 1000, "number of `documents`")
	seed := fs.Uint64("seed", 1, "generator `seed`")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-docs n] [-seed s] DIR")
		return 2
	}
	c := benchgen.Generate(*docs, *seed)
	if err := c.Write(fs.Arg(0)); err != nil {
		fmt.Fprintf(os.Stderr, "gencorpus: %v\n", err)
		return 1
	}
	fmt.Printf("%d documents, %d events, %d bytes, %d planted divergences\n", len(c.Files), c.Events, c.Bytes, len(c.Planted))
	return 0
}
