package provenance

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/factcheck/factcheck/align"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/disjoint"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/internal/par"
	"github.com/factcheck/factcheck/source"
)

// State is whether the sources of a cluster agree.
type State string

const (
	Agree   State = "agree"   // two or more sources, no finding
	Diverge State = "diverge" // a finding was raised on the fact
	Single  State = "single"  // one source states it
	// Resolved is a fact whose findings an editor has all resolved
	// (accepted, false positive or fixed) in the rules file.
	Resolved State = "resolved"
)

// Support is one claim stating a cluster's fact.
type Support struct {
	Pos    source.Position
	Quote  string // the claim's text
	Origin string // the origin the claim's source belongs to (see Origins)
}

// Cluster is one aligned fact with everything that supports it.
type Cluster struct {
	Event int // index into align.Alignment.Events
	// Statement is the canonical wording: the claim of the earliest
	// published source, then the most complete (longest), then the first
	// by position. At is where it is.
	Statement string
	At        source.Position
	State     State
	Findings  []string  // IDs of the findings on the fact, sorted
	Claims    []Support // sorted by position
	// Sources counts the files stating the fact; Independent counts their
	// distinct origins. Corroboration is Independent, not Sources.
	Sources, Independent int
}

// origins maps each path to its origin's ID: the member of its set that no
// relation says was copied from another member (the smallest such path), or
// the smallest path when direction is unknown.
func origins(paths []string, rels []Relation) map[string]string {
	// Every path once, sorted; with many copies the relations are every
	// pair of files, so their paths are gathered in a set, not a list.
	index := make(map[string]int, len(paths))
	for _, p := range paths {
		index[p] = 0
	}
	for _, r := range rels {
		index[r.A] = 0
		index[r.B] = 0
	}
	all := make([]string, 0, len(index))
	for p := range index {
		all = append(all, p)
	}
	slices.Sort(all)
	for i, p := range all {
		index[p] = i
	}
	at := func(p string) int { return index[p] }
	sets := disjoint.New(len(all))
	copied := map[string]bool{}
	for _, r := range rels {
		if r.Kind == Copy || r.Kind == Paraphrase {
			sets.Union(at(r.A), at(r.B))
			if r.To != "" {
				copied[r.To] = true
			}
		}
	}
	members := map[int][]string{}
	for i, p := range all {
		root := sets.Find(i)
		members[root] = append(members[root], p)
	}
	id := map[string]string{}
	for _, ms := range members {
		sort.Strings(ms)
		head := ms[0]
		for _, m := range ms {
			if !copied[m] {
				head = m
				break
			}
		}
		for _, m := range ms {
			id[m] = head
		}
	}
	return id
}

// Origins groups the documents into origins: sources linked by copy or
// paraphrase relations share one. Each origin lists its ID first (the
// source the others derive from, when the relations say), then the other
// members sorted; origins are sorted by ID.
func Origins(docs []*source.Document, rels []Relation) [][]string {
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	id := origins(paths, rels)
	groups := map[string][]string{}
	for p, o := range id {
		if p != o {
			groups[o] = append(groups[o], p)
		} else if _, ok := groups[o]; !ok {
			groups[o] = nil
		}
	}
	var out [][]string
	for o, ms := range groups {
		sort.Strings(ms)
		out = append(out, append([]string{o}, ms...))
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// Clusters reports each aligned fact with its supporting claims, state and
// counts. fs are the findings after rules: a fact with a side of an
// unresolved finding diverges; one whose findings are all resolved is
// Resolved. The alignment is only read.
func Clusters(a *align.Alignment, rels []Relation, fs []align.Finding) []Cluster {
	var paths []string
	for _, e := range a.Events {
		paths = append(paths, e.Paths...)
	}
	for _, g := range a.Groups {
		for _, c := range g.Claims {
			paths = append(paths, c.Pos.Filename)
		}
	}
	id := origins(paths, rels)
	onGroup := groupFindings(a, fs)

	// Each group's cluster in its own slot, in parallel (the alignment,
	// id and onGroup are only read); a group without claims has none.
	made := make([]Cluster, len(a.Groups))
	par.Each(len(a.Groups), func(gi int) {
		if g := a.Groups[gi]; len(g.Claims) > 0 {
			made[gi] = cluster(g, onGroup[gi], id)
		}
	})
	out := made[:0] // in place: a cluster moves only to a slot already read
	for gi, g := range a.Groups {
		if len(g.Claims) > 0 {
			out = append(out, made[gi])
		}
	}
	clear(made[len(out):])
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Event != out[j].Event {
			return out[i].Event < out[j].Event
		}
		return out[i].At.Less(out[j].At)
	})
	return out
}

