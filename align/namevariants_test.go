package align

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/edit"
)

// TestNameVariants checks nameVariants, which reads words in place,
// against the same test on strings.Fields' words.
func TestNameVariantsInPlace(t *testing.T) {
	ref := func(a, b string) bool {
		fa, fb := strings.Fields(a), strings.Fields(b)
		if len(fa) < 2 || len(fa) != len(fb) || fa[0] == fb[0] || fa[0][0] != fb[0][0] {
			return false
		}
		for i := 1; i < len(fa); i++ {
			if fa[i] != fb[i] {
				return false
			}
		}
		d := edit.Distance(fa[0], fb[0])
		return d <= 3 && 3*d <= max(len(fa[0]), len(fb[0]))
	}
	names := []string{
		"", " ", "Jon Smith", "John Smith", "Jon  Smith", " John Smith ", "John\tSmith",
		"Jonathan Smith", "Joan Smith", "Jon Smyth", "Jon Smith Jr", "John Smith Jr",
		"J Smith", "K Smith", "Jon", "John", "Jon\u00a0Smith", "John\u2003Smith",
		"Zoë Ray", "Zoe Ray", "Zoé Ray", "\xffon Smith", "\xfeon Smith",
	}
	for _, a := range names {
		for _, b := range names {
			if got, want := nameVariants(a, b), ref(a, b); got != want {
				t.Errorf("nameVariants(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
