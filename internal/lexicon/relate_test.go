package lexicon

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

func TestRelate(t *testing.T) {
	testkit.Pairs(t, "Relate", Relate, []testkit.Pair[Relation]{
		// Opposites.
		{"rise", "fall", Opposite},
		{"rising", "falling", Opposite},
		{"win", "lose", Opposite},
		{"increase", "decrease", Opposite},
		{"gain", "loss", Opposite},
		{"gain", "lose", Opposite},
		{"accept", "reject", Opposite},
		{"hot", "cold", Opposite},
		{"success", "failure", Opposite},
		{"buy", "sell", Opposite},
		{"open", "closed", Opposite},
		{"wet", "arid", Opposite},
		{"adding", "reducing", Opposite},
		// Opposites through a hypernym: a kind of one of two antonyms.
		{"tumble", "rise", Opposite},
		{"surge", "tumble", Opposite},
		{"boy", "schoolgirl", Opposite},
		// Equivalents.
		{"rise", "climb", Equivalent},
		{"ban", "banned", Equivalent},
		{"decline", "declining", Equivalent},
		{"road", "route", Equivalent},
		{"trucks", "truck", Equivalent},
		{"Truck", "truck", Equivalent},
		{"unknownword", "unknownword", Equivalent},
		// Hyponymy.
		{"truck", "vehicle", Broader},
		{"trucks", "vehicles", Broader},
		{"vehicle", "truck", Narrower},
		{"dog", "animal", Broader},
		{"animal", "dog", Narrower},
		// Alternation.
		{"tuesday", "wednesday", Alternation},
		{"ukraine", "poland", Alternation},
		{"apple", "banana", Alternation},
		// Unrelated.
		{"idea", "car", Unrelated},
		{"truck", "unknownword", Unrelated},
		{"", "truck", Unrelated},
		{"happy", "table", Unrelated},
	})
}

