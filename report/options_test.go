package report

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/source"
)

func TestNewest(t *testing.T) {
	got := Newest(fixture(t).Sources)
	if want := time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Newest = %v, want %v", got, want)
	}
	if !Newest(nil).IsZero() {
		t.Error("Newest(nil) is not zero")
	}
}

func TestUseColor(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, c := range []struct {
		tty  bool
		env  map[string]string
		want bool
	}{
		{true, nil, true},
		{false, nil, false},
		{true, map[string]string{"NO_COLOR": "1"}, false},
		{false, map[string]string{"NO_COLOR": "1"}, false},
	} {
		if got := UseColor(c.tty, env(c.env)); got != c.want {
			t.Errorf("UseColor(%v, %v) = %v, want %v", c.tty, c.env, got, c.want)
		}
	}
}

// FuzzHTMLSide feeds arbitrary text and spans to the HTML context builder:
// it must not panic, and when the span is valid the marked text is exactly
// the document's text at the span.
func FuzzHTMLSide(f *testing.F) {
	f.Add("One. Two is here. Three.", 9, 12)
	f.Add("Первый абзац. Второй.", 13, 23)
	f.Add("No spans at all", 0, 0)
	f.Add("Reversed span. Here.", 10, 3)
	f.Add("Past the end.", 5, 400)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		d, err := source.Parse("f.txt", []byte(text), source.Options{})
		if err != nil {
			return // not UTF-8: source refuses it before any renderer sees it
		}
		s := align.Side{Pos: d.Pos(0), Text: text, Value: "v", Start: start, End: end}
		hs := htmlSideOf(d, s, "")
		var marked []string
		for _, seg := range hs.Sentence {
			if seg.Mark {
				marked = append(marked, seg.Text)
			}
		}
		if len(marked) > 1 {
			t.Fatalf("%d marks", len(marked))
		}
		if len(marked) == 1 && (start < 0 || end > len(d.Text) || marked[0] != d.Text[start:end]) {
			t.Fatalf("marked %q for span %d:%d of %q", marked[0], start, end, d.Text)
		}
		if len(marked) == 1 && !strings.Contains(d.Text, marked[0]) {
			t.Fatalf("marked text %q not in the document", marked[0])
		}
	})
}