// cluster is Clusters' cluster of group g, which has claims: fs are the
// findings with a side on it, id each path's origin.
func cluster(g align.Group, fs []*align.Finding, id map[string]string) Cluster {
	cl := Cluster{Event: g.Event}
	files, origs := map[string]bool{}, map[string]bool{}
	best := -1
	for i, c := range g.Claims {
		p := c.Pos.Filename
		files[p] = true
		origs[id[p]] = true
		cl.Claims = append(cl.Claims, Support{Pos: c.Pos, Quote: c.Text, Origin: id[p]})
		if best < 0 || canonicalBefore(c, g.Claims[best]) {
			best = i
		}
	}
	slices.SortStableFunc(cl.Claims, func(x, y Support) int { return x.Pos.Compare(y.Pos) })
	cl.Statement, cl.At = g.Claims[best].Text, g.Claims[best].Pos
	cl.Sources, cl.Independent = len(files), len(origs)
	open := false
	for _, f := range fs {
		cl.Findings = append(cl.Findings, f.ID)
		open = open || !f.Status.Resolved()
	}
	sort.Strings(cl.Findings)
	switch {
	case open:
		cl.State = Diverge
	case len(cl.Findings) > 0:
		cl.State = Resolved
	case cl.Sources < 2:
		cl.State = Single
	default:
		cl.State = Agree
	}
	return cl
}

// groupFindings lists, for each group of the alignment, the findings with
// a side on one of its claims, each once.
func groupFindings(a *align.Alignment, fs []align.Finding) map[int][]*align.Finding {
	// The group of each finding side's position (the last group holding a
	// claim there; -1 for none): a small map, looked up once per claim.
	groupAt := map[lineCol]int{}
	for i := range fs {
		for _, s := range fs[i].Sides {
			groupAt[lineColOf(s.Pos)] = -1
		}
	}
	for gi, g := range a.Groups {
		if len(groupAt) == 0 {
			break
		}
		for _, c := range g.Claims {
			k := lineColOf(c.Pos)
			if _, ok := groupAt[k]; ok {
				groupAt[k] = gi
			}
		}
	}
	out := map[int][]*align.Finding{}
	for i := range fs {
		f := &fs[i]
		added := map[int]bool{}
		for _, s := range f.Sides {
			if g := groupAt[lineColOf(s.Pos)]; g >= 0 && !added[g] {
				added[g] = true
				out[g] = append(out[g], f)
			}
		}
	}
	return out
}

// lineCol is a position as its String prints it (file, line, column; the
// file's escaping is one to one): a map key made without formatting.
type lineCol struct {
	file         string
	line, column int
}

func lineColOf(p source.Position) lineCol { return lineCol{p.Filename, p.Line, p.Column} }

// canonicalBefore reports whether claim c makes a better canonical
// statement than best: earlier publication, then longer text, then position.
func canonicalBefore(c, best *claims.Claim) bool {
	pa, pb := published(c.Doc), published(best.Doc)
	if !pa.IsZero() && !pb.IsZero() && !sameDay(pa, pb) {
		return pa.Before(pb)
	}
	if pa.IsZero() != pb.IsZero() {
		return !pa.IsZero()
	}
	if len(c.Text) != len(best.Text) {
		return len(c.Text) > len(best.Text)
	}
	return c.Pos.Less(best.Pos)
}

func published(d *source.Document) time.Time {
	if d == nil {
		return time.Time{}
	}
	return d.Meta.Published
}

// dateAnomalies reports copies whose publication date is more than
// dateSlack away from their origin's.
func dateAnomalies(docs []*source.Document, rels []Relation) []Anomaly {
	byPath := map[string]*source.Document{}
	for _, d := range docs {
		byPath[d.Path] = d
	}
	var out []Anomaly
	for _, r := range rels {
		if r.Kind != Copy || r.From == "" {
			continue
		}
		o, c := byPath[r.From], byPath[r.To]
		if o == nil || c == nil || o.Meta.Published.IsZero() || c.Meta.Published.IsZero() {
			continue
		}
		diff := c.Meta.Published.Sub(o.Meta.Published)
		if diff < 0 {
			diff = -diff
		}
		if diff <= dateSlack {
			continue
		}
		rel := "later"
		if c.Meta.Published.Before(o.Meta.Published) {
			rel = "earlier"
		}
		pos := datePos(c, r)
		from := c.Meta.DateFrom
		if from == "" {
			from = "metadata"
		}
		out = append(out, Anomaly{
			Kind:   AnomalyDate,
			Pos:    pos,
			Text:   c.Meta.Published.Format("2006-01-02"),
			Detail: fmt.Sprintf("copy dated %s (%s) is %s %s than its origin %s dated %s", c.Meta.Published.Format("2006-01-02"), from, humanDuration(diff), rel, escape.Path(o.Path), o.Meta.Published.Format("2006-01-02")),
		})
	}
	return out
}

// datePos is where a copy states its date: its first dateline sentence,
// else its first shared passage, else its first line.
func datePos(c *source.Document, r Relation) source.Position {
	for _, s := range c.Sentences {
		if s.Kind == source.KindDateline {
			return s.Pos
		}
	}
	for _, p := range r.Passages {
		s := p.B
		if r.To == r.A {
			s = p.A
		}
		return c.Pos(s.Start)
	}
	return source.Position{Filename: c.Path, Line: 1, Column: 1}
}

// dateSlack is how far a copy's date may be from its origin's: a wire
// story is republished within days.
const dateSlack = 3 * 24 * time.Hour

func humanDuration(d time.Duration) string {
	days := int(d.Hours() / 24)
	switch {
	case days >= 730:
		return fmt.Sprintf("%d years", days/365)
	case days >= 365:
		return "1 year"
	case days >= 60:
		return fmt.Sprintf("%d months", days/30)
	default:
		return fmt.Sprintf("%d days", days)
	}
}