func TestRelateDetail(t *testing.T) {
	tests := []struct {
		a, b string
		want Detail
	}{
		{"rise", "fall", Detail{Relation: Opposite, Via: ViaAntonym}},
		{"wet", "arid", Detail{Relation: Opposite, Via: ViaCluster}},
		// a main sense of one ("specific" as against general) and a rare
		// one of the other ("generic", applicable to a whole class)
		{"generic", "specific", Detail{Relation: Opposite, Via: ViaCluster}},
		// rare senses of both: "conservative" as cautious, "far" as in "the
		// far right"
		{"conservative", "far", Detail{}},
		{"gain", "lose", Detail{Relation: Opposite, Via: ViaSynset}},
		{"adding", "reducing", Detail{Relation: Opposite, Via: ViaDerivation}},
		{"rise", "climb", Detail{Relation: Equivalent, Via: ViaSynset}},
		{"banned", "ban", Detail{Relation: Equivalent, Via: ViaLemma}},
		{"truck", "vehicle", Detail{Relation: Broader, Hypernym: "vehicle", Depth: 7, StepsA: 3}},
		{"vehicle", "truck", Detail{Relation: Narrower, Hypernym: "vehicle", Depth: 7, StepsB: 3}},
		{"tuesday", "wednesday", Detail{Relation: Alternation, Hypernym: "weekday", Depth: 7, StepsA: 1, StepsB: 1}},
		{"ukraine", "poland", Detail{Relation: Alternation, Hypernym: "country", Depth: 7, StepsA: 1, StepsB: 2}},
		{"idea", "car", Detail{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, RelateDetail(tt.a, tt.b)); diff != "" {
			t.Errorf("RelateDetail(%q, %q) mismatch (-want +got):\n%s", tt.a, tt.b, diff)
		}
	}
}

// TestRelateSymmetry checks the relations that must mirror when the words
// swap: Broader and Narrower trade places, the others stay.
func TestRelateSymmetry(t *testing.T) {
	mirror := [...]Relation{Unrelated, Equivalent, Broader, Narrower, Alternation, Opposite}
	pairs := [][2]string{
		{"rise", "fall"}, {"truck", "vehicle"}, {"tuesday", "wednesday"}, {"wet", "arid"},
		{"ban", "banned"}, {"idea", "car"}, {"gain", "loss"}, {"dog", "animal"},
	}
	for _, p := range pairs {
		ab, ba := Relate(p[0], p[1]), Relate(p[1], p[0])
		if ba != mirror[ab] {
			t.Errorf("Relate(%q, %q) = %v but Relate(%q, %q) = %v", p[0], p[1], ab, p[1], p[0], ba)
		}
	}
}

func TestAlternationThresholds(t *testing.T) {
	// Whatever the pair, an Alternation respects the documented bounds.
	for _, p := range [][2]string{{"dog", "cat"}, {"road", "pathway"}, {"apple", "banana"}, {"pilot", "carrier"}} {
		d := RelateDetail(p[0], p[1])
		if d.Relation != Alternation {
			continue
		}
		if d.Depth < AltMinDepth || d.StepsA < 1 || d.StepsA > AltMaxSteps || d.StepsB < 1 || d.StepsB > AltMaxSteps {
			t.Errorf("RelateDetail(%q, %q) = %+v breaks the alternation thresholds", p[0], p[1], d)
		}
	}
}

func BenchmarkRelate(b *testing.B) {
	tables()
	pairs := [][2]string{{"rise", "fall"}, {"truck", "vehicle"}, {"tuesday", "wednesday"}, {"make", "take"}, {"idea", "car"}}
	for b.Loop() {
		for _, p := range pairs {
			Relate(p[0], p[1])
		}
	}
}

func FuzzRelate(f *testing.F) {
	for _, p := range [][2]string{{"rise", "fall"}, {"truck", "vehicle"}, {"stepped down", "resign"}, {"", "x"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		r := Relate(a, b)
		if r > Opposite {
			t.Errorf("Relate(%q, %q) = %d, not a relation", a, b, r)
		}
		Lemma(a)
		Synonyms(a)
		Pertainym(a)
	})
}

func TestVerbSiblings(t *testing.T) {
	testkit.Pairs(t, "VerbSiblings", VerbSiblings, []testkit.Pair[bool]{
		{"execute", "slaughter", true}, // both ways to kill
		{"kill", "slaughter", true},    // one under the other
		{"injure", "wound", true},
		{"kill", "injure", false},
		{"kill", "wound", false}, // only through a rare sense of "kill"
		{"arrest", "kill", false},
		{"rescue", "capture", false},
	})
}

func TestAlternationOverlapping(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		// Kinds of meeting, activity, institution: WordNet's siblings
		// overlap.
		{"summit", "conference", true},
		{"ceremony", "role", true},
		{"university", "school", true},
		// Physical things, attributes, measures: they exclude each other.
		{"yellow", "blue", false},
		{"month", "year", false},
		{"lion", "tiger", false},
		{"Tuesday", "Monday", false},
	}
	for _, tt := range tests {
		d := RelateDetail(tt.a, tt.b)
		if d.Relation != Alternation || d.Overlapping != tt.want {
			t.Errorf("RelateDetail(%q, %q) = %v, overlapping %v; want alternation, overlapping %v", tt.a, tt.b, d.Relation, d.Overlapping, tt.want)
		}
	}
}

// TestFindSorted checks findSorted and the synset filter against find on
// every word's ancestors for some words: no synset of up is filtered out,
// and each is found with its steps.
func TestFindSorted(t *testing.T) {
	tab := tables()
	for _, w := range []string{"dog", "run", "bank", "good", "quickly", "set", "x"} {
		x := wordOf(tab, w)
		if !slices.IsSortedFunc(x.up, func(a, b anc) int { return int(a.syn) - int(b.syn) }) {
			t.Fatalf("%s: ancestors not sorted by synset", w)
		}
		for syn := int32(0); syn < tab.PosStart[len(tab.PosStart)-1]; syn += 97 {
			n, ok := find(x.up, syn)
			m, ok2 := findSorted(x.up, syn)
			if n != m || ok != ok2 {
				t.Fatalf("%s: synset %d: findSorted %d %v, find %d %v", w, syn, m, ok2, n, ok)
			}
		}
		for _, a := range x.up {
			if !x.upHas.mayHave(a.syn) {
				t.Fatalf("%s: the filter misses ancestor %d", w, a.syn)
			}
			if n, ok := findSorted(x.up, a.syn); !ok || n != a.steps {
				t.Fatalf("%s: ancestor %d: findSorted %d %v, want %d", w, a.syn, n, ok, a.steps)
			}
		}
	}
}
