package bench

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/benchgen"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/provenance"
	"github.com/factcheck/factcheck/report"
	"github.com/factcheck/factcheck/rules"
	"github.com/factcheck/factcheck/source"
	"github.com/jdkato/prose/v2"
)

// ecbplusDir is the real-text corpus, read in place; benchmarks that need
// it skip when it is absent.
const ecbplusDir = "../../shared/corpora/ecbplus"

// largeEnv turns on the 5,000-document corpus; a -bench pattern that
// names "5000" does too.
const largeEnv = "FACTCHECK_BENCH_LARGE"

// seed is the generator seed of every generated corpus.
const seed = 1

// corpus is a set of input files, as written on disk under dir.
type corpus struct {
	name  string
	dir   string   // a directory holding exactly the files
	paths []string // in source.Load's order
	raw   [][]byte // parallel to paths
	bytes int64
}

func (c *corpus) docs() int { return len(c.paths) }

// report sets MB/s over the whole corpus and adds documents/s.
func (c *corpus) report(b *testing.B) {
	b.SetBytes(c.bytes)
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		b.ReportMetric(float64(c.docs())*float64(b.N)/sec, "docs/s")
	}
}

// fromDir reads the articles under dir that source.Load reads.
func fromDir(b testing.TB, name, dir string) *corpus {
	docs, err := source.Load([]string{dir}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	c := &corpus{name: name, dir: dir}
	for _, d := range docs {
		c.paths = append(c.paths, d.Path)
		c.raw = append(c.raw, d.Raw)
		c.bytes += int64(len(d.Raw))
	}
	return c
}

// generated writes the benchgen corpus of n documents under a temporary
// directory.
func generated(b *testing.B, n int) *corpus {
	dir := b.TempDir()
	if err := benchgen.Generate(n, seed).Write(dir); err != nil {
		b.Fatal(err)
	}
	return fromDir(b, fmt.Sprintf("gen-%d", n), dir)
}

// asked reports whether the long runs were asked for, by the environment
// or by a -bench pattern that names size.
func asked(size string) bool {
	if os.Getenv(largeEnv) != "" {
		return true
	}
	f := flag.Lookup("test.bench")
	return f != nil && strings.Contains(f.Value.String(), size)
}

// sizes are the generated corpus sizes; skip says why one is not run.
var sizes = []int{10, 100, 1000, 5000}

func skipSize(b *testing.B, n int) {
	switch {
	case n >= 5000 && !asked("5000"):
		b.Skipf("5,000 documents: set %s=1 or name 5000 in -bench", largeEnv)
	case n >= 1000 && testing.Short():
		b.Skip("1,000 documents and more: not in short mode")
	}
}

func ecbplus(b *testing.B) *corpus {
	if _, err := os.Stat(ecbplusDir); err != nil {
		b.Skipf("ECB+ corpus not present at %s", ecbplusDir)
	}
	return fromDir(b, "ecbplus", ecbplusDir)
}

// parse reads every file of the corpus in memory.
func parse(b *testing.B, c *corpus) []*source.Document {
	docs := make([]*source.Document, 0, len(c.raw))
	for i, raw := range c.raw {
		d, err := source.Parse(c.paths[i], raw, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// check is what "factcheck check DIR" does, less printing: every stage
// and a rendered table.
func check(b *testing.B, dir string) []byte {
	run, err := pipeline.Check(pipeline.Config{Paths: []string{dir}})
	if err != nil {
		b.Fatal(err)
	}
	r, err := report.New("table", report.Options{Date: report.Newest(run.Docs)})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, run.Result); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// floor reads every file of the corpus and counts its words with
// strings.Fields: the least a program that reads the text does, the
// floor end-to-end speed is measured against (issue 16: e2e within 14
// times its time on ECB+).
func floor(b *testing.B, c *corpus) int {
	n := 0
	for _, p := range c.paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		n += len(strings.Fields(string(raw)))
	}
	return n
}

// stages benchmarks each stage and the whole check on one corpus. Each
// stage's input is prepared outside the timer, so ns/op is the stage alone.
func stages(b *testing.B, c *corpus) {
	b.Run("floor", func(b *testing.B) {
		for range b.N {
			floor(b, c)
		}
		c.report(b)
	})
	b.Run("ingest", func(b *testing.B) {
		for range b.N {
			if _, err := source.Load([]string{c.dir}, source.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		c.report(b)
	})
	b.Run("sentences", func(b *testing.B) {
		for range b.N {
			parse(b, c)
		}
		c.report(b)
	})
	// Inputs of the later stages, made on first use: a -bench pattern that
	// picks one stage does not pay for the others.
	var (
		docs []*source.Document
		cs   [][]claims.Claim
		a    *align.Alignment
		res  *pipeline.Result
	)
	opt := align.Options{Places: pipeline.Gazetteer()}
	need := func(stage int) {
		if docs == nil {
			docs = parse(b, c)
		}
		if stage >= 1 && cs == nil {
			cs = claims.ExtractAll(docs, claims.Options{})
		}
		if stage >= 2 && a == nil {
			a = align.Cluster(docs, cs, opt)
		}
		if stage >= 3 && res == nil {
			res = &pipeline.Result{Sources: docs}
			res.Findings, res.Stale = rules.Apply(align.Run(a, align.Checks()), nil)
			res.SingleSource = align.SingleSource(a)
			res.Provenance = provenance.Build(docs, a, res.Findings, provenance.DefaultParams())
		}
	}
	b.Run("claims", func(b *testing.B) {
		need(0)
		b.ResetTimer()
		for range b.N {
			claims.ExtractAll(docs, claims.Options{})
		}
		c.report(b)
	})
	b.Run("align", func(b *testing.B) {
		need(1)
		b.ResetTimer()
		for range b.N {
			a := align.Cluster(docs, cs, opt)
			rules.Apply(align.Run(a, align.Checks()), nil)
		}
		c.report(b)
	})
	// The checks alone: the driver's walk over the aligned pairs and every
	// check's findings, on an alignment made once.
	b.Run("checks", func(b *testing.B) {
		need(2)
		b.ResetTimer()
		for range b.N {
			align.Run(a, align.Checks())
		}
		c.report(b)
	})
	b.Run("provenance", func(b *testing.B) {
		need(3) // the findings after rules decide the clusters' states
		b.ResetTimer()
		for range b.N {
			provenance.Build(docs, a, res.Findings, provenance.DefaultParams())
		}
		c.report(b)
	})
	b.Run("report", func(b *testing.B) {
		need(3)
		b.ResetTimer()
		for range b.N {
			for _, f := range formats {
				r, err := report.New(f, report.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if err := r.Render(&bytes.Buffer{}, res); err != nil {
					b.Fatal(err)
				}
			}
		}
		c.report(b)
	})
	b.Run("e2e", func(b *testing.B) {
		for range b.N {
			check(b, c.dir)
		}
		c.report(b)
	})
}

// formats are the report formats the report stage renders, each once.
var formats = []string{"table", "text", "markdown", "json", "sarif", "github", "html"}

func BenchmarkPipeline(b *testing.B) {
	b.Run("seeds", func(b *testing.B) { stages(b, fromDir(b, "seeds", "../testdata/seeds")) })
	for _, n := range sizes {
		b.Run(fmt.Sprintf("gen-%d", n), func(b *testing.B) {
			skipSize(b, n)
			stages(b, generated(b, n))
		})
	}
	b.Run("ecbplus", func(b *testing.B) { stages(b, ecbplus(b)) })
}

// BenchmarkCopies checks 40 and 160 copies of each seed article (200
// and 800 files): N copies of a story should cost about N times one
// copy (issue 16: 160 copies within 4.4 times the time of 40). Not in
// short mode.
func BenchmarkCopies(b *testing.B) {
	if testing.Short() {
		b.Skip("copies: not in short mode")
	}
	seeds := fromDir(b, "seeds", "../testdata/seeds")
	for _, n := range []int{40, 160} {
		b.Run(fmt.Sprintf("copies-%d/e2e", n), func(b *testing.B) {
			dir := b.TempDir()
			for i, p := range seeds.paths {
				base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
				for k := range n {
					name := filepath.Join(dir, fmt.Sprintf("%s_c%03d.txt", base, k+1))
					if err := os.WriteFile(name, seeds.raw[i], 0o644); err != nil {
						b.Fatal(err)
					}
				}
			}
			c := fromDir(b, fmt.Sprintf("copies-%d", n), dir)
			b.ResetTimer()
			for range b.N {
				check(b, c.dir)
			}
			c.report(b)
		})
	}
}

// BenchmarkECBFolders checks each ECB+ event folder on its own, as an
// editor checks one story; one op is every folder, one after the other.
func BenchmarkECBFolders(b *testing.B) {
	c := ecbplus(b)
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		b.Fatal(err)
	}
	var folders []string
	for _, e := range entries {
		if e.IsDir() {
			folders = append(folders, filepath.Join(c.dir, e.Name()))
		}
	}
	b.Run("ecbplus-folders/e2e", func(b *testing.B) {
		for range b.N {
			for _, f := range folders {
				check(b, f)
			}
		}
		c.report(b)
	})
}

// BenchmarkNaive is the baseline: prose.NewDocument with default options
// (segment, tokenize, tag, NER) on every file, as a naive program would,
// loading its models for each file (about 0.5 s a file on 2 cores). It
// runs on the seeds and 10 documents always, on 100 outside short mode,
// and on 1,000 only when asked (FACTCHECK_BENCH_LARGE=1 or a -bench
// pattern naming 1000): that run takes over ten minutes. 5,000 documents
// and ECB+ would take hours and are not measured.
func BenchmarkNaive(b *testing.B) {
	run := func(b *testing.B, c *corpus) {
		b.Run("naive", func(b *testing.B) {
			for range b.N {
				for _, raw := range c.raw {
					if _, err := prose.NewDocument(string(raw)); err != nil {
						b.Fatal(err)
					}
				}
			}
			c.report(b)
		})
	}
	b.Run("seeds", func(b *testing.B) { run(b, fromDir(b, "seeds", "../testdata/seeds")) })
	for _, n := range []int{10, 100, 1000} {
		b.Run(fmt.Sprintf("gen-%d", n), func(b *testing.B) {
			switch {
			case n >= 100 && testing.Short():
				b.Skip("naive baseline: not in short mode above 10 documents")
			case n >= 1000 && !asked("1000"):
				b.Skipf("naive baseline on 1,000 documents takes over ten minutes: set %s=1 or name 1000 in -bench", largeEnv)
			}
			run(b, generated(b, n))
		})
	}
}

// BenchmarkDraft checks a one-page draft (an ECB+ article) against 50
// sources (the ECB+ articles that follow it in file order), beside the
// same 50 sources checked without a draft, in the same run: draft
// checking's cost is the ratio of the two.
func BenchmarkDraft(b *testing.B) {
	c := ecbplus(b)
	if len(c.paths) < 51 {
		b.Skipf("ECB+ has %d articles, 51 needed", len(c.paths))
	}
	draft, sources := c.paths[0], c.paths[1:51]
	run := func(b *testing.B, cfg pipeline.Config) {
		for range b.N {
			if _, err := pipeline.Check(cfg); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("sources-50", func(b *testing.B) { run(b, pipeline.Config{Paths: sources}) })
	b.Run("draft-vs-50", func(b *testing.B) { run(b, pipeline.Config{Paths: sources, Draft: draft}) })
}
