package benchgen

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGenerateIsDeterministicAndSized(t *testing.T) {
	for _, n := range []int{10, 100} {
		a, b := Generate(n, 7), Generate(n, 7)
		// reflect.DeepEqual first: cmp walks a corpus's bytes one by one
		// (10 s here, minutes under the race detector); its diff is
		// only for the message.
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Generate(%d, 7) differs between runs:\n%s", n, cmp.Diff(a, b))
		}
		if len(a.Files) != n {
			t.Errorf("Generate(%d) made %d files", n, len(a.Files))
		}
		if c := Generate(n, 8); reflect.DeepEqual(a.Files, c.Files) {
			t.Errorf("seeds 7 and 8 gave the same corpus")
		}
	}
}

func TestGenerateFillsEveryPlaceholder(t *testing.T) {
	c := Generate(200, 1)
	for _, f := range c.Files {
		if strings.Contains(string(f.Data), "{") {
			t.Fatalf("%s has an unfilled placeholder:\n%s", f.Path, f.Data)
		}
	}
	if len(c.Planted) == 0 {
		t.Errorf("no divergence planted in 200 documents")
	}
	for _, p := range c.Planted {
		if p.Was == p.Now {
			t.Errorf("planted %s in %s changes nothing", p.Kind, p.Path)
		}
	}
}
