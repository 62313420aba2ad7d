package report

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/provenance"
)

// TestProvenanceDrawingsHostileNames checks a file name holding quotes,
// backticks, a fence and markup cannot end the Mermaid block or a label,
// nor inject markup into the SVG, and that both drawings name every
// source and draw every copy and paraphrase once.
func TestProvenanceDrawingsHostileNames(t *testing.T) {
	bad := "a\"b`c```<script>x</script>.txt"
	p := &provenance.Report{
		Relations: []provenance.Relation{
			{A: bad, B: "plain.txt", Kind: provenance.Copy, From: "plain.txt", To: bad, Basis: provenance.ByDate, Coverage: 0.5},
			{A: "other.txt", B: "plain.txt", Kind: provenance.Independent},
		},
		Origins: [][]string{{"plain.txt", bad}, {"other.txt"}},
	}
	md := provenanceMermaid(p)
	body := strings.TrimSuffix(strings.TrimPrefix(md, "```mermaid\n"), "```\n")
	if strings.Contains(body, "`") || strings.Contains(body, "<") {
		t.Errorf("Mermaid block holds a raw backtick or '<':\n%s", md)
	}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		if strings.Count(line, `"`)%2 != 0 {
			t.Errorf("unbalanced quotes in %q", line)
		}
	}
	if got := strings.Count(md, "-->"); got != 1 {
		t.Errorf("Mermaid has %d arrows, want 1 (independence is not drawn):\n%s", got, md)
	}
	if !strings.Contains(md, `s0 -- "copy 50%" --> s1`) {
		t.Errorf("Mermaid lacks the copy from plain.txt (s0) to the odd name (s1):\n%s", md)
	}

	svg := provenanceSVG(p)
	if strings.Contains(svg, "<script") || strings.Contains(svg, "</script>") {
		t.Errorf("SVG holds raw markup from a file name:\n%s", svg)
	}
	if got := strings.Count(svg, `stroke-width="1.5"`); got != 1 {
		t.Errorf("SVG has %d relation paths, want 1", got)
	}
	if got := strings.Count(svg, `<rect x=`); got != 3+2 { // 3 sources, 2 origin frames
		t.Errorf("SVG has %d rectangles, want 5", got)
	}
	if provenanceSVG(p) != svg || provenanceMermaid(p) != md {
		t.Error("a second drawing differs")
	}
	if provenanceSVG(&provenance.Report{}) != "" {
		t.Error("an empty provenance drew something")
	}
}
