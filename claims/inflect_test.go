package claims

import "testing"

func TestInflect(t *testing.T) {
	for _, c := range []struct{ lemma, participle, gerund string }{
		{"capture", "captured", "capturing"},
		{"injure", "injured", "injuring"},
		{"kill", "killed", "killing"},
		{"take", "taken", "taking"},
		{"strike", "struck", "striking"},
		{"stop", "stopped", "stopping"},
		{"carry", "carried", "carrying"},
		{"die", "died", "dying"},
		{"see", "seen", "seeing"},
		{"visit", "visited", "visiting"},
		{"fix", "fixed", "fixing"},
		{"play", "played", "playing"},
		{"meet", "met", "meeting"},
		{"shut down", "shut down", "shutting down"},
		{"", "", ""},
	} {
		if got := Participle(c.lemma); got != c.participle {
			t.Errorf("Participle(%q) = %q, want %q", c.lemma, got, c.participle)
		}
		if got := Gerund(c.lemma); got != c.gerund {
			t.Errorf("Gerund(%q) = %q, want %q", c.lemma, got, c.gerund)
		}
	}
}
