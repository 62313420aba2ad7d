package align

import (
	"os"
	"strings"
	"testing"

	wordnet "github.com/factcheck/factcheck/internal/lexicon"
)

func TestRelDev(t *testing.T) {
	for _, p := range strings.Split(os.Getenv("PAIRS"), ",") {
		w := strings.Split(p, "/")
		d := wordnet.RelateDetail(w[0], w[1])
		t.Logf("%s/%s -> %v %+v", w[0], w[1], relateWords(w[0], w[1]), d)
	}
}
