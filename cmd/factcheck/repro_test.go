package main

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/benchgen"
	"github.com/factcheck/factcheck/internal/testkit"
)

// TestReproducible checks that the JSON, Markdown and SARIF reports are
// byte-identical across 10 runs, across GOMAXPROCS 1 and 2, and across the
// order of the paths on the command line (files in order, reversed,
// rotated, or their directory), on the seeds and on a generated corpus.
func TestReproducible(t *testing.T) {
	seeds := t.TempDir()
	copyTree(t, "../../testdata/seeds", seeds)
	gen := t.TempDir()
	if err := benchgen.Generate(60, 1).Write(gen); err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runs := 10
	if testing.Short() || raceEnabled {
		runs = 4 // every order and both GOMAXPROCS still
	}
	for _, corpus := range []struct{ name, dir string }{{"seeds", seeds}, {"generated", gen}} {
		files := articleFiles(t, corpus.dir)
		if len(files) < 5 {
			t.Fatalf("%s: only %d files", corpus.name, len(files))
		}
		orders := [][]string{
			files,
			reversed(files),
			append(slices.Clone(files[len(files)/2:]), files[:len(files)/2]...),
			{"."},
		}
		for _, format := range []string{"json", "markdown", "sarif"} {
			var want string
			for run := 0; run < runs; run++ {
				procs := 1 + run%2
				runtime.GOMAXPROCS(procs)
				args := append([]string{"check", "--format", format}, orders[run%len(orders)]...)
				out, stderr, code := runIn(t, corpus.dir, args)
				if stderr != "" || code == 2 {
					t.Fatalf("%s %s: exit %d\n%s", corpus.name, format, code, stderr)
				}
				if run == 0 {
					want = out
					continue
				}
				if out != want {
					t.Errorf("%s %s: run %d (GOMAXPROCS %d, paths %v) differs from run 0 (-run0 +run%d):\n%s",
						corpus.name, format, run, procs, orders[run%len(orders)][:1], run, cmp.Diff(want, out))
				}
			}
		}
	}
}

// articleFiles lists the files under dir, relative to it, in walk order.
func articleFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	for _, p := range articleFiles(t, from) {
		data, err := os.ReadFile(filepath.Join(from, p))
		if err != nil {
			t.Fatal(err)
		}
		testkit.WriteFile(t, filepath.Join(to, p), string(data))
	}
}
