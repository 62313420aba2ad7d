package source

import (
	"strings"
	"testing"
)

// TestDeepHTML: text nested deeper than maxHTMLDepth is still read, and
// what follows the nesting too.
func TestDeepHTML(t *testing.T) {
	n := 2 * maxHTMLDepth
	in := strings.Repeat("<div>", n) + "<p>The bridge opened on Monday.</p>" + strings.Repeat("</div>", n) +
		"<p>It cost more than planned.</p>"
	d, err := Parse("deep.html", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sentences {
		got = append(got, s.Text)
	}
	want := "The bridge opened on Monday.|It cost more than planned."
	if strings.Join(got, "|") != want {
		t.Errorf("sentences %q, want %q", got, want)
	}
}
