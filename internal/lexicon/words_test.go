package lexicon

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPertainym(t *testing.T) {
	tests := []struct{ adj, want string }{
		{"chinese", "china"},
		{"Israeli", "israel"},
		{"french", "france"},
		{"saudi", "saudi arabia"},
		{"economic", "economy"},
		{"fast", ""},
		{"truck", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Pertainym(tt.adj); got != tt.want {
			t.Errorf("Pertainym(%q) = %q, want %q", tt.adj, got, tt.want)
		}
	}
}

func TestSynonyms(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"road", []string{"route"}},
		{"trucks", []string{"motortruck", "hand truck"}},
		{"roadway", nil},
		{"zzxq", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Synonyms(tt.word)); diff != "" {
			t.Errorf("Synonyms(%q) mismatch (-want +got):\n%s", tt.word, diff)
		}
	}
}
