package lexicon

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

func TestLemmas(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want []string
	}{
		{"fell", Verb, []string{"fall", "fell"}},
		{"mice", Noun, []string{"mouse"}},
		{"rises", Verb, []string{"rise"}},
		{"declining", Verb, []string{"decline"}},
		{"banned", Verb, []string{"ban"}},
		{"churches", Noun, []string{"church"}},
		{"women", Noun, []string{"woman"}},
		{"cities", Noun, []string{"city"}},
		{"glasses", Noun, []string{"glasses", "glass"}},
		{"better", Adj, []string{"good", "well", "better"}},
		{"larger", Adj, []string{"larger", "large"}}, // "larger" is itself an adjective in WordNet
		{"hottest", Adj, []string{"hot"}},
		{"Truck", Noun, []string{"truck"}},
		{"stepped down", Verb, []string{"step down"}},
		{"step_down", Verb, []string{"step down"}},
		{"attorneys general", Noun, []string{"attorney general"}},
		{"quickly", Adv, []string{"quickly"}},
		{"quickly", Noun, nil},
		{"zzxq", Noun, nil},
		{"", Noun, nil},
	}
	for _, tt := range tests {
		got := Lemmas(tt.word, tt.pos)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lemmas(%q, %v) mismatch (-want +got):\n%s", tt.word, tt.pos, diff)
		}
	}
}

func TestLemma(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"fell", []string{"fell", "fall"}},
		{"saw", []string{"saw", "see"}},
		{"running", []string{"running", "run"}},
		{"trucks", []string{"truck"}},
		{"zzxq", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Lemma(tt.word)); diff != "" {
			t.Errorf("Lemma(%q) mismatch (-want +got):\n%s", tt.word, diff)
		}
	}
}

func TestKnown(t *testing.T) {
	testkit.Cases(t, "Known", Known, []testkit.Case[string, bool]{
		{"vehicle", true},
		{"vehicles", true},
		{"stepped down", true},
		{"zzxq", false},
		{"", false},
	})
}

// TestNormalizeFastPath checks that the allocation-free path of normalize
// answers as the full one does.
func TestNormalizeFastPath(t *testing.T) {
	full := func(w string) string {
		w = strings.ToLower(strings.TrimSpace(w))
		w = strings.ReplaceAll(w, "_", " ")
		return strings.Join(strings.Fields(w), " ")
	}
	for _, w := range []string{
		"", " ", "rise", "Rise", "step down", "step  down", " step", "step ", "step_down",
		"step\tdown", "a\nb", "x\v", "\fy", "a\rb", "café", "CAFÉ", "a\u00a0b", "a\u0085b",
		"well-known", "u.s.", "9/11", "o'brien", "a b c", "a  b", "_", "ZZ",
	} {
		if got, want := normalize(w), full(w); got != want {
			t.Errorf("normalize(%q) = %q, want %q", w, got, want)
		}
		if normalized(w) && full(w) != w {
			t.Errorf("normalized(%q) but the full normalization gives %q", w, full(w))
		}
	}
}
