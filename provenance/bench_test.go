package provenance

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/source"
)

const ecbDir = "/work/shared/corpora/ecbplus"

// ecbFolders returns the corpus's event folders, or skips.
func ecbFolders(t testing.TB) []string {
	dirs, _ := filepath.Glob(ecbDir + "/t*")
	if len(dirs) == 0 {
		t.Skipf("%s not present: skipping the ECB+ measurement", ecbDir)
	}
	return dirs
}

// TestECBPlus measures false copy detection: articles in one ECB+ folder
// report one event from different outlets, so most pairs must come out
// independent. ECB+ does hold real syndicated copies (one wire story
// printed by several sites), so a few copies are right.
func TestECBPlus(t *testing.T) {
	dirs := ecbFolders(t)
	pairs, files := 0, 0
	count := map[Kind]int{}
	var examples []string
	for _, dir := range dirs {
		paths, _ := filepath.Glob(dir + "/*.txt")
		docs := load(t, paths...)
		files += len(docs)
		pairs += len(docs) * (len(docs) - 1) / 2
		for _, r := range Relations(docs, DefaultParams()) {
			count[r.Kind]++
			if r.Kind != Independent && len(examples) < 12 {
				examples = append(examples, fmt.Sprintf("%s %s %s: %s", r.Kind, strings.TrimPrefix(r.A, ecbDir+"/"), filepath.Base(r.B), r.Evidence))
			}
		}
	}
	related := count[Copy] + count[Paraphrase]
	t.Logf("%d files, %d same-folder pairs: %d copy, %d paraphrase (%.1f%%), %d independent with a shared passage",
		files, pairs, count[Copy], count[Paraphrase], 100*float64(related)/float64(pairs), count[Independent])
	for _, e := range examples {
		t.Log(e)
	}
	if float64(related) > 0.08*float64(pairs) {
		t.Errorf("%d of %d same-event pairs called copy or paraphrase: want most independent", related, pairs)
	}

	// All folders in one run: pairs across folders report different
	// events, so a copy or paraphrase between them is false (or a reused
	// background paragraph).
	var all []*source.Document
	for _, dir := range dirs {
		paths, _ := filepath.Glob(dir + "/*.txt")
		all = append(all, load(t, paths...)...)
	}
	cross := map[Kind]int{}
	for _, r := range Relations(all, DefaultParams()) {
		if filepath.Dir(r.A) != filepath.Dir(r.B) {
			cross[r.Kind]++
			if r.Kind != Independent {
				t.Logf("across folders: %s %s %s: %s", r.Kind, strings.TrimPrefix(r.A, ecbDir+"/"), strings.TrimPrefix(r.B, ecbDir+"/"), r.Evidence)
			}
		}
	}
	n := len(all) * (len(all) - 1) / 2
	t.Logf("whole corpus in one run: %d pairs; across folders %d copy, %d paraphrase, %d independent with a shared passage", n, cross[Copy], cross[Paraphrase], cross[Independent])
	if cross[Copy]+cross[Paraphrase] > 40 {
		t.Errorf("%d cross-folder copy/paraphrase relations", cross[Copy]+cross[Paraphrase])
	}
}

// loadECB reads the whole corpus once.
func loadECB(b *testing.B) ([]*source.Document, int) {
	dirs := ecbFolders(b)
	var paths []string
	for _, d := range dirs {
		ps, _ := filepath.Glob(d + "/*.txt")
		paths = append(paths, ps...)
	}
	docs := load(b, paths...)
	n := 0
	for _, d := range docs {
		n += len(d.Raw)
	}
	return docs, n
}

// synthetic builds n documents: a quarter are originals, the rest copies
// of an original with a few words changed and boilerplate added, so the
// run has real copies to extract.
func synthetic(n int) ([]*source.Document, int) {
	words := strings.Fields(`the council said on monday that fire crews from four towns had
	worked through the night to contain a blaze at a warehouse near the river where
	officials estimated damage at several million dollars and residents were told to
	keep windows closed while inspectors tested the air for smoke and chemicals`)
	var docs []*source.Document
	size := 0
	seed := uint32(7)
	rnd := func() int { seed = seed*1664525 + 1013904223; return int(seed >> 8) }
	var origs []string
	for i := 0; i < n; i++ {
		var b strings.Builder
		if i%4 == 0 || len(origs) == 0 {
			for s := 0; s < 30; s++ {
				for w := 0; w < 18; w++ {
					fmt.Fprintf(&b, "%s%d ", words[rnd()%len(words)], rnd()%50)
				}
				b.WriteString(".\n")
			}
			origs = append(origs, b.String())
		} else {
			b.WriteString("Home | News | Sports\n")
			o := strings.Fields(origs[rnd()%len(origs)])
			for j := range o {
				if rnd()%40 == 0 {
					o[j] = "edited"
				}
			}
			b.WriteString(strings.Join(o, " "))
			b.WriteString("\nRelated stories\n")
		}
		raw := []byte(b.String())
		d, err := source.Parse(fmt.Sprintf("syn/%04d.txt", i), raw, source.Options{})
		if err != nil {
			panic(err)
		}
		docs = append(docs, d)
		size += len(raw)
	}
	return docs, size
}

// BenchmarkRelations reports throughput in MB/s of input text:
//
//	go test ./provenance -run '^$' -bench Relations -benchtime 3x
func BenchmarkRelations(b *testing.B) {
	b.Run("ecbplus", func(b *testing.B) {
		docs, n := loadECB(b)
		b.SetBytes(int64(n))
		b.ResetTimer()
		for range b.N {
			Relations(docs, DefaultParams())
		}
	})
	for _, n := range []int{200, 800, 3200} {
		b.Run(fmt.Sprintf("synthetic-%d", n), func(b *testing.B) {
			docs, size := synthetic(n)
			b.SetBytes(int64(size))
			b.ResetTimer()
			for range b.N {
				Relations(docs, DefaultParams())
			}
		})
	}
}
