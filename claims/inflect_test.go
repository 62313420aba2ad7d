package claims

import "testing"

func TestInflect(t *testing.T) {
	for _, c := range []struct{ lemma, participle string }{
		{"capture", "captured"},
		{"injure", "injured"},
		{"kill", "killed"},
		{"take", "taken"},
		{"strike", "struck"},
		{"stop", "stopped"},
		{"carry", "carried"},
		{"die", "died"},
		{"see", "seen"},
		{"visit", "visited"},
		{"fix", "fixed"},
		{"play", "played"},
		{"meet", "met"},
		{"shut down", "shut down"},
		{"", ""},
	} {
		if got := Participle(c.lemma); got != c.participle {
			t.Errorf("Participle(%q) = %q, want %q", c.lemma, got, c.participle)
		}
	}
}
