package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/google/go-cmp/cmp"
)

// setCap lowers a posting cap for one test, so a small corpus crosses it.
func setCap(t *testing.T, cap *int, v int) {
	old := *cap
	*cap = v
	t.Cleanup(func() { *cap = old })
}

// tollDocs builds n reports of one meeting's length, the first with
// another count (issue 14, item 2).
func tollDocs(t *testing.T, n int) *fixture {
	var f fixture
	for i := range n {
		minutes := 40
		if i == 0 {
			minutes = 10
		}
		text := fmt.Sprintf("Okafor and Lindqvist talked for %d minutes on the sidelines.", minutes)
		// Each file says one thing of its own, so that none is a copy of
		// another (copies are aligned once and never cross a cap).
		d := f.doc(t, fmt.Sprintf("%03d.txt", i), "2024-05-10", text+"\n"+fmt.Sprintf("Filed as report %d.\n", i))
		f.claim(d, text, pred("talk", "sideline"), person("Ada Okafor"), person("Erik Lindqvist"), thursday,
			qty(fmt.Sprintf("%d minutes", minutes), float64(minutes), "minute", "", float64(minutes), float64(minutes)))
	}
	return &f
}

// TestEventPostingCap: documents up to the cap give the finding; one more
// and the cap is recorded as a limit, which fails the run, instead of the
// finding vanishing silently.
func TestEventPostingCap(t *testing.T) {
	setCap(t, &maxEventPosting, 4)
	f := tollDocs(t, 4)
	a := Cluster(f.docs, f.claims, Options{})
	if fs := Run(a, Checks()); len(fs) != 1 || fs[0].Check != "number" || len(a.Limits) != 0 {
		t.Errorf("4 documents: findings %q, limits %v; want one number finding and no limit", kinds(fs), a.Limits)
	}
	f = tollDocs(t, 5)
	a = Cluster(f.docs, f.claims, Options{})
	want := []Limit{{Stage: "events", Keys: []string{"e:ada okafor", "e:erik lindqvist", "t:class:meet", "t:sideline"}, Len: 5, Max: 4}}
	if diff := cmp.Diff(want, a.Limits); diff != "" {
		t.Errorf("5 documents: limits mismatch (-want +got):\n%s", diff)
	}
}

// TestClaimPostingCap: one file repeating a claim past the cap records a
// limit.
func TestClaimPostingCap(t *testing.T) {
	setCap(t, &maxPosting, 4)
	var f fixture
	line := "Okafor and Lindqvist talked for 40 minutes on the sidelines."
	a := f.doc(t, "a.txt", "2024-05-10", "Okafor and Lindqvist talked for 10 minutes on the sidelines.\n")
	b := f.doc(t, "b.txt", "2024-05-10", strings.Repeat(line+"\n", 5))
	opts := func(m int) func(*claims.Claim) {
		return both(pred("talk", "sideline"), person("Ada Okafor"), person("Erik Lindqvist"), thursday,
			qty(fmt.Sprintf("%d minutes", m), float64(m), "minute", "", float64(m), float64(m)))
	}
	f.claim(a, "Okafor and Lindqvist talked for 10 minutes on the sidelines.", opts(10))
	for range 5 {
		f.claim(b, line, opts(40))
	}
	al := Cluster(f.docs, f.claims, Options{})
	if len(al.Limits) != 1 || al.Limits[0].Stage != "claims" || al.Limits[0].Len != 6 {
		t.Errorf("limits %v, want one claims limit of 6 claims", al.Limits)
	}
}

// TestCopiesCrossNoCap: identical files are aligned once, so many copies
// of a report never reach a posting cap, and every copy is still a side
// of the finding (issue 16).
func TestCopiesCrossNoCap(t *testing.T) {
	setCap(t, &maxEventPosting, 4)
	setCap(t, &maxPosting, 4)
	var f fixture
	line := "Okafor and Lindqvist talked for 40 minutes on the sidelines."
	opts := func(m int) func(*claims.Claim) {
		return both(pred("talk", "sideline"), person("Ada Okafor"), person("Erik Lindqvist"), thursday,
			qty(fmt.Sprintf("%d minutes", m), float64(m), "minute", "", float64(m), float64(m)))
	}
	a := f.doc(t, "a.txt", "2024-05-10", "Okafor and Lindqvist talked for 10 minutes on the sidelines.\n")
	f.claim(a, "Okafor and Lindqvist talked for 10 minutes on the sidelines.", opts(10))
	const copies = 9
	for i := range copies {
		d := f.doc(t, fmt.Sprintf("copy%d.txt", i), "2024-05-10", line+"\n")
		f.claim(d, line, opts(40))
	}
	al := Cluster(f.docs, f.claims, Options{})
	if len(al.Limits) != 0 {
		t.Errorf("limits %v, want none: copies count once", al.Limits)
	}
	fs := Run(al, Checks())
	if len(fs) != 1 || fs[0].Check != "number" {
		t.Fatalf("findings %q, want one number finding", kinds(fs))
	}
	var files []string
	for _, s := range fs[0].Sides {
		files = append(files, s.Pos.Filename)
	}
	want := []string{"a.txt"}
	for i := range copies {
		want = append(want, fmt.Sprintf("copy%d.txt", i))
	}
	if diff := cmp.Diff(want, files); diff != "" {
		t.Errorf("sides mismatch (-want +got):\n%s", diff)
	}
	if len(al.Groups) != 1 || len(al.Groups[0].Claims) != copies+1 {
		t.Errorf("groups %d (first of %d claims), want one group of every claim", len(al.Groups), len(al.Groups[0].Claims))
	}
}

// TestDraftPostingCap: a draft claim's keys that more source sentences
// state than the cap pairs are recorded as one draft limit, with the
// longest posting.
func TestDraftPostingCap(t *testing.T) {
	setCap(t, &maxPosting, 4)
	var f fixture
	d := f.doc(t, "draft.md", "2024-05-10", "Okafor and Lindqvist talked on the sidelines at dusk.\n")
	f.claim(d, "Okafor and Lindqvist talked on the sidelines at dusk.", pred("talk", "sideline", "dusk"), person("Ada Okafor"), person("Erik Lindqvist"))
	var text strings.Builder
	for i := range 5 {
		line := fmt.Sprintf("Okafor and Lindqvist talked on the sidelines in game %d.", i)
		text.WriteString(line + "\n")
	}
	s := f.doc(t, "s.txt", "2024-05-10", text.String())
	for i := range 5 {
		sentence := func(c *claims.Claim) { c.Sentence = i }
		f.claim(s, fmt.Sprintf("Okafor and Lindqvist talked on the sidelines in game %d.", i), pred("talk", "sideline", "game"), person("Ada Okafor"), person("Erik Lindqvist"), sentence)
	}
	al := Cluster(f.docs, f.claims, Options{Draft: "draft.md"})
	var draft []Limit
	for _, l := range al.Limits {
		if l.Stage == limitDraft {
			draft = append(draft, l)
		}
	}
	want := []Limit{{Stage: limitDraft, Keys: []string{"lindqvist", "okafor", "sideline", "talk"}, Len: 5, Max: 4}}
	if diff := cmp.Diff(want, draft); diff != "" {
		t.Errorf("draft limits (-want +got):\n%s", diff)
	}
}
