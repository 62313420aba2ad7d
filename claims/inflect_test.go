package claims

import (
	"testing"

	"github.com/factcheck/factcheck/internal/testkit"
)

func TestInflect(t *testing.T) {
	testkit.Cases(t, "Participle", Participle, []testkit.Case[string, string]{ // lemma, participle
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
	})
}
