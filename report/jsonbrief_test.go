package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/provenance"
)

// TestBriefRelationBytes checks the hand-written relations against
// encoding/json on relations with every kind of character a string can
// hold (quotes, backslashes, control characters, HTML, invalid UTF-8,
// U+2028) and numbers across encoding/json's format cutoffs.
func TestBriefRelationBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 4))
	pieces := []string{"a", "é", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "<", ">", "&", "\xff", "\xe2\x80", "\u2028", "\u2029", "日本", "/", " ", "🙂"}
	str := func() string {
		var b []byte
		for range rng.IntN(8) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		return string(b)
	}
	nums := []float64{0, 1, 0.5, 0.01, 0.99, 1e-7, 2.5e-9, 1e21, 3e22, 123456789, -0.25, 0.1 + 0.2}
	var rels []provenance.Relation
	for range 300 {
		rels = append(rels, provenance.Relation{A: str(), B: str(), Kind: provenance.Kind(str()), From: str(), To: str(),
			Basis: provenance.Basis(str()), Evidence: str(), Coverage: nums[rng.IntN(len(nums))], Score: nums[rng.IntN(len(nums))]})
	}
	encode := func(f func(s *jsonStream)) string {
		var buf bytes.Buffer
		s := &jsonStream{w: bufio.NewWriter(&buf)}
		f(s)
		if s.err != nil {
			t.Fatal(s.err)
		}
		s.w.Flush()
		return buf.String()
	}
	// The numbers themselves, unrounded (briefRelation rounds to cents).
	for _, f := range append(nums, 1e-6, 9.99e-7, 1e20, 5e-324, 1.7976931348623157e308, -3e-8) {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONFloat(nil, f); string(got) != string(want) {
			t.Errorf("appendJSONFloat(%v) = %s, encoding/json gives %s", f, got, want)
		}
	}
	for _, rs := range [][]provenance.Relation{nil, rels[:1], rels} {
		want := encode(func(s *jsonStream) {
			jsonArray(s, "    ", rs, func(r provenance.Relation) any { return briefRelation(r) })
		})
		got := encode(func(s *jsonStream) { relationsBrief(s, "    ", rs) })
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%d relations: hand-written JSON differs from encoding/json (-want +got):\n%s", len(rs), diff)
		}
	}
}
