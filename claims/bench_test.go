package claims

import (
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"

	"github.com/factcheck/factcheck/source"
)

const ecbplus = "../../shared/corpora/ecbplus"

func loadDocs(b *testing.B, glob string) ([]*source.Document, int64) {
	b.Helper()
	paths, _ := filepath.Glob(glob)
	sort.Strings(paths)
	var docs []*source.Document
	var n int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		d, err := source.Parse(p, raw, source.Options{})
		if err != nil {
			continue
		}
		resegment(d)
		docs = append(docs, d)
		n += int64(len(d.Text))
	}
	if len(docs) == 0 {
		b.Skipf("no documents at %s", glob)
	}
	return docs, n
}

func BenchmarkExtractSeeds(b *testing.B) { benchExtract(b, "../testdata/seeds/*.txt") }

// BenchmarkExtractECB runs one core over the ECB+ corpus (803 articles).
func BenchmarkExtractECB(b *testing.B) { benchExtract(b, ecbplus+"/*/*.txt") }

// benchExtract runs Extract on one core over the files matching pattern.
func benchExtract(b *testing.B, pattern string) {
	benchDocs(b, pattern, func(docs []*source.Document) {
		for _, d := range docs {
			Extract(d, Options{})
		}
	})
}

// BenchmarkExtractAllECB runs ExtractAll (every core) over ECB+.
func BenchmarkExtractAllECB(b *testing.B) {
	benchDocs(b, ecbplus+"/*/*.txt", func(docs []*source.Document) { ExtractAll(docs, Options{}) })
}

// benchDocs times extract over the files matching pattern, read and the
// gazetteer loaded before the timer starts, and reports its CPU time.
func benchDocs(b *testing.B, pattern string, extract func([]*source.Document)) {
	docs, n := loadDocs(b, pattern)
	load()
	b.SetBytes(n)
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		extract(docs)
	}
	reportCPU(b, c0, n)
}

// cpuTime is the process's user and system CPU time: with other work on
// the machine, wall-clock MB/s understates the extractor's own speed, so
// the benchmarks also report MB per CPU-second.
func cpuTime() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

func reportCPU(b *testing.B, start float64, n int64) {
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/d/1e6, "MB/cpu-s")
	}
}
