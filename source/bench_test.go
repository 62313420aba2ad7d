package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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

// longInputs are a 50,000-character sentence, a 4 MB line and a line
// without spaces.
func longInputs() map[string]string {
	return map[string]string{
		"long sentence": "The " + strings.Repeat("very ", 10000) + "long sentence ends here.",
		"long line":     strings.Repeat("A short sentence sits here. ", 150000), // 4.2 MB, no newline
		"no spaces":     strings.Repeat("x.", 30000),
	}
}

// TestLongInputs makes sure long inputs are split sanely; how fast is
// BenchmarkLongInputs' question (scripts/bench), never a test's.
func TestLongInputs(t *testing.T) {
	for name, in := range longInputs() {
		d, err := Parse(name+".txt", []byte(in), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkDoc(t, d)
		for _, s := range d.Sentences {
			if len(s.Text) > maxSentence {
				t.Fatalf("%s: sentence of %d bytes", name, len(s.Text))
			}
		}
	}
}

func BenchmarkLongInputs(b *testing.B) {
	for name, in := range longInputs() {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for i := 0; i < b.N; i++ {
				if _, err := Parse(name+".txt", []byte(in), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
