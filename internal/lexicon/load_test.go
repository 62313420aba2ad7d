package lexicon

import (
	"testing"

	"github.com/factcheck/factcheck/internal/lexicon/internal/table"
)

// BenchmarkLoad measures the first load: decoding of the tables.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := table.Decode(wordnetBin); err != nil {
			b.Fatal(err)
		}
	}
}
