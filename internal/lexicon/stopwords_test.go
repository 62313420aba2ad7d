package lexicon

import (
	"strings"
	"testing"
)

// TestStopwords checks each list holds the words its header says it does
// and leaves out the ones it says it leaves out.
func TestStopwords(t *testing.T) {
	for _, c := range []struct {
		list     StopList
		size     int
		has, not []string
	}{
		{FunctionWords, 164, []string{"a", "the", "'s", "’s", "whether", "said", "mr"}, []string{"new", "year", "time", "via", "mine"}},
		{TopicStopwords, 107, []string{"the", "said", "new", "see", "get", "via", "year"}, []string{"a", "whether", "time", "between"}},
		{CopyStopwords, 152, []string{"a", "the", "said", "new", "time", "between", "three"}, []string{"'s", "via", "see", "whether"}},
	} {
		set := Stopwords(c.list)
		if len(set) != c.size {
			t.Errorf("%s: %d words, want %d", c.list, len(set), c.size)
		}
		for w := range set {
			if w != strings.ToLower(w) {
				t.Errorf("%s: %q is not lowercase", c.list, w)
			}
		}
		for _, w := range c.has {
			if !set[w] {
				t.Errorf("%s lacks %q", c.list, w)
			}
		}
		for _, w := range c.not {
			if set[w] {
				t.Errorf("%s holds %q", c.list, w)
			}
		}
	}
}

// TestStopwordsCallerOwnsMap checks a caller's change to its set reaches no
// other caller.
func TestStopwordsCallerOwnsMap(t *testing.T) {
	Stopwords(FunctionWords)["the"] = false
	delete(Stopwords(FunctionWords), "a")
	if s := Stopwords(FunctionWords); !s["the"] || !s["a"] {
		t.Errorf("a caller's change reached the next caller: the=%v a=%v", s["the"], s["a"])
	}
}

func TestStopwordsUnknownList(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Stopwords(\"nope\") did not panic")
		}
	}()
	Stopwords("nope")
}
