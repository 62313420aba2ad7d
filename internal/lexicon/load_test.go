package lexicon

import (
	"slices"
	"strings"
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

// TestTablesInvariants checks the loaded data hang together, whether or
// not WordNet is installed.
func TestTablesInvariants(t *testing.T) {
	tab := tables()
	if !strings.Contains(tab.Header, "WordNet 3.0") {
		t.Errorf("header %q does not name WordNet 3.0", tab.Header)
	}
	n := tab.PosStart[table.NumPOS]
	if n != 117659 || tab.Lemmas.Len() != 147306 {
		t.Errorf("%d synsets, %d lemmas; WordNet 3.0 has 117659 and 147306", n, tab.Lemmas.Len())
	}
	for _, c := range []*table.CSR{&tab.SynLemma, &tab.Hyper, &tab.Similar, &tab.Ant, &tab.Deriv, &tab.Pert} {
		if c.Rows() != int(n) {
			t.Fatalf("a synset table has %d rows, want %d", c.Rows(), n)
		}
	}
	if tab.LemmaSyn.Rows() != tab.Lemmas.Len() || len(tab.Depth) != int(n) {
		t.Fatalf("lemma or depth table size mismatch")
	}
	for i := 1; i < tab.Lemmas.Len(); i++ {
		if tab.Lemmas.At(int32(i-1)) >= tab.Lemmas.At(int32(i)) {
			t.Fatalf("lemmas not strictly sorted at %d: %q", i, tab.Lemmas.At(int32(i)))
		}
	}
	for l := range int32(tab.Lemmas.Len()) {
		row := tab.LemmaSyn.Row(l)
		if len(row) == 0 {
			t.Errorf("lemma %q has no synset", tab.Lemmas.At(l))
		}
		for _, s := range row {
			if !slices.Contains(tab.SynLemma.Row(s), l) {
				t.Errorf("synset %d lacks its lemma %q", s, tab.Lemmas.At(l))
			}
		}
	}
	for s := range n {
		for _, h := range tab.Hyper.Row(s) {
			if posOf(tab, h) != posOf(tab, s) || tab.Depth[s] > tab.Depth[h]+1 {
				t.Errorf("synset %d: bad hypernym %d", s, h)
			}
		}
		for _, c := range []*table.CSR{&tab.Ant, &tab.Deriv, &tab.Pert} {
			row := c.Row(s)
			if len(row)%3 != 0 {
				t.Fatalf("synset %d: lexical row of %d values", s, len(row))
			}
			triples(row, func(src, syn, dst int32) bool {
				if !slices.Contains(tab.SynLemma.Row(s), src) || !slices.Contains(tab.SynLemma.Row(syn), dst) {
					t.Errorf("synset %d: pointer words not in their synsets", s)
				}
				return false
			})
		}
	}
	if got := firstLemma(tab, 0); got != "entity" || tab.Depth[0] != 0 {
		t.Errorf("first noun synset %q at depth %d, want entity at 0", got, tab.Depth[0])
	}
}
