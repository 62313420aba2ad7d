package report

import (
	"bytes"
	"os"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/pipeline"
)

// TestSeeds renders every format over the real seed articles, with a
// finding whose sides are each document's first article sentence and its
// first word as the value: it exercises the renderers on parsed news pages
// (furniture, metadata, odd offsets) rather than on the tidy fixture.
func TestSeeds(t *testing.T) {
	docs := seedDocs(t)
	f := align.Finding{ID: "seed", Check: "name", Severity: align.Error, Summary: "first sentences"}
	var single []align.Side
	for _, d := range docs {
		for _, s := range d.Sentences {
			if !s.Kind.IsArticle() {
				continue
			}
			end := s.Start
			for end < s.End {
				r, size := utf8.DecodeRuneInString(d.Text[end:])
				if unicode.IsSpace(r) {
					break
				}
				end += size
			}
			side := align.Side{Pos: s.Pos, Text: s.Text, Value: d.Text[s.Start:end], Start: s.Start, End: end}
			if len(f.Sides) < len(docs) && (len(f.Sides) == 0 || f.Sides[len(f.Sides)-1].Pos.Filename != d.Path) {
				f.Sides = append(f.Sides, side)
			} else if len(single) < 3 {
				single = append(single, side)
			}
		}
	}
	r := &pipeline.Result{Sources: docs, Findings: []align.Finding{f}, SingleSource: single}
	for _, format := range Formats() {
		out := render(t, format, Options{}, r)
		if len(out) == 0 || !utf8.Valid(out) {
			t.Errorf("%s: empty or invalid output", format)
		}
		if !bytes.Equal(out, render(t, format, Options{}, r)) {
			t.Errorf("%s: not deterministic", format)
		}
	}
	if n := bytes.Count(render(t, "html", Options{}, r), []byte("<mark>")); n != len(f.Sides)+len(single) {
		t.Errorf("html marks %d values, want %d", n, len(f.Sides)+len(single))
	}
	if testing.Verbose() {
		os.Stdout.Write(render(t, "text", Options{}, r))
	}
}
