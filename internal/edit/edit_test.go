package edit

import (
	"testing"

	"github.com/factcheck/factcheck/internal/testkit"
)

func TestDistance(t *testing.T) {
	testkit.Pairs(t, "Distance", Distance, []testkit.Pair[int]{
		{"", "", 0},
		{"abc", "", 3},
		{"severty", "severity", 1},
		{"aleksandr", "alexander", 3},
		{"sergei", "sergey", 1},
		{"Zürich", "Zurich", 1},
	})
}
