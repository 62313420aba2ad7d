package report

import (
	"fmt"
	"sort"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/pipeline"
	"github.com/factcheck/factcheck/source"
)

// sortedSupport returns the draft's support map in the draft's order (by
// position; claims at one position keep the order given), each claim's
// sources by position, its findings in print order and its missing words
// sorted. It copies, so the caller's slices are untouched.
func sortedSupport(ss []align.Support, fs []align.Finding) []align.Support {
	rank := map[string]int{}
	for i, f := range ordered(fs) {
		rank[f.ID] = i
	}
	out := make([]align.Support, len(ss))
	for i, s := range ss {
		s.Sources = sortedSides(s.Sources)
		s.Findings = sortedBy(s.Findings, func(a, b *string) bool {
			ra, oka := rank[*a]
			rb, okb := rank[*b]
			switch {
			case oka && okb:
				return ra < rb
			case oka != okb:
				return oka // a finding not in the result goes last
			}
			return *a < *b
		})
		s.Missing = append([]string(nil), s.Missing...)
		sort.Strings(s.Missing)
		if s.Nearest != nil {
			n := *s.Nearest
			s.Nearest = &n
		}
		out[i] = s
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Claim.Pos.Compare(out[j].Claim.Pos) < 0 })
	return out
}

// stateLabel is a support state as the reports print it.
func stateLabel(st align.SupportState) string {
	if st == align.PartlySupported {
		return "partly supported"
	}
	return string(st)
}

// supportStates is the order the states are counted and listed in.
var supportStates = []align.SupportState{align.Supported, align.Contradicted, align.PartlySupported, align.NotSupported}

// supportLine counts the draft's claims by state: "5 claims: 2 supported,
// 1 contradicted, 1 partly supported, 1 unsupported".
func supportLine(ss []align.Support) string {
	n := map[align.SupportState]int{}
	for _, s := range ss {
		n[s.State]++
	}
	noun := "claims"
	if len(ss) == 1 {
		noun = "claim"
	}
	line := fmt.Sprintf("%d %s:", len(ss), noun)
	for i, st := range supportStates {
		if i > 0 {
			line += ","
		}
		line += fmt.Sprintf(" %d %s", n[st], stateLabel(st))
	}
	return line
}

// draftDated says what date the draft's relative times were read
// against and where it came from ("dated 2025-03-14 from the newest
// source"); "" without a date.
func draftDated(r *pipeline.Result) string {
	d := date(r.DraftDate)
	if d == "" {
		return ""
	}
	if r.DraftDateFrom == "" {
		return "dated " + d
	}
	return "dated " + d + " from " + r.DraftDateFrom
}

// findingIndex maps finding IDs to findings, for the renderers that name
// the findings contradicting a claim of the draft.
func findingIndex(fs []align.Finding) map[string]align.Finding {
	m := make(map[string]align.Finding, len(fs))
	for _, f := range fs {
		m[f.ID] = f
	}
	return m
}

// findingRef names a finding by kind and hash ("date #5f1c2a"), with its
// status when resolved; an ID the result does not hold is given whole.
func findingRef(id string, byID map[string]align.Finding) string {
	f, ok := byID[id]
	if !ok {
		return id
	}
	ref := f.Check + " #" + shortID(f.ID)
	if f.Status.Resolved() {
		ref += " (" + string(f.Status) + ")"
	}
	return ref
}

// stateRank orders the states by how much an editor must act on them, for
// a sentence holding several claims: the worst one colours it.
var stateRank = map[align.SupportState]int{align.Supported: 0, align.NotSupported: 1, align.PartlySupported: 2, align.Contradicted: 3}

// draftParagraphs lays the draft's article text out as paragraphs of
// sentences (one per block), each sentence marked with the state of the
// claims read from it, the worst first, and the numbers of those claims in
// ss (1-based, as the support list numbers them). A claim is placed by its
// spans or its position (sentenceAt), never by searching for its text.
// Sentences with no claim carry no state. Nil without the document.
func draftParagraphs(d *source.Document, ss []align.Support) [][]draftSentence {
	if d == nil {
		return nil
	}
	at := map[int][]int{} // sentence index → claim numbers
	for i, s := range ss {
		if j := sentenceAt(d, s.Claim); j >= 0 {
			at[j] = append(at[j], i+1)
		}
	}
	var out [][]draftSentence
	block := -1
	for j, sent := range d.Sentences {
		if !sent.Kind.IsArticle() && len(at[j]) == 0 {
			continue
		}
		ds := draftSentence{Text: oneLine(sent.Text), Claims: at[j]}
		for k, n := range at[j] {
			st := ss[n-1].State
			if k == 0 || stateRank[st] > stateRank[align.SupportState(ds.State)] {
				ds.State = string(st)
			}
		}
		if sent.Block != block || out == nil {
			out = append(out, nil)
			block = sent.Block
		}
		out[len(out)-1] = append(out[len(out)-1], ds)
	}
	return out
}

// draftSentence is one sentence of the draft as the HTML report shows it
// in the draft's running text.
type draftSentence struct {
	Text   string
	State  string // the worst state of its claims, "" when it holds none
	Claims []int  // the claims' numbers in the support list
}
