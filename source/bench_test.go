package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func readAll(b *testing.B, paths []string) ([][]byte, int64) {
	var raws [][]byte
	var n int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		n += int64(len(raw))
	}
	return raws, n
}

func benchParse(b *testing.B, paths []string) {
	raws, n := readAll(b, paths)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, raw := range raws {
			if _, err := Parse(paths[j], raw, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkSeeds(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	benchParse(b, paths)
}

func BenchmarkCorpus(b *testing.B) {
	paths, _ := filepath.Glob("/work/shared/corpora/ecbplus/*/*.txt")
	if len(paths) == 0 {
		b.Skip("ECB+ corpus not present at /work/shared/corpora/ecbplus")
	}
	benchParse(b, paths)
}

// BenchmarkLarge parses one big document of every format.
func BenchmarkLarge(b *testing.B) {
	for _, tc := range formatCases {
		tc := tc
		b.Run(tc.name, func(b *testing.B) {
			in := []byte(tc.in)
			if !strings.HasSuffix(tc.path, ".yaml") && tc.path != "record" && !strings.HasPrefix(tc.in, "---") {
				in = []byte(strings.Repeat(tc.in+"\n\n", 2000))
			}
			b.SetBytes(int64(len(in)))
			for i := 0; i < b.N; i++ {
				if _, err := Parse(tc.path, in, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLongInputs makes sure a 50,000-character sentence and a 4 MB line
// are split sanely and quickly.
func TestLongInputs(t *testing.T) {
	long := "The " + strings.Repeat("very ", 10000) + "long sentence ends here."
	oneLine := strings.Repeat("A short sentence sits here. ", 150000) // 4.2 MB, no newline
	noSpace := strings.Repeat("x.", 30000)
	for name, in := range map[string]string{"long sentence": long, "long line": oneLine, "no spaces": noSpace} {
		start := time.Now()
		d, err := Parse(name+".txt", []byte(in), Options{})
		el := time.Since(start)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkDoc(t, d)
		for _, s := range d.Sentences {
			if len(s.Text) > maxSentence {
				t.Fatalf("%s: sentence of %d bytes", name, len(s.Text))
			}
		}
		if el > 5*time.Second {
			t.Errorf("%s: took %v", name, el)
		}
	}
}
