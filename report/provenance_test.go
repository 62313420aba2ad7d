package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/provenance"
)

// TestProvenanceLinesGroupCopies checks that sources which all share one
// copy with each other, direction unknown, are said on one line, and that
// sources of which some pair does not, and directed copies, keep a line
// per relation.
func TestProvenanceLinesGroupCopies(t *testing.T) {
	shared := func(a, b string) provenance.Relation {
		return provenance.Relation{A: a, B: b, Kind: provenance.Copy}
	}
	p := &provenance.Report{
		Relations: []provenance.Relation{
			shared("a.txt", "b.txt"),
			{A: "a.txt", B: "x.txt", Kind: provenance.Copy, From: "a.txt", To: "x.txt", Basis: "credit"},
			shared("a.txt", "c.txt"),
			shared("b.txt", "c.txt"),
			// d, e and f: d and f share no copy, so no group
			shared("d.txt", "e.txt"),
			shared("e.txt", "f.txt"),
			{A: "a.txt", B: "d.txt", Kind: provenance.Independent},
		},
		Origins: [][]string{{"a.txt", "b.txt", "c.txt", "x.txt"}, {"d.txt", "e.txt", "f.txt"}},
	}
	want := []string{
		"provenance: 3 sources share one copy (direction unknown): a.txt, b.txt, c.txt",
		"provenance: x.txt copies a.txt (credit)",
		"provenance: d.txt and e.txt share a copy (direction unknown)",
		"provenance: e.txt and f.txt share a copy (direction unknown)",
		"provenance: 2 independent origins for 7 sources",
	}
	if diff := cmp.Diff(want, provenanceLines(p)); diff != "" {
		t.Errorf("provenanceLines mismatch (-want +got):\n%s", diff)
	}
}
